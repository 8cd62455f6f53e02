#!/usr/bin/env python3
"""Checks leave no trace in the object file.

  section_sizes.py --size SIZE --objcopy OBJCOPY --without A.o --with B.o --control C.o

A.o is an embedder's configuration code without wasmtime-tiers, B.o the same code with every check
(benchmarks/compile_time/embedder.cpp), C.o the checks plus one use of the tables at run time.
The test requires A and B to have the same sections of code and data (.text*, .data*, .rodata*,
.bss*, thread-local ones included), of the same sizes and with the same bytes, and C to differ
from A in their sizes: the comparison must see a trace where there is one.
"""
import argparse
import os
import subprocess
import sys
import tempfile

FAMILIES = {".text": "text", ".rodata": "rodata", ".data": "data", ".tdata": "data",
            ".bss": "bss", ".tbss": "bss"}


def family(section):
    for prefix, fam in FAMILIES.items():
        if section == prefix or section.startswith(prefix + "."):
            return fam
    return None


def sections(size_tool, obj):
    """{section name: size} of the code and data sections of obj (`size -A`)."""
    out = subprocess.run([size_tool, "-A", obj], capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1].isdigit() and family(parts[0]):
            found[parts[0]] = int(parts[1])
    return found


def contents(objcopy, obj, section):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "section.bin")
        subprocess.run([objcopy, "-O", "binary", f"--only-section={section}", obj, out], check=True)
        with open(out, "rb") as f:
            return f.read()


def totals(secs):
    t = {fam: 0 for fam in sorted(set(FAMILIES.values()))}
    for name, size in secs.items():
        t[family(name)] += size
    return t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", required=True)
    ap.add_argument("--objcopy", required=True)
    ap.add_argument("--without", required=True)
    ap.add_argument("--with", dest="with_", required=True)
    ap.add_argument("--control", required=True)
    a = ap.parse_args()

    objs = {"without checks": a.without, "with checks": a.with_, "control": a.control}
    secs = {k: sections(a.size, v) for k, v in objs.items()}
    tot = {k: totals(v) for k, v in secs.items()}
    fams = list(tot["without checks"])
    print(f"{'object':16}" + "".join(f"{f:>9}" for f in fams))
    for k in objs:
        print(f"{k:16}" + "".join(f"{tot[k][f]:>9}" for f in fams))

    failures = []
    if tot["without checks"]["text"] == 0:
        failures.append("the object without checks has no code: the comparison would prove nothing")
    if secs["with checks"] != secs["without checks"]:
        failures.append(f"the checks changed the sections: without {secs['without checks']}, "
                        f"with {secs['with checks']}")
    else:
        for name in secs["without checks"]:
            if family(name) != "bss" and contents(a.objcopy, a.without, name) != contents(a.objcopy, a.with_, name):
                failures.append(f"the checks changed the bytes of {name}")
    if tot["control"] == tot["without checks"]:
        failures.append("the control, which uses the tables at run time, has the same sizes as the "
                        "object without checks: the comparison cannot see a trace")
    for f in failures:
        print("FAIL: " + f)
    if failures:
        sys.exit(1)
    print(f"ok: the checks leave no trace in {len(secs['with checks'])} code and data sections; "
          "the control's trace is seen")


if __name__ == "__main__":
    main()
