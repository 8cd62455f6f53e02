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
  bounds      release numbers beyond any real release are refused at once with a message;
  add_release         gen --add-release reproduces the compiled-in tables and adds a release;
  add_release_names   gen --add-release with texts made from the newest shipped ones plus names no
                      known text has: each becomes a new entity with the next free id, listed on
                      stderr, and every query and policy answers for it (compiled with --cxx); a
                      requirement phrase the vocabulary lacks is kept verbatim as
                      requirement::unnamed, listed on stderr, and shown by the policies.

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

from edit_texts import append_row

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
                 "Run `cmake --build build --target wasmtime_tiers_regenerate` and commit the result.")
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
        r"unknown requirement phrase 'Quantum certification'; add it to requirement_phrases in "
        r"include/wasmtime_tiers/requirement\.hpp")
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
    if sorted(before) != ["ENTITIES.md", "a.hpp", "b.hpp", "category_spellings.hpp", "entities.hpp", "identifiers.hpp",
                          "proposal_checks.hpp", "proposals.hpp", "releases.hpp", "shared_strings.hpp", "texts.hpp",
                          "wasmtime_text.hpp"]:
        fail(f"unexpected generated files {sorted(before)}")
    # The second text now has an unknown phrase: the library's own generation stays strict (an
    # added release keeps such a phrase: add_release_names), so gen must fail, advise extending the
    # vocabulary, and leave every file as it was.
    write(os.path.join(d, "b.md"), GOOD.replace("Continuous fuzzing", "Vibes"))
    r = run(a.tool, "gen", "--manifest", os.path.join(d, "releases.tsv"), "--out", out)
    if r.returncode == 0 or not re.search(r"b\.md:\d+: unknown requirement phrase 'Vibes'; add it to "
                                          r"requirement_phrases in include/wasmtime_tiers/requirement\.hpp",
                                          r.stderr):
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


# --- stages ---------------------------------------------------------------------------------
def case_stages(a):
    """What gen's validation refuses in texts the reader accepts: each refusal names the file, the
    line where there is one, and what is wrong, and leaves the previous headers as they were."""
    d = os.path.join(a.work, "stages")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    head = "file\tfirst_release\tlast_release\tupstream_commit\n"
    write(os.path.join(d, "a.md"), GOOD)
    write(os.path.join(d, "releases.tsv"), head + "a.md\tv1.0.0\tv1.0.0\tabc\n")
    out = os.path.join(d, "out")
    r = run(a.tool, "gen", "--manifest", os.path.join(d, "releases.tsv"), "--out", out)
    if r.returncode != 0:
        fail(f"gen of a good text failed: {r.stderr}")
    before = {f: open(os.path.join(out, f), "rb").read() for f in os.listdir(out)}
    if "shared_strings.hpp" not in before or b"shared_0" not in before["a.hpp"]:
        fail(f"the text's table does not name the shared strings: {sorted(before)}")

    support = SUPPORT.format(cell="✅")
    second = support.replace("\n## Tier Details\n", "\n##### x86\\_64\n\n| Feature  | Cranelift | Winch |\n"
                             "|----------|-----------|-------|\n| [`gc`] | ✅        | ❌ |\n\n## Tier Details\n")
    two_tables = GOOD.replace("\n## Tier Details\n", second, 1)
    long_note = GOOD.replace("\n## Tier Details\n", SUPPORT.format(cell="✅ [^ab]"), 1) + "\n[^ab]: a note\n"
    cases = [
        ("a text named like a generated header", "category_spellings.md", GOOD, None,
         r"the text's header category_spellings\.hpp would overwrite another generated header; rename the text"),
        ("a text named like the shared strings", "shared_strings.md", GOOD, None,
         r"the text's header shared_strings\.hpp would overwrite another generated header"),
        ("two support tables of one architecture", "b.md", two_tables,
         line_of(two_tables, "| Feature  | Cranelift | Winch |\n|----------|-----------|-------|\n| [`gc`]"),
         r"a second table for the same architecture"),
        ("a footnote label of two characters", "b.md", long_note, line_of(long_note, "[^ab] |"),
         r"footnote label 'ab' is longer than one character"),
    ]
    for name, file, text, line, reason in cases:
        path = os.path.join(d, file)
        write(path, text)
        write(os.path.join(d, "bad.tsv"), head + f"{file}\tv1.0.0\tv1.0.0\tabc\n")
        if run(a.tool, "parse", path).returncode != 0:
            fail(f"{name}: the reader refused the text, so gen's own check is not reached")
        r = run(a.tool, "gen", "--manifest", os.path.join(d, "bad.tsv"), "--out", out)
        m = re.search(r"^wasmtime-tiers: (.*):(\d+): (.*)$", r.stderr, re.M)
        if r.returncode == 0 or not m or m.group(1) != path or not re.search(reason, m.group(3)):
            fail(f"{name}: expected 'wasmtime-tiers: {path}:LINE: {reason}', got exit {r.returncode}, {r.stderr!r}")
        if line is not None and int(m.group(2)) != line:
            fail(f"{name}: error names line {m.group(2)}, expected {line}")
        after = {f: open(os.path.join(out, f), "rb").read() for f in os.listdir(out)}
        if after != before:
            fail(f"{name}: the refused gen changed the previous headers")
        os.remove(path)
        print(f"ok: {name}: {m.group(0)}")
    print(f"ok: {len(cases)} texts refused by gen's validation, the previous headers kept")


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


def shared_strings(gen_dir):
    """The strings of shared_strings.hpp, by name."""
    path = os.path.join(gen_dir, "shared_strings.hpp")
    text = strip_comments(open(path).read())
    return {m.group(1): "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2)))
            for m in re.finditer(r"inline constexpr char (shared_\d+)\[\] =((?:\s*\"(?:[^\"\\]|\\.)*\")+);", text)}


def table_values(text, shared):
    """The values of a text's table in order (adjacent string literals joined, a shared string's
    name replaced by its content): what the header says, whichever strings it shares. A shared
    string is named with its size, {shared_N, size}, which must be its content's."""
    values, joining = [], False
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"|\b(shared_\d+)\b(?:, (\d+)\})?|([^\s"])',
                         strip_comments(text)):
        if m.group(1) is not None:
            if joining:
                values[-1] += m.group(1)
            else:
                values.append(m.group(1))
            joining = True
            continue
        joining = False
        if m.group(2):
            if m.group(2) not in shared:
                fail(f"{m.group(2)} is not in shared_strings.hpp")
            if m.group(3) is None or int(m.group(3)) != len(shared[m.group(2)]):
                fail(f"{m.group(2)} is named with size {m.group(3)}, not its length "
                     f"{len(shared[m.group(2)])}")
            values.append(shared[m.group(2)])
    return values


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
    mine_shared, theirs_shared = shared_strings(gen_dir), shared_strings(checked_in)
    if not theirs_shared:
        fail("the library's shared_strings.hpp holds no string")
    for row in rows:
        name = stem(row["file"]) + ".hpp"
        mine = table_values(open(os.path.join(gen_dir, name)).read(), mine_shared)
        theirs = table_values(open(os.path.join(checked_in, name)).read(), theirs_shared)
        if len(theirs) != 2 + 4 + 10 + 5 or mine != theirs:
            fail(f"{name} from the compiled-in tables differs from the library's own")
    for name in ("entities.hpp", "identifiers.hpp"):
        if strip_comments(open(os.path.join(gen_dir, name)).read()) != \
                strip_comments(open(os.path.join(checked_in, name)).read()):
            fail(f"{name}: adding a release without new entities changed the entity set")
    newest_table = table_values(open(os.path.join(gen_dir, stem(newest["file"]) + ".hpp")).read(), mine_shared)
    added_table = table_values(open(os.path.join(gen_dir, f"v{n}.hpp")).read(), mine_shared)
    releases = open(os.path.join(gen_dir, "releases.hpp")).read()
    if f"#define WASMTIME_TIERS_DETAIL_NEWEST_RELEASE {n}" not in releases:
        fail(f"releases.hpp does not make {n} the newest release")
    # The strings after the file name and the upstream commit: tiers, spellings, missing, order,
    # compiler support.
    if not newest_table[2:] or newest_table[2:] != added_table[2:]:
        fail(f"the table of Wasmtime {n} differs from the text it was made from")
    bad = run(a.tool, "gen", "--add-release", "22", "--tiers", os.path.join(tiers, "v22.md"), "--out", out)
    if bad.returncode == 0 or "not newer than the newest release" not in bad.stderr:
        fail(f"--add-release of a known release: exit {bad.returncode}, {bad.stderr!r}")
    print(f"ok: gen --add-release {n} reproduces the {len(rows)} compiled-in tables and adds Wasmtime {n}")


# --- add_release_names ----------------------------------------------------------------------

def newest_texts(a):
    """The newest shipped text of each document and the releases they cover."""
    tiers = need_upstream(a.upstream)
    rows = manifest_rows(tiers)
    newest = rows[-1]
    last = major(newest["last_release"])
    prop_dir = os.path.join(a.upstream, "wasmtime-stability-wasm-proposals")
    props = [r for r in manifest_rows(prop_dir) if major(r["first_release"]) <= last <= major(r["last_release"])]
    if not props:
        fail(f"no text of the proposals document covers Wasmtime {last}")
    return (open(os.path.join(tiers, newest["file"]), encoding="utf-8").read(),
            open(os.path.join(prop_dir, props[0]["file"]), encoding="utf-8").read(), last)


def compile_mode(cxx, std):
    """run_case.py's mode for this compiler and standard: computed static_assert messages where
    __cpp_static_assert says so, else the compiler's own fixed wording."""
    r = subprocess.run([cxx, f"-std={std}", "-dM", "-E", "-x", "c++", os.devnull], capture_output=True, text=True)
    m = re.search(r"#define __cpp_static_assert (\d+)", r.stdout)
    if m and int(m.group(1).rstrip("L")) >= 202306:
        return "computed"
    return "clang" if "#define __clang__ " in r.stdout else "gcc"


def case_add_release_names(a):
    """Texts of a Wasmtime one release newer than the library, made here from the newest shipped
    ones: a new target in the tiers document's Tier 3 table, a new WASI proposal written with a new
    spelling of its category ("WASI Proposals"), a new WebAssembly proposal in a compiler support
    table and in the proposals document's Tier 3 table, another (frobnicate) in its Unimplemented
    table. Each is added after every known entity, and the generated headers answer for them. Then a
    Tier 3 cell with requirement phrases the vocabulary lacks: kept verbatim, as the README shows."""
    if not a.cxx:
        fail("add_release_names needs --cxx")
    tiers_text, props_text, last = newest_texts(a)
    n = last + 1
    d = os.path.join(a.work, "add_release_names")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    target_row = "| Target | `riscv64gc-unknown-frobnix` | CI testing, full-time maintainer |"
    t, target_line = append_row(tiers_text, "#### Tier 3", target_row)
    t, wasi_line = append_row(t, "#### Tier 3", "| WASI Proposals | [`wasi-frobnicate`] | unstable proposal |")
    t, support_line = append_row(t, "##### x86\\_64", "| [`wide-frobnication`] | 🚧 | ❌ |")
    p, wide_line = append_row(props_text, "## Tier 3 WebAssembly Proposals",
                              "| [`wide-frobnication`] | ❌ | ✅ | 🚧 | ❌ | ✅ | ❌ |")
    p, frob_line = append_row(p, "## Unimplemented proposals",
                              "| [`frobnicate`] | [#1](https://github.com/bytecodealliance/wasmtime/issues/1) |")
    tiers, props = os.path.join(d, "tiers.md"), os.path.join(d, "proposals.md")
    write(tiers, t)
    write(props, p)

    # The library's own generation stays strict: a spelling the vocabulary lacks is refused.
    r = run(a.tool, "parse", tiers)
    if r.returncode == 0 or f"{tiers}:{wasi_line}: unknown category 'WASI Proposals'" not in r.stderr:
        fail(f"parse of a text with a new category spelling: exit {r.returncode}, {r.stderr!r}")

    out = os.path.join(d, "out")
    r = run(a.tool, "gen", "--add-release", str(n), "--tiers", tiers, "--proposals", props, "--out", out)
    if r.returncode != 0:
        fail(f"gen --add-release with new names failed: {r.stderr}")
    checked_in = os.path.join(a.source, "include", "wasmtime_tiers", "generated")
    count = int(re.search(r"entity_count = (\d+);", open(os.path.join(checked_in, "entities.hpp")).read()).group(1))
    expected = [
        f"  target::riscv64gc_unknown_frobnix (id {count}): target 'riscv64gc-unknown-frobnix', at {tiers}:{target_line} (Tier 3 table)",
        f"  wasi::frobnicate (id {count + 1}): WASI proposal 'wasi-frobnicate', at {tiers}:{wasi_line} (Tier 3 table)",
        f"  wasm::wide_frobnication (id {count + 2}): WebAssembly proposal 'wide-frobnication', at {tiers}:{support_line} (compiler support, x86_64)",
        f"  wasm::frobnicate (id {count + 3}): WebAssembly proposal 'frobnicate', at {props}:{frob_line} (Unimplemented proposals)",
        f"  category 'WASI Proposals', a spelling of WASI proposal (category_spelling_of gives it), at {tiers}:{wasi_line}",
    ]
    head = (f"wasmtime-tiers: the texts of Wasmtime {n} name what no text this library knows names; added "
            "4 entities (each with the next free id) and 1 category spelling:")
    lines = r.stderr.splitlines()
    if lines[:6] != [head] + expected:
        fail("gen --add-release did not list what it added as expected:\n" + r.stderr +
             "\nexpected:\n" + "\n".join([head] + expected))
    print("ok: gen --add-release listed what it added:\n" + "\n".join(lines[:6]))

    # Every known entity keeps its id and every known release its table.
    gen_dir = os.path.join(out, "wasmtime_tiers", "generated")
    ids = lambda path: re.findall(r'^template <> struct entity_at<\d+> \{ using type = (\w+::\w+); \};$',
                                  open(path).read(), re.M)
    known, now = ids(os.path.join(checked_in, "identifiers.hpp")), ids(os.path.join(gen_dir, "identifiers.hpp"))
    if len(known) != count or now[:count] != known:
        fail("the known entities did not keep their ids")
    stem = lambda f: re.sub(r"[^A-Za-z0-9]", "_", os.path.splitext(f)[0])
    mine_shared, theirs_shared = shared_strings(gen_dir), shared_strings(checked_in)
    for row in manifest_rows(need_upstream(a.upstream)):
        name = stem(row["file"]) + ".hpp"
        if table_values(open(os.path.join(gen_dir, name)).read(), mine_shared) != \
                table_values(open(os.path.join(checked_in, name)).read(), theirs_shared):
            fail(f"{name}: adding a release with new names changed a known release's table")

    # The queries and policies answer for the new entities in release n, and older releases do
    # not list them.
    std = a.std or "c++20"
    src = os.path.join(d, "queries.cpp")
    write(src, f"""#define WASMTIME_VERSION_MAJOR {n}
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/proposal_matrix.hpp>
#include <wasmtime_tiers/sequence.hpp>
#include <wasmtime_tiers/text_tables.hpp>

#include <boost/hana/contains.hpp>

#include <string_view>

namespace wt = wasmtime_tiers;
namespace hana = boost::hana;
using added = wt::release<{n}>;
using newest = wt::release<{last}>;
using target = wt::target::riscv64gc_unknown_frobnix;
static_assert(wt::entity_count == {count + 4});
static_assert(wt::id_of<target> == {count} && wt::id_of<wt::wasm::frobnicate> == {count + 3});
static_assert(wt::name_of<target> == std::string_view{{"riscv64gc-unknown-frobnix"}});
static_assert(wt::category_of<target> == wt::category::target);
static_assert(wt::tier_of<target, added> == wt::tier::t3);
static_assert(wt::tier_of<target, newest> == wt::tier::unlisted);
static_assert(wt::tier_of<target, wt::release<22>> == wt::tier::unlisted);
static_assert(wt::missing_text_of<target, added> == std::string_view{{"CI testing, full-time maintainer"}});
static_assert(wt::is_missing<target, wt::requirement::full_time_maintainer, added>);
static_assert(wt::category_spelling_of<target, added> == std::string_view{{"Target"}});
static_assert(wt::tier_of<wt::wasi::frobnicate, added> == wt::tier::t3);
static_assert(wt::name_of<wt::wasi::frobnicate> == std::string_view{{"wasi-frobnicate"}});
static_assert(wt::category_of<wt::wasi::frobnicate> == wt::category::wasi_proposal);
static_assert(wt::category_spelling_of<wt::wasi::frobnicate, added> == std::string_view{{"WASI Proposals"}});
static_assert(wt::is_missing<wt::wasi::frobnicate, wt::requirement::unstable_proposal, added>);
static_assert(wt::proposal_section_of<wt::wasm::frobnicate, added> == wt::proposal_section::unimplemented);
static_assert(wt::proposal_section_of<wt::wasm::frobnicate, newest> == wt::proposal_section::unlisted);
static_assert(wt::tier_of<wt::wasm::frobnicate, added> == wt::tier::unlisted);
static_assert(wt::category_of<wt::wasm::frobnicate> == wt::category::wasm_proposal);
static_assert(wt::proposal_section_of<wt::wasm::wide_frobnication, added> == wt::proposal_section::t3);
static_assert(wt::check_of<wt::wasm::wide_frobnication, wt::proposal_check::finished, added> == wt::check_status::wip);
static_assert(wt::checks_lacking_of<wt::wasm::wide_frobnication, added> ==
              (wt::bit(wt::proposal_check::phase_4) | wt::bit(wt::proposal_check::finished) |
               wt::bit(wt::proposal_check::fuzzed) | wt::bit(wt::proposal_check::c_api)));
static_assert(wt::support_of<wt::backend::cranelift, wt::wasm::wide_frobnication, wt::architecture::x86_64, added> ==
              wt::support::wip);
static_assert(wt::support_of<wt::backend::cranelift, wt::wasm::wide_frobnication, wt::architecture::aarch64, added> ==
              wt::support::unlisted);
static_assert(wt::proposal_section_of<wt::wasm::shared_everything_threads, added> == wt::proposal_section::unimplemented);
static_assert(wt::tier_of<wt::wasm::gc, added> == wt::tier_of<wt::wasm::gc, newest>);
// The policies: the selected release is {n}, and a new Tier 3 target is Tier 3 to them.
static_assert(wt::allowed<wt::policy::not_production_ready, target, wt::wasi::frobnicate>);
static_assert(!wt::allowed<wt::policy::almost_production_ready, target>);
static_assert(!wt::allowed<wt::policy::not_production_ready, wt::wasm::frobnicate>); // unlisted
static_assert(!wt::allowed<wt::policy::minimum_tier<wt::tier::t3, newest>, target>);
WASMTIME_TIERS_REQUIRE(wt::policy::not_production_ready, target);
static_assert(wt::violations_of<wt::policy::production_ready, target, wt::wasm::frobnicate, wt::wasm::gc>.size() == 2);
static_assert(wt::missing_for<target, wt::tier::t2, added> == wt::missing_of<target, added> &&
              wt::missing_of<target, added> != 0);
static_assert(hana::contains(wt::entities_at<added, wt::tier::t3, wt::category::target>, hana::type_c<target>));
static_assert(!hana::contains(wt::entities_at<newest, wt::tier::t3, wt::category::target>, hana::type_c<target>));
""")
    c = run(a.cxx, f"-std={std}", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-fsyntax-only",
            "-I", out, "-I", os.path.join(a.source, "include"), src)
    if c.returncode != 0:
        fail(f"the queries on the added release failed to compile:\n{c.stderr[:4000]}")
    print(f"ok: the queries and policies answer for the new entities in Wasmtime {n}, and older releases do not list them")

    # A policy refuses the new Tier 3 target, and the compiler's first error line names it
    # (tests/compile_fail/run_case.py: the twin compiles, the case does not).
    case = os.path.join(d, "refused.cpp")
    write(case, f"""// kind: a new Tier 3 target below the policy's tier
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::target::riscv64gc_unknown_frobnix; Tier = .*tier_3_not_production_ready; unsigned int Wasmtime = {n}; Policy_requires = .*tier_1
// expect-clang: entity_below_policy_tier<wasmtime_tiers::target::riscv64gc_unknown_frobnix, wasmtime_tiers::diagnostic::tier_3_not_production_ready, {n}, wasmtime_tiers::diagnostic::tier_1,
// expect-computed: riscv64gc-unknown-frobnix is Tier 3 in Wasmtime {n} \\(missing: CI testing, full-time maintainer\\), but the policy requires Tier 1
#define WASMTIME_VERSION_MAJOR {n}
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
WASMTIME_TIERS_REQUIRE(wt::policy::production_ready, wt::target::riscv64gc_unknown_frobnix);
#else
WASMTIME_TIERS_REQUIRE(wt::policy::production_ready, wt::target::x86_64_unknown_linux_gnu);
#endif
""")
    mode = compile_mode(a.cxx, std)
    r = subprocess.run([sys.executable, os.path.join(a.source, "tests", "compile_fail", "run_case.py"),
                        "--compiler", a.cxx, "--mode", mode, "--std", std, "-I", out,
                        "-I", os.path.join(a.source, "include"), case], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"the policy's refusal of the new target ({mode} mode):\n{r.stdout}{r.stderr}")
    print(f"ok: production_ready refuses the new Tier 3 target ({mode} mode): " + r.stdout.strip().splitlines()[-1])

    # Wasmtime's development branch after 48 names compact-import-section in the Unimplemented
    # table: the newest shipped proposals text with that row is accepted. With the new target, this
    # is the README's example, whose output the README shows.
    p, line = append_row(props_text, "## Unimplemented proposals",
                         "| [`compact-import-section`] | [#12345](https://github.com/bytecodealliance/wasmtime/issues/12345) |")
    docs = os.path.join(d, "docs")
    os.makedirs(docs)
    dev, dev_tiers = os.path.join(docs, "stability-wasm-proposals.md"), os.path.join(docs, "stability-tiers.md")
    write(dev, p)
    write(dev_tiers, append_row(tiers_text, "#### Tier 3", target_row)[0])
    out_dev = os.path.join(d, "out-dev")
    r = run(a.tool, "gen", "--add-release", str(n), "--tiers", dev_tiers, "--proposals", dev, "--out", out_dev)
    want = (f"  wasm::compact_import_section (id {count + 1}): WebAssembly proposal 'compact-import-section', "
            f"at {dev}:{line} (Unimplemented proposals)")
    if r.returncode != 0 or want not in r.stderr.splitlines():
        fail(f"gen --add-release of the development branch's proposals text: exit {r.returncode}, {r.stderr!r}")
    readme = open(os.path.join(a.source, "doc", "wasmtime.md"), encoding="utf-8").read()
    shown = re.search(r"\*\*New names\.\*\*.*?```console\n(.*?)```", readme, re.S)
    got = "\n".join(r.stderr.splitlines()[:3]).replace(d, "...") + "\n"
    if not shown or shown.group(1) != got:
        fail(f"the 'New names' example of doc/wasmtime.md does not show what gen --add-release prints:\n{got}")
    src = os.path.join(d, "development.cpp")
    write(src, f"""#include <wasmtime_tiers/proposal_matrix.hpp>
namespace wt = wasmtime_tiers;
static_assert(wt::proposal_section_of<wt::wasm::compact_import_section, wt::release<{n}>> ==
              wt::proposal_section::unimplemented);
static_assert(wt::proposal_section_of<wt::wasm::compact_import_section, wt::release<{last}>> ==
              wt::proposal_section::unlisted);
static_assert(wt::entity_count == {count + 2});
""")
    c = run(a.cxx, f"-std={std}", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-fsyntax-only",
            "-I", out_dev, "-I", os.path.join(a.source, "include"), src)
    if c.returncode != 0:
        fail(f"compact-import-section is not queryable:\n{c.stderr[:4000]}")
    print("ok: the development branch's compact-import-section is added, as the README shows: " + want.strip())

    # New spellings of each category are read as that category.
    spellings = [("Targets", "target", "target::frob_os"), ("Compiler backends", "compiler backend", "backend::frobcc"),
                 ("Embedding APIs", "embedding API", "api::frob"), ("Wasm proposals", "WebAssembly proposal",
                 "wasm::frob_wasm"), ("Misc", "misc", "misc::frob_misc"), ("WASI proposals", "WASI proposal", "wasi::frob")]
    t = tiers_text
    for (spelling, _, tag) in spellings:
        t = append_row(t, "#### Tier 3", f"| {spelling} | `{tag.split('::')[1].replace('_', '-')}` | unstable proposal |")[0]
    write(tiers, t)
    r = run(a.tool, "gen", "--add-release", str(n), "--tiers", tiers, "--out", os.path.join(d, "out-spellings"))
    for (spelling, cat, tag) in spellings:
        if r.returncode != 0 or not re.search(rf"^  {re.escape(tag)} \(id \d+\): {cat} '", r.stderr, re.M) or \
                f"  category '{spelling}', a spelling of {cat} (category_spelling_of gives it)" not in r.stderr:
            fail(f"the new spelling {spelling!r} was not read as {cat}: exit {r.returncode}, {r.stderr!r}")
    print(f"ok: {len(spellings)} new spellings read as their categories: " + ", ".join(s for s, _, _ in spellings))

    # What cannot be added is refused at its file and line, and nothing is written: a name whose C++
    # name a known entity has, and a category spelling that fits more than one category.
    before = {f: open(os.path.join(gen_dir, f), "rb").read() for f in os.listdir(gen_dir)}
    bad_cases = [
        (append_row(tiers_text, "#### Tier 3", "| Target | `x86_64_unknown_linux_gnu` | full-time maintainer |"),
         r":(\d+): 'x86_64_unknown_linux_gnu' \(Tier 3 table\) would be the C\+\+ name "
         r"target::x86_64_unknown_linux_gnu, which is already that of 'x86_64-unknown-linux-gnu'; if the text "
         r"means that one, spell it 'x86_64-unknown-linux-gnu' in the file"),
        (append_row(tiers_text, "#### Tier 3", "| Proposals | `frobnicate` | unstable proposal |"),
         r":(\d+): unknown category 'Proposals'; expected one of .*, or another spelling of one of those categories"),
        (append_row(tiers_text, "#### Tier 3", "| Compiler Target | `frobnicate` | unstable proposal |"),
         r":(\d+): unknown category 'Compiler Target'; expected one of "),
        (append_row(tiers_text, "#### Tier 3", "| Platform | `frobnicate` | unstable proposal |"),
         r":(\d+): unknown category 'Platform'; expected one of "),
    ]
    for (text, line), pattern in bad_cases:
        write(tiers, text)
        r = run(a.tool, "gen", "--add-release", str(n), "--tiers", tiers, "--out", out)
        m = re.search(pattern, r.stderr)
        if r.returncode == 0 or not m or int(m.group(1)) != line:
            fail(f"gen --add-release of a text that cannot be added: exit {r.returncode}, {r.stderr!r}")
        print("ok: refused: " + r.stderr.strip())
    after = {f: open(os.path.join(gen_dir, f), "rb").read() for f in os.listdir(gen_dir)}
    if after != before:
        fail("a refused gen --add-release changed the generated headers")
    print("ok: the refused texts left the generated headers as they were")

    # A requirement phrase the vocabulary lacks: the library's own reading refuses it, naming the
    # file, line and the vocabulary to extend; an added release keeps the cell verbatim, counts the
    # phrase as requirement::unnamed, lists it on stderr, and the policies show the cell.
    cell = "Vibes check, full-time maintainer, Good karma (ask, nicely)"
    t, phrase_line = append_row(tiers_text, "#### Tier 3", f"| Target | `riscv64gc-unknown-frobnix` | {cell} |")
    write(tiers, t)
    r = run(a.tool, "parse", tiers)
    if r.returncode == 0 or f"{tiers}:{phrase_line}: unknown requirement phrase 'Vibes check'; add it to " \
            "requirement_phrases in include/wasmtime_tiers/requirement.hpp" not in r.stderr:
        fail(f"parse of a text with a new requirement phrase: exit {r.returncode}, {r.stderr!r}")
    out_phrase = os.path.join(d, "out-phrase")
    r = run(a.tool, "gen", "--add-release", str(n), "--tiers", tiers, "--out", out_phrase)
    want = [f"wasmtime-tiers: the tiers text of Wasmtime {n} uses 2 requirement phrases this library's vocabulary "
            "lacks; kept verbatim (missing_text_of gives the cell, missing_of holds requirement::unnamed):",
            f"  'Vibes check' (missing for 'riscv64gc-unknown-frobnix'), at {tiers}:{phrase_line}",
            f"  'Good karma (ask, nicely)' (missing for 'riscv64gc-unknown-frobnix'), at {tiers}:{phrase_line}"]
    lines = r.stderr.splitlines()
    if r.returncode != 0 or not any(lines[i:i + 3] == want for i in range(len(lines))):
        fail(f"gen --add-release of a text with new requirement phrases: exit {r.returncode}, {r.stderr!r}\n"
             "expected:\n" + "\n".join(want))
    print("ok: gen --add-release kept the new requirement phrases:\n" + "\n".join(want))
    src = os.path.join(d, "phrase.cpp")
    write(src, f"""#define WASMTIME_VERSION_MAJOR {n}
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/explain.hpp>

#include <string_view>

namespace wt = wasmtime_tiers;
using added = wt::release<{n}>;
using target = wt::target::riscv64gc_unknown_frobnix;
static_assert(wt::missing_text_of<target, added> == std::string_view{{"{cell}"}});
static_assert(wt::missing_of<target, added> ==
              (wt::bit(wt::requirement::unnamed) | wt::bit(wt::requirement::full_time_maintainer)));
static_assert(wt::is_missing<target, wt::requirement::unnamed, added>);
static_assert(!wt::is_missing<wt::target::aarch64_apple_ios, wt::requirement::unnamed, added>);
static_assert(wt::contains(wt::missing_for<target, wt::tier::t1, added>, wt::requirement::unnamed));
static_assert(wt::to_string(wt::requirement::unnamed) == std::string_view{{"a requirement this library does not name"}});
static_assert(static_cast<std::size_t>(wt::requirement::unnamed) + 1 == wt::requirement_count);
static_assert(wt::tier_of<target, added> == wt::tier::t3);
WASMTIME_TIERS_REQUIRE(wt::policy::not_production_ready, target);
static_assert(wt::violations_of<wt::policy::almost_production_ready, target>.size() == 1);
static_assert(wt::explain(wt::violations_of<wt::policy::almost_production_ready, target>[0]).view() ==
              std::string_view{{"riscv64gc-unknown-frobnix is Tier 3 in Wasmtime {n} (missing: {cell}), but the "
                               "policy requires Tier 2 or better; to accept it anyway, waive "
                               "target::riscv64gc_unknown_frobnix with a reason"}});
""")
    c = run(a.cxx, f"-std={std}", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-fsyntax-only",
            "-I", out_phrase, "-I", os.path.join(a.source, "include"), src)
    if c.returncode != 0:
        fail(f"the queries on a cell with new requirement phrases failed to compile:\n{c.stderr[:4000]}")
    print("ok: missing_text_of is the cell verbatim, missing_of holds requirement::unnamed, and the policies "
          "show the cell")
    case = os.path.join(d, "refused_phrase.cpp")
    write(case, f"""// kind: a Tier 3 target whose missing requirements include a phrase the vocabulary lacks
// expect-gcc: entity_below_policy_tier.*Entity = wasmtime_tiers::target::riscv64gc_unknown_frobnix; .*Missing = wasmtime_tiers::requirements<wasmtime_tiers::requirement::full_time_maintainer, wasmtime_tiers::requirement::unnamed>
// expect-clang: entity_below_policy_tier<wasmtime_tiers::target::riscv64gc_unknown_frobnix, .*wasmtime_tiers::requirements<wasmtime_tiers::requirement::full_time_maintainer, wasmtime_tiers::requirement::unnamed>
// expect-computed: riscv64gc-unknown-frobnix is Tier 3 in Wasmtime {n} \\(missing: Vibes check, full-time maintainer, Good karma \\(ask, nicely\\)\\), but the policy requires Tier 1
#define WASMTIME_VERSION_MAJOR {n}
#include <wasmtime_tiers.hpp>
namespace wt = wasmtime_tiers;
#ifdef WASMTIME_TIERS_EXPECT_FAIL
WASMTIME_TIERS_REQUIRE(wt::policy::production_ready, wt::target::riscv64gc_unknown_frobnix);
#else
WASMTIME_TIERS_REQUIRE(wt::policy::not_production_ready, wt::target::riscv64gc_unknown_frobnix);
#endif
""")
    r = subprocess.run([sys.executable, os.path.join(a.source, "tests", "compile_fail", "run_case.py"),
                        "--compiler", a.cxx, "--mode", mode, "--std", std, "-I", out_phrase,
                        "-I", os.path.join(a.source, "include"), case], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"the policy's refusal of a target with a new requirement phrase ({mode} mode):\n{r.stdout}{r.stderr}")
    print(f"ok: production_ready refuses it, naming requirement::unnamed ({mode} mode): " +
          r.stdout.strip().splitlines()[-1])

    # The README's example: the newest shipped text with a phrase added to the cell of wasi-tls.
    t, subs = re.subn(r"^(\| WASI Proposal +\| \[`wasi-tls`\] +\| )unstable proposal( +\|)$",
                      r"\1unstable proposal, Vibes check\2", tiers_text, flags=re.M)
    if subs != 1:
        fail("the newest shipped text has no Tier 3 row 'wasi-tls' missing 'unstable proposal'")
    write(dev_tiers, t)
    out_readme = os.path.join(d, "out-readme-phrase")
    r = run(a.tool, "gen", "--add-release", str(n), "--tiers", dev_tiers, "--out", out_readme)
    shown = re.search(r"A new requirement phrase.*?```console\n(.*?)```", readme, re.S)
    got = "\n".join(l for l in r.stderr.splitlines() if not l.startswith("wasmtime-tiers: wrote"))
    if r.returncode != 0 or not shown or shown.group(1) != got.replace(d, "...") + "\n":
        fail(f"doc/wasmtime.md's example of a new requirement phrase does not show what gen --add-release prints:\n{got}")
    src = os.path.join(d, "readme_phrase.cpp")
    write(src, f"""#define WASMTIME_VERSION_MAJOR {n}
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/explain.hpp>

#include <string_view>

namespace wt = wasmtime_tiers;
using added = wt::release<{n}>;
static_assert(wt::missing_text_of<wt::wasi::tls, added> == std::string_view{{"unstable proposal, Vibes check"}});
static_assert(wt::missing_of<wt::wasi::tls, added> ==
              (wt::bit(wt::requirement::unnamed) | wt::bit(wt::requirement::unstable_proposal)));
static_assert(wt::explain(wt::violations_of<wt::policy::production_ready, wt::wasi::tls>[0]).view().starts_with(
              "wasi-tls is Tier 3 in Wasmtime {n} (missing: unstable proposal, Vibes check), "));
""")
    c = run(a.cxx, f"-std={std}", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-fsyntax-only",
            "-I", out_readme, "-I", os.path.join(a.source, "include"), src)
    if c.returncode != 0:
        fail(f"the README's example of a new requirement phrase does not hold:\n{c.stderr[:4000]}")
    print("ok: the README's example of a new requirement phrase is what gen --add-release prints, and holds")


def case_long_literals(a):
    """A table whose per-release character arrays pass the 65,536 characters every compiler must
    accept (20 texts of 3,400 entities: 68,000 tier codes in one literal): the generated headers
    compile with -Wall -Wextra -Wpedantic -Werror on the build's compiler (Clang's
    -Woverlength-strings, part of -Wpedantic, is silenced by the writer around such literals), and
    a query reads the last entity of the last text right."""
    if not a.cxx:
        fail("long_literals needs --cxx")
    sys.path.insert(0, os.path.join(a.source, "benchmarks", "compile_time"))
    import bench_compile
    d = os.path.join(a.work, "long_literals")
    shutil.rmtree(d, ignore_errors=True)
    syn = bench_compile.Synthetic(3400)
    syn.write_texts(os.path.join(d, "texts"))
    out = os.path.join(d, "include", "wasmtime_tiers", "generated")
    r = run(a.tool, "gen", "--manifest", os.path.join(d, "texts", "releases.tsv"), "--out", out)
    if r.returncode != 0:
        fail(f"gen of 3,400 entities failed: {r.stderr}")
    releases = open(os.path.join(out, "releases.hpp"), encoding="utf-8").read()
    if "-Woverlength-strings" not in releases:
        fail("releases.hpp holds a literal past 65,536 characters but no pragma for it")
    tags = bench_compile.parse_entities(os.path.join(out, "entities.hpp"))
    last = syn.entities[-1][1]
    st = syn.state[-1][-1]
    tier = "unlisted" if st is None else "unsupported" if st[0] == "u" else f"t{st[0]}"
    src = os.path.join(d, "last.cpp")
    # table.hpp, not the umbrella header, whose target::host names a real target.
    write(src, "#include <wasmtime_tiers/table.hpp>\nnamespace wt = wasmtime_tiers;\n"
               f"static_assert(wt::tier_of<{tags[last]}, wt::release<20>> == wt::tier::{tier});\n")
    std = a.std or "c++20"
    c = run(a.cxx, f"-std={std}", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-fsyntax-only",
            "-I", os.path.join(d, "include"), "-I", os.path.join(a.source, "include"), src)
    if c.returncode != 0:
        fail(f"the 3,400-entity headers do not compile with {a.cxx}:\n{c.stderr[:3000]}")
    print(f"ok: 3,400 entities x 20 texts compile with {a.cxx} -Werror; {last} is {tier} in the last")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case", choices=["regenerate", "texts", "malformed", "atomic", "stages", "bounds", "add_release",
                                     "add_release_names", "long_literals"])
    ap.add_argument("--tool", required=True)
    ap.add_argument("--upstream", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--cxx", help="the compiler that compiles the generated headers (add_release_names)")
    ap.add_argument("--std", help="its -std= (default c++20)")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    globals()["case_" + a.case](a)


if __name__ == "__main__":
    main()
