#!/usr/bin/env python3
"""Tests of docs/stability-wasm-proposals.md in the generator and the tool, run by CTest.

  proposals_tests.py CASE --tool PATH --upstream DIR --source DIR --work DIR [--cxx COMPILER]

CASE is one of:
  texts      every shipped text parses, its rows equal an independent line-by-line reading of the
             file, and `export --document proposals` of each release equals `parse` of its text;
  malformed  malformed documents give FILE:LINE: reason and a non-zero exit;
  generate   gen from small texts written here: the tables compile and answer the queries (aliases,
             a proposal only this document names, both section styles), and an unknown proposal
             name is a generator error at its file and line that writes nothing.

Cases that need Wasmtime's texts exit 77 (CTest: skipped) with the reason when they are absent.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

SKIP = 77
SYMBOLS = {"✅": "yes", "🚧": "wip", "❌": "no", "⚠️": "partial", "⚠": "partial"}


def run(*args):
    return subprocess.run(list(args), capture_output=True, text=True)


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def need_upstream(upstream):
    d = os.path.join(upstream, "wasmtime-stability-wasm-proposals")
    if not os.path.isfile(os.path.join(d, "releases.tsv")):
        print(f"SKIPPED: Wasmtime's shipped texts are not at {d} (they come with ../shared, which "
              "CI always has and a user's clone does not)")
        sys.exit(SKIP)
    return d


def manifest_rows(d):
    with open(os.path.join(d, "releases.tsv")) as f:
        lines = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    return [dict(zip(lines[0], l)) for l in lines[1:]]


def major(v):
    return int(v.lstrip("v").split(".")[0])


# --- texts ----------------------------------------------------------------------------------
def read_by_lines(path):
    """An independent reading of the tables, by plain line matching (the oracle, not a parser)."""
    rows, section, header = [], None, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            section, header = line[3:].strip(), None
            continue
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
            continue
        if re.fullmatch(r"[-: ]*", "".join(cells)):
            continue
        name = re.sub(r"\[\^[^\]]*\]|[`\[\]]", "", cells[0]).strip()
        checks = {}
        if header[1:] != ["Tracking Issue"]:
            for h, c in zip(header[1:], cells[1:]):
                checks[h] = SYMBOLS[re.sub(r"\[\^[^\]]*\]", "", c).strip()]
        rows.append({"name": name, "section": section, "checks": checks})
    return rows


def case_texts(a):
    d = need_upstream(a.upstream)
    rows = manifest_rows(d)
    if len(rows) != 14:
        fail(f"expected the 14 shipped texts, the manifest lists {len(rows)}")
    covered = set()
    for row in rows:
        path = os.path.join(d, row["file"])
        p = run(a.tool, "parse", path, "--format", "json")
        if p.returncode != 0:
            fail(f"parse {row['file']}: {p.stderr}")
        parsed = json.loads(p.stdout)
        if list(parsed) != ["proposals"]:
            fail(f"{row['file']}: parse printed {list(parsed)}; expected only 'proposals'")
        want = read_by_lines(path)
        if parsed["proposals"] != want:
            for g, w in zip(parsed["proposals"], want):
                if g != w:
                    fail(f"{row['file']}: parse read {g}, the file's lines say {w}")
            fail(f"{row['file']}: parse read {len(parsed['proposals'])} rows, the lines say {len(want)}")
        for e in parsed["proposals"]:
            if re.search(r"[`\\*\[\]]", e["name"]):
                fail(f"{row['file']}: markup left in name {e['name']!r}")
        for rel in range(major(row["first_release"]), major(row["last_release"]) + 1):
            e = run(a.tool, "export", "--release", str(rel), "--document", "proposals", "--format", "json")
            if e.returncode != 0:
                fail(f"export --release {rel} --document proposals: {e.stderr}")
            if json.loads(e.stdout) != parsed:
                fail(f"export --release {rel} --document proposals differs from parse {row['file']}")
            covered.add(rel)
        sections = {}
        for e in parsed["proposals"]:
            sections[e["section"]] = sections.get(e["section"], 0) + 1
        print(f"ok: {row['file']}: {sections}; export of Wasmtime {major(row['first_release'])} to "
              f"{major(row['last_release'])} equals parse")
    if covered != set(range(27, 49)):
        fail(f"the texts cover Wasmtime {sorted(covered)}; expected 27 to 48")
    for rel in (26, 0, 49):
        e = run(a.tool, "export", "--release", str(rel), "--document", "proposals")
        if e.returncode != 2 or "known releases: 27 to 48" not in e.stderr:
            fail(f"export of uncovered release {rel}: exit {e.returncode}, {e.stderr!r}")
    # The tiers document is still told apart from this one.
    tiers = os.path.join(a.upstream, "wasmtime-stability-tiers", "v22.md")
    t = run(a.tool, "parse", tiers)
    if t.returncode != 0 or "entities" not in json.loads(t.stdout):
        fail(f"parse of the tiers document v22.md: exit {t.returncode}, {t.stderr!r}")
    print("ok: Wasmtime 27 to 48 covered; uncovered releases refused; the tiers document still parses")


# --- documents written for these tests ------------------------------------------------------
GOOD = """# Wasm Proposals

A short text in the format of docs/stability-wasm-proposals.md, made up for the tests.

## Tier 1 WebAssembly Proposals

|  Proposal               | Phase 4 | Tests | Finished | Fuzzed | API | C API |
|-------------------------|---------|-------|----------|--------|-----|-------|
| [`simd`]                | ✅      | ✅    | ✅       | ✅     | ✅  | ✅    |
| [`nontrapping-fptoint`] | ✅      | ✅    | ✅       | ⚠️[^1] | ✅  | ✅    |

[^1]: Made-up note one.

## Tier 2 WebAssembly Proposals

| Proposal    | Phase 4 | Tests | Finished | Fuzzed | API | C API |
|-------------|---------|-------|----------|--------|-----|-------|
| [`gc`] [^2] | ✅      | ✅    | 🚧       | ❌     | ✅  | ❌    |

[^2]: Made-up note two.

## Unimplemented proposals

| Proposal                      | Tracking Issue |
|-------------------------------|----------------|
| [`shared-everything-threads`] | [#1](https://example.invalid/1) |

[`simd`]: https://example.invalid/simd
[`nontrapping-fptoint`]: https://example.invalid/nontrapping
[`gc`]: https://example.invalid/gc
[`shared-everything-threads`]: https://example.invalid/set

## Feature requirements

Made-up meanings of the columns:

* **Phase 4** - standard enough.
* **Tests** - tested.
* **Finished** - done.
* **Fuzzed** - fuzzed.
* **API** - in the Rust API.
* **C API** - in the C API.
"""

GOOD_JSON = [
    {"name": "simd", "section": "Tier 1 WebAssembly Proposals",
     "checks": {"Phase 4": "yes", "Tests": "yes", "Finished": "yes", "Fuzzed": "yes", "API": "yes", "C API": "yes"}},
    {"name": "nontrapping-fptoint", "section": "Tier 1 WebAssembly Proposals",
     "checks": {"Phase 4": "yes", "Tests": "yes", "Finished": "yes", "Fuzzed": "partial", "API": "yes", "C API": "yes"}},
    {"name": "gc", "section": "Tier 2 WebAssembly Proposals",
     "checks": {"Phase 4": "yes", "Tests": "yes", "Finished": "wip", "Fuzzed": "no", "API": "yes", "C API": "no"}},
    {"name": "shared-everything-threads", "section": "Unimplemented proposals", "checks": {}},
]

# The older layout: proposals grouped by whether they are on by default.
OLD = (GOOD.replace("## Tier 1 WebAssembly Proposals", "## On-by-default proposals")
       .replace("## Tier 2 WebAssembly Proposals", "## Off-by-default proposals"))


def line_of(text, marker):
    return text.count("\n", 0, text.index(marker)) + 1


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def expect_error(a, name, args, path, line, reason):
    r = run(a.tool, *args)
    if r.returncode == 0:
        fail(f"{name}: the malformed input was accepted")
    m = re.match(r"wasmtime-tiers: (.*):(\d+): (.*)", r.stderr)
    if not m or m.group(1) != path:
        fail(f"{name}: expected 'wasmtime-tiers: {path}:LINE: reason', got {r.stderr!r}")
    if int(m.group(2)) != line:
        fail(f"{name}: error names line {m.group(2)}, expected {line}: {r.stderr!r}")
    if not re.search(reason, m.group(3)):
        fail(f"{name}: reason {m.group(3)!r} does not match {reason!r}")
    print(f"ok: {name}: {r.stderr.strip()}")


def malformed_cases():
    g = GOOD
    cases = []

    def add(name, text, line, reason):
        cases.append((name, text, line, reason))

    simd = "| [`simd`]                | ✅      | ✅    | ✅       | ✅     | ✅  | ✅    |"
    t = g.replace(simd, "| [`simd`]                | ✅      | ✔    | ✅       | ✅     | ✅  | ✅    |")
    add("unknown status symbol", t, line_of(t, "| [`simd`]  "), r"unknown status '✔' in the 'Tests' cell of 'simd'")
    t = g.replace(simd, simd.replace("[`simd`]", "[`quantum`]"))
    add("unknown proposal name", t, line_of(t, "[`quantum`]"), r"unknown proposal 'quantum'; .*proposal_aliases")
    t = g.replace("| Proposal    | Phase 4 | Tests | Finished | Fuzzed | API | C API |",
                  "| Proposal    | Phase 4 | Tests | Finished | API | C API |") \
         .replace("|-------------|---------|-------|----------|--------|-----|-------|",
                  "|-------------|---------|-------|----------|-----|-------|") \
         .replace("| [`gc`] [^2] | ✅      | ✅    | 🚧       | ❌     | ✅  | ❌    |",
                  "| [`gc`] [^2] | ✅      | ✅    | 🚧       | ✅  | ❌    |")
    add("missing column", t, line_of(t, "| Proposal    |"), r"the table has no 'Fuzzed' column; expected the columns")
    t = g.replace("| Proposal    | Phase 4 | Tests | Finished | Fuzzed | API | C API |",
                  "| Proposal    | Phase 4 | Tests | Finished | Fuzzed | Rust API | C API |")
    add("unknown column", t, line_of(t, "| Proposal    |"), r"unknown column 'Rust API'")
    t = g.replace("## Tier 2 WebAssembly Proposals", "## Tier 4 WebAssembly Proposals")
    add("unknown section", t, line_of(t, "## Tier 4"), r"unknown section 'Tier 4 WebAssembly Proposals'")
    t = g.replace("A short text", "| Proposal | Tracking Issue |\n|---|---|\n| [`simd`] | #2 |\n\nA short text")
    add("table outside any section", t, line_of(t, "| Proposal | Tracking"), r"table outside any section")
    t = g.replace("⚠️[^1]", "⚠️[^7]")
    add("footnote without definition", t, line_of(t, "[^7]"), r"footnote marker \[\^7\] has no definition")
    t = g.replace(simd, "| [`simd`]                | ✅      | ✅    |          | ✅     | ✅  | ✅    |")
    add("empty cell", t, line_of(t, "| [`simd`]  "), r"empty 'Finished' cell of 'simd'")
    t = g.replace(simd, "| [`simd`]                | ✅      | ✅    | ✅       | ✅     | ✅  |")
    add("dropped cell", t, line_of(t, "| [`simd`]  "), r"empty 'C API' cell|row has 6 cells; expected 7")
    t = g[: g.index("## Feature requirements")]
    add("truncated text", t, t.count("\n") + 1, r"no '## Feature requirements' section")
    t = g.replace("* **Fuzzed** - fuzzed.\n", "")
    add("undefined column", t, line_of(t, "|  Proposal "), r"column 'Fuzzed' is not defined under")
    t = g.replace("* **API** - in the Rust API.", "* **Vibes** - good ones.")
    add("unknown column definition", t, line_of(t, "* **Vibes**"), r"unknown column 'Vibes' defined")
    t = g.replace("| Proposal                      | Tracking Issue |", "| Proposal                      | Issue |")
    add("unimplemented table columns", t, line_of(t, "| Proposal                      | Issue"),
        r"must have the columns 'Proposal \| Tracking Issue'")
    t = g.replace("|  Proposal               | Phase 4 | Tests | Finished | Fuzzed | API | C API |",
                  "|  Proposal               | Phase 4 | Tests | Finished | Fuzzed | API | C API | Enabled |") \
         .replace("|-------------------------|---------|-------|----------|--------|-----|-------|",
                  "|-------------------------|---------|-------|----------|--------|-----|-------|---|") \
         .replace(simd, simd + " 🚧 |").replace("⚠️[^1] | ✅  | ✅    |", "⚠️[^1] | ✅  | ✅    | ✅ |") \
         .replace("* **C API** - in the C API.\n", "* **C API** - in the C API.\n* **Enabled** - on by default.\n")
    add("Enabled cell neither on nor off", t, line_of(t, "| [`simd`]  "), r"the 'Enabled' cell of 'simd' is '🚧'; expected ✅ or ❌")
    add("CRLF line endings", g.replace("\n", "\r\n"), 1, r"CRLF line ending")
    return cases


def case_malformed(a):
    os.makedirs(a.work, exist_ok=True)
    for name, text, want in (("good.md", GOOD, GOOD_JSON), ("old.md", OLD, None)):
        path = os.path.join(a.work, name)
        write(path, text)
        r = run(a.tool, "parse", path, "--format", "json")
        if r.returncode != 0:
            fail(f"the well-formed test document {name} was refused: {r.stderr}")
        got = json.loads(r.stdout)["proposals"]
        if want is None:
            want = [dict(e, section=e["section"].replace("Tier 1 WebAssembly Proposals", "On-by-default proposals")
                         .replace("Tier 2 WebAssembly Proposals", "Off-by-default proposals")) for e in GOOD_JSON]
        if got != want:
            fail(f"{name} read as {got}")
    # An "Enabled" column is read where a text has one.
    enabled = GOOD.replace("| Proposal    | Phase 4 | Tests | Finished | Fuzzed | API | C API |",
                           "| Proposal    | Enabled | Phase 4 | Tests | Finished | Fuzzed | API | C API |") \
                  .replace("|-------------|---------|-------|----------|--------|-----|-------|",
                           "|---|-------------|---------|-------|----------|--------|-----|-------|") \
                  .replace("| [`gc`] [^2] | ✅ ", "| [`gc`] [^2] | ❌ | ✅ ") \
                  .replace("* **C API** - in the C API.\n", "* **C API** - in the C API.\n* **Enabled** - on by default.\n")
    path = os.path.join(a.work, "enabled.md")
    write(path, enabled)
    r = run(a.tool, "parse", path)
    if r.returncode != 0:
        fail(f"a text with an Enabled column was refused: {r.stderr}")
    gc = json.loads(r.stdout)["proposals"][2]
    if gc["checks"] != {"Enabled": "no", "Phase 4": "yes", "Tests": "yes", "Finished": "wip", "Fuzzed": "no",
                        "API": "yes", "C API": "no"} or list(gc["checks"])[0] != "Enabled":
        fail(f"the Enabled column read as {gc}")
    print("ok: the well-formed test documents (both layouts, an Enabled column) read as written")

    cases = malformed_cases()
    for name, text, line, reason in cases:
        path = os.path.join(a.work, "bad.md")
        write(path, text)
        expect_error(a, name, ["parse", path, "--format", "json"], path, line, reason)
    print(f"ok: {len(cases)} malformed documents refused with file:line and reason")


# --- generate -------------------------------------------------------------------------------
TIERS = """# Tiers of Support in Wasmtime

A short text in the format of docs/stability-tiers.md, made up for the tests.

## Current Tier Status

#### Tier 1

| Category             | Description                           |
|----------------------|---------------------------------------|
| WebAssembly Proposal | [`simd`]                              |
| WebAssembly Proposal | `nontrapping-float-to-int-conversion` |

#### Tier 2

| Category             | Description | Missing Tier 1 Requirements |
|----------------------|-------------|-----------------------------|
| Target               | `toaster`   | Continuous fuzzing          |

#### Tier 3

| Category             | Description | Missing Tier 2 Requirements |
|----------------------|-------------|-----------------------------|
| WebAssembly Proposal | `gc`        | Complete implementation     |

## Tier Details

#### Tier 3 - Not Production Ready

Low.

#### Tier 2 - Almost Production Ready

Middle.

#### Tier 1 - Production Ready

High.
"""

CONSUMER = r"""
#include <wasmtime_tiers/proposal_matrix.hpp>
#include <wasmtime_tiers/table.hpp>
#include <string_view>
namespace wt = wasmtime_tiers;
using C = wt::proposal_check;
using S = wt::check_status;
// Ids: the tiers text's entities first, then the proposal only the proposals texts name.
static_assert(wt::id_of<wt::wasm::simd> == 0 && wt::id_of<wt::target::toaster> == 2);
static_assert(wt::id_of<wt::wasm::shared_everything_threads> == 4 && wt::entity_count == 5);
// Wasmtime 1 has no proposals text; 2 and 3 read old.md, 4 reads new.md.
static_assert(wt::check_of<wt::wasm::simd, C::tests, wt::release<1>> == S::unlisted);
static_assert(wt::proposal_section_of<wt::wasm::simd, wt::release<1>> == wt::proposal_section::not_covered);
static_assert(wt::proposal_section_of<wt::wasm::simd, wt::release<3>> == wt::proposal_section::on_by_default);
static_assert(wt::on_by_default_of<wt::wasm::gc, wt::release<2>> == wt::default_state::off);
static_assert(wt::proposal_section_of<wt::wasm::simd, wt::release<4>> == wt::proposal_section::t1);
static_assert(wt::on_by_default_of<wt::wasm::gc, wt::release<4>> == wt::default_state::unknown);
static_assert(wt::check_of<wt::wasm::nontrapping_float_to_int_conversion, C::fuzzed, wt::release<4>> == S::partial);
static_assert(wt::check_noted_of<wt::wasm::nontrapping_float_to_int_conversion, C::fuzzed, wt::release<4>>);
static_assert(wt::check_of<wt::wasm::gc, C::finished, wt::release<4>> == S::wip);
static_assert(wt::checks_lacking_of<wt::wasm::gc, wt::release<4>> ==
              (wt::bit(C::finished) | wt::bit(C::fuzzed) | wt::bit(C::c_api)));
static_assert(wt::proposal_section_of<wt::wasm::shared_everything_threads, wt::release<4>> ==
              wt::proposal_section::unimplemented);
static_assert(!wt::proposal_entity<wt::target::toaster>);
static_assert(wt::detail::section_at(wt::detail::proposals_of(4), wt::id_of<wt::target::toaster>) ==
              wt::proposal_section::unlisted);
static_assert(wt::proposals_file_of<wt::release<3>> == std::string_view{"old.md"});
static_assert(wt::oldest_proposals_release == 2 && wt::newest_proposals_release == 4);
int main() {}
"""


def case_generate(a):
    if not a.cxx:
        fail("the generate case needs --cxx")
    d = os.path.join(a.work, "generate")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    write(os.path.join(d, "tiers.md"), TIERS)
    write(os.path.join(d, "tiers.tsv"), "file\tfirst_release\tlast_release\tupstream_commit\ntiers.md\tv1.0.0\tv4.0.0\tabc\n")
    write(os.path.join(d, "old.md"), OLD)
    write(os.path.join(d, "new.md"), GOOD)
    manifest = os.path.join(d, "proposals.tsv")
    write(manifest, "file\tfirst_release\tlast_release\tupstream_blob\nnew.md\tv4.0.0\tv4.0.0\tdef\n"
                    "old.md\tv2.0.0\tv3.0.1\tcde\n")
    # A private copy of the library headers, with the generated ones replaced by gen's output.
    include = os.path.join(d, "include")
    shutil.copytree(os.path.join(a.source, "include"), include,
                    ignore=shutil.ignore_patterns("generated"))
    out = os.path.join(include, "wasmtime_tiers", "generated")
    r = run(a.tool, "gen", "--manifest", os.path.join(d, "tiers.tsv"), "--proposals-manifest", manifest, "--out", out)
    if r.returncode != 0:
        fail(f"gen of the test texts failed: {r.stderr}")
    src = os.path.join(d, "consumer.cpp")
    write(src, CONSUMER)
    c = run(a.cxx, "-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-fsyntax-only", "-I", include, src)
    if c.returncode != 0:
        fail(f"the queries on the generated test tables failed to compile:\n{c.stderr[:4000]}")
    print("ok: the tables generated from the test texts compile and answer every query as written")

    # Without the proposals manifest, gen writes an empty proposals table the library still reads.
    r = run(a.tool, "gen", "--manifest", os.path.join(d, "tiers.tsv"), "--out", out)
    if r.returncode != 0:
        fail(f"gen without proposals failed: {r.stderr}")
    empty = os.path.join(d, "empty.cpp")
    write(empty, "#include <wasmtime_tiers/proposal_matrix.hpp>\nnamespace wt = wasmtime_tiers;\n"
                 "static_assert(wt::check_of<wt::wasm::simd, wt::proposal_check::api, wt::release<4>> =="
                 " wt::check_status::unlisted);\nstatic_assert(!wt::is_proposals_release(4));\n")
    c = run(a.cxx, "-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-fsyntax-only", "-I", include, empty)
    if c.returncode != 0:
        fail(f"the library did not compile against an empty proposals table:\n{c.stderr[:4000]}")
    print("ok: without texts of the proposals document every query reads not_covered")

    # An unknown proposal is a generator error at its file and line, and nothing is written.
    r = run(a.tool, "gen", "--manifest", os.path.join(d, "tiers.tsv"), "--proposals-manifest", manifest, "--out", out)
    before = {f: open(os.path.join(out, f), "rb").read() for f in os.listdir(out)}
    bad = GOOD.replace("[`gc`] [^2]", "[`teleport`] [^2]")
    write(os.path.join(d, "new.md"), bad)
    r = run(a.tool, "gen", "--manifest", os.path.join(d, "tiers.tsv"), "--proposals-manifest", manifest, "--out", out)
    m = re.search(r": " + re.escape(os.path.join(d, "new.md")) + r":(\d+): unknown proposal 'teleport'", r.stderr)
    if r.returncode == 0 or not m or int(m.group(1)) != line_of(bad, "[`teleport`]"):
        fail(f"gen with an unknown proposal: exit {r.returncode}, {r.stderr!r}")
    after = {f: open(os.path.join(out, f), "rb").read() for f in os.listdir(out)}
    if after != before:
        fail("a failing gen changed the generated headers")
    print("ok: " + r.stderr.strip())
    # A proposal of proposals_only_names that the tiers texts name is refused too.
    write(os.path.join(d, "new.md"), GOOD)
    write(os.path.join(d, "tiers.md"), TIERS.replace("| WebAssembly Proposal | `gc`        |",
                                                     "| WebAssembly Proposal | `shared-everything-threads` |"))
    r = run(a.tool, "gen", "--manifest", os.path.join(d, "tiers.tsv"), "--proposals-manifest", manifest, "--out", out)
    if r.returncode == 0 or "is in proposals_only_names, but docs/stability-tiers.md names it too" not in r.stderr:
        fail(f"gen with a proposals-only name in the tiers text: exit {r.returncode}, {r.stderr!r}")
    print("ok: " + r.stderr.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case", choices=["texts", "malformed", "generate"])
    ap.add_argument("--tool", required=True)
    ap.add_argument("--upstream", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--cxx")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    globals()["case_" + a.case](a)


if __name__ == "__main__":
    main()
