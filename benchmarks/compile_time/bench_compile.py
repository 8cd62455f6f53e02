#!/usr/bin/env python3
"""What including wasmtime-tiers costs a translation unit: compile time and peak memory.

  bench_compile.py --tool PATH/wasmtime-tiers [--runs 5] [--compilers g++ clang++] ...

Every case is a small source file compiled with `-fsyntax-only`. Each of its N runs is paired with
a run of the baseline file (only <array> and <string_view>), the two in alternating order, so that
drift of the machine's speed cancels; a case a budget row reads as a ratio to the baseline, whose
margin is a few percent, has 2N - 1 runs, so that one disturbed pair moves its median less. A
case's figure is the median over its runs, and its ratio is the median of the per-pair ratios, of
wall time and of CPU time (user + system). The budget is
judged on CPU time, which stays steady where wall time does not (a shared or throttled machine
showed the same baseline at 0.20 s and 0.29 s from one run to the next). Peak memory is the peak
resident set of the compiler proper (cc1plus under g++; clang++, which runs its -cc1 in its own
process): each compilation is started by a small C program built here (the run helper), which
reports wait4()'s figures for the compiler. Measured from this script directly, the figure would be
at least this script's own resident set, which a child forked from it carries until its exec (the
kernel keeps the larger of the two): 72 MiB for every GCC case once the synthetic tables were made.

The cases:
  headers  every public header alone (include/**/*.hpp, the opt-in ones included when present),
           and <boost/pfr.hpp> alone, the reference of the PFR-based header;
  data     only the generated data: generated/entities.hpp and every release table
           (generated/v*.hpp) in one translation unit, the cost of the facts themselves;
  checks   the umbrella header plus K checks (each on a different entity and release: a policy
           check once include/wasmtime_tiers/policy.hpp exists, a tier_of query before), and a
           realistic embedder's configuration (benchmarks/compile_time/embedder.cpp), and the same
           configuration written against Wasmtime 48's C API through <wasmtime_tiers/wasmtime.hpp>
           (embedder_wasmtime.cpp: wasmtime.h as released, with the conf.h of its release build,
           from --upstream), with and without wasmtime-tiers, and without it but with the standard
           headers <wasmtime_tiers/wasmtime.hpp> includes (from the compiler's -H listing): the
           floor of that row for any library that includes them;
  ranges   the umbrella header plus K entities checked under a policy over releases<36, 48>
           (13 releases), against the same K entities checked in each of the 13 releases one by one
           (13 × K single-release checks): what a range costs beside the checks it stands for;
  tables   synthetic tables of E entities in 20 releases, made by the real generator from texts
           in the upstream format written here, queried 100 times through tier_of and missing_of,
           against a hand-written table of the same size answering the same queries.

It writes compile_time.md (the tables of figures and of the budget) and, where gnuplot exists,
compile_time.png to --results. No figure is asserted: the budget verdicts are reported only.
"""
import argparse
import glob
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
FLAGS = ["-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-Wpedantic", "-Werror"]
SYNTHETIC_RELEASES = 20
SYNTHETIC_QUERIES = 100


def die(msg):
    print("bench_compile: " + msg, file=sys.stderr)
    sys.exit(1)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# --- measuring ------------------------------------------------------------------------------------
# The run helper: runs its arguments as a command and writes the command's exit status, CPU time
# (user + system) and peak resident set to the file it is given. Its own resident set (a few hundred
# KiB) is all that the compiler's driver inherits at the fork; the driver then forks the compiler
# proper, whose peak wait4() reports as the largest of the process tree's.
RUN_HELPER_SOURCE = r"""
#include <stdio.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char** argv) {
  if (argc < 3) { fprintf(stderr, "usage: run_helper OUT COMMAND ARGS...\n"); return 126; }
  pid_t pid = fork();
  if (pid < 0) { perror("fork"); return 126; }
  if (pid == 0) { execvp(argv[2], argv + 2); perror(argv[2]); _exit(127); }
  int status = 0;
  struct rusage u;
  if (wait4(pid, &status, 0, &u) < 0) { perror("wait4"); return 126; }
  FILE* out = fopen(argv[1], "w");
  if (!out) { perror(argv[1]); return 126; }
  fprintf(out, "%d %ld.%06ld %ld.%06ld %ld\n", WIFEXITED(status) ? WEXITSTATUS(status) : 128,
          (long)u.ru_utime.tv_sec, (long)u.ru_utime.tv_usec, (long)u.ru_stime.tv_sec,
          (long)u.ru_stime.tv_usec, u.ru_maxrss);
  fclose(out);
  return 0;
}
"""
RUN_HELPER = None


def build_run_helper(cxx, work):
    """Builds the run helper with the given compiler (as C) into work; compile_once uses it."""
    global RUN_HELPER
    src, exe = os.path.join(work, "run_helper.c"), os.path.join(work, "run_helper")
    write(src, RUN_HELPER_SOURCE)
    r = subprocess.run([cxx, "-x", "c", "-O1", "-o", exe, src], capture_output=True, text=True)
    if r.returncode != 0:
        die(f"cannot build the run helper with {cxx}:\n{r.stderr}")
    RUN_HELPER = exe


def compile_once(cmd):
    """Runs one compilation; returns (wall seconds, CPU seconds, peak RSS in KiB of the compiler
    proper). A failure ends the run."""
    if RUN_HELPER is None:
        die("internal: build_run_helper() was not called")
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as figures:
        start = time.perf_counter()
        r = subprocess.run([RUN_HELPER, figures.name, *cmd], stdout=subprocess.DEVNULL, stderr=err)
        wall = time.perf_counter() - start
        fields = figures.read().split()
        if r.returncode != 0 or len(fields) != 4 or fields[0] != "0":
            err.seek(0)
            status = fields[0] if len(fields) == 4 else f"helper exit {r.returncode}"
            die(f"`{' '.join(cmd)}` failed (exit {status}):\n"
                + err.read().decode(errors="replace")[:4000])
    return wall, float(fields[1]) + float(fields[2]), int(fields[3])


class Measurement:
    """Medians of a case's runs. `ratio` is of wall time, `cpu_ratio` of CPU time (user + system
    of the compiler): on a busy or throttled machine wall time drifts where CPU time does not, so
    the budget is judged on CPU time and both are shown."""

    def __init__(self, times, cpus, mems, base_times, base_cpus, base_mems):
        self.time = statistics.median(times)
        self.cpu = statistics.median(cpus)
        self.mem_mib = statistics.median(mems) / 1024
        self.ratio = statistics.median(t / b for t, b in zip(times, base_times))
        self.cpu_ratio = statistics.median(t / b for t, b in zip(cpus, base_cpus))
        self.mem_ratio = statistics.median(m / b for m, b in zip(mems, base_mems))
        self.base_time = statistics.median(base_times)
        self.base_cpu = statistics.median(base_cpus)
        self.base_times, self.base_cpus, self.base_mems = base_times, base_cpus, base_mems


def measure(cxx, source, extra, baseline, runs):
    cmd = [cxx, *FLAGS, *extra, source]
    base = [cxx, *FLAGS, baseline]
    times, cpus, mems, btimes, bcpus, bmems = [], [], [], [], [], []
    for i in range(runs):
        if i % 2 == 0:
            bt, bc, bm = compile_once(base)
            t, c, m = compile_once(cmd)
        else:
            t, c, m = compile_once(cmd)
            bt, bc, bm = compile_once(base)
        times.append(t), cpus.append(c), mems.append(m)
        btimes.append(bt), bcpus.append(bc), bmems.append(bm)
    return Measurement(times, cpus, mems, btimes, bcpus, bmems)


# --- the real tables: entity tag types and their tiers ----------------------------------------------
def parse_entities(entities_hpp):
    """{Wasmtime name: qualified tag type} from a generated entities.hpp (names are unique)."""
    out, ns = {}, None
    for line in open(entities_hpp, encoding="utf-8"):
        m = re.match(r"namespace wasmtime_tiers::(\w+) \{", line)
        if m:
            ns = m.group(1)
            continue
        m = re.match(r"enum class (\w+)\s*: std::size_t \{ wasmtime_tiers_id = \d+ \}; // (.*)$",
                     line)
        if m and ns:
            out[m.group(2)] = f"wt::{ns}::{m.group(1)}"
    return out


def known_releases(releases_hpp):
    text = open(releases_hpp, encoding="utf-8").read()
    m = re.search(r'release_texts(?:_data\[\])? =\s*"([^"]*)"', text)
    return [n for n, c in enumerate(m.group(1)) if c != "-"]


def tiered_pairs(tool, include):
    """Every (tag type, release, tier) with a tier 1 to 3 in the compiled-in tables."""
    gen = os.path.join(include, "wasmtime_tiers", "generated")
    tags = parse_entities(os.path.join(gen, "entities.hpp"))
    pairs = []
    for rel in known_releases(os.path.join(gen, "releases.hpp")):
        r = subprocess.run([tool, "export", "--release", str(rel), "--format", "json"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            die(f"wasmtime-tiers export --release {rel}: {r.stderr}")
        for e in json.loads(r.stdout)["entities"]:
            if e["tier"] in (1, 2, 3):
                pairs.append((tags[e["name"]], rel, e["tier"]))
    random.Random(20240521).shuffle(pairs)
    return pairs


def policy_api(include):
    return os.path.isfile(os.path.join(include, "wasmtime_tiers", "policy.hpp"))


def checks_source(pairs, k, use_policy):
    """The umbrella header and k checks, each on another (entity, release) pair. With the policy
    API, the checks alternate between WASMTIME_TIERS_REQUIRE and the `allowed` concept, each under
    a policy alias (a macro argument cannot hold the policy's own commas)."""
    head = ["#include <wasmtime_tiers.hpp>", "", "namespace wt = wasmtime_tiers;", ""]
    aliases, body = {}, []
    for i, (tag, rel, tier) in enumerate(pairs[:k]):
        if use_policy:
            alias = f"tier{tier}_in_{rel}"
            aliases[alias] = (f"using {alias} = wt::policy::minimum_tier<wt::tier::t{tier}, "
                              f"wt::release<{rel}>>;")
            body.append(f"WASMTIME_TIERS_REQUIRE({alias}, {tag});" if i % 2 == 0 else
                        f"static_assert(wt::allowed<{alias}, {tag}>);")
        else:
            body.append(f"static_assert(wt::tier_of<{tag}, wt::release<{rel}>> == wt::tier::t{tier});")
    return "\n".join(head + sorted(aliases.values()) + [""] + body) + "\n"


RANGE_FIRST, RANGE_LAST = 36, 48


def range_sources(pairs, k):
    """Two sources over the first k entities that have a tier in every release RANGE_FIRST to
    RANGE_LAST, each checked at its lowest tier there: one check each under a policy over
    releases<RANGE_FIRST, RANGE_LAST>, and one check each in every release of the range. Both
    alternate WASMTIME_TIERS_REQUIRE and the `allowed` concept, as checks_source does."""
    tiers = {}
    for tag, rel, tier in pairs:
        tiers.setdefault(tag, {})[rel] = tier
    rels = range(RANGE_FIRST, RANGE_LAST + 1)
    tags = sorted(t for t, m in tiers.items() if all(r in m for r in rels))
    if len(tags) < k:
        die(f"only {len(tags)} entities have a tier in every release {RANGE_FIRST} to {RANGE_LAST}, "
            f"fewer than --ranges {k}")
    head = ["#include <wasmtime_tiers.hpp>", "", "namespace wt = wasmtime_tiers;", ""]
    # The policies over a range are checked by their own header, which the umbrella leaves out.
    r_head = head[:1] + ["#include <wasmtime_tiers/policy_range.hpp>"] + head[1:]
    r_alias, r_body, s_alias, s_body = {}, [], {}, []
    for i, tag in enumerate(tags[:k]):
        worst = max(tiers[tag][r] for r in rels)
        alias = f"tier{worst}_in_{RANGE_FIRST}_to_{RANGE_LAST}"
        r_alias[alias] = (f"using {alias} = wt::policy::minimum_tier<wt::tier::t{worst}, "
                          f"wt::releases<{RANGE_FIRST}, {RANGE_LAST}>>;")
        r_body.append(f"WASMTIME_TIERS_REQUIRE({alias}, {tag});" if i % 2 == 0 else
                      f"static_assert(wt::allowed<{alias}, {tag}>);")
        for r in rels:
            alias = f"tier{worst}_in_{r}"
            s_alias[alias] = f"using {alias} = wt::policy::minimum_tier<wt::tier::t{worst}, wt::release<{r}>>;"
            s_body.append(f"WASMTIME_TIERS_REQUIRE({alias}, {tag});" if i % 2 == 0 else
                          f"static_assert(wt::allowed<{alias}, {tag}>);")
    return ("\n".join(r_head + sorted(r_alias.values()) + [""] + r_body) + "\n",
            "\n".join(head + sorted(s_alias.values()) + [""] + s_body) + "\n")


# --- synthetic tables -----------------------------------------------------------------------------
# (category spelling in the tables, name prefix); WASI names keep Wasmtime's "wasi-" prefix.
CATEGORIES = [("Target", "synthetic-target-"), ("WebAssembly Proposal", "proposal-"),
              ("WASI Proposal", "wasi-interface-"), ("Compiler Backend", "Backend "),
              ("Embedding API", "api-"), ("*misc*", "misc-feature-")]
CATEGORY_WEIGHTS = [30, 30, 25, 5, 5, 5]
# Phrases of "Missing Tier N Requirements" cells and the requirement each names (the oracle of the
# checks; requirement.hpp is the generator's vocabulary).
MISSING_T1 = [("Continuous fuzzing", "continuous_fuzzing"), ("More time fuzzing/baking", "fuzzing_time"),
              ("Support beyond CI checks", "support_beyond_ci_checks"),
              ("performance work", "performance_work"), ("API quality", "api_quality")]
MISSING_T2 = [("CI testing", "ci_testing"), ("full-time maintainer", "full_time_maintainer"),
              ("Complete implementation", "complete_implementation"),
              ("Clear owner", "clear_owner"), ("unwinding", "unwinding"),
              ("Unstable wasm proposal", "unstable_proposal")]
REQUIREMENT_BITS = {r: i for i, r in enumerate(sorted({r for _, r in MISSING_T1 + MISSING_T2}))}


class Synthetic:
    """E entities over 20 releases: per release each entity's tier and missing requirements."""

    def __init__(self, count):
        rng = random.Random(count)
        self.count = count
        self.entities = []  # (category spelling, name)
        self.state = []     # [release - 1][entity] -> (tier, [requirement names], cell) or None
        digits = len(str(count - 1))
        for i in range(count):
            spelling, prefix = rng.choices(CATEGORIES, CATEGORY_WEIGHTS)[0]
            self.entities.append((spelling, f"{prefix}{i:0{digits}d}"))
        tracks = []
        for _ in range(count):
            first = 1 if rng.random() < 0.7 else rng.randint(2, SYNTHETIC_RELEASES)
            tier = rng.choice([3, 3, 3, 2, 2, 1, "u"])
            track, cell = [], None
            for rel in range(1, SYNTHETIC_RELEASES + 1):
                if rel < first:
                    track.append(None)
                    continue
                roll = rng.random()
                if tier in (2, 3) and roll < 0.15:
                    tier, cell = tier - 1, None
                elif tier == "u" and roll < 0.2:
                    tier, cell = 3, None
                elif roll > 0.98:
                    tier, cell = "u", None
                if tier in (2, 3) and (cell is None or rng.random() < 0.1):
                    pool = MISSING_T1 if tier == 2 else MISSING_T2
                    cell = rng.sample(pool, rng.randint(1, 3))
                track.append((tier, cell if tier in (2, 3) else None))
            tracks.append(track)
        self.state = [[tracks[e][r] for e in range(count)] for r in range(SYNTHETIC_RELEASES)]

    def text(self, rel):
        rows = {1: [], 2: [], 3: [], "u": []}
        for (spelling, name), st in zip(self.entities, self.state[rel - 1]):
            if st is not None:
                rows[st[0]].append((spelling, name, st[1]))
        out = [f"# Tiers of Support in Wasmtime\n\nA synthetic text of release {rel}, for the "
               "compile-time benchmark.\n\n## Current Tier Status\n"]
        for tier in (1, 2, 3):
            out.append(f"\n#### Tier {tier}\n\n")
            if tier == 1:
                out.append("| Category | Description |\n|---|---|\n")
            else:
                out.append(f"| Category | Description | Missing Tier {tier - 1} Requirements |\n"
                           "|---|---|---|\n")
            for spelling, name, cell in rows[tier]:
                shown = f"`{name}`" if " " not in name else name
                missing = "" if tier == 1 else " " + ", ".join(p for p, _ in cell) + " |"
                out.append(f"| {spelling} | {shown} |{missing}\n")
        out.append("\n#### Unsupported features and platforms\n\n")
        for spelling, name, _ in rows["u"]:
            out.append(f"* {spelling.strip('*')}: {name}\n")
        out.append("\n## Tier Details\n\n#### Tier 3 - Not Production Ready\n\nLowest.\n\n"
                   "#### Tier 2 - Almost Production Ready\n\nMiddle.\n\n"
                   "#### Tier 1 - Production Ready\n\nHighest.\n")
        return "".join(out)

    def write_texts(self, folder):
        rows = ["file\tfirst_release\tlast_release\tupstream_commit"]
        for rel in range(1, SYNTHETIC_RELEASES + 1):
            write(os.path.join(folder, f"s{rel}.md"), self.text(rel))
            rows.append(f"s{rel}.md\tv{rel}.0.0\tv{rel}.0.1\tsynthetic")
        write(os.path.join(folder, "releases.tsv"), "\n".join(rows) + "\n")

    def queries(self):
        rng = random.Random(7 * self.count)
        pairs = [(rng.randrange(self.count), rng.randint(1, SYNTHETIC_RELEASES))
                 for _ in range(SYNTHETIC_QUERIES)]
        out = []
        for e, rel in pairs:
            st = self.state[rel - 1][e]
            tier = "unlisted" if st is None else "unsupported" if st[0] == "u" else f"t{st[0]}"
            missing = sorted({r for _, r in st[1]}) if st and st[1] else []
            out.append((e, rel, tier, missing))
        return out

    def library_source(self, tags):
        # table.hpp, not the umbrella header: the umbrella names real entities (target::host).
        lines = ["#include <wasmtime_tiers/table.hpp>", "", "namespace wt = wasmtime_tiers;", ""]
        for e, rel, tier, missing in self.queries():
            tag = tags[self.entities[e][1]]
            mask = " | ".join(f"wt::bit(wt::requirement::{r})" for r in missing) or "0"
            lines.append(f"static_assert(wt::tier_of<{tag}, wt::release<{rel}>> == wt::tier::{tier});")
            lines.append(f"static_assert(wt::missing_of<{tag}, wt::release<{rel}>> == ({mask}));")
        return "\n".join(lines) + "\n"

    def handwritten_source(self):
        """The same facts as plain constexpr arrays of structs, one per release, indexed by id."""
        o = ["// A hand-written table of the same size: one array of rows per release.",
             "#include <array>", "#include <cstddef>", "#include <cstdint>", "#include <string_view>",
             "", "namespace handwritten {",
             "enum class tier : unsigned char { t1 = 1, t2, t3, unsupported, unlisted };",
             "struct row { tier level; std::uint64_t missing; std::string_view name; };"]
        code = {1: "t1", 2: "t2", 3: "t3", "u": "unsupported"}
        for rel in range(1, SYNTHETIC_RELEASES + 1):
            o.append(f"inline constexpr std::array<row, {self.count}> release_{rel} = {{{{")
            for (_, name), st in zip(self.entities, self.state[rel - 1]):
                tier = "unlisted" if st is None else code[st[0]]
                mask = sum(1 << REQUIREMENT_BITS[r] for _, r in (st[1] or [])) if st else 0
                o.append(f"    {{tier::{tier}, {mask:#x}, \"{name}\"}},")
            o.append("}};")
        o.append("inline constexpr const row* releases[] = {"
                 + ", ".join(f"release_{r}.data()" for r in range(1, SYNTHETIC_RELEASES + 1)) + "};")
        o.append("struct query { int release; std::size_t id; tier level; std::uint64_t missing; };")
        o.append("inline constexpr query queries[] = {")
        for e, rel, tier, missing in self.queries():
            mask = sum(1 << REQUIREMENT_BITS[r] for r in missing)
            o.append(f"    {{{rel}, {e}, tier::{tier}, {mask:#x}}},")
        o.append("};")
        o.append("constexpr bool answers_all() {\n  for (const query& q : queries) {\n"
                 "    const row& r = releases[q.release - 1][q.id];\n"
                 "    if (r.level != q.level || r.missing != q.missing) return false;\n  }\n"
                 "  return true;\n}\nstatic_assert(answers_all());\n} // namespace handwritten")
        return "\n".join(o) + "\n"


def make_synthetic(tool, count, work):
    """Generates the synthetic headers; returns (include dir, library TU, hand-written TU)."""
    syn = Synthetic(count)
    d = os.path.join(work, f"synthetic-{count}")
    shutil.rmtree(d, ignore_errors=True)
    syn.write_texts(os.path.join(d, "texts"))
    inc = os.path.join(d, "include")
    gen = os.path.join(inc, "wasmtime_tiers", "generated")
    r = subprocess.run([tool, "gen", "--manifest", os.path.join(d, "texts", "releases.tsv"), "--out", gen],
                       capture_output=True, text=True)
    if r.returncode != 0:
        die(f"gen of the synthetic {count}-entity texts failed: {r.stderr}")
    tags = parse_entities(os.path.join(gen, "entities.hpp"))
    if len(tags) != count:
        die(f"the synthetic {count}-entity texts generated {len(tags)} tag types")
    lib, hand = os.path.join(d, "library.cpp"), os.path.join(d, "handwritten.cpp")
    write(lib, syn.library_source(tags))
    write(hand, syn.handwritten_source())
    return inc, lib, hand


# --- report ---------------------------------------------------------------------------------------
def fmt(x, digits=2):
    return f"{x:.{digits}f}"


def group_k(n):
    return f"{n:,}"


def short(cxx):
    return os.path.basename(cxx)


def judged_runs(runs):
    """Runs of a case a budget row reads as a ratio to the baseline: 2 × runs − 1 (9 for 5)."""
    return 2 * runs - 1


def render(results, budget_rows, compilers, runs, use_policy, cxx_versions):
    cols = " | ".join(f"{short(c)} s | {short(c)} × base | {short(c)} CPU × base | {short(c)} MiB"
                      for c in compilers)
    o = [f"Median of {runs} run(s) of `-fsyntax-only -std=c++20` ({judged_runs(runs)} for the cases a "
         "budget row reads as a ratio to the baseline: the checks, the embedder, the ranges, the "
         "umbrella, Hana and PFR headers), each paired with a run of the "
         "baseline file (`<array>` and `<string_view>` only): s is wall time, × base the median of "
         "the per-pair ratios of wall time, CPU × base the same of CPU time (user + system), which "
         "the budget is judged on; MiB is the peak resident set of the compiler proper (cc1plus, clang -cc1). Compilers: " + "; ".join(f"`{short(c)}`: {v}" for c, v in cxx_versions.items()) + ". "
         + ("Checks use the policy API (`wasmtime_tiers::allowed`)." if use_policy else
            "Checks are `tier_of` queries (`static_assert(tier_of<E, R> == tier::tN)`)."), "",
         f"| Case | {cols} |", "|---|" + "---:|" * (4 * len(compilers))]
    for case in results["order"]:
        cells = []
        for c in compilers:
            m = results[c].get(case)
            cells += ([fmt(m.time), fmt(m.ratio), fmt(m.cpu_ratio), fmt(m.mem_mib, 0)] if m
                      else ["", "", "", ""])
        o.append(f"| {case} | " + " | ".join(cells) + " |")
    o += ["", "| Budget | Limit | " + " | ".join(short(c) for c in compilers) + " | Met |",
          "|---|---|" + "---:|" * len(compilers) + "---|"]
    for name, limit, values, met in budget_rows:
        o.append(f"| {name} | {limit} | " + " | ".join(values) + f" | {met} |")
    return "\n".join(o) + "\n"


def plot(results, compilers, checks, entities, work, png):
    gnuplot = shutil.which("gnuplot")
    if not gnuplot:
        print("bench_compile: gnuplot not found; no plot (Debian: apt-get install gnuplot-nox)")
        return False
    dat_checks = os.path.join(work, "checks.dat")
    dat_tables = os.path.join(work, "tables.dat")
    with open(dat_checks, "w") as f:
        for k in [0] + checks:
            case = UMBRELLA_CASE if k == 0 else check_case(k)
            f.write(f"{k} " + " ".join(fmt(results[c][case].cpu_ratio, 4) for c in compilers) + "\n")
    with open(dat_tables, "w") as f:
        for n in entities:
            vals = []
            for c in compilers:
                vals += [fmt(results[c][table_case(n)].cpu, 4), fmt(results[c][hand_case(n)].cpu, 4)]
            f.write(f"{n} " + " ".join(vals) + "\n")
    lines1 = ", ".join(f"'{dat_checks}' using 1:{i + 2} with linespoints lw 2 title '{short(c)}'"
                       for i, c in enumerate(compilers))
    lines2 = ", ".join(
        f"'{dat_tables}' using 1:{2 + 2 * i} with linespoints lw 2 title '{short(c)}: wasmtime-tiers', "
        f"'{dat_tables}' using 1:{3 + 2 * i} with linespoints lw 2 dt 2 title '{short(c)}: hand-written'"
        for i, c in enumerate(compilers))
    script = f"""
set terminal pngcairo size 1200,480 font 'sans,10'
set output '{png}'
set multiplot layout 1,2
set title 'Umbrella header plus K checks'
set xlabel 'checks K'
set ylabel 'CPU time / baseline file'
set key top left
set grid
set yrange [0:*]
plot {lines1}, 1.5 with lines dt 3 lc rgb 'red' title 'budget at 1,000 checks (1.5x)'
set title 'Synthetic tables of E entities x 20 releases, 100 queries'
set xlabel 'entities E'
set ylabel 'CPU time (s)'
set logscale xy
set yrange [*:*]
plot {lines2}
unset multiplot
"""
    r = subprocess.run([gnuplot], input=script, capture_output=True, text=True)
    if r.returncode != 0:
        die(f"gnuplot failed: {r.stderr}")
    return True


EMBEDDER_CASE = "embedder configuration: 14 checks (embedder.cpp)"
WASMTIME_RELEASE = 48
EMBEDDER_WASMTIME_CASE = (f"embedder configuration through `<wasmtime_tiers/wasmtime.hpp>` and Wasmtime "
                          f"{WASMTIME_RELEASE}'s `wasmtime.h` (embedder_wasmtime.cpp)")
EMBEDDER_WASMTIME_PLAIN_CASE = "the same configuration without wasmtime-tiers (embedder_wasmtime.cpp, no checks)"
EMBEDDER_WASMTIME_STD_CASE = ("the same configuration without wasmtime-tiers, with the standard headers "
                              "`<wasmtime_tiers/wasmtime.hpp>` includes (embedder_wasmtime.cpp, no checks)")


# Where Wasmtime's shipped texts and headers are, as the tests find them (WASMTIME_TIERS_UPSTREAM_DIR).
DEFAULT_UPSTREAM = os.path.join(os.path.dirname(SOURCE), "shared", "upstream")


def wasmtime_c_api():
    """tests/wasmtime/c_api.py: Wasmtime's released C API headers and their conf.h, as the
    integration tests read them."""
    sys.path.insert(0, os.path.join(SOURCE, "tests", "wasmtime"))
    sys.dont_write_bytecode = True  # nothing written into the source tree
    import c_api
    return c_api


def has_wasmtime_headers(upstream):
    """Whether upstream has the released headers of Wasmtime WASMTIME_RELEASE, which the embedder
    cases through <wasmtime_tiers/wasmtime.hpp> need."""
    return os.path.isfile(os.path.join(wasmtime_c_api().include_dir(upstream, WASMTIME_RELEASE), "wasmtime.h"))


def wasmtime_include_flags(upstream, work):
    """The flags that find Wasmtime's released C API headers of WASMTIME_RELEASE as a user's build
    does (-isystem), with the wasmtime/conf.h of its release build, written as Wasmtime's CMake
    writes it; None where upstream has no headers of that release."""
    if not has_wasmtime_headers(upstream):
        return None
    api = wasmtime_c_api()
    builds = api.feature_sets(upstream, WASMTIME_RELEASE)
    conf = api.write_conf(upstream, WASMTIME_RELEASE, builds["defaults"],
                          os.path.join(work, f"wasmtime_{WASMTIME_RELEASE}"))
    return api.include_flags(upstream, WASMTIME_RELEASE, conf)


def library_std_headers(cxx, include, wasmtime_flags, work):
    """The headers from outside include/ and outside Wasmtime's that <wasmtime_tiers/wasmtime.hpp>
    and the headers it includes name themselves (the standard library's), included after wasmtime.h
    as embedder_wasmtime.cpp includes them, as the compiler's -H tree lists them: no list of names
    kept here to drift from the headers. Their names, e.g. ["cstdint", "string_view"]."""
    src = os.path.join(work, "std_headers", "wasmtime_hpp.cpp")
    write(src, "#include <wasmtime.h>\n#include <wasmtime_tiers/wasmtime.hpp>\n")
    r = subprocess.run([cxx, "-std=c++20", "-fsyntax-only", "-H", "-I", include, *wasmtime_flags, src],
                       capture_output=True, text=True)
    if r.returncode != 0:
        die(f"cannot list the headers of <wasmtime_tiers/wasmtime.hpp>:\n{r.stderr[:4000]}")
    ours = os.path.join(os.path.realpath(include), "")
    wasmtime_dirs = [os.path.join(os.path.realpath(f), "") for f in wasmtime_flags if os.path.isdir(f)]
    stack, names = [], set()
    for line in r.stderr.splitlines():
        m = re.match(r"^(\.+) (.+)$", line)
        if not m:
            continue
        depth, path = len(m.group(1)), os.path.realpath(m.group(2))
        del stack[depth - 1:]
        parent = stack[-1] if stack else None
        stack.append(path)
        outside = not path.startswith(ours) and not any(path.startswith(d) for d in wasmtime_dirs)
        if parent is not None and parent.startswith(ours) and outside:
            names.add(os.path.basename(path))
    if not names:
        die(f"`{cxx} -H` lists no standard header under <wasmtime_tiers/wasmtime.hpp>:\n{r.stderr[:2000]}")
    return sorted(names)


def header_case(h):
    """The case of header h alone, e.g. "`<wasmtime_tiers.hpp>`"."""
    return f"`<{h}>`"


UMBRELLA_CASE = header_case("wasmtime_tiers.hpp")
SEQUENCE_CASE = header_case("wasmtime_tiers/sequence.hpp")
REFLECT_CASE = header_case("wasmtime_tiers/reflect.hpp")
PFR_CASE = header_case("boost/pfr.hpp")


def data_case(n):
    return f"only the generated data: `entities.hpp` and {n} release tables"


def check_case(k):
    return f"umbrella + {group_k(k)} checks"


def range_case(k):
    return f"umbrella + {group_k(k)} checks over releases<{RANGE_FIRST}, {RANGE_LAST}>"


def singles_case(k):
    n = RANGE_LAST - RANGE_FIRST + 1
    return f"umbrella + {group_k(k)} × {n} single-release checks"


def table_case(n):
    return f"table of {group_k(n)} entities: wasmtime-tiers"


def hand_case(n):
    return f"table of {group_k(n)} entities: hand-written"


def budgets(results, compilers, checks, entities, headers, ranges=0):
    rows = []

    def row(name, limit, values, ok):
        shown = [v if v is not None else "n/a" for v in values]
        verdict = ("yes" if all(ok) else "**no**") if values and all(v is not None for v in values) else "n/a"
        rows.append((name, limit, shown, verdict))

    def get(c, case):
        return results[c].get(case)

    if 14 in checks:
        vals = [get(c, check_case(14)) for c in compilers]
        row("umbrella + 14 checks", "≤ 1.15× base",
            [fmt(m.cpu_ratio) + "×" if m else None for m in vals], [m and m.cpu_ratio <= 1.15 for m in vals])
    if 10 in checks and 1000 in checks:
        per = []
        for c in compilers:
            a, b = get(c, check_case(10)), get(c, check_case(1000))
            per.append((b.cpu - a.cpu) / 990 * 1000)
        row("each further check ((t1000 − t10) / 990)", "≤ 0.5 ms", [fmt(p, 3) + " ms" for p in per],
            [p <= 0.5 for p in per])
        vals = [get(c, check_case(1000)) for c in compilers]
        row("umbrella + 1,000 checks", "≤ 1.5× base", [fmt(m.cpu_ratio) + "×" for m in vals],
            [m.cpu_ratio <= 1.5 for m in vals])
    if all(get(c, EMBEDDER_CASE) for c in compilers):
        vals = [get(c, EMBEDDER_CASE) for c in compilers]
        row("embedder configuration (embedder.cpp)", "≤ 1.3× base", [fmt(m.cpu_ratio) + "×" for m in vals],
            [m.cpu_ratio <= 1.3 for m in vals])
    if all(get(c, EMBEDDER_WASMTIME_CASE) and get(c, EMBEDDER_WASMTIME_PLAIN_CASE)
           and get(c, EMBEDDER_WASMTIME_STD_CASE) for c in compilers):
        # Judged against the common baseline, as every row; beside it, the same file without
        # wasmtime-tiers (Wasmtime's header and the configuration code), and that file with only the
        # standard headers wasmtime-tiers includes (the floor of the row, whatever the library's
        # own code costs).
        vals = [(get(c, EMBEDDER_WASMTIME_CASE), get(c, EMBEDDER_WASMTIME_PLAIN_CASE),
                 get(c, EMBEDDER_WASMTIME_STD_CASE)) for c in compilers]
        row(f"embedder configuration through `<wasmtime_tiers/wasmtime.hpp>` (embedder_wasmtime.cpp, "
            f"Wasmtime {WASMTIME_RELEASE}'s C API)", "≤ 1.3× base",
            [f"{fmt(m.cpu_ratio)}× (without wasmtime-tiers {fmt(p.cpu_ratio)}×, with only its standard "
             f"headers {fmt(f.cpu_ratio)}×)" for m, p, f in vals],
            [m.cpu_ratio <= 1.3 for m, p, f in vals])
    umbrella = UMBRELLA_CASE
    if ranges:
        # Of the CPU ratios to the paired baseline runs (steadier than raw times on a shared
        # machine): the whole translation units, and above the umbrella header alone where it was
        # measured (the checks' own cost).
        vals, oks = [], []
        for c in compilers:
            a, b, u = get(c, range_case(ranges)), get(c, singles_case(ranges)), get(c, umbrella)
            whole = a.cpu_ratio / b.cpu_ratio
            above = ((a.cpu_ratio - u.cpu_ratio) / (b.cpu_ratio - u.cpu_ratio)
                     if u and b.cpu_ratio > u.cpu_ratio else None)
            vals.append(f"{fmt(whole)}×" + (f" ({fmt(above)}× above the header)" if above is not None else ""))
            oks.append(max(whole, above if above is not None else 0) <= 1)
        n = RANGE_LAST - RANGE_FIRST + 1
        row(f"releases<{RANGE_FIRST}, {RANGE_LAST}> / {n} single-release checks", "≤ 1×", vals, oks)
    if 1000 in entities and 10000 in entities:
        vals, oks = [], []
        for c in compilers:
            a, b = get(c, table_case(1000)), get(c, table_case(10000))
            marginal = (b.cpu - b.base_cpu) / (a.cpu - a.base_cpu)
            vals.append(f"{fmt(b.cpu / a.cpu)}× ({fmt(marginal, 1)}× above base)")
            oks.append(max(b.cpu / a.cpu, marginal) <= 12)
        row("10,000-entity table / 1,000-entity table", "≤ 12×", vals, oks)
    for n in entities:
        vals = [(get(c, table_case(n)), get(c, hand_case(n))) for c in compilers]
        row(f"{group_k(n)}-entity table / hand-written", "≤ 2×",
            [fmt(a.cpu / b.cpu) + "×" for a, b in vals], [a.cpu / b.cpu <= 2 for a, b in vals])
    if 10000 in entities:
        vals = [get(c, table_case(10000)) for c in compilers]
        row("10,000-entity table: peak memory", "< 1024 MiB", [fmt(m.mem_mib, 0) + " MiB" for m in vals],
            [m.mem_mib < 1024 for m in vals])
    seq = SEQUENCE_CASE
    if seq in headers:
        vals = [get(c, seq) for c in compilers]
        row("opt-in Hana header alone", "≤ 1.5× base", [fmt(m.cpu_ratio) + "×" for m in vals],
            [m.cpu_ratio <= 1.5 for m in vals])
    else:
        row("opt-in Hana header alone", "≤ 1.5× base", [None] * len(compilers), [])
    refl = REFLECT_CASE
    if refl in headers:
        vals = [(get(c, refl), get(c, PFR_CASE)) for c in compilers]
        row("opt-in PFR header / `<boost/pfr.hpp>`", "≤ 1.10×",
            [fmt(a.cpu_ratio / b.cpu_ratio) + "×" for a, b in vals],
            [a.cpu_ratio / b.cpu_ratio <= 1.10 for a, b in vals])
    else:
        row("opt-in PFR header / `<boost/pfr.hpp>`", "≤ 1.10×", [None] * len(compilers), [])
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tool", required=True, help="the wasmtime-tiers executable (for gen and export)")
    ap.add_argument("--source", default=SOURCE, help="the project's source tree")
    ap.add_argument("--work", default=None, help="scratch folder (default: a temporary one)")
    ap.add_argument("--results", default=None, help="where to write compile_time.md/.png "
                    "(default: SOURCE/benchmarks/results)")
    ap.add_argument("--runs", type=int, default=5, help="runs per case (the median is reported); 2 × RUNS − 1 for the cases a budget row reads "
                    "as a ratio to the baseline")
    ap.add_argument("--compilers", nargs="+", default=["g++", "clang++"])
    ap.add_argument("--checks", type=int, nargs="*", default=[10, 14, 100, 1000])
    ap.add_argument("--entities", type=int, nargs="*", default=[100, 1000, 10000])
    ap.add_argument("--ranges", type=int, default=50,
                    help="entities checked over releases<36, 48> and in each of its releases (0: none)")
    ap.add_argument("--headers", nargs="*", default=None,
                    help="only these headers (paths under include/; default: all of them)")
    ap.add_argument("--cases", default=None, metavar="REGEX",
                    help="only the cases whose name (as in the table) matches REGEX (Python re.search), "
                    "e.g. 'generated data|10,000 entities'; the baseline is always measured")
    ap.add_argument("--upstream", default=DEFAULT_UPSTREAM,
                    help=f"Wasmtime's shipped texts and headers (default: ../shared/upstream beside the "
                    f"source); the embedder cases through <wasmtime_tiers/wasmtime.hpp> need "
                    f"wasmtime-c-api/v{WASMTIME_RELEASE}/include there")
    ap.add_argument("--no-plot", action="store_true")
    a = ap.parse_args()
    if a.runs < 1:
        die("--runs must be at least 1")
    try:
        selected = re.compile(a.cases) if a.cases is not None else None
    except re.error as e:
        die(f"--cases {a.cases!r}: not a regular expression: {e}")

    include = os.path.join(a.source, "include")
    results_dir = a.results or os.path.join(a.source, "benchmarks", "results")
    work = a.work or tempfile.mkdtemp(prefix="wt-bench-")
    os.makedirs(work, exist_ok=True)
    started = time.perf_counter()

    baseline = os.path.join(work, "baseline.cpp")
    write(baseline, "#include <array>\n#include <string_view>\n")

    # The cases: (name, source, extra flags), in report order.
    cases = []
    header_names = []
    all_headers = sorted(os.path.relpath(p, include)
                         for p in glob.glob(os.path.join(include, "**", "*.hpp"), recursive=True))
    wanted = all_headers if a.headers is None else [h for h in all_headers if h in a.headers]
    if a.headers is not None and len(wanted) != len(a.headers):
        die(f"no such header(s) under include/: {sorted(set(a.headers) - set(wanted))}")
    # The umbrella header first, then the public headers, then the generated ones.
    wanted.sort(key=lambda h: (h != "wasmtime_tiers.hpp", "/generated/" in h, h))
    for h in wanted + (["boost/pfr.hpp"] if a.headers is None else []):
        src = os.path.join(work, "headers", h.replace("/", "__") + ".cpp")
        write(src, f"#include <{h}>\n")
        name = header_case(h)
        header_names.append(name)
        cases.append((name, src, ["-I", include]))

    # Only the generated data: the entities and every release table, the facts themselves.
    generated = os.path.join(include, "wasmtime_tiers", "generated")
    tables = sorted(glob.glob(os.path.join(generated, "v*.hpp")),
                    key=lambda p: [int(x) for x in re.findall(r"\d+", os.path.basename(p))])
    if os.path.isfile(os.path.join(generated, "entities.hpp")) and tables:
        src = os.path.join(work, "data", "generated_data.cpp")
        write(src, "#include <wasmtime_tiers/generated/entities.hpp>\n" + "".join(
            f"#include <wasmtime_tiers/generated/{os.path.basename(t)}>\n" for t in tables))
        cases.append((data_case(len(tables)), src, ["-I", include]))

    use_policy = policy_api(include)
    if a.checks:
        pairs = tiered_pairs(a.tool, include)
        if len(pairs) < max(a.checks):
            die(f"only {len(pairs)} distinct tiered (entity, release) pairs for {max(a.checks)} checks")
        for k in a.checks:
            src = os.path.join(work, "checks", f"checks_{k}.cpp")
            write(src, checks_source(pairs, k, use_policy))
            cases.append((check_case(k), src, ["-I", include]))
        embedder = os.path.join(HERE, "embedder.cpp")
        cases.append((EMBEDDER_CASE, embedder, ["-I", include, "-DEMBEDDER_CHECKS=1"]))
        wasmtime_flags = wasmtime_include_flags(a.upstream, work)
        if wasmtime_flags is None:
            print(f"skipped: the embedder cases through <wasmtime_tiers/wasmtime.hpp>: no headers of "
                  f"Wasmtime {WASMTIME_RELEASE} under {a.upstream} (--upstream)", flush=True)
        else:
            embedder = os.path.join(HERE, "embedder_wasmtime.cpp")
            cases.append((EMBEDDER_WASMTIME_CASE, embedder, ["-I", include, *wasmtime_flags, "-DEMBEDDER_CHECKS=1"]))
            cases.append((EMBEDDER_WASMTIME_PLAIN_CASE, embedder, [*wasmtime_flags, "-DEMBEDDER_CHECKS=0"]))
            # The floor of any library that includes these headers, in this translation unit.
            std = library_std_headers(a.compilers[0], include, wasmtime_flags, work)
            print(f"the standard headers <wasmtime_tiers/wasmtime.hpp> includes: "
                  f"{', '.join(f'<{h}>' for h in std)}", flush=True)
            src = os.path.join(work, "std_headers", "embedder_wasmtime_std.cpp")
            write(src, "#include <wasmtime.h>\n" + "".join(f"#include <{h}>\n" for h in std)
                  + f'#include "{embedder}"\n')
            cases.append((EMBEDDER_WASMTIME_STD_CASE, src, [*wasmtime_flags, "-DEMBEDDER_CHECKS=0"]))
    if a.ranges and use_policy:
        ranged, singles = range_sources(tiered_pairs(a.tool, include), a.ranges)
        for stem, name, text in (("range", range_case(a.ranges), ranged),
                                 ("singles", singles_case(a.ranges), singles)):
            src = os.path.join(work, "ranges", f"{stem}_{a.ranges}.cpp")
            write(src, text)
            cases.append((name, src, ["-I", include]))

    for n in a.entities:
        inc, lib, hand = make_synthetic(a.tool, n, work)
        cases.append((table_case(n), lib, ["-I", inc, "-I", include]))
        cases.append((hand_case(n), hand, []))

    if selected is not None:
        cases = [c for c in cases if selected.search(c[0])]
        if not cases:
            die(f"--cases {a.cases!r} matches no case")
        header_names = [h for h in header_names if h in {c[0] for c in cases}]

    results = {"order": ["baseline (`<array>`, `<string_view>`)"] + [c[0] for c in cases]}
    # The cases a budget row reads as a ratio to the baseline, whose margins are a few percent: more
    # runs (judged_runs), so that one disturbed pair moves their median less.
    judged = ({check_case(k) for k in a.checks} | {EMBEDDER_CASE, EMBEDDER_WASMTIME_CASE,
              EMBEDDER_WASMTIME_PLAIN_CASE, EMBEDDER_WASMTIME_STD_CASE, range_case(a.ranges),
              singles_case(a.ranges)}
              | {UMBRELLA_CASE, SEQUENCE_CASE, REFLECT_CASE, PFR_CASE})
    versions = {}
    for cxx in a.compilers:
        if not shutil.which(cxx):
            die(f"compiler {cxx} not found")
    build_run_helper(a.compilers[0], work)
    for cxx in a.compilers:
        versions[cxx] = subprocess.run([cxx, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
        compile_once([cxx, *FLAGS, baseline])  # warms the caches
        res = {}
        for name, src, extra in cases:
            m = measure(cxx, src, extra, baseline, judged_runs(a.runs) if name in judged else a.runs)
            res[name] = m
            print(f"{short(cxx):8} {name:60} {m.time:7.3f} s  {m.ratio:5.2f}x  CPU {m.cpu_ratio:5.2f}x"
                  f"  {m.mem_mib:6.0f} MiB", flush=True)
        # The baseline's own row: every baseline run of every pair.
        bt = [t for m in res.values() for t in m.base_times]
        bc = [t for m in res.values() for t in m.base_cpus]
        bm = [x for m in res.values() for x in m.base_mems]
        base = Measurement(bt, bc, bm, bt, bc, bm)
        res[results["order"][0]] = base
        results[cxx] = res

    # The budget rows and the plot of what was measured (all of it unless --cases chose).
    measured = set(results["order"])
    checks = [k for k in a.checks if check_case(k) in measured]
    entities = [n for n in a.entities if table_case(n) in measured and hand_case(n) in measured]
    ranges = a.ranges if use_policy and {range_case(a.ranges), singles_case(a.ranges)} <= measured else 0
    budget_rows = budgets(results, a.compilers, checks, entities, header_names, ranges)
    md = render(results, budget_rows, a.compilers, a.runs, use_policy, versions)
    os.makedirs(results_dir, exist_ok=True)
    write(os.path.join(results_dir, "compile_time.md"), md)
    print()
    print(md)
    if not a.no_plot and checks and entities and UMBRELLA_CASE in measured:
        if plot(results, a.compilers, checks, entities, work, os.path.join(results_dir, "compile_time.png")):
            print(f"wrote {os.path.join(results_dir, 'compile_time.png')}")
    print(f"wrote {os.path.join(results_dir, 'compile_time.md')} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
