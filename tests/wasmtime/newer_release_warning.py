#!/usr/bin/env python3
"""Checks the warning for a Wasmtime newer than every known tier text (selected_release.hpp): with
-Wall, a translation unit that defines WASMTIME_VERSION_MAJOR above the newest known release gets a
warning that names both versions, whether the library's include folder is passed with -I or with
-isystem (as CMake passes an imported target's folders, where compilers hide most warnings); the
newest known release itself gets none; with -Werror the warning stops the build. The warning's
location is the line of selected_release.hpp that holds the deprecated call (the header's GNU line
marker numbers its lines right).

  newer_release_warning.py --compiler CXX --std STD --include DIR
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile


def newest_known(include):
    with open(os.path.join(include, "wasmtime_tiers", "generated", "releases.hpp"), encoding="utf-8") as f:
        m = re.search(r"#define WASMTIME_TIERS_DETAIL_NEWEST_RELEASE (\d+)", f.read())
    if not m:
        raise SystemExit("FAIL: no WASMTIME_TIERS_DETAIL_NEWEST_RELEASE in generated/releases.hpp")
    return int(m.group(1))


def warning_line(include):
    """The line of selected_release.hpp whose deprecated call the warning reports."""
    with open(os.path.join(include, "wasmtime_tiers", "selected_release.hpp"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if "newer_than_known_release_warning =" in line:
                return n
    raise SystemExit("FAIL: no newer_than_known_release_warning in selected_release.hpp")


def compile_tu(a, version, include_flag, werror=False):
    src = (f"#define WASMTIME_VERSION_MAJOR {version}\n"
           "#include <wasmtime_tiers/wasmtime.hpp>\n"
           f"static_assert(wasmtime_tiers::selected_release::major <= {version});\n")
    with tempfile.NamedTemporaryFile("w", suffix=".cpp", delete=False) as f:
        f.write(src)
        path = f.name
    try:
        cmd = [a.compiler, f"-std={a.std}", "-fsyntax-only", "-Wall", "-Wextra", "-Wpedantic",
               include_flag, a.include, path] + (["-Werror"] if werror else [])
        return subprocess.run(cmd, capture_output=True, text=True)
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--compiler", required=True)
    ap.add_argument("--std", required=True)
    ap.add_argument("--include", required=True)
    a = ap.parse_args()
    newest = newest_known(a.include)
    at = warning_line(a.include)
    failures = []
    for flag in ("-I", "-isystem"):
        for newer in (newest + 1, newest + 20):
            r = compile_tu(a, newer, flag)
            warnings = [l for l in r.stderr.splitlines() if "warning" in l]
            want = (f"the included Wasmtime (WASMTIME_VERSION_MAJOR {newer}) is newer than the newest "
                    f"tier table this library knows (Wasmtime {newest})")
            if r.returncode != 0:
                failures.append(f"{flag} {newer}: does not compile:\n{r.stderr}")
            elif not any(want in l for l in warnings):
                failures.append(f"{flag} {newer}: no warning line with {want!r}:\n{r.stderr}")
            else:
                line = next(l for l in warnings if want in l)
                m = re.search(r"selected_release\.hpp:(\d+):", line)
                if not m or int(m.group(1)) != at:
                    failures.append(f"{flag} {newer}: the warning is not located at selected_release.hpp:"
                                    f"{at}, the line of the deprecated call: {line[:160]}")
                else:
                    print(f"ok {flag} Wasmtime {newer}: {line[:160]}...")
            r = compile_tu(a, newer, flag, werror=True)
            if r.returncode == 0:
                failures.append(f"{flag} {newer}: -Werror did not stop the build")
        r = compile_tu(a, newest, flag)
        if r.returncode != 0 or "warning" in r.stderr:
            failures.append(f"{flag} {newest} (known): expected no warning:\n{r.stderr}")
        else:
            print(f"ok {flag} Wasmtime {newest}: no warning")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
