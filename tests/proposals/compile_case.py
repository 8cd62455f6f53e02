#!/usr/bin/env python3
"""A "must not compile" case: FILE compiles as it is, and with -DWASMTIME_TIERS_EXPECT_FAIL it
fails with an error matching --expect (so a typo that breaks both builds does not pass).

  compile_case.py --cxx COMPILER --expect REGEX [-I DIR]... FILE
"""
import argparse
import re
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("--cxx", required=True)
ap.add_argument("--expect", required=True)
ap.add_argument("-I", action="append", default=[])
ap.add_argument("file")
a = ap.parse_args()
base = [a.cxx, "-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-fsyntax-only"]
base += [f"-I{d}" for d in a.I]
ok = subprocess.run(base + [a.file], capture_output=True, text=True)
if ok.returncode != 0:
    print(f"FAIL: {a.file} does not compile as it is:\n{ok.stderr[:3000]}")
    sys.exit(1)
bad = subprocess.run(base + ["-DWASMTIME_TIERS_EXPECT_FAIL", a.file], capture_output=True, text=True)
if bad.returncode == 0:
    print(f"FAIL: {a.file} compiled with WASMTIME_TIERS_EXPECT_FAIL")
    sys.exit(1)
errors = [l for l in bad.stderr.splitlines() if "error" in l or "note" in l or "because" in l]
if not re.search(a.expect, bad.stderr):
    print(f"FAIL: the error does not match {a.expect!r}:\n" + "\n".join(errors[:20]))
    sys.exit(1)
print(f"ok: {a.file}: compiles as it is; with WASMTIME_TIERS_EXPECT_FAIL fails with:")
print("\n".join(errors[:6]))
