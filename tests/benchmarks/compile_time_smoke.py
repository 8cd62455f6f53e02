#!/usr/bin/env python3
"""The compile-time benchmark at its smallest, as a smoke test: no figure is asserted.

  compile_time_smoke.py --bench bench_compile.py --tool PATH --cxx COMPILER --work DIR
                        [--upstream DIR]

Runs the benchmark once per case with one compiler, ten checks, two entities over a range of
releases (and in each of its releases) and the 100-entity synthetic
table, then requires a well-formed result: the table of figures with exactly the expected cases,
each with a positive time, ratio and peak memory (the baseline's ratio 1), the budget table with a
verdict per row, and a PNG where gnuplot exists. The embedder cases through
<wasmtime_tiers/wasmtime.hpp> need Wasmtime 48's released headers (--upstream, by default
../shared/upstream): where they are absent, the benchmark must say that it skipped them; where
they are present, it must list the standard headers that <wasmtime_tiers/wasmtime.hpp> includes
(the floor case of that row): <cstdint>, and not <string_view>. Then it
checks that the peak memory is the compiler's own: measured by the benchmark's code from a process that holds 300 MiB, the baseline's
figure stays below 200 MiB (a compiler's peak, not the measuring process's), and within 10% of
`/usr/bin/time -f %M` where that is installed.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys

EXPECTED_CASES = [
    "baseline (`<array>`, `<string_view>`)",
    "`<wasmtime_tiers.hpp>`",
    "only the generated data: `entities.hpp` and {tables} release tables",
    "umbrella + 10 checks",
    "embedder configuration: 14 checks (embedder.cpp)",
    "{wasmtime}",
    "umbrella + 2 checks over releases<36, 48>",
    "umbrella + 2 × 13 single-release checks",
    "table of 100 entities: wasmtime-tiers",
    "table of 100 entities: hand-written",
]


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def table_rows(lines, header_prefix):
    """The rows (lists of cells) of the Markdown table whose header starts with header_prefix."""
    for i, line in enumerate(lines):
        if line.startswith(header_prefix):
            header = [c.strip() for c in line.strip().strip("|").split("|")]
            if i + 1 >= len(lines) or not re.fullmatch(r"\|(-+:?\|)+", lines[i + 1].strip()):
                fail(f"the table {header_prefix!r} has no separator line")
            rows = []
            for row in lines[i + 2:]:
                if not row.startswith("|"):
                    break
                cells = [c.strip() for c in row.strip().strip("|").split("|")]
                if len(cells) != len(header):
                    fail(f"row {row!r} has {len(cells)} cells, the header {len(header)}")
                rows.append(cells)
            return header, rows
    fail(f"no table starting {header_prefix!r}")


BALLAST_MIB = 300


def bench_module(bench):
    """The benchmark's own code (bench_compile.py), imported."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(bench)))
    sys.dont_write_bytecode = True  # nothing written into the source tree
    import bench_compile
    return bench_compile


def check_memory_is_the_compilers(bench, cxx, work):
    bench_compile = bench_module(bench)
    ballast = bytearray(BALLAST_MIB * 1024 * 1024)
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1  # resident, as a long benchmark's own data is
    os.makedirs(work, exist_ok=True)
    baseline = os.path.join(work, "baseline.cpp")
    with open(baseline, "w") as f:
        f.write("#include <array>\n#include <string_view>\n")
    bench_compile.build_run_helper(cxx, work)
    cmd = [cxx, *bench_compile.FLAGS, baseline]
    _, _, kib = bench_compile.compile_once(cmd)
    del ballast
    if kib <= 0 or kib >= 200 * 1024:
        fail(f"the baseline's peak memory measured from a process holding {BALLAST_MIB} MiB is "
             f"{kib / 1024:.0f} MiB: the figure is not the compiler's own")
    print(f"ok: the baseline's peak memory, measured from a process holding {BALLAST_MIB} MiB: "
          f"{kib / 1024:.1f} MiB")
    if os.path.exists("/usr/bin/time"):
        r = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True)
        ref = int(r.stderr.strip().splitlines()[-1])
        if abs(kib - ref) > ref / 10:
            fail(f"the benchmark measures {kib} KiB for the baseline, /usr/bin/time {ref} KiB")
        print(f"ok: /usr/bin/time -f %M says {ref / 1024:.1f} MiB")
    else:
        print("/usr/bin/time not found: not compared")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True)
    ap.add_argument("--tool", required=True)
    ap.add_argument("--cxx", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--upstream", default=None)
    a = ap.parse_args()

    shutil.rmtree(a.work, ignore_errors=True)
    results = os.path.join(a.work, "results")
    cmd = [sys.executable, a.bench, "--tool", a.tool, "--runs", "1", "--compilers", a.cxx,
           "--checks", "10", "--entities", "100", "--ranges", "2", "--headers", "wasmtime_tiers.hpp",
           "--work", os.path.join(a.work, "scratch"), "--results", results]
    bench_compile = bench_module(a.bench)
    if a.upstream is not None:
        cmd += ["--upstream", a.upstream]
    upstream = a.upstream or bench_compile.DEFAULT_UPSTREAM
    with_wasmtime = bench_compile.has_wasmtime_headers(upstream)
    r = subprocess.run(cmd, capture_output=True, text=True)
    print(r.stdout)
    if r.returncode != 0:
        fail(f"the benchmark failed (exit {r.returncode}): {r.stderr}")
    if not with_wasmtime:
        if "skipped: the embedder cases through <wasmtime_tiers/wasmtime.hpp>" not in r.stdout:
            fail(f"no Wasmtime headers under {upstream}, and the benchmark does not say it skipped "
                 "the cases that need them")
        print(f"the embedder cases through <wasmtime_tiers/wasmtime.hpp> are skipped: no Wasmtime "
              f"{bench_compile.WASMTIME_RELEASE} headers under {upstream}")

    md_path = os.path.join(results, "compile_time.md")
    if not os.path.isfile(md_path):
        fail(f"no {md_path}")
    lines = open(md_path, encoding="utf-8").read().splitlines()
    cxx = os.path.basename(a.cxx)
    header, rows = table_rows(lines, "| Case |")
    if header != ["Case", f"{cxx} s", f"{cxx} × base", f"{cxx} CPU × base", f"{cxx} MiB"]:
        fail(f"unexpected header {header}")
    source = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(a.bench))))
    tables = len(glob.glob(os.path.join(source, "include", "wasmtime_tiers", "generated", "v*.hpp")))
    wasmtime_cases = ([bench_compile.EMBEDDER_WASMTIME_CASE, bench_compile.EMBEDDER_WASMTIME_PLAIN_CASE,
                       bench_compile.EMBEDDER_WASMTIME_STD_CASE] if with_wasmtime else [])
    expected = []
    for c in EXPECTED_CASES:
        expected += wasmtime_cases if c == "{wasmtime}" else [c.format(tables=tables)]
    if [r[0] for r in rows] != expected:
        fail(f"cases {[r[0] for r in rows]}, expected {expected}")
    for case, *cells in rows:
        try:
            values = [float(c) for c in cells]
        except ValueError:
            fail(f"{case}: a figure is not a number: {cells}")
        if any(v <= 0 for v in values):
            fail(f"{case}: a figure is not positive: {cells}")
    if rows[0][2] != "1.00" or rows[0][3] != "1.00":
        fail(f"the baseline's ratios to itself are {rows[0][2]} and {rows[0][3]}")

    header, budget = table_rows(lines, "| Budget |")
    if header != ["Budget", "Limit", cxx, "Met"]:
        fail(f"unexpected budget header {header}")
    verdicts = {b[0]: b for b in budget}
    row = verdicts.get("100-entity table / hand-written")
    if not row or not re.fullmatch(r"\d+\.\d\d×", row[2]) or row[3] not in ("yes", "**no**"):
        fail(f"the 100-entity table's budget row is {row}")
    row = verdicts.get("releases<36, 48> / 13 single-release checks")
    if not row or not re.fullmatch(r"-?\d+\.\d\d×( \(-?\d+\.\d\d× above the header\))?", row[2]) or row[3] not in ("yes", "**no**"):
        fail(f"the range's budget row is {row}")
    if with_wasmtime:
        row = [b for b in budget if b[0].startswith("embedder configuration through")]
        if len(row) != 1 or not re.fullmatch(r"\d+\.\d\d× \(without wasmtime-tiers \d+\.\d\d×, with only "
                                             r"its standard headers \d+\.\d\d×\)", row[0][2]):
            fail(f"the budget row of the embedder through <wasmtime_tiers/wasmtime.hpp> is {row}")
        # The standard headers the floor case includes are those the compiler lists under the
        # header: <cstdint> (Wasmtime's integer types) among them, and not <string_view>, which
        # the header leaves out (the library's names are made of it; see doc/compile_time.md).
        listed = re.search(r"the standard headers <wasmtime_tiers/wasmtime.hpp> includes: (.*)", r.stdout)
        headers = listed.group(1).split(", ") if listed else []
        if "<cstdint>" not in headers or "<string_view>" in headers:
            fail(f"the benchmark's list of the standard headers <wasmtime_tiers/wasmtime.hpp> "
                 f"includes should hold <cstdint> and not <string_view>: "
                 f"{listed and listed.group(0)!r}")
        print(f"ok: {listed.group(0)}")
    for b in budget:
        if b[3] not in ("yes", "**no**", "n/a"):
            fail(f"budget row {b}: verdict {b[3]!r}")

    png = os.path.join(results, "compile_time.png")
    if shutil.which("gnuplot"):
        if not os.path.isfile(png) or open(png, "rb").read(8) != b"\x89PNG\r\n\x1a\n":
            fail(f"gnuplot exists but {png} is not a PNG")
        print(f"ok: {png} is a PNG")
    else:
        print("gnuplot not found: no plot to check")
    print(f"ok: {len(rows)} cases and {len(budget)} budget rows, well formed")
    check_memory_is_the_compilers(a.bench, a.cxx, os.path.join(a.work, "memory"))


if __name__ == "__main__":
    main()
