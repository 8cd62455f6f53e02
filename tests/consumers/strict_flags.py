#!/usr/bin/env python3
"""The headers and the examples under a strict user's flags, included with -I (not -isystem).

  strict_flags.py --compiler CXX --std c++20 --source DIR --work DIR [--flags "FLAGS"]
                  [--upstream ../shared/upstream]

Each translation unit starts with `int s, r, all, i, set, id, F;` at global scope (names a user's code
may well have) and is compiled with -Wall -Wextra -Wpedantic -Wshadow -Wconversion
-Wsign-conversion -Wold-style-cast -Wundef -Werror:
- every public header, then tests/consumers/strict/instantiate.cpp, which instantiates their
  templates;
- each example (examples/*.cpp, and examples/embedder/main.cpp against Wasmtime 48's released
  headers with the conf.h of its release build, as -isystem headers; skipped, with the reason,
  where --upstream has none).
And below C++20 (-std=c++17), the umbrella header and every public header alone stop with the
error "wasmtime-tiers needs C++20 (-std=c++20)" before any other.
"""
import argparse
import concurrent.futures
import glob
import os
import shlex
import subprocess
import sys

STRICT = ["-Wall", "-Wextra", "-Wpedantic", "-Wshadow", "-Wconversion", "-Wsign-conversion",
          "-Wold-style-cast", "-Wundef", "-Werror"]
GLOBALS = "int s, r, all, i, set, id, F;\n"
CXX20_ERROR = "wasmtime-tiers needs C++20 (-std=c++20)"

ap = argparse.ArgumentParser()
ap.add_argument("--compiler", required=True)
ap.add_argument("--std", required=True)
ap.add_argument("--source", required=True)
ap.add_argument("--work", required=True)
ap.add_argument("--flags", default="")
ap.add_argument("--upstream", default="")
a = ap.parse_args()
a.source = os.path.abspath(a.source)
sys.path.insert(0, os.path.join(a.source, "tests", "wasmtime"))
import c_api  # noqa: E402

include = os.path.join(a.source, "include")
headers = [os.path.join(include, "wasmtime_tiers.hpp")] + sorted(glob.glob(os.path.join(include, "wasmtime_tiers", "*.hpp")))
names = [os.path.relpath(h, include) for h in headers]
user_flags = shlex.split(a.flags)
os.makedirs(a.work, exist_ok=True)


def source(name, text):
    path = os.path.join(a.work, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def compile_tu(path, std, extra=()):
    cmd = [a.compiler, f"-std={std}", *user_flags, *STRICT, "-I", include, *extra, "-fsyntax-only", path]
    r = subprocess.run(cmd, capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr, " ".join(cmd)


# (what, file, standard, extra flags, expects the C++20 error)
jobs = []
everything = GLOBALS + "".join(f"#include <{n}>\n" for n in names)
everything += f'#include "{os.path.join(a.source, "tests", "consumers", "strict", "instantiate.cpp")}"\n'
jobs.append(("every public header, instantiated", source("all_headers.cpp", everything), a.std, (), False))
for example in sorted(glob.glob(os.path.join(a.source, "examples", "*.cpp"))):
    name = os.path.basename(example)
    jobs.append((f"examples/{name}", source(f"example_{name}", GLOBALS + f'#include "{example}"\n'), a.std, (), False))
embedder = os.path.join(a.source, "examples", "embedder", "main.cpp")
if os.path.isdir(c_api.include_dir(a.upstream, 48)):
    conf = c_api.write_conf(a.upstream, 48, c_api.feature_sets(a.upstream, 48)["defaults"],
                            os.path.join(a.work, "wasmtime48"))
    jobs.append(("examples/embedder/main.cpp", source("example_embedder.cpp", GLOBALS + f'#include "{embedder}"\n'),
                 a.std, tuple(c_api.include_flags(a.upstream, 48, conf)), False))
else:
    print(f"skipped: examples/embedder/main.cpp (no Wasmtime 48 headers at {c_api.include_dir(a.upstream, 48)})")
for n in names:
    stem = n.replace("/", "_").replace(".hpp", "")
    jobs.append((f"<{n}> in C++17", source(f"cxx17_{stem}.cpp", f"#include <{n}>\nint main() {{}}\n"), "c++17", (),
                 True))

failures = 0
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(lambda j: (j, compile_tu(j[1], j[2], j[3])), jobs))
for (what, path, std, extra, wants_error), (rc, out, cmd) in results:
    if wants_error:
        errors = [line for line in out.splitlines() if "error" in line]
        if rc == 0 or not errors or CXX20_ERROR not in errors[0]:
            failures += 1
            first = errors[0] if errors else "(none)"
            print(f"FAIL: {what}: the first error is not '{CXX20_ERROR}' but: {first}\n  {cmd}")
        else:
            print(f"ok: {what}: {errors[0].strip()}")
    elif rc != 0:
        failures += 1
        print(f"FAIL: {what} under the strict flags:\n  {cmd}\n{out}")
    else:
        print(f"ok: {what}: no warning")
print(f"{len(jobs) - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
