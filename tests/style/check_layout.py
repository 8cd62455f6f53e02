#!/usr/bin/env python3
"""The house layout of the headers and of the code that uses them.

  check_layout.py --source DIR

Fails, naming each file and what it breaks, where:
- a hand-written header (include/, not include/wasmtime_tiers/generated/) is over 500 lines;
- the library's headers include each other in a cycle (the cycle is printed);
- a header under include/wasmtime_tiers/detail/ includes a library header outside detail/ (detail/
  is the bottom layer: it includes only detail/ and the standard library);
- a generated header includes a hand-written header outside detail/;
- the tool (outside the generator's own files), the examples, README.md or doc/ name `detail::`:
  users and the tool read the tables through public names only.
First it checks that each rule bites on a planted case.
"""
import argparse
import os
import re
import sys

MAX_LINES = 500
INCLUDE = re.compile(r'^\s*#\s*include\s*<(wasmtime_tiers[^>]*)>', re.M)
# The generator's own files, which write and read the packed layout (detail::) by design.
GENERATOR_FILES = {"generate.cpp", "generate.hpp", "tiers_document.cpp", "tiers_document.hpp",
                   "proposals_document.cpp", "proposals_document.hpp", "add_release.cpp",
                   "add_release.hpp", "text_checks.cpp", "text_checks.hpp"}


def headers(include_dir):
    found = {}
    for folder, dirs, files in os.walk(include_dir):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".hpp"):
                path = os.path.join(folder, f)
                found[os.path.relpath(path, include_dir)] = open(path, encoding="utf-8").read()
    return found


def includes_of(text):
    # The library's own includes; a comment line mentioning an include is not one.
    return [m.group(1) for m in INCLUDE.finditer(text)]


def find_cycle(graph):
    """A cycle of the include graph as a list of headers, or None."""
    state = {}
    stack = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, []):
            if nxt not in graph:
                continue
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def layout_problems(hdrs):
    problems = []
    graph = {name: includes_of(text) for name, text in hdrs.items()}
    for name, text in sorted(hdrs.items()):
        generated = name.startswith("wasmtime_tiers/generated/")
        if not generated and text.count("\n") > MAX_LINES:
            problems.append(f"{name}: {text.count(chr(10))} lines, over {MAX_LINES}")
        for inc in graph[name]:
            if name.startswith("wasmtime_tiers/detail/") and not inc.startswith("wasmtime_tiers/detail/") \
                    and inc != "wasmtime_tiers/version.hpp":
                problems.append(f"{name}: includes <{inc}>, outside detail/")
            if generated and not (inc.startswith("wasmtime_tiers/detail/")
                                  or inc.startswith("wasmtime_tiers/generated/")):
                problems.append(f"{name}: a generated header includes the hand-written <{inc}>")
    cycle = find_cycle(graph)
    if cycle:
        problems.append("include cycle: " + " -> ".join(cycle))
    return problems


def detail_uses(source):
    problems = []
    targets = [os.path.join(source, "README.md")]
    for top in ("tools", "examples", "doc"):
        for folder, dirs, files in os.walk(os.path.join(source, top)):
            dirs.sort()
            targets += [os.path.join(folder, f) for f in sorted(files)
                        if f not in GENERATOR_FILES and not f.endswith(".txt")]
    for path in targets:
        if not os.path.isfile(path):
            continue
        for n, line in enumerate(open(path, encoding="utf-8", errors="replace"), 1):
            if "detail::" in line:
                problems.append(f"{os.path.relpath(path, source)}:{n}: names detail:: "
                                f"({line.strip()[:80]})")
    return problems


def self_test():
    """Each rule reports a planted case."""
    planted = {
        "wasmtime_tiers/a.hpp": "#include <wasmtime_tiers/b.hpp>\n",
        "wasmtime_tiers/b.hpp": "#include <wasmtime_tiers/a.hpp>\n",
        "wasmtime_tiers/detail/c.hpp": "#include <wasmtime_tiers/a.hpp>\n",
        "wasmtime_tiers/generated/d.hpp": "#include <wasmtime_tiers/a.hpp>\n",
        "wasmtime_tiers/long.hpp": "int x;\n" * (MAX_LINES + 1),
        "wasmtime_tiers/ok.hpp": "// #include <wasmtime_tiers/a.hpp> in a comment\n"
                                 "#include <wasmtime_tiers/detail/c.hpp>\n",
    }
    got = "\n".join(layout_problems(planted))
    expected = ["include cycle: wasmtime_tiers/a.hpp -> wasmtime_tiers/b.hpp -> wasmtime_tiers/a.hpp",
                "wasmtime_tiers/detail/c.hpp: includes <wasmtime_tiers/a.hpp>, outside detail/",
                "wasmtime_tiers/generated/d.hpp: a generated header includes the hand-written",
                "wasmtime_tiers/long.hpp: 501 lines"]
    missing = [e for e in expected if e not in got]
    if missing or "ok.hpp" in got:
        print("FAIL: the layout check does not bite on its planted cases:\n" + got)
        return False
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    if not self_test():
        return 1
    hdrs = headers(os.path.join(args.source, "include"))
    if not hdrs:
        print(f"FAIL: no header under {args.source}/include")
        return 1
    problems = layout_problems(hdrs) + detail_uses(args.source)
    for p in problems:
        print("FAIL: " + p)
    if problems:
        return 1
    print(f"PASS: {len(hdrs)} headers: none over {MAX_LINES} lines (generated ones aside), no "
          "include cycle, detail/ includes only detail/, no detail:: in the tool (generator aside), "
          "examples, README.md or doc/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
