#!/usr/bin/env python3
"""The documented Wasmtime code (doc/wasmtime.md, given as --readme), compiled against Wasmtime's
released headers (../shared/upstream/wasmtime-c-api) with the conf.h the text says it assumes. Each ```cpp block after a comment

  <!-- readme-check: compiles with Wasmtime 48 defaults -->
  <!-- readme-check: fails with Wasmtime 48 defaults, first error naming wasm::threads -->

is compiled as it stands (-Wall -Wextra -Wpedantic -Werror): the first must compile; the second
must fail, with a first error line that names the entity (in the words of the compiler in use:
--mode gcc|clang|computed). Where the README shows that error in a ```text block right after, and
a compiler with computed static_assert messages is at hand (--computed-compiler, C++26), the
message shown must be what it prints. `defaults` is the release build (every feature whose default
is ON), `none` nothing, else the WASMTIME_FEATURE_* names to define.

  readme_wasmtime.py --readme doc/wasmtime.md --compiler CXX --mode MODE --std c++20 --include INCLUDE
                     --upstream ../shared/upstream --work DIR [--computed-compiler clang++-19]
Exit 77 (skipped) where the released headers are absent.
"""
import argparse
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "wasmtime"))
import c_api  # noqa: E402

CHECK = re.compile(r"<!-- readme-check: (compiles|fails) with Wasmtime (\d+) ([\w ]+?)"
                   r"(?:, first error naming ([\w:]+))? -->\n```cpp\n(.*?)```\n(?:\n```text\n(.*?)```\n)?", re.S)


def first_error(stderr):
    errors = [l for l in stderr.splitlines() if re.search(r"\berror\b", l)]
    return errors[0] if errors else ""


def names(mode, entity, line):
    if mode == "computed":
        return re.search(r"\b" + re.escape(entity.split("::")[-1].replace("_", "-")) + r" is Tier", line)
    return re.search(r"entity_below_policy_tier.*wasmtime_tiers::" + re.escape(entity) + r"\b", line)


def main():
    ap = argparse.ArgumentParser()
    for opt in ("--readme", "--compiler", "--mode", "--std", "--include", "--upstream", "--work"):
        ap.add_argument(opt, required=True)
    ap.add_argument("--computed-compiler")
    a = ap.parse_args()
    with open(a.readme, encoding="utf-8") as f:
        blocks = CHECK.findall(f.read())
    if not blocks:
        print(f"FAIL: {a.readme} has no <!-- readme-check: ... --> block")
        return 1
    if not os.path.isdir(c_api.c_api_dir(a.upstream)):
        print(f"skipped: Wasmtime's released headers are not here ({c_api.c_api_dir(a.upstream)})")
        return c_api.SKIP
    failed = 0
    for n, (verdict, major, build, entity, code, shown) in enumerate(blocks, 1):
        major = int(major)
        sets = c_api.feature_sets(a.upstream, major)
        macros = sets[build] if build in sets else ["WASMTIME_FEATURE_" + w for w in build.split()]
        conf = c_api.write_conf(a.upstream, major, macros, os.path.join(a.work, f"block{n}"))
        src = os.path.join(a.work, f"block{n}.cpp")
        with open(src, "w", encoding="utf-8") as f:
            f.write(code)
        flags = ["-fsyntax-only", "-Wall", "-Wextra", "-Wpedantic", "-Werror", f"-I{a.include}"]
        flags += c_api.include_flags(a.upstream, major, conf)
        r = subprocess.run([a.compiler, f"-std={a.std}"] + flags + [src], capture_output=True, text=True)
        what = f"block {n} ({verdict} with Wasmtime {major} {build})"
        if verdict == "compiles":
            if r.returncode != 0:
                print(f"FAIL: {what} does not compile:\n{r.stderr[-4000:]}")
                failed += 1
            else:
                print(f"ok: {what} compiles")
            continue
        line = first_error(r.stderr)
        if r.returncode == 0 or not names(a.mode, entity, line):
            print(f"FAIL: {what}: the first error line does not name {entity}:\n{line or r.stderr[-3000:]}")
            failed += 1
            continue
        print(f"ok: {what} fails; first error line:\n{line}")
        if shown:
            message = shown.strip().split("': ", 1)[-1] if "': " in shown else shown.strip().split(": ", 2)[-1]
            if not a.computed_compiler:
                print("  (the message shown is not compared: no compiler with computed static_assert "
                      "messages here; install clang-19)")
                continue
            c = subprocess.run([a.computed_compiler, "-std=c++2c"] + flags + [src], capture_output=True, text=True)
            computed = first_error(c.stderr)
            if message not in computed:
                print(f"FAIL: {what}: README shows\n  {message}\nbut {a.computed_compiler} -std=c++2c prints\n  {computed}")
                failed += 1
            else:
                print(f"ok: the message README shows is {a.computed_compiler}'s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
