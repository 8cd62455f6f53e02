#!/usr/bin/env python3
"""The project's C++ style: every hand-written source file as clang-format-14 would write it.

  check_format.py --source DIR [--clang-format PATH] [--list]

Runs `clang-format --dry-run --Werror` with the project's .clang-format over every C++ file under
include/ (not include/wasmtime_tiers/generated/, which the generator writes), tools/, tests/,
examples/ and benchmarks/, and prints each file it would change. First it checks that the check
bites: a deliberately misformatted snippet, read as a file of the tree, must be reported. Exits 77
(skipped, with the reason) where clang-format-14 is not installed.
"""
import argparse
import os
import shutil
import subprocess
import sys

TOPS = ["include", "tools", "tests", "examples", "benchmarks"]
SUFFIXES = (".hpp", ".cpp", ".h", ".hh", ".cc")
GENERATED = os.path.join("include", "wasmtime_tiers", "generated")
MISFORMATTED = "namespace wasmtime_tiers {\nint  f( int* a ){return *a;}\n}\n"


def hand_written_sources(source):
    found = []
    for top in TOPS:
        for folder, dirs, files in os.walk(os.path.join(source, top)):
            rel = os.path.relpath(folder, source)
            if rel == GENERATED or rel.startswith(GENERATED + os.sep):
                dirs[:] = []
                continue
            dirs.sort()
            found += [os.path.join(folder, f) for f in sorted(files) if f.endswith(SUFFIXES)]
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True)
    ap.add_argument("--clang-format", default="clang-format-14")
    ap.add_argument("--list", action="store_true", help="print the files checked and stop")
    args = ap.parse_args()

    files = hand_written_sources(args.source)
    if args.list:
        print("\n".join(os.path.relpath(f, args.source) for f in files))
        return 0
    if not os.path.isfile(os.path.join(args.source, ".clang-format")):
        print(f"FAIL: {args.source}/.clang-format is missing")
        return 1
    if not files:
        print(f"FAIL: no C++ source under {args.source}/{{{','.join(TOPS)}}}")
        return 1
    tool = shutil.which(args.clang_format)
    if tool is None:
        print(f"skipped: {args.clang_format} is not installed (Debian package clang-format-14; "
              "scripts/install-deps.sh --tests installs it)")
        return 77

    # The check bites: a misformatted file of the tree is reported.
    probe = os.path.join(args.source, "include", "wasmtime_tiers", "style_probe.hpp")
    r = subprocess.run([tool, "--dry-run", "--Werror", "--style=file", "--assume-filename=" + probe],
                       input=MISFORMATTED, capture_output=True, text=True)
    if r.returncode == 0 or "code should be clang-formatted" not in r.stderr:
        print(f"FAIL: {tool} did not report a misformatted snippet (exit {r.returncode}):\n"
              f"{r.stderr}")
        return 1

    bad = []
    # A few dozen files an invocation keeps the command lines short.
    for i in range(0, len(files), 40):
        chunk = files[i:i + 40]
        r = subprocess.run([tool, "--dry-run", "--Werror", "--style=file"] + chunk,
                           capture_output=True, text=True)
        if r.returncode != 0:
            for line in r.stderr.splitlines():
                if "error: code should be clang-formatted" in line:
                    path = line.split(":", 1)[0]
                    rel = os.path.relpath(path, args.source)
                    if rel not in bad:
                        bad.append(rel)
            if not bad:
                print(f"FAIL: {tool} exited {r.returncode}:\n{r.stderr}")
                return 1
    if bad:
        print(f"FAIL: {len(bad)} of {len(files)} files are not formatted as .clang-format says:")
        for rel in bad:
            print("  " + rel)
        print(f"Format them with: {os.path.basename(tool)} -i <file>... (or every file: "
              f"python3 tests/style/check_format.py --source . --list | xargs {os.path.basename(tool)} -i)")
        return 1
    print(f"PASS: {len(files)} files formatted as .clang-format says ({tool})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
