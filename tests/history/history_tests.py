#!/usr/bin/env python3
"""Tests of release ranges and the history queries against Wasmtime's own texts, run by CTest.

  history_tests.py CASE --tool PATH --compiler CXX --std STD --include DIR [--upstream DIR]
                        [--source DIR] [--work DIR]

CASE is one of:
  upstream  the tiers of a set of entities in every release, read here from Wasmtime's shipped
            texts of docs/stability-tiers.md with a parser of this file's own (not the
            generator's): first_release_at, tier_history and minimum_release, compiled with
            static_asserts of the values derived here; `history NAME --format json` and the
            changelog (`history --format json`) against the same facts; `which-release` against
            the minimum derived here (tiers, and Cranelift's support cells);
  cli       the commands' contract: history, which-release (exit 0 with the minimum; exit 1 with
            the reason), check --releases (each violation naming its release), usage errors;
  cmake     wasmtime_tiers_check(... RELEASES 36..39) passes, RELEASES 36..48 stops configuring with
            the violation in Wasmtime 40;
  readme    the commands in the section "Which Wasmtime do I need" (doc/history.md) print what it shows.

Cases that need Wasmtime's texts exit 77 (CTest: skipped) with the reason when they are absent.
"""
import argparse
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs"))
from console_blocks import run_console_block, tool_env  # noqa: E402

SKIP = 77
failures = []

# The entities checked against the texts, by the name the texts give them, with their C++ tags.
ENTITIES = {
    "gc": "wasm::gc",
    "exception-handling": "wasm::exception_handling",
    "function-references": "wasm::function_references",
    "memory64": "wasm::memory64",
    "threads": "wasm::threads",
    "component-model": "wasm::component_model",
    "simd": "wasm::simd",
    "tail-call": "wasm::tail_call",
    "Cranelift": "backend::cranelift",
    "Winch on x86_64": "backend::winch_on_x86_64",
    "x86_64-unknown-linux-gnu": "target::x86_64_unknown_linux_gnu",
    "aarch64-unknown-linux-gnu": "target::aarch64_unknown_linux_gnu",
    "wasi-http": "wasi::http",
}


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
    sys.exit(0)


def run(tool, *args):
    return subprocess.run([tool, *args], capture_output=True, text=True)


def need_upstream(upstream):
    d = os.path.join(upstream or "", "wasmtime-stability-tiers")
    if not upstream or not os.path.isfile(os.path.join(d, "releases.tsv")):
        print(f"SKIPPED: Wasmtime's shipped texts are not at {d} (they come with ../shared, which "
              "CI always has and a user's clone does not)")
        sys.exit(SKIP)
    return d


# --- an independent reading of docs/stability-tiers.md -----------------------------------------
def major_of(version):
    """'v0.40.0' is release 0 (0.40), 'v22.0.1' is 22."""
    v = version.lstrip("v")
    return 0 if v.startswith("0.") else int(v.split(".")[0])


def cell_name(cell):
    """`[`gc`]`, `` `x86_64-unknown-linux-gnu` [^4] ``, `Winch on x86\\_64`, `[`memory64`]]` -> the name."""
    s = re.sub(r"\[\^[^\]]*\]", "", cell)
    s = s.replace("\\_", "_").replace("`", "").replace("[", "").replace("]", "")
    return s.strip()


def tiers_of_text(path):
    """{name: tier (1, 2 or 3)} from the Tier 1/2/3 tables of "Current Tier Status", and the
    Cranelift column of each architecture's compiler support table: {(arch, feature): cell}."""
    tiers, support = {}, {}
    tier, arch = None, None
    for line in open(path, encoding="utf-8"):
        h = re.match(r"^(#+)\s+(.*?)\s*$", line)
        if h:
            title = h.group(2)
            m = re.fullmatch(r"Tier ([123])", title)
            tier = int(m.group(1)) if m and len(h.group(1)) == 4 else None
            if title.startswith("Tier Details") or title == "Tier Details":
                tier = None
            arch = title.replace("\\_", "_") if len(h.group(1)) == 5 else None
            continue
        if not line.startswith("|") or set(line.strip()) <= set("|-: "):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if tier and len(cells) >= 2 and cells[0] not in ("Category",):
            tiers.setdefault(cell_name(cells[1]), tier)
        elif arch and len(cells) >= 2 and cells[0] != "Feature":
            support[(arch, cell_name(cells[0]))] = cells[1]
    return tiers, support


def read_upstream(d):
    """[(major, file, tiers, support)] for every release a text covers, oldest first."""
    out = []
    lines = open(os.path.join(d, "releases.tsv"), encoding="utf-8").read().splitlines()[1:]
    for row in lines:
        f, first, last = row.split("\t")[:3]
        tiers, support = tiers_of_text(os.path.join(d, f))
        for m in range(major_of(first), major_of(last) + 1):
            out.append((m, f, tiers, support))
    return out


def first_release(releases, name, wanted):
    for m, _, tiers, _ in releases:
        if name in tiers and tiers[name] <= wanted:
            return m
    return None


# --- cases -------------------------------------------------------------------------------------
def case_upstream(a):
    d = need_upstream(a.upstream)
    releases = read_upstream(d)
    expect(len(releases) >= 40, f"only {len(releases)} releases read from {d}")
    # The texts say what the acceptance expects; the headers must agree with the texts.
    expect(first_release(releases, "gc", 1) == 47, "the texts put gc at Tier 1 first in Wasmtime 47")
    expect(first_release(releases, "memory64", 1) == 30, "the texts put memory64 at Tier 1 first in 30")

    # first_release_at, tier_history and minimum_release, as static_asserts of the derived values.
    lines = ["#include <wasmtime_tiers.hpp>", "#include <wasmtime_tiers/history.hpp>", "namespace wt = wasmtime_tiers;"]
    asserts = 0
    for name, tag in ENTITIES.items():
        for wanted in (1, 2, 3):
            m = first_release(releases, name, wanted)
            value = "wt::no_release" if m is None else str(m)
            lines.append(f"static_assert(wt::first_release_at<wt::{tag}, wt::tier::t{wanted}> == {value}, "
                         f"\"{name}: first release at Tier {wanted}\");")
            asserts += 1
        for m, _, tiers, _ in releases:
            t = tiers.get(name)
            cond = (f"wt::tier_history<wt::{tag}>.at({m}) == wt::tier::t{t}" if t else
                    f"!wt::is_tiered(wt::tier_history<wt::{tag}>.at({m}))")
            lines.append(f"static_assert({cond}, \"{name} in Wasmtime {m}\");")
            asserts += 1

    def minimum(names, wanted):
        for m, _, tiers, _ in releases:
            if all(n in tiers and tiers[n] <= wanted for n in names):
                return m
        return None

    questions = [
        (("gc", "exception-handling", "x86_64-unknown-linux-gnu", "Cranelift"), 1, "production_ready"),
        (("gc", "exception-handling", "aarch64-unknown-linux-gnu", "Cranelift"), 2, "almost_production_ready"),
        (("gc", "exception-handling", "aarch64-unknown-linux-gnu", "Cranelift"), 1, "production_ready"),
        (("threads", "simd"), 1, "production_ready"),
    ]
    for names, wanted, policy in questions:
        m = minimum(names, wanted)
        value = "wt::no_release" if m is None else str(m)
        tags = ", ".join("wt::" + ENTITIES[n] for n in names)
        lines.append(f"static_assert(wt::minimum_release<wt::policy::{policy}, {tags}> == {value}, "
                     f"\"minimum release of {', '.join(names)} at Tier {wanted}\");")
        asserts += 1
    os.makedirs(a.work, exist_ok=True)
    src = os.path.join(a.work, "history_from_upstream.cpp")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    r = subprocess.run([a.compiler, f"-std={a.std}", "-fsyntax-only", "-Wall", "-Wextra", "-Werror",
                        "-I", a.include, src], capture_output=True, text=True)
    expect(r.returncode == 0, f"{asserts} static_asserts of facts from the texts fail:\n{r.stderr[:4000]}")

    # `history NAME --format json`: each text's tier, as the texts say.
    texts = {}
    for m, f, tiers, _ in releases:
        texts.setdefault(f, (m, tiers))
    r = run(a.tool, "history", *ENTITIES.keys(), "--format", "json")
    expect(r.returncode == 0, f"history --format json exits {r.returncode}: {r.stderr}")
    got = json.loads(r.stdout)
    expect([e["name"] for e in got] == list(ENTITIES.keys()), "history lists the names in the order given")
    for e in got:
        expect([t["text"] for t in e["texts"]] == list(texts.keys()),
               f"history {e['name']}: one row per shipped text, in order")
        for t in e["texts"]:
            want = texts.get(t["text"], (None, {}))[1].get(e["name"])
            ok = t["tier"] == want if want else t["tier"] in ("unsupported", "unlisted")
            expect(ok, f"history {e['name']}: {t['text']} gives tier {t['tier']}, the text says {want}")

    # The changelog: every change of these entities' tiers between consecutive texts, and no other.
    r = run(a.tool, "history", "--format", "json")
    expect(r.returncode == 0, f"history --format json (changelog) exits {r.returncode}: {r.stderr}")
    log = json.loads(r.stdout)
    got_changes = {(c["release"], c["name"]) for c in log if c["name"] in ENTITIES
                   and (isinstance(c["from"], int) or isinstance(c["to"], int))}
    want_changes = set()
    previous = None
    for f, (m, tiers) in texts.items():
        if previous is not None:
            for name in ENTITIES:
                if previous.get(name) != tiers.get(name):
                    want_changes.add((m, name))
        previous = tiers
    expect(got_changes == want_changes,
           f"changelog: extra {sorted(got_changes - want_changes)}, missing {sorted(want_changes - got_changes)}")
    for c in log:
        if isinstance(c["from"], int) and isinstance(c["to"], int):
            expect(c["kind"] == ("promoted" if c["to"] < c["from"] else "demoted"),
                   f"changelog: {c['name']} in {c['release']} is {c['kind']}, from {c['from']} to {c['to']}")

    # which-release: the minimum derived from the tiers and from Cranelift's support cells of gc and
    # exception-handling on x86_64 (the releases with compiler support tables must mark both ✅).
    names = ("gc", "exception-handling", "x86_64-unknown-linux-gnu", "Cranelift")
    want = None
    for m, _, tiers, support in releases:
        cells = [support.get(("x86_64", p)) for p in ("gc", "exception-handling")]
        supported = not any(k[0] == "x86_64" for k in support) or all(c and "✅" in c for c in cells)
        if all(n in tiers and tiers[n] == 1 for n in names) and supported:
            want = m
            break
    r = run(a.tool, "which-release", "--policy", "production-ready", "--features", "gc,exception-handling",
            "--target", "x86_64-unknown-linux-gnu", "--backend", "cranelift", "--format", "json")
    j = json.loads(r.stdout)
    expect(r.returncode == 0 and j["minimum"] == want,
           f"which-release (gc, exception-handling, x86_64 Linux, Cranelift): minimum {j['minimum']}, "
           f"exit {r.returncode}; the texts say {want}")
    finish(f"{asserts} compile-time facts, the history of {len(ENTITIES)} entities in {len(texts)} texts, "
           f"the changelog and which-release agree with Wasmtime's texts")


def case_cli(a):
    t = a.tool
    # history threads: Tier 1 up to 39, Tier 2 from 40, the change marked.
    r = run(t, "history", "threads")
    expect(r.returncode == 0, f"history threads exits {r.returncode}: {r.stderr}")
    rows = {m.group(1): re.sub(r"\s+", " ", m.group(2)) for m in re.finditer(r"^  Wasmtime (\S+(?: to \S+)?)\s+v\S+\.md\s+(.*)$", r.stdout, re.M)}
    expect(rows.get("39", "").startswith("Tier 1"), f"history threads: Wasmtime 39 is Tier 1:\n{r.stdout}")
    expect(rows.get("40", "") == "Tier 2 demoted from Tier 1", f"history threads: 40 demoted to Tier 2:\n{r.stdout}")
    expect(rows.get("41 to 46", "") == "Tier 2", f"history threads: 41 to 46 Tier 2 unmarked:\n{r.stdout}")
    r = run(t, "history", "no-such-thing")
    expect(r.returncode == 2 and "no-such-thing" in r.stderr, f"history of an unknown name: exit 2: {r.stderr}")
    r = run(t, "history")
    expect(r.returncode == 0 and re.search(r"^Wasmtime 40 \(v40\.md\):\n(  .*\n)*  demoted   threads \(WebAssembly proposal\): Tier 1 -> Tier 2$",
                                           r.stdout, re.M), f"history: the changelog lists threads' demotion in 40:\n{r.stdout[:2000]}")

    # which-release: the three questions.
    base = ["which-release", "--policy", "production-ready", "--features", "gc,exception-handling"]
    r = run(t, *base, "--target", "x86_64-unknown-linux-gnu", "--backend", "cranelift")
    expect(r.returncode == 0 and r.stdout.startswith("minimum release: Wasmtime 47\n"),
           f"which-release with Cranelift: exit 0, minimum 47:\n{r.stdout}{r.stderr}")
    r = run(t, *base, "--target", "x86_64-unknown-linux-gnu", "--backend", "winch")
    expect(r.returncode == 1 and "Winch lacks gc on x86_64 in every release whose compiler support tables rate it" in r.stderr,
           f"which-release with Winch: exit 1, Winch lacks gc:\n{r.stdout}{r.stderr}")
    r = run(t, *base, "--target", "aarch64-unknown-linux-gnu", "--backend", "cranelift")
    expect(r.returncode == 1 and "aarch64-unknown-linux-gnu is not Tier 1 in any release" in r.stderr,
           f"which-release on aarch64: exit 1, the target is never Tier 1:\n{r.stdout}{r.stderr}")
    r = run(t, "which-release", "--policy", "almost-production-ready", "--features", "gc,exception-handling",
            "--target", "aarch64-unknown-linux-gnu", "--backend", "cranelift", "--format", "json")
    j = json.loads(r.stdout) if r.stdout else {}
    expect(r.returncode == 0 and j.get("ok") and j.get("releases", [[None]])[-1][-1] == 48,
           f"which-release --format json: ok, up to 48:\n{r.stdout}{r.stderr}")
    # Each part of the build holds somewhere, but never together.
    r = run(t, "which-release", "--policy", "production-ready", "--features", "threads,gc")
    expect(r.returncode == 1 and "no release satisfies all of them at once" in r.stderr
           and "threads: Wasmtime 21 to 39" in r.stderr and "gc: Wasmtime 47 to 48" in r.stderr,
           f"which-release threads,gc: each part's releases:\n{r.stderr}")

    # Proposal checks: a release before docs/stability-wasm-proposals.md (27) rates none.
    r = run(t, "which-release", "--policy", "almost-production-ready", "--features", "simd",
            "--require-checks", "fuzzed,c-api")
    expect(r.returncode == 0 and r.stdout.startswith("minimum release: Wasmtime 27\n"),
           f"which-release --require-checks: simd from 27:\n{r.stdout}{r.stderr}")
    r = run(t, "which-release", "--policy", "production-ready", "--features", "threads", "--require-checks", "fuzzed")
    expect(r.returncode == 1 and "threads is not Tier 1 with the required proposal checks in any release" in r.stderr
           and "Tier 1 lacking required proposal checks in Wasmtime 21 to 39" in r.stderr,
           f"which-release threads --require-checks fuzzed: never, with the releases where it lacks them:\n{r.stderr}")

    # check --releases: every release of the range, each violation naming its release.
    r = run(t, "check", "--releases", "36..48", "--policy", "production-ready", "--features", "threads")
    lines = r.stdout.splitlines()
    expect(r.returncode == 1 and len(lines) == 9, f"check --releases 36..48 threads: 9 violations:\n{r.stdout}")
    for n, line in zip(range(40, 49), lines):
        expect(line.startswith(f"threads is Tier 2 in Wasmtime {n} "), f"violation {n}: {line}")
    expect("in Wasmtime 40 to 48 (of the range 36 to 48" in r.stderr, f"check --releases summary: {r.stderr}")
    r = run(t, "check", "--releases", "36..39", "--policy", "production-ready", "--features", "threads")
    expect(r.returncode == 0 and "every release from Wasmtime 36 to 39" in r.stdout, f"check --releases 36..39: {r.stdout}{r.stderr}")
    r = run(t, "check", "--releases", "36..48", "--policy", "production-ready", "--features", "threads", "--format", "json")
    j = json.loads(r.stdout)
    expect(r.returncode == 1 and j["failing_releases"] == [[40, 48]] and len(j["results"]) == 13
           and all("Wasmtime" in v for v in j["violations"]), f"check --releases --format json:\n{r.stdout[:1500]}")
    for bad, words in ((["--releases", "48..36"], "48 is after 36"), (["--releases", "36-48"], "FIRST..LAST"),
                       (["--releases", "36..480"], "no shipped text"), (["--release", "40", "--releases", "36..48"], "excludes")):
        r = run(t, "check", *bad, "--policy", "production-ready", "--features", "threads")
        expect(r.returncode == 2 and words in r.stderr, f"check {' '.join(bad)}: exit 2 saying {words!r}: {r.returncode} {r.stderr}")
    finish("history, which-release and check --releases")


def case_cmake(a):
    module = os.path.join(a.source, "cmake", "wasmtime_tiers-functions", "WasmtimeTiersCheck.cmake")
    project = os.path.join(a.source, "tests", "history", "cmake_project")
    outs = {}
    for releases in ("36..39", "36..48"):
        build = os.path.join(a.work, releases)
        r = subprocess.run(["cmake", "-S", project, "-B", build, f"-DWASMTIME_TIERS_CHECK_MODULE={module}",
                            f"-DWASMTIME_TIERS_EXECUTABLE={a.tool}", f"-DWASMTIME_TIERS_TEST_RELEASES={releases}"],
                           capture_output=True, text=True)
        outs[releases] = (r.returncode, re.sub(r"\s+", " ", r.stdout + r.stderr))
    rc, out = outs["36..39"]
    expect(rc == 0 and "wasmtime_tiers_check: ok: x86_64-unknown-linux-gnu, simd, threads meet the policy "
           "production-ready (Tier 1) in every release from Wasmtime 36 to 39" in out, f"RELEASES 36..39:\n{out}")
    rc, out = outs["36..48"]
    expect(rc != 0 and "--releases 36..48" in out and "threads is Tier 2 in Wasmtime 40 " in out
           and "threads is Tier 2 in Wasmtime 48 " in out and "checked Wasmtime" not in out,
           f"RELEASES 36..48 does not stop with the violations:\n{out}")
    finish("wasmtime_tiers_check(... RELEASES)")


def case_readme(a):
    readme = open(os.path.join(a.source, "doc", "history.md"), encoding="utf-8").read()
    start = readme.find("\n## Which Wasmtime do I need")
    if not expect(start >= 0, "doc/history.md has no section 'Which Wasmtime do I need'"):
        finish("")
    section = readme[start + 1:]
    section = section[:section.find("\n## ", 1)]
    env = tool_env(a.work, a.tool)
    commands, status = 0, None
    for block in re.findall(r"```console\n(.*?)```", section, re.S):
        ran, status = run_console_block(block, env, expect, status)
        commands += ran
    expect(commands >= 5, f"README: only {commands} commands in the section")
    # The section's C++ compiles as it is.
    blocks = re.findall(r"```cpp\n(.*?)```", section, re.S)
    expect(len(blocks) >= 1, "README: the section shows no C++")
    for n, code in enumerate(blocks):
        src = os.path.join(a.work, f"readme_{n}.cpp")
        with open(src, "w", encoding="utf-8") as f:
            f.write(code)
        r = subprocess.run([a.compiler, f"-std={a.std}", "-fsyntax-only", "-Wall", "-Wextra", "-Wpedantic",
                            "-Werror", "-I", a.include, src], capture_output=True, text=True)
        expect(r.returncode == 0, f"README: C++ block {n} does not compile:\n{r.stderr[:3000]}")
    finish(f"README: {commands} commands print what the section shows; {len(blocks)} C++ block(s) compile")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case", choices=["upstream", "cli", "cmake", "readme"])
    ap.add_argument("--tool", required=True)
    ap.add_argument("--compiler", default="c++")
    ap.add_argument("--std", default="c++20")
    ap.add_argument("--include", default="")
    ap.add_argument("--upstream", default="")
    ap.add_argument("--source", default="")
    ap.add_argument("--work", default=".")
    a = ap.parse_args()
    a.tool, a.source, a.work = os.path.abspath(a.tool), os.path.abspath(a.source or "."), os.path.abspath(a.work)
    {"upstream": case_upstream, "cli": case_cli, "cmake": case_cmake, "readme": case_readme}[a.case](a)


if __name__ == "__main__":
    main()
