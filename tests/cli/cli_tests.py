#!/usr/bin/env python3
"""Tests of the wasmtime-tiers command (show, check, diff, export, help), run by CTest.

  cli_tests.py CASE --tool PATH [--upstream DIR] [--source DIR] [--binary DIR] [--work DIR]
                    [--generator NAME]

CASE is one of:
  robust           a failed write is exit 1 (a full disk, a closed stdout); --release takes only the
                   spellings of real releases; the longest sentence is whole; --waive is checked as
                   the library's waivers are;
  acceptance       the command's contract: check exit codes and messages, diff, export json;
  check            every entity of two releases against two policies, with the sentences of the
                   compile-time diagnostics built here from `show --format json`; backends,
                   compiler support, name look-up, JSON output, usage errors;
  show             every format against `export --format json` for every release; filters;
                   aligned columns; the proposal checks and compiler support columns;
  colour           colour on a terminal (a pseudo-terminal), none when piped or with NO_COLOR;
  diff             `diff --format json` of every pair of consecutive texts against what the two
                   exports say; text output;
  export           json for every release, csv equal to json;
  export_markdown  `parse` of `export --format markdown` equals `parse` of the text each release
                   shipped, for every shipped text of both documents (needs Wasmtime's texts);
  usage            --help of every command, --version, exit code 2 with a message for bad input;
  readme           the documented examples of the command ("$ wasmtime-tiers ..." in the section "The
                   command-line tool" of doc/tool.md) print what the document shows;
  cmake_source     wasmtime_tiers_check() from the source tree: a project that passes, one that
                   fails with the violation;
  cmake_installed  the same through find_package() after `cmake --install`.

Cases that need Wasmtime's texts exit 77 (CTest: skipped) with the reason when they are absent.
"""
import argparse
import csv
import io
import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs"))
from console_blocks import run_console_block, tool_env  # noqa: E402

SKIP = 77
CHECKS = ["Phase 4", "Tests", "Finished", "Fuzzed", "API", "C API"]
failures = []


def run(tool, *args, env=None):
    return subprocess.run([tool, *args], capture_output=True, text=True, env=env)


def expect(cond, msg):
    if not cond:
        failures.append(msg)
        print("FAIL: " + msg)
    return cond


def finish(what):
    if failures:
        print(f"{len(failures)} failure(s)")
        sys.exit(1)
    print("ok: " + what)


def need_upstream(upstream, sub):
    d = os.path.join(upstream or "", sub)
    if not upstream or not os.path.isfile(os.path.join(d, "releases.tsv")):
        print(f"SKIPPED: Wasmtime's shipped texts are not at {d} (they come with ../shared, which "
              "CI always has and a user's clone does not)")
        sys.exit(SKIP)
    return d


def known_releases(tool):
    """The releases the tool knows, from its --version line ("... (tables for Wasmtime 0 to 48)")."""
    r = run(tool, "--version")
    m = re.search(r"Wasmtime (\d+) to (\d+)\)", r.stdout)
    assert m, r.stdout
    out = []
    for n in range(int(m.group(1)), int(m.group(2)) + 1):
        if run(tool, "export", "--release", str(n)).returncode == 0:
            out.append(n)
    return out


def jrun(tool, *args):
    r = run(tool, *args)
    if r.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {r.returncode}: {r.stderr}")
    return jload(r, args)


def jload(r, what):
    """The JSON a run printed; a failure that shows the exit code and stderr when it is not JSON."""
    try:
        return json.loads(r.stdout)
    except json.JSONDecodeError as e:
        raise AssertionError(f"{what}: exit {r.returncode}, not JSON ({e}): stdout {r.stdout[:300]!r}, "
                             f"stderr {r.stderr[:300]!r}")


def texts_of(tool, releases):
    """One release per shipped text: (first release, file) pairs, from `show --format json`."""
    seen, out = set(), []
    for n in releases:
        f = jrun(tool, "show", "--release", str(n), "--format", "json")["text"]
        if f not in seen:
            seen.add(f)
            out.append((n, f))
    return out


# --- acceptance -------------------------------------------------------------------------------
def case_acceptance(a):
    t = a.tool
    base = ["check", "--release", "22", "--policy", "production-ready"]
    r = run(t, *base, "--target", "x86_64-unknown-linux-gnu", "--features", "simd,gc")
    expect(r.returncode == 1, f"simd,gc on 22: exit {r.returncode}, expected 1")
    lines = r.stdout.splitlines()
    expect(len(lines) == 1 and lines[0].startswith("gc is Tier 3 in Wasmtime 22"),
           f"simd,gc on 22: expected one violation naming gc, got {lines}")

    r = run(t, *base, "--target", "x86_64-unknown-linux-gnu", "--features", "simd,wasi-http")
    expect(r.returncode == 0, f"simd,wasi-http on 22: exit {r.returncode} ({r.stdout}{r.stderr}), expected 0")

    r = run(t, *base, "--target", "riscv64gc-unknown-linux-gnu", "--features", "simd")
    expect(r.returncode == 1, f"riscv64 target on 22: exit {r.returncode}, expected 1")
    expect("riscv64gc-unknown-linux-gnu is Tier 3 in Wasmtime 22" in r.stdout,
           f"riscv64 target: the violation does not name the target: {r.stdout}")

    r = run(t, *base, "--target", "x86_64-unknown-linux-gnu", "--features", "no-such-proposal")
    expect(r.returncode == 2, f"unknown feature: exit {r.returncode}, expected 2")
    # Nothing is near enough to suggest: the message says where the names are listed instead.
    expect("no-such-proposal" in r.stderr and "did you mean" not in r.stderr and
           "`wasmtime-tiers show` lists the names" in r.stderr,
           f"unknown feature: implausible suggestions or no pointer to the names: {r.stderr}")
    r = run(t, *base, "--target", "x86_64-unknown-linux-gnu", "--features", "wasi-htp")
    expect(r.returncode == 2 and re.search(r"did you mean wasi-http\b", r.stderr),
           f"a misspelt feature (wasi-htp) should get wasi-http first: {r.stderr}")
    r = run(t, *base, "--target", "x86_64-unknown-linux-gnuu")
    expect(r.returncode == 2 and re.search(r"did you mean x86_64-unknown-linux-gnu\b", r.stderr),
           f"a misspelt target should get the nearest target first: {r.stderr}")

    r = run(t, "diff", "22", "30")
    expect(r.returncode == 0, f"diff 22 30: exit {r.returncode}: {r.stderr}")
    expect(re.search(r"^\s*memory64 \(WebAssembly proposal\): Tier 2 to Tier 1$", r.stdout, re.M),
           f"diff 22 30 does not name memory64 (Tier 2 to Tier 1):\n{r.stdout}")
    r = run(t, "diff", "39", "40")
    expect(re.search(r"^\s*threads \(WebAssembly proposal\): Tier 1 to Tier 2\b", r.stdout, re.M),
           f"diff 39 40 does not name threads (Tier 1 to Tier 2):\n{r.stdout}")

    releases = known_releases(t)
    expect(0 in releases and 22 in releases and 48 in releases and len(releases) >= 40,
           f"known releases look wrong: {releases}")
    for n in releases:
        r = run(t, "export", "--release", str(n), "--format", "json")
        try:
            d = json.loads(r.stdout)
            expect(r.returncode == 0 and d["entities"], f"export {n}: exit {r.returncode} or no entities")
        except json.JSONDecodeError as e:
            expect(False, f"export --release {n} --format json is not valid JSON: {e}")
    finish(f"acceptance, export json of {len(releases)} releases valid")


# --- check ------------------------------------------------------------------------------------
def sentence(e, release, required):
    """The compile-time diagnostic for entity e (a `show --format json` row) under a uniform policy."""
    name, tier = e["name"], e["tier"]
    if tier == "unsupported":
        return (f"{name} is on the unsupported list of Wasmtime {release} (\"Unsupported features "
                "and platforms\"), which no policy or waiver accepts")
    s = f"{name} is Tier {tier} in Wasmtime {release}"
    if e["missing"]:
        s += f" (missing: {e['missing']})"
    s += f", but the policy requires Tier {required}"
    if required != 1:
        s += " or better"
    return s + f"; to accept it anyway, add --waive {name}=REASON"


def case_check(a):
    t = a.tool
    policies = {"production-ready": 1, "almost-production-ready": 2, "not-production-ready": 3,
                "min-tier=2": 2}
    runs = 0
    for release in (22, 48):
        rows = jrun(t, "show", "--release", str(release), "--format", "json")["entities"]
        for policy in ("production-ready", "almost-production-ready"):
            required = policies[policy]
            for e in rows:
                r = run(t, "check", "--release", str(release), "--policy", policy, "--features", e["tag"])
                runs += 1
                ok = e["tier"] != "unsupported" and e["tier"] <= required
                if not expect(r.returncode == (0 if ok else 1),
                              f"{e['tag']} in {release} under {policy}: exit {r.returncode}"):
                    continue
                if ok:
                    expect(r.stdout.startswith(f"ok: {e['name']} meets the policy {policy}"),
                           f"{e['tag']}: unexpected pass output {r.stdout!r}")
                else:
                    expect(r.stdout.splitlines() == [sentence(e, release, required)],
                           f"{e['tag']} in {release} under {policy}:\n  got      {r.stdout!r}\n"
                           f"  expected {sentence(e, release, required)!r}")
                    expect(r.stderr.startswith("wasmtime-tiers check: 1 violation of the policy"),
                           f"{e['tag']}: no summary on stderr: {r.stderr!r}")

    # Every violation is reported, not only the first; min-tier=K equals the named policy.
    args = ["check", "--release", "22", "--target", "riscv64gc-unknown-linux-gnu", "--features", "gc,simd,wasi-nn"]
    r1 = run(t, *args, "--policy", "production-ready")
    expect(r1.returncode == 1 and len(r1.stdout.splitlines()) == 3,
           f"three violations expected (target, gc, wasi-nn): {r1.stdout}")
    r2 = run(t, *args, "--policy", "min-tier=1")
    expect(r2.stdout == r1.stdout and r2.returncode == 1, "min-tier=1 differs from production-ready")
    r3 = run(t, *args, "--policy", "not-production-ready")
    expect(r3.returncode == 0, f"everything is Tier 3 or better: {r3.stdout}{r3.stderr}")

    # Unlisted entities: not in the release's table.
    r = run(t, "check", "--release", "22", "--policy", "not-production-ready", "--features", "wasm::shared_everything_threads")
    expect(r.returncode == 1 and "is not in the tier table of Wasmtime 22" in r.stdout, f"unlisted: {r.stdout}")

    # Name look-up: Wasmtime's spelling, case-insensitively, and C++ tag names.
    for spelling in ("wasi-http", "WASI-HTTP", "wasi::http", "wasmtime_tiers::wasi::http"):
        r = run(t, "check", "--release", "48", "--policy", "production-ready", "--features", spelling)
        expect(r.returncode == 0 and "wasi-http" in r.stdout, f"--features {spelling}: {r.stdout}{r.stderr}")
    r = run(t, "check", "--release", "48", "--policy", "production-ready", "--features", "rust,c")
    expect(r.returncode == 0 and "Rust, C meet" in r.stdout, f"embedding APIs by name: {r.stdout}{r.stderr}")

    # The host target is the machine's own.
    r = run(t, "check", "--policy", "not-production-ready", "--target", "host", "--format", "json")
    host = jload(r, "check --target host")["entities"][0]
    machine = os.uname().machine
    expect(host["name"].startswith(machine.replace("arm64", "aarch64")) and host["tag"].startswith("target::"),
           f"--target host is {host['name']} on a {machine} machine")

    # Backends: the tier table row and the compiler support tables (34 on).
    r = run(t, "check", "--release", "48", "--policy", "production-ready", "--target", "x86_64-unknown-linux-gnu",
            "--features", "gc,simd", "--backend", "winch")
    expect(r.returncode == 1 and r.stdout.splitlines() == ["Winch does not support gc on x86_64 in Wasmtime 48"],
           f"winch on 48: {r.stdout}")
    r = run(t, "check", "--release", "48", "--policy", "production-ready", "--target", "x86_64-unknown-linux-gnu",
            "--features", "gc,simd", "--backend", "Cranelift")
    expect(r.returncode == 0 and "Cranelift" in r.stdout, f"cranelift on 48: {r.stdout}{r.stderr}")
    r = run(t, "check", "--release", "48", "--policy", "almost-production-ready", "--target",
            "aarch64-unknown-linux-gnu", "--features", "threads", "--backend", "pulley")
    expect(r.returncode == 1 and "Pulley does not support threads in Wasmtime 48" in r.stdout.splitlines(),
           f"pulley threads on 48: {r.stdout}")
    # Before 34, Winch is rated per architecture.
    r = run(t, "check", "--release", "22", "--policy", "almost-production-ready", "--target",
            "aarch64-unknown-linux-gnu", "--backend", "winch")
    expect(r.returncode == 1 and r.stdout.startswith("Winch on aarch64 is Tier 3 in Wasmtime 22"),
           f"winch on aarch64 in 22: {r.stdout}")
    r = run(t, "check", "--release", "22", "--policy", "almost-production-ready", "--target",
            "x86_64-unknown-linux-gnu", "--backend", "winch")
    expect(r.returncode == 0 and "Winch on x86_64" in r.stdout, f"winch on x86_64 in 22: {r.stdout}{r.stderr}")
    # The compiler support tables against export's cells, for every feature of 48 on aarch64.
    support = {(c["architecture"], c["feature"], c["compiler"]): c["support"]
               for c in jrun(t, "export", "--release", "48")["compiler_support"]}
    features = sorted({f for (arch, f, _) in support if arch == "aarch64"})
    r = run(t, "check", "--release", "48", "--policy", "not-production-ready", "--target", "aarch64-unknown-linux-gnu",
            "--features", ",".join(features), "--backend", "winch", "--format", "json")
    got = {c["feature"]: c["support"] for c in jload(r, "check --format json")["compiler_support"]}
    expect(got == {f: support[("aarch64", f, "Winch")] for f in features},
           f"check's Winch support on aarch64 differs from export's: {got}")
    # A target whose architecture has no support table.
    r = run(t, "check", "--release", "48", "--policy", "not-production-ready", "--target", "i686-unknown-linux-gnu",
            "--features", "simd", "--backend", "cranelift")
    expect(r.returncode == 1 and "no section for the architecture of i686-unknown-linux-gnu" in r.stdout,
           f"i686 with cranelift: {r.stdout}")

    # JSON output agrees with the text output.
    r = run(t, "check", "--release", "22", "--policy", "production-ready", "--target", "x86_64-unknown-linux-gnu",
            "--features", "simd,gc", "--format", "json")
    d = jload(r, "check --format json")
    expect(r.returncode == 1 and not d["ok"] and len(d["violations"]) == 1 and d["violations"][0].startswith("gc is Tier 3")
           and [e["verdict"] for e in d["entities"]] == ["allowed", "allowed", "below_tier"],
           f"check --format json: {d}")

    # Policies that also require proposal checks (requiring_checks<...> in C++), against export's cells.
    cells = {p["name"]: p["checks"] for p in jrun(t, "export", "--release", "47", "--document", "proposals")["proposals"]}
    for name in ("component-model", "simd", "threads", "gc"):
        lacking = [c for c in ("Fuzzed", "C API") if cells[name].get(c) != "yes"]
        r = run(t, "check", "--release", "47", "--policy", "not-production-ready", "--features", name,
                "--require-checks", "fuzzed,c-api", "--format", "json")
        e = jload(r, f"check --require-checks of {name}")["entities"][0]
        expect(r.returncode == (1 if lacking else 0) and e["lacking_checks"] == lacking and
               e["verdict"] == ("lacks_checks" if lacking else "allowed"),
               f"{name} in 47 requiring Fuzzed and C API: exit {r.returncode}, {e}")
    r = run(t, "check", "--release", "47", "--policy", "production-ready", "--features", "component-model",
            "--require-checks", "Fuzzed")
    expect(r.returncode == 1 and r.stdout.startswith("component-model fails proposal checks the policy requires in Wasmtime 47"),
           f"component-model requiring Fuzzed: {r.stdout}")
    r = run(t, "check", "--release", "47", "--policy", "production-ready", "--features", "simd,wasi-http", "--require-checks", "all")
    expect(r.returncode == 0, f"simd passes every check in 47: {r.stdout}{r.stderr}")

    # Usage errors: exit 2 and a message that says what to do.
    for args, needle in [
        (["--policy", "production-redy", "--features", "simd"], "did you mean production-ready"),
        (["--policy", "min-tier=4", "--features", "simd"], "1, 2 or 3"),
        (["--policy", "production-ready"], "nothing to check"),
        (["--policy", "production-ready", "--features", "simd", "--backend", "winch"], "needs --target"),
        (["--policy", "production-ready", "--features", "simd", "--release", "99"], "known releases"),
        (["--policy", "production-ready", "--features", "threads"], None),
        (["--policy", "production-ready", "--target", "gc"], "did you mean"),
        (["--policy", "production-ready", "--features", "simd", "--require-checks", "fuzed"], "did you mean fuzzed"),
    ]:
        r = run(t, "check", *args)
        if needle is None:  # "threads" names wasm::threads only (wasi-threads is another name)
            expect(r.returncode == 1, f"check {args}: exit {r.returncode}")
            continue
        expect(r.returncode == 2 and needle in r.stderr, f"check {args}: exit {r.returncode}, stderr {r.stderr!r}")
    r = run(t, "check", "--policy", "production-ready", "--features", "simd", "--backend", "v8")
    expect(r.returncode == 2 and "cranelift" in r.stderr, f"unknown backend: {r.returncode} {r.stderr}")
    finish(f"check ({runs} verdicts against the diagnostics' sentences)")


# --- show -------------------------------------------------------------------------------------
def summary_of_checks(row):
    if row is None:
        return "not listed"
    if row["section"] == "Unimplemented proposals":
        return "not rated (unimplemented)"
    lacking = [c for c in CHECKS if row["checks"].get(c) != "yes"]
    if not lacking:
        return "all six met"
    s = "lacks " + ", ".join(lacking)
    wip = [c for c in lacking if row["checks"].get(c) == "wip"]
    return s + (f" (wip: {', '.join(wip)})" if wip else "")


def summary_of_support(cells, feature):
    archs = []
    for c in cells:
        if c["architecture"] not in archs:
            archs.append(c["architecture"])
    parts = []
    for compiler in ("Cranelift", "Winch"):
        mine = {c["architecture"]: c["support"] for c in cells if c["feature"] == feature and c["compiler"] == compiler}
        if not mine:
            continue
        yes = [x for x in archs if mine.get(x) == "yes"]
        wip = [x for x in archs if mine.get(x) == "wip"]
        part = "all" if len(yes) == len(archs) else "none" if not yes else ", ".join(yes)
        if wip:
            part += f" (wip: {', '.join(wip)})"
        parts.append(f"{compiler}: {part}")
    return "; ".join(parts)


def case_show(a):
    t = a.tool
    releases = known_releases(t)
    aliases = {"nontrapping-fptoint": "nontrapping-float-to-int-conversion"}
    for n in releases:
        exported = jrun(t, "export", "--release", str(n))
        shown = jrun(t, "show", "--release", str(n), "--format", "json")
        want = [(e["category"], e["name"], e["tier"], e["missing"]) for e in exported["entities"]]
        got = [(e["category"], e["name"], e["tier"], e["missing"]) for e in shown["entities"]]
        expect(got == want, f"show --release {n} --format json rows differ from export")

        # csv: the same rows.
        r = run(t, "show", "--release", str(n), "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(r.stdout, newline="")))
        expect([(x["category"], x["name"], x["tier"], x["missing"]) for x in rows] ==
               [(c, m, str(ti), mi) for (c, m, ti, mi) in want], f"show --release {n} --format csv differs")

        # text: columns aligned under their headings, cells equal to the json.
        r = run(t, "show", "--release", str(n))
        lines = r.stdout.splitlines()
        expect("\x1b" not in r.stdout, f"show --release {n} piped has colour escapes")
        header = lines[1]
        names = ["Tier", "Category", "Name", "Missing for the next tier"]
        has_checks, has_support = shown["proposals_text"] is not None, bool(exported["compiler_support"])
        if has_checks:
            names.append("Proposal checks")
        if has_support:
            names.append("Compiler support")
        starts = [header.find(h) for h in names]
        if not expect(all(s >= 0 for s in starts) and starts == sorted(starts) and starts[0] == 0,
                      f"show --release {n}: header {header!r}"):
            continue
        body = lines[2:2 + len(want)]
        expect(re.match(r"\d+ entities: \d+ Tier 1", lines[2 + len(want)]),
               f"show --release {n}: no count line after the rows")
        proposals = {}
        if has_checks:
            for p in jrun(t, "export", "--release", str(n), "--document", "proposals")["proposals"]:
                proposals[aliases.get(p["name"], p["name"])] = p  # the later row of a name counts
        for line, e in zip(body, shown["entities"]):
            cells = []
            for i, s in enumerate(starts):
                end = starts[i + 1] if i + 1 < len(starts) else len(line)
                expect(s == 0 or line[s - 2:s] == "  " or len(line) <= s,
                       f"show --release {n}: {line!r} is not aligned at column {s}")
                cells.append(line[s:end].strip())
            tier_words = "unsupported" if e["tier"] == "unsupported" else f"Tier {e['tier']}"
            expect(cells[:4] == [tier_words, e["category"], e["name"], e["missing"]],
                   f"show --release {n}: row {cells[:4]} is not {e}")
            wasm = e["tag"].startswith("wasm::")
            if has_checks:
                want_checks = summary_of_checks(proposals.get(e["name"])) if wasm else ""
                expect(cells[4] == want_checks, f"show --release {n}: checks of {e['name']}: {cells[4]!r}, expected {want_checks!r}")
            if has_support:
                want_support = summary_of_support(exported["compiler_support"], e["name"]) if wasm else ""
                expect(cells[-1] == want_support,
                       f"show --release {n}: compiler support of {e['name']}: {cells[-1]!r}, expected {want_support!r}")

    # Filters.
    everything = jrun(t, "show", "--release", "48", "--format", "json")["entities"]
    for tier in ("1", "2", "3", "unsupported"):
        part = jrun(t, "show", "--release", "48", "--tier", tier, "--format", "json")["entities"]
        expect(part and part == [e for e in everything if str(e["tier"]) == tier], f"show --tier {tier}")
    for cat, prefix in (("wasm", "wasm::"), ("WASI proposal", "wasi::"), ("Compiler", "backend::"), ("target", "target::")):
        part = jrun(t, "show", "--release", "48", "--category", cat, "--format", "json")["entities"]
        expect(part and part == [e for e in everything if e["tag"].startswith(prefix)], f"show --category {cat}")
    both = jrun(t, "show", "--release", "22", "--tier", "2", "--category", "wasm", "--format", "json")["entities"]
    expect([e["name"] for e in both] == ["memory64", "function-references"], f"show 22 Tier 2 wasm: {both}")

    # The default release is the newest; markdown has a row per entity.
    expect(jrun(t, "show", "--format", "json")["release"] == releases[-1], "show without --release is not the newest")
    md = run(t, "show", "--release", "48", "--format", "markdown").stdout.splitlines()
    table = [l for l in md if l.startswith("|")]
    expect(len(table) == 2 + len(everything) and table[1].startswith("|---"), "show --format markdown rows")
    expect(any(l.startswith("| Tier 1 | Target | `x86_64-unknown-linux-gnu` |") for l in table),
           "show --format markdown: no x86_64-unknown-linux-gnu row")
    # JSON details: the proposal checks and the compiler support of one proposal.
    gc = next(e for e in everything if e["name"] == "gc")
    expect(gc["compiler_support"]["Winch"]["x86_64"] == "no" and gc["compiler_support"]["Cranelift"]["x86_64"] == "yes"
           and gc["proposal_checks"]["checks"]["Phase 4"] == "yes", f"show json of gc in 48: {gc}")
    finish(f"show, every format of {len(releases)} releases")


# --- colour -----------------------------------------------------------------------------------
def on_terminal(tool, args, env):
    master, slave = pty.openpty()
    p = subprocess.Popen([tool, *args], stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 10)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closed: the program ended
            break
        if not chunk:
            break
        out += chunk
    p.wait()
    os.close(master)
    return p.returncode, out.decode()


def case_colour(a):
    t = a.tool
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    args = ["show", "--release", "22", "--tier", "2"]
    r = run(t, *args, env=env)
    expect("\x1b" not in r.stdout, "show piped has colour")
    r = run(t, *args, "--color", "always", env={**env, "NO_COLOR": "1"})
    expect("\x1b[" in r.stdout, "--color always has no colour")
    # Colour changes no text.
    plain = re.sub(r"\x1b\[[0-9;]*m", "", r.stdout)
    expect(plain == run(t, *args, env=env).stdout, "the coloured table differs from the plain one beyond escapes")
    # The rest runs the tool on a pseudo-terminal, which a machine may lack (a chroot without
    # /dev/pts): then the piped checks above decide, and the case says it skipped the others.
    try:
        for fd in os.openpty():
            os.close(fd)
    except OSError as e:
        finish("colour when piped and with --color always")
        print(f"skipped: the checks on a terminal need a pseudo-terminal, which this machine lacks ({e})")
        sys.exit(SKIP)
    rc, out = on_terminal(t, args, env)
    expect(rc == 0 and "\x1b[" in out, f"show on a terminal has no colour: {out[:200]!r}")
    rc, out = on_terminal(t, args, {**env, "NO_COLOR": "1"})
    expect(rc == 0 and "\x1b" not in out and "memory64" in out, "show on a terminal with NO_COLOR=1 has colour")
    rc, out = on_terminal(t, args + ["--color", "never"], env)
    expect("\x1b" not in out, "--color never has colour")
    rc, out = on_terminal(t, ["diff", "39", "40"], env)
    expect(rc == 0 and "\x1b[" in out, "diff on a terminal has no colour")
    finish("colour on a terminal only, NO_COLOR honoured")


# --- diff -------------------------------------------------------------------------------------
SECTION_WORDS = {"On-by-default proposals": "on by default", "Off-by-default proposals": "off by default",
                 "Unimplemented proposals": "unimplemented", "Tier 1 WebAssembly Proposals": "Tier 1",
                 "Tier 2 WebAssembly Proposals": "Tier 2", "Tier 3 WebAssembly Proposals": "Tier 3"}


def case_diff(a):
    t = a.tool
    releases = known_releases(t)
    texts = texts_of(t, releases)
    pairs = list(zip([n for n, _ in texts], [n for n, _ in texts][1:])) + [(22, 30), (39, 40), (0, 48), (48, 22), (41, 46)]
    aliases = {"nontrapping-fptoint": "nontrapping-float-to-int-conversion"}
    for x, y in pairs:
        d = jrun(t, "diff", str(x), str(y), "--format", "json")
        A = {e["tag"]: e for e in jrun(t, "show", "--release", str(x), "--format", "json")["entities"]}
        B = {e["tag"]: e for e in jrun(t, "show", "--release", str(y), "--format", "json")["entities"]}
        rank = lambda v: 4 if v == "unsupported" else v
        want = {
            "added": {k for k in B if k not in A},
            "removed": {k for k in A if k not in B},
            "promoted": {k for k in A if k in B and rank(B[k]["tier"]) < rank(A[k]["tier"])},
            "demoted": {k for k in A if k in B and rank(B[k]["tier"]) > rank(A[k]["tier"])},
            "missing_changed": {k for k in A if k in B and A[k]["tier"] == B[k]["tier"] and A[k]["missing"] != B[k]["missing"]},
        }
        for key, tags in want.items():
            expect({c["tag"] for c in d[key]} == tags, f"diff {x} {y}: {key} {sorted(c['tag'] for c in d[key])}, expected {sorted(tags)}")
        for c in d["promoted"] + d["demoted"]:
            expect(c["from"] == A[c["tag"]]["tier"] and c["to"] == B[c["tag"]]["tier"], f"diff {x} {y}: {c}")

        sa = jrun(t, "export", "--release", str(x))["compiler_support"]
        sb = jrun(t, "export", "--release", str(y))["compiler_support"]
        if sa and sb:
            ca = {(c["architecture"], c["feature"], c["compiler"]): c["support"] for c in sa}
            cb = {(c["architecture"], c["feature"], c["compiler"]): c["support"] for c in sb}
            changed = {k for k in set(ca) | set(cb) if ca.get(k, "unlisted") != cb.get(k, "unlisted")}
            got = {(c["architecture"], c["feature"], c["compiler"]) for c in d["compiler_support_changed"]}
            expect(got == changed, f"diff {x} {y}: compiler support changes {sorted(got)} != {sorted(changed)}")
        else:
            expect(not d["compiler_support_changed"], f"diff {x} {y}: support changes without two tables")

        def proposals(n):
            r = run(t, "export", "--release", str(n), "--document", "proposals")
            if r.returncode != 0:
                return None
            return {aliases.get(p["name"], p["name"]): p for p in json.loads(r.stdout)["proposals"]}
        pa, pb = proposals(x), proposals(y)
        if pa is not None and pb is not None:
            want_changes = set()
            for name in set(pa) | set(pb):
                sa_ = SECTION_WORDS[pa[name]["section"]] if name in pa else "unlisted"
                sb_ = SECTION_WORDS[pb[name]["section"]] if name in pb else "unlisted"
                if sa_ != sb_:
                    want_changes.add((name, "section", sa_, sb_))
                for c in CHECKS:
                    va = pa.get(name, {"checks": {}})["checks"].get(c, "not covered")
                    vb = pb.get(name, {"checks": {}})["checks"].get(c, "not covered")
                    if va != vb:
                        want_changes.add((name, c, va, vb))
            got = {(c["name"], c["check"], c["from"], c["to"]) for c in d["proposal_checks_changed"]}
            expect(got == want_changes, f"diff {x} {y}: proposal check changes {sorted(got ^ want_changes)}")
        else:
            expect(not d["proposal_checks_changed"], f"diff {x} {y}: proposal changes without two texts")

        # The text output lists the same number of changes.
        r = run(t, "diff", str(x), str(y))
        total = sum(len(d[k]) for k in ("added", "removed", "promoted", "demoted", "missing_changed",
                                         "compiler_support_changed", "proposal_checks_changed"))
        expect(d["changes"] == total, f"diff {x} {y}: changes {d['changes']} != {total}")
        last = r.stdout.strip().splitlines()[-1]
        expect(last == (f"{total} change{'s' if total != 1 else ''}." if total else
                        f"No changes between Wasmtime {'0.40' if x == 0 else x} and {'0.40' if y == 0 else y}."),
               f"diff {x} {y}: last line {last!r} for {total} changes")

    r = run(t, "diff", "22", "23")
    expect(r.returncode == 0 and "No changes between Wasmtime 22 and 23." in r.stdout, f"diff 22 23: {r.stdout}")
    r = run(t, "diff", "30", "22")
    expect(re.search(r"memory64 \(WebAssembly proposal\): Tier 1 to Tier 2", r.stdout), "diff 30 22: no demotion of memory64")
    r = run(t, "diff", "22", "200")
    expect(r.returncode == 2 and "known releases" in r.stderr, f"diff 22 200: {r.returncode} {r.stderr}")
    finish(f"diff of {len(pairs)} pairs against the exports")


# --- export -----------------------------------------------------------------------------------
def case_export(a):
    t = a.tool
    releases = known_releases(t)
    for n in releases:
        d = jrun(t, "export", "--release", str(n), "--format", "json")
        r = run(t, "export", "--release", str(n), "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(r.stdout, newline="")))
        expect(r.returncode == 0 and [(x["category"], x["name"], x["tier"], x["missing"]) for x in rows] ==
               [(e["category"], e["name"], str(e["tier"]), e["missing"]) for e in d["entities"]],
               f"export --release {n} --format csv differs from json")
        p = run(t, "export", "--release", str(n), "--document", "proposals")
        if p.returncode == 0:
            pj = json.loads(p.stdout)["proposals"]
            r = run(t, "export", "--release", str(n), "--document", "proposals", "--format", "csv")
            rows = list(csv.DictReader(io.StringIO(r.stdout, newline="")))
            expect([(x["name"], x["section"], {c: x[c] for c in CHECKS + ["Enabled"] if x[c]}) for x in rows] ==
                   [(q["name"], q["section"], q["checks"]) for q in pj],
                   f"export --release {n} --document proposals --format csv differs from json")
        else:
            expect(p.returncode == 2 and "covers" in p.stderr, f"proposals of {n}: {p.stderr}")
    expect(run(t, "export", "--release", "0.40").stdout == run(t, "export", "--release", "0").stdout,
           "--release 0.40 is not release 0")
    expect(run(t, "export", "--release", "v22.0.1").stdout == run(t, "export", "--release", "22").stdout,
           "--release v22.0.1 is not release 22")
    finish(f"export csv of {len(releases)} releases equal to json")


def case_export_markdown(a):
    t = a.tool
    os.makedirs(a.work, exist_ok=True)
    n = 0
    for sub, doc in (("wasmtime-stability-tiers", []), ("wasmtime-stability-wasm-proposals", ["--document", "proposals"])):
        d = need_upstream(a.upstream, sub)
        with open(os.path.join(d, "releases.tsv")) as f:
            lines = [l.rstrip("\n").split("\t") for l in f if l.strip()]
        for row in lines[1:]:
            file, first = row[0], row[1].lstrip("v")
            release = "0" if first.startswith("0.") else first.split(".")[0]
            md = run(t, "export", "--release", release, "--format", "markdown", *doc)
            if not expect(md.returncode == 0, f"export markdown of {release} ({sub}): {md.stderr}"):
                continue
            exported = os.path.join(a.work, f"{sub}-{file}")
            with open(exported, "w") as f:
                f.write(md.stdout)
            mine = run(t, "parse", exported)
            theirs = run(t, "parse", os.path.join(d, file))
            if not expect(mine.returncode == 0, f"parse of the exported {file} ({sub}) failed: {mine.stderr}"):
                continue
            expect(json.loads(mine.stdout) == json.loads(theirs.stdout),
                   f"parse of export --release {release} --format markdown differs from parse of {sub}/{file}")
            # The tier tables keep their headings; Markdown names keep their text.
            if not doc:
                for h in ("#### Tier 1", "#### Tier 2", "#### Tier 3"):
                    expect(f"\n{h}\n" in md.stdout, f"export markdown of {release}: no {h!r}")
            n += 1
    finish(f"export markdown of {n} shipped texts read back as the originals")


# --- usage ------------------------------------------------------------------------------------
def case_usage(a):
    t = a.tool
    for cmd, needles in (("show", ["--release", "--tier", "--category", "--format", "--color"]),
                         ("check", ["--release", "--policy", "--target", "--features", "--backend", "Exit status"]),
                         ("diff", ["FROM", "TO", "--format"]),
                         ("export", ["--release", "--format", "--document"]),
                         ("parse", ["FILE"]), ("gen", ["--manifest", "--out"])):
        r = run(t, cmd, "--help")
        expect(r.returncode == 0 and all(n in r.stdout for n in needles), f"{cmd} --help: {r.returncode} {r.stdout[:300]}")
    r = run(t, "--help")
    expect(r.returncode == 0 and all(c in r.stdout for c in ("show", "check", "diff", "export")), "--help")
    r = run(t, "--version")
    expect(r.returncode == 0 and re.search(r"\d+\.\d+\.\d+ \(tables for Wasmtime", r.stdout), f"--version: {r.stdout}")
    for args, needle in ((["show", "--release", "99"], "known releases"),
                         (["show", "--release", "twenty"], "not a Wasmtime release"),
                         (["show", "--category", "wasn"], "did you mean wasm"),
                         (["show", "--tier", "4"], "--tier"),
                         (["show", "--format", "yaml"], "--format"),
                         (["export", "--release", "99"], "known releases"),
                         (["export", "--release", "22", "--document", "proposals"], "covers"),
                         (["diff", "22"], "TO"),
                         (["frobnicate"], "frobnicate"),
                         ([], "subcommand")):
        r = run(t, *args)
        expect(r.returncode == 2 and needle in r.stderr, f"{args}: exit {r.returncode}, stderr {r.stderr!r}")
    r = run(t, "parse", os.path.join(a.work or "/nonexistent", "no-such-file.md"))
    expect(r.returncode == 2 and "cannot open the file: No such file or directory" in r.stderr,
           f"parse of a missing file: {r.returncode} {r.stderr}")
    r = run(t, "parse", a.source)
    expect(r.returncode == 2 and "is a folder" in r.stderr, f"parse of a folder: {r.returncode} {r.stderr}")
    finish("help, version and usage errors")


# --- robust -----------------------------------------------------------------------------------
def case_robust(a):
    """Nothing slips: a failed write is exit 1; --release takes only real spellings; every message
    is whole; --waive is checked as the library's waivers are."""
    t = a.tool
    # Writing fails: a full disk (/dev/full), a closed stdout.
    for args in (["export", "--release", "22", "--format", "json"], ["show", "--release", "22"],
                 ["export", "--release", "22", "--format", "csv"]):
        with open("/dev/full", "w") as full:
            r = subprocess.run([t, *args], stdout=full, stderr=subprocess.PIPE, text=True)
        expect(r.returncode == 1 and "cannot write the output: No space left on device" in r.stderr,
               f"{args} > /dev/full: exit {r.returncode}, {r.stderr!r}")
    r = subprocess.run([t, "show", "--release", "22"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True, preexec_fn=lambda: os.close(1))
    expect(r.returncode == 1 and "cannot write the output" in r.stderr,
           f"show with stdout closed: exit {r.returncode}, {r.stderr!r}")

    # --release: exactly the spellings of releases that exist.
    for ok, major in (("22", 22), ("v22", 22), ("22.0.1", 22), ("v22.0.1", 22), ("0.40", 0), ("v0.40.1", 0),
                      ("0", 0)):
        r = run(t, "show", "--release", ok, "--format", "json")
        expect(r.returncode == 0 and json.loads(r.stdout)["release"] == major, f"--release {ok}: {r.returncode} {r.stderr}")
    for bad in ("0.39", "0.1", "0.0", "22.", "022", "22abc", "v", "22.0.1.2", "-1", "4294967295", "1.2.3.4"):
        for cmd in (["show", "--release", bad], ["export", "--release", bad],
                    ["check", "--release", bad, "--policy", "production-ready", "--features", "simd"]):
            r = run(t, *cmd)
            expect(r.returncode == 2 and "known releases" in r.stderr, f"{cmd}: exit {r.returncode}, {r.stderr!r}")
    r = run(t, "show", "--release", "")
    expect(r.returncode == 2 and "empty release" in r.stderr and "known releases" in r.stderr,
           f"--release '': exit {r.returncode}, {r.stderr!r}")

    # The longest sentences, whole: every proposal check "not covered" before Wasmtime 27.
    r = run(t, "check", "--policy", "production-ready", "--features", "simd", "--require-checks", "all",
            "--release", "20")
    expect(r.returncode == 1 and r.stdout.strip() ==
           "simd fails proposal checks the policy requires in Wasmtime 20 (Phase 4: not covered, Tests: not "
           "covered, Finished: not covered, Fuzzed: not covered, API: not covered, C API: not covered; "
           "docs/stability-wasm-proposals.md starts at Wasmtime 27); to accept it anyway, add --waive "
           "simd=REASON", f"the longest sentence: {r.stdout!r}")

    # --waive ENTITY=REASON[@UNTIL].
    base = ["check", "--release", "22", "--policy", "production-ready", "--features", "simd,gc"]
    r = run(t, *base)
    expect(r.returncode == 1 and "add --waive gc=REASON" in r.stdout, f"no --waive advice: {r.stdout!r}")
    r = run(t, *base, "--waive", "gc=fuzzed in-house")
    expect(r.returncode == 0 and r.stdout.startswith("ok: simd, gc meet"), f"--waive gc: {r.returncode} {r.stdout!r} {r.stderr!r}")
    r = run(t, *base, "--waive", "gc=fuzzed in-house@23", "--format", "json")
    j = json.loads(r.stdout) if r.stdout else {}
    expect(r.returncode == 0 and j.get("waivers") == [{"name": "gc", "reason": "fuzzed in-house", "until": 23}] and
           [e["verdict"] for e in j.get("entities", [])] == ["allowed", "waived"], f"--waive in json: {r.stdout}")
    refused = (
        ("simd=x", 1, "the waiver for simd is not needed: it is Tier 1 in Wasmtime 22 and the policy requires Tier 1; "
                      "remove the waiver"),
        ("gc=x@21", 1, "the waiver for gc expired after Wasmtime 21 and the policy checks Wasmtime 22"),
        ("exception-handling=x", 1, "no waiver can accept exception-handling: it is on the unsupported list"),
        ("wide-arithmetic=x", 1, "no waiver can accept wide-arithmetic: it is not in the tier table of Wasmtime 22"),
        ("gc=", 2, "the waiver for gc has an empty reason"),
        ("gc", 2, "expected ENTITY=REASON[@UNTIL]"),
        ("gcc=x", 2, "--waive gcc: no target or feature of that name"),
    )
    for waiver, code, needle in refused:
        r = run(t, *base, "--waive", waiver)
        expect(r.returncode == code and needle in r.stdout + r.stderr,
               f"--waive {waiver}: exit {r.returncode}, {r.stdout!r} {r.stderr!r}")
    r = run(t, *base, "--waive", "gc=a", "--waive", "gc=b")
    expect(r.returncode == 2 and "gc is waived twice" in r.stderr, f"two waivers for gc: {r.returncode} {r.stderr!r}")
    r = run(t, *base, "--waive", "gcc=a", "--waive", "simdd=b")
    expect(r.returncode == 2 and "--waive gcc" in r.stderr and "--waive simdd" in r.stderr,
           f"every unknown --waive at once: {r.stderr!r}")
    # A waiver made necessary by the required proposal checks is not stale (component-model is Tier 1
    # in 47 but not fuzzed).
    r = run(t, "check", "--release", "47", "--policy", "production-ready", "--features", "component-model",
            "--require-checks", "fuzzed", "--waive", "component-model=fuzzed in-house")
    expect(r.returncode == 0, f"--waive needed by --require-checks: {r.returncode} {r.stdout!r} {r.stderr!r}")

    # The smaller messages: the real cause for Winch on s390x before Wasmtime 34; plausible
    # suggestions only; every unknown name at once.
    r = run(t, "check", "--policy", "not-production-ready", "--backend", "winch", "--target",
            "s390x-unknown-linux-gnu", "--release", "22")
    expect(r.returncode == 1 and "Winch has no row for s390x in the tier table of Wasmtime 22" in r.stdout and
           "Winch on x86_64" in r.stdout and "is not in the tier table" not in r.stdout,
           f"Winch on s390x in 22: {r.stdout!r}")
    r = run(t, "check", "--policy", "production-ready", "--features", "simdd")
    expect(r.returncode == 2 and "did you mean simd?" in r.stderr and "MIPS" not in r.stderr,
           f"--features simdd: {r.stderr!r}")
    r = run(t, "frobnicate")
    expect(r.returncode == 2 and "did you mean" not in r.stderr and "frobnicate" in r.stderr, f"frobnicate: {r.stderr!r}")
    r = run(t, "check", "--policy", "production-ready", "--target", "x86_64-unknown-linux-gnuu",
            "--features", "simdd,gc,wasi-htp")
    expect(r.returncode == 2 and all(n in r.stderr for n in ("--target x86_64-unknown-linux-gnuu",
                                                               "--features simdd", "--features wasi-htp")),
           f"every unknown name at once: {r.stderr!r}")

    # parse: a folder and a missing file are usage errors with the reason.
    r = run(t, "parse", a.source)
    expect(r.returncode == 2 and "is a folder" in r.stderr, f"parse of a folder: {r.returncode} {r.stderr!r}")
    finish("write errors, --release spellings, whole messages, --waive")


# --- readme -----------------------------------------------------------------------------------
def case_readme(a):
    readme = open(os.path.join(a.source, "doc", "tool.md"), encoding="utf-8").read()
    start = readme.find("\n## The command-line tool\n")
    if not expect(start >= 0, "doc/tool.md has no section 'The command-line tool'"):
        finish("")
    section = readme[start + 1:]
    section = section[:section.find("\n## ", 1)]
    blocks = re.findall(r"```console\n(.*?)```", section, re.S)
    # The README's commands run the tool by its name, through a shell (pipes), without colour.
    env = tool_env(a.work, a.tool)
    commands = 0
    for block in blocks:
        commands += run_console_block(block, env, expect)[0]
    expect(commands >= 6, f"README: only {commands} commands of the tool found")
    finish(f"README: {commands} commands print what it shows")


# --- the CMake function -----------------------------------------------------------------------
def configure(a, project, work, *defs):
    build = os.path.join(work, os.path.basename(project))
    shutil.rmtree(build, ignore_errors=True)
    args = ["cmake", "-S", project, "-B", build, *defs]
    if a.generator:
        args[1:1] = ["-G", a.generator]
    return subprocess.run(args, capture_output=True, text=True)


def check_projects(a, work, *defs):
    projects = os.path.join(a.source, "tests", "cli", "cmake_projects")
    r = configure(a, os.path.join(projects, "pass"), work, *defs)
    out = passing = r.stdout + r.stderr
    expect(r.returncode == 0, f"the passing project failed to configure:\n{out}")
    expect("wasmtime_tiers_check: ok: x86_64-unknown-linux-gnu, simd, wasi-http meet the policy "
           "production-ready (Tier 1) in Wasmtime 22" in out, f"no status line of the passing check:\n{out}")
    expect("riscv_ok=FALSE" in out and "riscv64gc-unknown-linux-gnu is Tier 3 in Wasmtime 22" in out,
           f"RESULT_VARIABLE did not report the violation as a warning and FALSE:\n{out}")
    expect("wasmtime_tiers_check: ok: x86_64-unknown-linux-gnu, simd, gc meet the policy" in out,
           f"WAIVE did not accept gc:\n{out}")
    expect("stale_ok=FALSE" in out and "the waiver for simd is not needed" in out,
           f"WAIVE of simd, which needs none, was not refused:\n{out}")
    r = configure(a, os.path.join(projects, "fail"), work, *defs)
    out = r.stdout + r.stderr
    expect(r.returncode != 0, f"the failing project configured:\n{out}")
    flat = re.sub(r"\s+", " ", out)
    expect("wasmtime_tiers_check: this build does not satisfy the policy production-ready" in flat and
           ("gc is Tier 3 in Wasmtime 22 (missing: Complete implementation), but the policy requires Tier 1; "
            "to accept it anyway, add --waive gc=REASON") in flat,
           f"the failure does not name the violation:\n{out}")
    expect("Generating done" not in out, "the failing project generated a build system")
    return passing


def case_cmake_source(a):
    work = os.path.join(a.work, "source")
    os.makedirs(work, exist_ok=True)
    module = os.path.join(a.source, "cmake", "wasmtime_tiers-functions", "WasmtimeTiersCheck.cmake")
    check_projects(a, work, f"-DWASMTIME_TIERS_CHECK_MODULE={module}", f"-DWASMTIME_TIERS_EXECUTABLE={a.tool}")
    # Without the tool: a message that says where to get it.
    r = configure(a, os.path.join(a.source, "tests", "cli", "cmake_projects", "pass"), work,
                  f"-DWASMTIME_TIERS_CHECK_MODULE={module}", "-DWASMTIME_TIERS_EXECUTABLE=/nonexistent/wasmtime-tiers")
    expect(r.returncode != 0 and "WASMTIME_TIERS_EXECUTABLE" in r.stderr and "not a file" in r.stderr,
           f"a wrong WASMTIME_TIERS_EXECUTABLE: {r.stderr}")
    finish("wasmtime_tiers_check() from the source tree")


def case_cmake_installed(a):
    cache = os.path.join(a.binary, "CMakeCache.txt")
    with open(cache) as f:
        if re.search(r"^WASMTIME_TIERS_INSTALL:BOOL=OFF", f.read(), re.M):
            print("SKIPPED: WASMTIME_TIERS_INSTALL is OFF in this build, so there is no package to install")
            sys.exit(SKIP)
    prefix = os.path.join(a.work, "installed", "prefix")
    shutil.rmtree(prefix, ignore_errors=True)
    r = subprocess.run(["cmake", "--install", a.binary, "--prefix", prefix], capture_output=True, text=True)
    if not expect(r.returncode == 0, f"cmake --install failed: {r.stderr}"):
        finish("")
    installed = [os.path.join(dp, f) for dp, _, fs in os.walk(prefix) for f in fs if f == "WasmtimeTiersCheck.cmake"]
    expect(len(installed) == 1 and "wasmtime_tiers-functions" in installed[0], f"installed function files: {installed}")
    # The tool is found beside the package: no WASMTIME_TIERS_EXECUTABLE, a PATH without it.
    env_path = os.environ.get("PATH", "")
    out = check_projects(a, os.path.join(a.work, "installed"), f"-DCMAKE_PREFIX_PATH={prefix}")
    m = re.search(r"tool: (\S+)", out)
    expect(m and m.group(1).startswith(prefix), f"the installed tool was not the one used: {m and m.group(1)} (PATH {env_path})")
    finish("wasmtime_tiers_check() through find_package")


CASES = {"robust": case_robust, "acceptance": case_acceptance, "check": case_check, "show": case_show, "colour": case_colour,
         "diff": case_diff, "export": case_export, "export_markdown": case_export_markdown,
         "usage": case_usage, "readme": case_readme, "cmake_source": case_cmake_source, "cmake_installed": case_cmake_installed}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("case", choices=sorted(CASES))
    p.add_argument("--tool", required=True)
    p.add_argument("--upstream")
    p.add_argument("--source")
    p.add_argument("--binary")
    p.add_argument("--work")
    p.add_argument("--generator")
    a = p.parse_args()
    if a.work:
        os.makedirs(a.work, exist_ok=True)
    CASES[a.case](a)


if __name__ == "__main__":
    main()
