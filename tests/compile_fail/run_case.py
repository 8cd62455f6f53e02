#!/usr/bin/env python3
"""Runs one compile-fail case: the file must compile as it is (the twin), and must fail to compile
with -DWASMTIME_TIERS_EXPECT_FAIL, with a first error line that matches the case's expectation for
this compiler, and no further error line that is not the report of another violation (a false
follow-on error misleads a reader who starts from the last one). A case file declares, in its
leading comments:

  // kind: what is violated
  // flags: extra compiler flags for both compilations (optional)
  // expect-gcc: a regular expression for GCC's first error line (GCC before 14)
  // expect-clang: the same for Clang before computed static_assert messages
  // expect-computed: the same where static_assert messages are computed (C++26: GCC 14, Clang 17)
  // expect-MODE: compiles (why)   in that mode the case is no violation: both compilations must
  //                               succeed (e.g. a header the umbrella includes only there)
  // wasmtime: 48 defaults      Wasmtime's real headers of a release (../shared/upstream/
  //                            wasmtime-c-api/v48/include) with the conf.h of a build: "defaults"
  //                            (the release build), or the WASMTIME_FEATURE_* names to define
  //                            ("44 CRANELIFT": only Cranelift); a release before 22 has no conf.h
  // wasmtime-fail: 22 GC ...   another build for the compilation that must fail (optional)

  run_case.py --compiler CXX --mode gcc|clang|computed --std STD -I DIR ...
              [--upstream ../shared/upstream --work DIR] CASE.cpp
A case with a `wasmtime:` line is skipped (exit 77, with the reason) where --upstream has no
Wasmtime headers.
"""
import argparse
import os
import re
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "wasmtime"))
import c_api  # noqa: E402


def wasmtime_flags(spec, upstream, work, what):
    """The include flags of the Wasmtime build a `wasmtime:` line names ("48 defaults")."""
    words = spec.split()
    major = int(words[0])
    if not os.path.isdir(c_api.include_dir(upstream, major)):
        raise FileNotFoundError(c_api.include_dir(upstream, major))
    sets = c_api.feature_sets(upstream, major)
    if "no-conf.h" in sets:
        macros = None
    elif words[1:] == ["defaults"]:
        macros = sets["defaults"]
    else:
        macros = ["WASMTIME_FEATURE_" + w for w in words[1:]]
        unknown = set(macros) - set(c_api.cmakedefines(upstream, major))
        if unknown:
            raise SystemExit(f"FAIL: Wasmtime {major}'s conf.h.in has no {sorted(unknown)}")
    conf = c_api.write_conf(upstream, major, macros, os.path.join(work, what))
    return c_api.include_flags(upstream, major, conf)


# What a report of a violation looks like: one of the library's diagnostic names (GCC's deleted
# function, Clang's failed requirement), or, where messages are computed, one of the sentences of
# explain() and of the waiver checks.
REPORT_NAME = re.compile(r"wasmtime_tiers::diagnostic::\w+")
REPORT_SENTENCE = re.compile(
    r"static assertion failed.*: (\S+ is Tier \d|\S+ is on the unsupported list|\S+ is not in the tier"
    r" table|\S+ fails proposal checks|the waiver for |no waiver can accept |\S+ is waived twice)")


def is_violation_report(line, mode):
    return bool(REPORT_NAME.search(line) or (mode == "computed" and REPORT_SENTENCE.search(line)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--compiler", required=True)
    ap.add_argument("--mode", required=True, choices=["gcc", "clang", "computed"])
    ap.add_argument("--std", required=True)
    ap.add_argument("-I", dest="includes", action="append", default=[])
    ap.add_argument("--upstream", help="../shared/upstream (Wasmtime's released headers)")
    ap.add_argument("--work", help="a folder for the conf.h files of `wasmtime:` lines")
    ap.add_argument("case")
    a = ap.parse_args()

    meta = {}
    with open(a.case, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"//\s*(kind|flags|expect-gcc|expect-clang|expect-computed|wasmtime|wasmtime-fail):\s*(.*)$",
                         line)
            if m:
                meta[m.group(1)] = m.group(2).strip()
    expect = meta.get("expect-" + a.mode)
    if not expect:
        print(f"FAIL: {a.case} has no 'expect-{a.mode}:' line")
        return 1
    base = [a.compiler, f"-std={a.std}", "-fsyntax-only", "-Wall", "-Wextra", "-Wpedantic", "-Werror"]
    base += [f"-I{d}" for d in a.includes] + shlex.split(meta.get("flags", ""))

    twin_flags = fail_flags = []
    if "wasmtime" in meta:
        name = os.path.splitext(os.path.basename(a.case))[0]
        work = os.path.join(a.work or ".", name)
        try:
            twin_flags = wasmtime_flags(meta["wasmtime"], a.upstream or "", work, "twin")
            fail_flags = wasmtime_flags(meta.get("wasmtime-fail", meta["wasmtime"]), a.upstream or "", work, "fail")
        except FileNotFoundError as e:
            print(f"skipped: the case needs Wasmtime's released headers ({e} is missing; the project's "
                  "CI has ../shared beside the clone)")
            return c_api.SKIP
    twin = subprocess.run(base + twin_flags + [a.case], capture_output=True, text=True)
    if twin.returncode != 0:
        print(f"FAIL: the twin (without WASMTIME_TIERS_EXPECT_FAIL) does not compile:\n{twin.stderr}")
        return 1
    bad = subprocess.run(base + fail_flags + ["-DWASMTIME_TIERS_EXPECT_FAIL", a.case], capture_output=True, text=True)
    if expect.startswith("compiles"):
        if bad.returncode != 0:
            print(f"FAIL: expected to compile in mode {a.mode} ({expect}):\n{bad.stderr}")
            return 1
        print(f"ok ({meta.get('kind', '?')}): compiles in mode {a.mode}: {expect}")
        return 0
    if bad.returncode == 0:
        print("FAIL: the violation compiled")
        return 1
    errors = [l for l in bad.stderr.splitlines() if re.search(r"\berror:", l)]
    if not errors:
        print(f"FAIL: compilation failed without an error line:\n{bad.stderr}")
        return 1
    first = errors[0]
    if not re.search(expect, first):
        print(f"FAIL: the first error line does not match {expect!r}:\n{first}\n\nfull output:\n{bad.stderr}")
        return 1
    false_errors = [l for l in errors[1:] if not is_violation_report(l, a.mode)]
    if false_errors:
        print(f"FAIL: an error line after the first is not the report of another violation:\n"
              f"{false_errors[0]}\n\nfull output:\n{bad.stderr}")
        return 1
    print(f"ok ({meta.get('kind', '?')}): twin compiles; first error line:\n{first}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
