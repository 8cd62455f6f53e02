#!/usr/bin/env python3
"""Tests of the generator and of `parse` / `export`, run by CTest.

  generator_tests.py CASE --tool PATH --upstream DIR --source DIR --work DIR

CASE is one of:
  regenerate  gen from Wasmtime's shipped texts reproduces include/wasmtime_tiers/generated
              byte for byte, and two runs give identical output;
  texts       every shipped text parses, its row counts per tier match a line count of the
              file, and `export` of each release equals `parse` of the text it shipped;
  malformed   malformed documents give FILE:LINE: reason and a non-zero exit;
  atomic      a failing gen leaves the previously generated headers as they were: for a bad text,
              and under a file-size limit (ulimit -f) that fails a write halfway, where no
              temporary file may be left either;
  bounds      release numbers beyond any real release are refused at once with a message.

Cases that need Wasmtime's texts exit 77 (CTest: skipped) with the reason when they are absent.
"""
import argparse
import filecmp
import json
import os
import re
import resource
import shutil
import subprocess
import sys

SKIP = 77


def run(tool, *args):
    return subprocess.run([tool, *args], capture_output=True, text=True)


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def need_upstream(upstream):
    tiers = os.path.join(upstream, "wasmtime-stability-tiers")
    if not os.path.isfile(os.path.join(tiers, "releases.tsv")):
        print(f"SKIPPED: Wasmtime's shipped texts are not at {tiers} (they come with ../shared, "
              "which CI always has and a user's clone does not)")
        sys.exit(SKIP)
    return tiers


def manifest_rows(tiers):
    with open(os.path.join(tiers, "releases.tsv")) as f:
        lines = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    return [dict(zip(lines[0], l)) for l in lines[1:]]


def major(v):
    return int(v.lstrip("v").split(".")[0])


# --- regenerate -----------------------------------------------------------------------------
def case_regenerate(a):
    tiers = need_upstream(a.upstream)
    checked_in = os.path.join(a.source, "include", "wasmtime_tiers", "generated")
    outs = []
    for n in (1, 2):
        out = os.path.join(a.work, f"regen{n}")
        shutil.rmtree(out, ignore_errors=True)
        proposals = os.path.join(a.upstream, "wasmtime-stability-wasm-proposals", "releases.tsv")
        r = run(a.tool, "gen", "--manifest", os.path.join(tiers, "releases.tsv"),
                "--proposals-manifest", proposals, "--out", out)
        if r.returncode != 0:
            fail(f"gen failed: {r.stderr}")
        outs.append(out)
    for out in outs:
        cmp = filecmp.dircmp(checked_in, out)
        if cmp.left_only or cmp.right_only or cmp.diff_files:
            fail(f"generated headers differ from the checked-in ones: only checked in "
                 f"{cmp.left_only}, only generated {cmp.right_only}, different {cmp.diff_files}. "
                 "Run `cmake --build build --target regenerate` and commit the result.")
        _, mismatch, errors = filecmp.cmpfiles(checked_in, out, os.listdir(out), shallow=False)
        if mismatch or errors:
            fail(f"generated headers differ: {mismatch} {errors}")
    print(f"ok: {len(os.listdir(outs[0]))} headers regenerated identically, twice")


# --- texts ----------------------------------------------------------------------------------
def count_rows_by_lines(path):
    """An independent count of rows per tier, by plain line matching (the oracle, not a parser)."""
    counts = {"1": 0, "2": 0, "3": 0, "unsupported": 0}
    section, tier = None, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("## "):
            section = line.strip()
            tier = None
            continue
        if section != "## Current Tier Status":
            continue
        m = re.match(r"#### Tier ([123])\s*$", line)
        if m:
            tier = m.group(1)
            continue
        if line.startswith("#### Unsupported"):
            tier = "unsupported"
            continue
        if line.startswith("#### "):
            tier = None
            continue
        if tier in ("1", "2", "3") and line.startswith("|") and not re.match(r"\|\s*-", line) \
                and not re.match(r"\|\s*Category\s*\|", line):
            counts[tier] += 1
        if tier == "unsupported" and line.startswith("* ") and "stability-wasm-proposals" not in line:
            counts["unsupported"] += 1
    return counts


def case_texts(a):
    tiers = need_upstream(a.upstream)
    rows = manifest_rows(tiers)
    if len(rows) != 22:
        fail(f"expected the 22 shipped texts, the manifest lists {len(rows)}")
    for row in rows:
        path = os.path.join(tiers, row["file"])
        p = run(a.tool, "parse", path, "--format", "json")
        if p.returncode != 0:
            fail(f"parse {row['file']}: {p.stderr}")
        parsed = json.loads(p.stdout)
        got = {"1": 0, "2": 0, "3": 0, "unsupported": 0}
        for e in parsed["entities"]:
            got[str(e["tier"])] += 1
            for key in ("category", "name", "missing"):
                if re.search(r"[`\\*]|\[\^", e[key]):
                    fail(f"{row['file']}: markup left in {key} {e[key]!r}")
        want = count_rows_by_lines(path)
        if got != want:
            fail(f"{row['file']}: rows per tier {got}, the file's lines say {want}")
        for rel in range(major(row["first_release"]), major(row["last_release"]) + 1):
            e = run(a.tool, "export", "--release", str(rel), "--format", "json")
            if e.returncode != 0:
                fail(f"export --release {rel}: {e.stderr}")
            exported = json.loads(e.stdout)
            if exported != parsed:
                fail(f"export --release {rel} differs from parse {row['file']}")
        print(f"ok: {row['file']}: {got}, export of Wasmtime {major(row['first_release'])}"
              f" to {major(row['last_release'])} equals parse")
    # Spot checks against the reference text, v22.md.
    v22 = json.loads(run(a.tool, "parse", os.path.join(tiers, "v22.md")).stdout)["entities"]
    by_name = {e["name"]: e for e in v22}
    expect = {
        "x86_64-unknown-linux-musl": ("Target", 3, "CI testing, full-time maintainer"),
        "Winch on x86_64": ("Compiler Backend", 2, "Consenus on moving to Tier 1"),
        "Support for #![no_std]": ("Target", 2, "Support beyond CI checks"),
        "DWARF debugging": ("misc", 3, "CI testing, full-time maintainer, improved quality"),
        "ARM 32-bit": ("Target", "unsupported", ""),
        "wasi_snapshot_preview1": ("WASI Proposal", 1, ""),
    }
    for name, (cat, tier, missing) in expect.items():
        e = by_name.get(name)
        if not e or (e["category"], e["tier"], e["missing"]) != (cat, tier, missing):
            fail(f"v22.md: {name!r} read as {e}, expected {(cat, tier, missing)}")
    v14 = json.loads(run(a.tool, "parse", os.path.join(tiers, "v14.md")).stdout)["entities"]
    if not any(e["name"] == "memory64" and e["tier"] == 2 for e in v14):
        fail("v14.md: the [`memory64`]] row was not read as memory64")
    bad = run(a.tool, "export", "--release", "4711")
    if bad.returncode != 2 or "known releases" not in bad.stderr:
        fail(f"export of an unknown release: exit {bad.returncode}, {bad.stderr!r}")
    print("ok: spot checks of v22.md and v14.md")


# --- malformed ------------------------------------------------------------------------------
# A small document in the upstream format, written for these tests.
GOOD = """# Tiers of Support in Wasmtime

A small text in the format of docs/stability-tiers.md, for the generator's tests.

## Current Tier Status

For explanations of what each tier means see below.

#### Tier 1

| Category             | Description                |
|----------------------|----------------------------|
| Target               | `x86_64-unknown-linux-gnu` |
| WebAssembly Proposal | [`simd`]                   |

[`simd`]: https://example.invalid/simd

#### Tier 2

| Category             | Description            | Missing Tier 1 Requirements |
|----------------------|------------------------|-----------------------------|
| Target               | `aarch64-apple-darwin` | Continuous fuzzing          |
| Compiler Backend     | Winch on x86\\_64       | Consenus on moving to Tier 1 |

#### Tier 3

| Category             | Description          | Missing Tier 2 Requirements      |
|----------------------|----------------------|----------------------------------|
| WebAssembly Proposal | [`gc`]               | Complete implementation          |
| *misc*               | DWARF debugging [^1] | CI testing, full-time maintainer |

[^1]: A footnote.

#### Unsupported features and platforms

* Target: MIPS
* [WASI proposal: `wasi-crypto`](https://example.invalid/wasi-crypto)

## Tier Details

#### Tier 3 - Not Production Ready

The lowest tier.

#### Tier 2 - Almost Production Ready

The middle tier.

#### Tier 1 - Production Ready

The highest tier.
"""

SUPPORT = """
#### Compiler Support

##### x86\\_64

| Feature  | Cranelift | Winch |
|----------|-----------|-------|
| [`simd`] | ✅        | {cell} |

## Tier Details
"""


def line_of(text, marker):
    idx = text.index(marker)
    return text.count("\n", 0, idx) + 1


def malformed_cases():
    g = GOOD
    last = g.count("\n")
    cases = []

    def add(name, text, line, reason):
        cases.append((name, text, line, reason))

    t = g.replace("| Target               | `aarch64-apple-darwin` | Continuous fuzzing          |",
                  "| Target               | `aarch64-apple-darwin` |")
    add("dropped cell", t, line_of(t, "`aarch64-apple-darwin`"), r"row has 2 cells; expected 3|empty")
    t = g.replace("| Target               | `x86_64-unknown-linux-gnu` |",
                  "| Platform             | `x86_64-unknown-linux-gnu` |")
    add("unknown category", t, line_of(t, "| Platform"), r"unknown category 'Platform'")
    t = g.replace("#### Unsupported features", "#### Tier 4\n\n| Category | Description |\n|---|---|\n"
                  "| Target | `mips-unknown-linux-gnu` |\n\n#### Unsupported features")
    add("unknown tier heading", t, line_of(t, "#### Tier 4"), r"unknown tier heading 'Tier 4'")
    t = g.replace("| WebAssembly Proposal | [`simd`]                   |",
                  "| WebAssembly Proposal | [`simd`]                   |\n"
                  "| WebAssembly Proposal | `simd`                     |")
    add("duplicate row", t, line_of(t, "| WebAssembly Proposal | `simd`"),
        r"duplicate row 'simd' \(WebAssembly proposal\), first at line \d+")
    t = g.replace("| Continuous fuzzing          |", "| Quantum certification       |")
    add("unknown requirement phrase", t, line_of(t, "Quantum"),
        r"unknown requirement phrase 'Quantum certification'")
    t = g[: g.index("## Tier Details")]
    add("truncated file", t, t.count("\n") + 1, r"ends before its '## Tier Details' section; is it truncated")
    add("empty file", "", 1, r"the document is empty")
    add("CRLF line endings", g.replace("\n", "\r\n"), 1, r"CRLF line ending")
    t = g.replace("Complete implementation ", "Complete implementation\udcff")
    add("invalid UTF-8", t, line_of(t, "Complete implementation"), r"invalid UTF-8 \(byte 0xff\)")
    t = g.replace("For explanations", "| Category | Description |\n|---|---|\n| Target | `x` |\n\nFor explanations")
    add("table outside any tier heading", t, line_of(t, "| Category | Description |"),
        r"table outside any tier heading")
    t = g.replace("| Missing Tier 1 Requirements |", "| Missing Requirements        |")
    add("wrong columns", t, line_of(t, "| Missing Requirements"),
        r"the Tier 2 table has columns 'Category \| Description \| Missing Requirements'; expected")
    t = g.replace("\n## Tier Details\n", SUPPORT.format(cell="✔"), 1)
    add("unknown support status", t, line_of(t, "| [`simd`] | ✅"), r"unknown support status '✔'")
    t = g.replace("\n## Tier Details\n", SUPPORT.format(cell="✅").replace("x86\\_64", "mips64"), 1)
    add("unknown architecture", t, line_of(t, "##### mips64"), r"unknown architecture 'mips64'")
    t = g.replace("* Target: MIPS", "* Target MIPS")
    add("list item without a category", t, line_of(t, "* Target MIPS"), r"not of the form 'Category: name'")
    t = g.replace("## Current Tier Status", "## Current Status")
    add("no tier status section", t, t.count("\n") + 1, r"no '## Current Tier Status' section")
    # Longer than every sentence of the diagnostics can hold whole: refused, not cut later.
    t = g.replace("| WebAssembly Proposal | [`simd`]                   |",
                  "| WebAssembly Proposal | `" + "s" * 121 + "` |")
    add("name too long", t, line_of(t, "s" * 121), r"a name of 121 characters; the diagnostics hold names of up to 120")
    t = g.replace("| Continuous fuzzing          |", "| " + ", ".join(["Continuous fuzzing"] * 25) + " |", 1)
    add("missing cell too long", t, line_of(t, "Continuous fuzzing, Continuous fuzzing"),
        r"a missing-requirements cell of \d+ characters; the diagnostics hold cells of up to 400")
    return cases


def write(path, text):
    with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
        f.write(text)


def case_malformed(a):
    os.makedirs(a.work, exist_ok=True)
    good = os.path.join(a.work, "good.md")
    write(good, GOOD)
    r = run(a.tool, "parse", good)
    if r.returncode != 0:
        fail(f"the well-formed test document was refused: {r.stderr}")
    names = [e["name"] for e in json.loads(r.stdout)["entities"]]
    if names != ["x86_64-unknown-linux-gnu", "simd", "aarch64-apple-darwin", "Winch on x86_64", "gc",
                 "DWARF debugging", "MIPS", "wasi-crypto"]:
        fail(f"the well-formed test document read as {names}")
    cases = malformed_cases()
    for name, text, line, reason in cases:
        path = os.path.join(a.work, "bad.md")
        write(path, text)
        r = run(a.tool, "parse", path)
        m = re.match(r"wasmtime-tiers: (.*):(\d+): (.*)", r.stderr)
        if r.returncode == 0:
            fail(f"{name}: the malformed document was accepted")
        if not m or m.group(1) != path:
            fail(f"{name}: expected 'wasmtime-tiers: {path}:LINE: reason', got {r.stderr!r}")
        if int(m.group(2)) != line:
            fail(f"{name}: error names line {m.group(2)}, expected {line}: {r.stderr!r}")
        if not re.search(reason, m.group(3)):
            fail(f"{name}: reason {m.group(3)!r} does not match {reason!r}")
        print(f"ok: {name}: {r.stderr.strip()}")
    print(f"ok: {len(cases)} malformed documents refused with file:line and reason")


# --- atomic ---------------------------------------------------------------------------------
def case_atomic(a):
    d = os.path.join(a.work, "atomic")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    write(os.path.join(d, "a.md"), GOOD)
    write(os.path.join(d, "b.md"), GOOD.replace("`aarch64-apple-darwin`", "`riscv64gc-unknown-linux-gnu`"))
    head = "file\tfirst_release\tlast_release\tupstream_commit\n"
    write(os.path.join(d, "releases.tsv"), head + "a.md\tv1.0.0\tv1.0.1\tabc\nb.md\tv2.0.0\tv2.0.0\tdef\n")
    out = os.path.join(d, "out")
    r = run(a.tool, "gen", "--manifest", os.path.join(d, "releases.tsv"), "--out", out)
    if r.returncode != 0:
        fail(f"gen of two good texts failed: {r.stderr}")
    before = {f: open(os.path.join(out, f), "rb").read() for f in os.listdir(out)}
    if sorted(before) != ["ENTITIES.md", "a.hpp", "b.hpp", "entities.hpp", "identifiers.hpp", "proposals.hpp",
                          "releases.hpp"]:
        fail(f"unexpected generated files {sorted(before)}")
    # The second text now has an unknown phrase: gen must fail and leave every file as it was.
    write(os.path.join(d, "b.md"), GOOD.replace("Continuous fuzzing", "Vibes"))
    r = run(a.tool, "gen", "--manifest", os.path.join(d, "releases.tsv"), "--out", out)
    if r.returncode == 0 or not re.search(r"b\.md:\d+: unknown requirement phrase 'Vibes'", r.stderr):
        fail(f"gen with a bad text: exit {r.returncode}, {r.stderr!r}")
    after = {f: open(os.path.join(out, f), "rb").read() for f in os.listdir(out)}
    if after != before:
        fail("a failing gen changed the generated headers")
    print("ok: a failing gen left the previous headers intact: " + r.stderr.strip())

    # A file-size limit: gen --add-release writes the compiled-in tables (some above 8 KiB) and
    # the added text. The second run, with another text, must fail without touching anything.
    add = os.path.join(d, "add")
    r = run(a.tool, "gen", "--add-release", "999", "--tiers", os.path.join(d, "a.md"), "--out", add)
    if r.returncode != 0:
        fail(f"gen --add-release of a good text failed: {r.stderr}")
    gen_dir = os.path.join(add, "wasmtime_tiers", "generated")
    before = {f: open(os.path.join(gen_dir, f), "rb").read() for f in os.listdir(gen_dir)}
    limit = 8 * 1024
    if not any(len(c) > limit for c in before.values()):
        fail(f"no generated file is above {limit} bytes, so the limit tests nothing")
    write(os.path.join(d, "c.md"), GOOD.replace("`aarch64-apple-darwin`", "`riscv64gc-unknown-linux-gnu`"))

    def limited():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    r = subprocess.run([a.tool, "gen", "--add-release", "999", "--tiers", os.path.join(d, "c.md"), "--out", add],
                       capture_output=True, text=True, preexec_fn=limited)
    if r.returncode == 0 or r.returncode < 0 or "File too large" not in r.stderr or \
            "nothing in" not in r.stderr:
        fail(f"gen under a file-size limit: exit {r.returncode}, {r.stderr!r}")
    after = {f: open(os.path.join(gen_dir, f), "rb").read() for f in os.listdir(gen_dir)}
    if after != before:
        left = sorted(set(after) - set(before))
        changed = sorted(f for f in before if after.get(f) != before[f])
        fail(f"gen under a file-size limit left files behind {left} or changed {changed}")
    print(f"ok: under a file-size limit of {limit} bytes gen exits {r.returncode}, every file as it was, "
          f"no temporary file: {r.stderr.strip()}")


# --- bounds ---------------------------------------------------------------------------------
def case_bounds(a):
    d = os.path.join(a.work, "bounds")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    write(os.path.join(d, "a.md"), GOOD)
    out = os.path.join(d, "out")
    for n in ("4294967295", "4294967294", "2147483647", "1001"):
        try:
            r = subprocess.run([a.tool, "gen", "--add-release", n, "--tiers", os.path.join(d, "a.md"), "--out", out],
                               capture_output=True, text=True, timeout=30)
        except subprocess.TimeoutExpired:
            fail(f"gen --add-release {n} did not end")
        if r.returncode != 2 or "above Wasmtime 1000" not in r.stderr or os.path.exists(out):
            fail(f"gen --add-release {n}: exit {r.returncode}, {r.stderr!r}")
    r = run(a.tool, "gen", "--add-release", "4294967296", "--tiers", os.path.join(d, "a.md"), "--out", out)
    if r.returncode != 2 or os.path.exists(out):
        fail(f"gen --add-release 4294967296: exit {r.returncode}, {r.stderr!r}")
    head = "file\tfirst_release\tlast_release\tupstream_commit\n"
    for version in ("v4294967295.0.0", "v1001.0.0", "v99999999999999999999.0.0"):
        write(os.path.join(d, "releases.tsv"), head + f"a.md\tv1.0.0\t{version}\tabc\n")
        r = run(a.tool, "gen", "--manifest", os.path.join(d, "releases.tsv"), "--out", out)
        if r.returncode != 1 or not re.search(r"releases\.tsv:2: release '.*' is above Wasmtime 1000", r.stderr) \
                or os.path.exists(out):
            fail(f"a manifest naming {version}: exit {r.returncode}, {r.stderr!r}")
    print("ok: release numbers above 1000 are refused with a message, and nothing is written")


# --- add_release ----------------------------------------------------------------------------
def strip_comments(text):
    return "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("//"))


def case_add_release(a):
    """gen --add-release builds on the compiled-in tables: with the newest shipped text added as
    the next release, every table it writes for the known releases is the library's own (banners
    aside), and the new release's table equals the newest one's."""
    tiers = need_upstream(a.upstream)
    rows = manifest_rows(tiers)
    newest = rows[-1]
    n = major(newest["last_release"]) + 1
    out = os.path.join(a.work, "add_release")
    shutil.rmtree(out, ignore_errors=True)
    r = run(a.tool, "gen", "--add-release", str(n), "--tiers", os.path.join(tiers, newest["file"]),
            "--out", out)
    if r.returncode != 0:
        fail(f"gen --add-release failed: {r.stderr}")
    gen_dir = os.path.join(out, "wasmtime_tiers", "generated")
    checked_in = os.path.join(a.source, "include", "wasmtime_tiers", "generated")
    stem = lambda f: re.sub(r"[^A-Za-z0-9]", "_", os.path.splitext(f)[0])
    for row in rows:
        name = stem(row["file"]) + ".hpp"
        mine = strip_comments(open(os.path.join(gen_dir, name)).read())
        theirs = strip_comments(open(os.path.join(checked_in, name)).read())
        if mine != theirs:
            fail(f"{name} from the compiled-in tables differs from the library's own")
    for name in ("entities.hpp", "identifiers.hpp"):
        if strip_comments(open(os.path.join(gen_dir, name)).read()) != \
                strip_comments(open(os.path.join(checked_in, name)).read()):
            fail(f"{name}: adding a release without new entities changed the entity set")
    newest_table = strip_comments(open(os.path.join(gen_dir, stem(newest["file"]) + ".hpp")).read())
    added_table = strip_comments(open(os.path.join(gen_dir, f"v{n}.hpp")).read())
    releases = open(os.path.join(gen_dir, "releases.hpp")).read()
    if f"#define WASMTIME_TIERS_DETAIL_NEWEST_RELEASE {n}" not in releases:
        fail(f"releases.hpp does not make {n} the newest release")
    # The string literals after the file name and the upstream commit: tiers, spellings, missing,
    # order, compiler support.
    same_data = lambda t: [l for l in t.splitlines() if l.strip().startswith('"')][2:]
    if not same_data(newest_table) or same_data(newest_table) != same_data(added_table):
        fail(f"the table of Wasmtime {n} differs from the text it was made from")
    bad = run(a.tool, "gen", "--add-release", "22", "--tiers", os.path.join(tiers, "v22.md"), "--out", out)
    if bad.returncode == 0 or "not newer than the newest release" not in bad.stderr:
        fail(f"--add-release of a known release: exit {bad.returncode}, {bad.stderr!r}")
    print(f"ok: gen --add-release {n} reproduces the {len(rows)} compiled-in tables and adds Wasmtime {n}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case", choices=["regenerate", "texts", "malformed", "atomic", "bounds", "add_release"])
    ap.add_argument("--tool", required=True)
    ap.add_argument("--upstream", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    globals()["case_" + a.case](a)


if __name__ == "__main__":
    main()
