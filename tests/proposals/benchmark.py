#!/usr/bin/env python3
"""Compile-time cost of the proposal matrix: time and peak memory of `-fsyntax-only` on small
translation units, median of --runs runs each. Prints figures; asserts nothing about them.

  benchmark.py --cxx COMPILER -I INCLUDE_DIR [--runs N]
"""
import argparse
import os
import statistics
import subprocess
import tempfile

RELEASES = list(range(27, 49))
PROPOSALS = ["simd", "gc", "threads", "component_model", "memory64", "exception_handling",
             "function_references", "relaxed_simd", "tail_call", "multi_memory"]
CHECKS = ["phase_4", "tests", "finished", "fuzzed", "api", "c_api"]


def queries(n):
    """n distinct check_of instantiations, each compared in a static_assert against itself at run
    time's value (the comparison is with the value computed by detail::check_at)."""
    lines = []
    k = 0
    for r in RELEASES:
        for p in PROPOSALS:
            for c in CHECKS:
                if k == n:
                    return "\n".join(lines)
                lines.append(f"static_assert(wt::check_of<wt::wasm::{p}, wt::proposal_check::{c}, wt::release<{r}>> =="
                             f" wt::detail::check_at(wt::detail::proposals_of({r}), wt::id_of<wt::wasm::{p}>,"
                             f" wt::proposal_check::{c}));")
                k += 1
    return "\n".join(lines)


CASES = [
    ("<string_view> only (baseline)", "#include <string_view>\n"),
    ("table.hpp (the tiers tables)", "#include <wasmtime_tiers/table.hpp>\n"),
    ("table.hpp + proposal_matrix.hpp", "#include <wasmtime_tiers/table.hpp>\n#include <wasmtime_tiers/proposal_matrix.hpp>\n"),
]
for n in (100, 1000):
    CASES.append((f"... + {n} check_of queries",
                  "#include <wasmtime_tiers/table.hpp>\n#include <wasmtime_tiers/proposal_matrix.hpp>\n"
                  "namespace wt = wasmtime_tiers;\n" + queries(n) + "\n"))
CASES.append(("... + 100 checks_lacking_of",
              "#include <wasmtime_tiers/table.hpp>\n#include <wasmtime_tiers/proposal_matrix.hpp>\n"
              "namespace wt = wasmtime_tiers;\n" +
              "\n".join(f"static_assert(wt::checks_lacking_of<wt::wasm::{p}, wt::release<{r}>> <= wt::all_checks);"
                        for r in RELEASES[:10] for p in PROPOSALS) + "\n"))


def measure(cxx, include, source, runs):
    times, rss = [], []
    with tempfile.NamedTemporaryFile("w", suffix=".cpp", delete=False) as f:
        f.write(source)
        path = f.name
    try:
        for _ in range(runs):
            proc = subprocess.Popen([cxx, "-std=c++20", "-fsyntax-only", "-I", include, path],
                                    stderr=subprocess.PIPE)
            _, status, usage = os.wait4(proc.pid, 0)
            err = proc.stderr.read().decode()
            proc.stderr.close()
            if status != 0:
                raise SystemExit(f"compilation failed:\n{err[:2000]}")
            times.append(usage.ru_utime + usage.ru_stime)
            rss.append(usage.ru_maxrss / 1024.0)
    finally:
        os.unlink(path)
    return statistics.median(times), statistics.median(rss)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cxx", required=True)
    ap.add_argument("-I", dest="include", required=True)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    version = subprocess.run([a.cxx, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    print(f"{version}; -std=c++20 -fsyntax-only; median of {a.runs} runs (user+sys CPU time, peak RSS)")
    print(f"{'translation unit':44} {'time s':>8} {'RSS MiB':>8}")
    for name, source in CASES:
        t, m = measure(a.cxx, a.include, source, a.runs)
        print(f"{name:44} {t:8.3f} {m:8.1f}")


if __name__ == "__main__":
    main()
