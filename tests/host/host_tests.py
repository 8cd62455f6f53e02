#!/usr/bin/env python3
"""target::host, proven on real compilers for other targets (CTest label "host").

  host_tests.py --mode cross|musl|clang-target --compiler CXX [--target TRIPLE] --expect TAG|error
                --include DIR

  cross         a Debian cross compiler (aarch64-linux-gnu-g++, x86_64-w64-mingw32-g++, ...) with
                its own C++ and C library: the probe compiles, with target::host the entity TAG.
  musl          Clang for x86_64-linux-musl with musl's headers (musl-dev) before any other C
                library, so that <climits> is musl's and __GLIBC__ is not defined: the entity
                TAG (x86_64_unknown_linux_musl).
  clang-target  clang++ -target TRIPLE, for targets Debian has no C library for (Android, Apple,
                FreeBSD, illumos, MSVC, ...): host.hpp is preprocessed with the compiler's own
                predefined macros for TRIPLE (the C++ headers it includes are empty stand-ins,
                which hold no target macro), and target::host must be declared as TAG; with
                --expect error, host.hpp's #error naming WASMTIME_TIERS_TARGET must fire.

A compiler that is not installed is a skip (exit 77) with the reason (scripts/install-deps.sh
--tests installs them).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
PROBE = """#include <wasmtime_tiers/host.hpp>
#include <type_traits>
static_assert(std::is_same_v<wasmtime_tiers::target::host, wasmtime_tiers::target::{tag}>,
              "target::host is not {tag}");
"""


def standard_headers(include):
    """Every standard header the library's headers name (#include <name>, no folder)."""
    names = set()
    for root, _, files in os.walk(include):
        for f in files:
            with open(os.path.join(root, f), encoding="utf-8") as h:
                names.update(re.findall(r"^\s*#\s*include\s*<([a-z_]+)>", h.read(), re.M))
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", required=True, choices=["cross", "musl", "clang-target"])
    ap.add_argument("--compiler", required=True)
    ap.add_argument("--target")
    ap.add_argument("--expect", required=True)
    ap.add_argument("--include", required=True)
    a = ap.parse_args()

    compiler = shutil.which(a.compiler)
    if not compiler:
        print(f"skipped: {a.compiler} is not installed (scripts/install-deps.sh --tests installs it)")
        return SKIP
    work = tempfile.mkdtemp(prefix="wasmtime-tiers-host-")
    try:
        probe = os.path.join(work, "probe.cpp")
        if a.mode in ("cross", "musl"):
            with open(probe, "w") as f:
                f.write(PROBE.format(tag=a.expect))
            cmd = [compiler, "-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-Werror", "-I", a.include]
            if a.mode == "musl":
                musl = "/usr/include/x86_64-linux-musl"
                if not os.path.isfile(os.path.join(musl, "limits.h")):
                    print(f"skipped: musl's headers are not installed ({musl}; Debian package musl-dev)")
                    return SKIP
                # libstdc++'s headers with musl's C library first: -nostdlibinc drops glibc's.
                cxx = "/usr/include/c++/12"
                cmd += ["-target", "x86_64-linux-musl", "-nostdinc++", "-nostdlibinc", "-isystem", cxx,
                        "-isystem", "/usr/include/x86_64-linux-gnu/c++/12", "-isystem", musl,
                        "-D__GLIBC_PREREQ(major,minor)=0"]  # libstdc++'s glibc test, false on musl
            r = subprocess.run(cmd + [probe], capture_output=True, text=True)
            if r.returncode != 0:
                print(f"FAIL: target::host is not {a.expect} for {a.compiler}:\n{' '.join(cmd)}\n{r.stderr}")
                return 1
            print(f"ok: {a.compiler}{' for ' + a.target if a.target else ''}: target::host is {a.expect}")
            return 0

        # clang-target: the target's predefined macros, stand-ins for the standard headers.
        stubs = os.path.join(work, "std")
        os.makedirs(stubs)
        for name in standard_headers(a.include):
            open(os.path.join(stubs, name), "w").close()
        with open(probe, "w") as f:
            f.write("#include <wasmtime_tiers/host.hpp>\n")
        cmd = [compiler, "-target", a.target, "-std=c++20", "-E", "-P", "-nostdinc++", "-nostdlibinc",
               "-isystem", stubs, "-I", a.include, probe]
        r = subprocess.run(cmd, capture_output=True, text=True)
        declared = re.findall(r"using host = (\w+);", r.stdout)
        if a.expect == "error":
            if r.returncode == 0 or "WASMTIME_TIERS_TARGET" not in r.stderr or declared:
                print(f"FAIL: {a.target}: expected host.hpp's #error naming WASMTIME_TIERS_TARGET, "
                      f"got exit {r.returncode}, host {declared}:\n{r.stderr}")
                return 1
            print(f"ok: {a.target}: #error naming WASMTIME_TIERS_TARGET, as documented")
            return 0
        if r.returncode != 0 or declared != [a.expect]:
            print(f"FAIL: {a.target}: target::host is {declared}, expected {a.expect}:\n{' '.join(cmd)}\n{r.stderr}")
            return 1
        print(f"ok: clang++ -target {a.target}: target::host is {a.expect}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
