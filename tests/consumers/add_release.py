#!/usr/bin/env python3
"""wasmtime_tiers_add_release() in an installed-package consumer (find_package after cmake --install).

  add_release.py --prefix PREFIX --upstream DIR --source DIR --work DIR [--cmake-arg ARG]...

The Wasmtime 49 texts are made here from the newest shipped text (never committed): one with
threads moved from Tier 2 to Tier 1, one with threads moved to Tier 3 (to check that a changed text
is generated again), and one with an unknown requirement phrase, whose build must fail with the
generator's FILE:LINE message. Exits 77 (skipped) without Wasmtime's shipped texts.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("--prefix", required=True)
ap.add_argument("--upstream", required=True)
ap.add_argument("--source", required=True)
ap.add_argument("--work", required=True)
ap.add_argument("--cmake-arg", action="append", default=[])
a = ap.parse_args()

newest = os.path.join(a.upstream, "wasmtime-stability-tiers", "v48.md")
if not os.path.isfile(newest):
    print(f"SKIPPED: Wasmtime's shipped texts are not at {os.path.dirname(newest)} (they come with "
          "../shared, which CI has and a user's clone does not)")
    sys.exit(77)
if not os.path.isfile(os.path.join(a.prefix, "bin", "wasmtime-tiers")):
    print(f"FAIL: no installed wasmtime-tiers under {a.prefix}/bin (the consumers.install test installs it)")
    sys.exit(1)

text = open(newest, encoding="utf-8").read()
row = re.search(r"^\| WebAssembly Proposal \| \[`threads`\] *\| fuzzing, API quality *\|\n", text, re.M)
if not row:
    print("FAIL: the newest text has no Tier 2 threads row to move")
    sys.exit(1)
without = text[: row.start()] + text[row.end():]
tier1_anchor = re.search(r"^\| WebAssembly Proposal \| \[`tail-call`\] *\|\n", without, re.M)
tier3_anchor = re.search(r"^\| WASI Proposal +\| \[`wasi-nn`\] .*\n", without, re.M)
moved_to_1 = without[: tier1_anchor.end()] + "| WebAssembly Proposal | [`threads`] |\n" + without[tier1_anchor.end():]
moved_to_3 = (without[: tier3_anchor.start()] + "| WebAssembly Proposal | [`threads`] | full-time maintainer |\n"
              + without[tier3_anchor.start():])
unknown_phrase = text.replace("fuzzing, API quality", "fuzzing, astrology")

shutil.rmtree(a.work, ignore_errors=True)
os.makedirs(a.work)
tiers = os.path.join(a.work, "stability-tiers-49.md")
project = os.path.join(a.source, "tests", "consumers", "add_release")
build = os.path.join(a.work, "build")


def write(t):
    with open(tiers, "w", encoding="utf-8") as f:
        f.write(t)


def configure(expected):
    return subprocess.run(["cmake", "-S", project, "-B", build, f"-DCMAKE_PREFIX_PATH={a.prefix}",
                           f"-DTIERS_TEXT={tiers}", f"-DEXPECTED_THREADS_TIER={expected}", *a.cmake_arg],
                          capture_output=True, text=True)


def step(what, r, want_ok=True):
    out = r.stdout + r.stderr
    if (r.returncode == 0) != want_ok:
        print(f"FAIL: {what}: exit {r.returncode}\n{out}")
        sys.exit(1)
    return out


# 1. threads moved to Tier 1.
write(moved_to_1)
step("configuring", configure("t1"))
out = step("building", subprocess.run(["cmake", "--build", build], capture_output=True, text=True))
if "newer" in out:
    print(f"FAIL: the build warned about a newer Wasmtime:\n{out}")
    sys.exit(1)
run = step("running", subprocess.run([os.path.join(build, "consumer")], capture_output=True, text=True))
if "threads: Tier 1 in Wasmtime 49, Tier 2 in Wasmtime 48" not in run:
    print(f"FAIL: the consumer printed {run!r}")
    sys.exit(1)
print("ok: release<49> from the added text: " + run.strip())

# 2. The text changes (threads to Tier 3): the build generates the tables again.
write(moved_to_3)
step("configuring again", configure("t3"))
out = step("building again", subprocess.run(["cmake", "--build", build], capture_output=True, text=True))
if "the tier tables of Wasmtime 49" not in out:
    print(f"FAIL: the changed text was not generated again:\n{out}")
    sys.exit(1)
run = step("running again", subprocess.run([os.path.join(build, "consumer")], capture_output=True, text=True))
if "threads: Tier 3 in Wasmtime 49" not in run:
    print(f"FAIL: after the change the consumer printed {run!r}")
    sys.exit(1)
print("ok: a changed text is generated again: " + run.strip())

# 3. A text with an unknown requirement phrase: the build fails with the generator's message.
shutil.rmtree(build)
write(unknown_phrase)
step("configuring the bad text", configure("t2"))
out = step("building the bad text", subprocess.run(["cmake", "--build", build], capture_output=True, text=True),
           want_ok=False)
m = re.search(re.escape(tiers) + r":(\d+): unknown requirement phrase 'astrology'", out)
if not m:
    print(f"FAIL: the failed build does not show the generator's FILE:LINE message:\n{out}")
    sys.exit(1)
line = unknown_phrase.count("\n", 0, unknown_phrase.index("astrology")) + 1
if int(m.group(1)) != line:
    print(f"FAIL: the message names line {m.group(1)}, the phrase is on line {line}")
    sys.exit(1)
print("ok: " + m.group(0))
