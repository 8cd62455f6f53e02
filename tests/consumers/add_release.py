#!/usr/bin/env python3
"""wasmtime_tiers_add_release() in an installed-package consumer (find_package after cmake --install).

  add_release.py --prefix PREFIX --upstream DIR --source DIR --work DIR --generator G
                 [--generator-steps-only] [--cmake-arg ARG]...

The Wasmtime 49 texts are made here from the newest shipped text (never committed): one with
threads moved from Tier 2 to Tier 1, one with threads moved to Tier 3, and one with an empty
requirement phrase (an unknown phrase is kept: add_release_names.py). Checked, with the generator G (Ninja or Unix Makefiles):
- the tables come from the added text; an edited text fails the very next build on the changed
  fact (no second build needed); deleted generated headers are generated again; a build with
  nothing changed runs nothing;
- a second directory's target with the same text shares the tables (with --generator-steps-only,
  the steps so far only; those below are configure-time or the same for every generator);
- a different text for the same RELEASE, a second release for one target, and a RELEASE that is
  not a whole number newer than the library's stop configuring with a message saying why;
- a project with a program of its own named wasmtime-tiers still runs the package's tool, and the
  installed prefix can be moved (with spaces in its name) and the build reconfigured and rebuilt
  with nothing in the cache touched, with the tool's exported target and without it;
- a malformed text fails the build with the generator's FILE:LINE message.
Exits 77 (skipped) without Wasmtime's shipped texts.
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
ap.add_argument("--generator", required=True)
ap.add_argument("--generator-steps-only", action="store_true",
                help="only the steps whose outcome depends on the generator (1 to 4)")
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
empty_phrase = text.replace("fuzzing, API quality", "fuzzing, , API quality")

shutil.rmtree(a.work, ignore_errors=True)
os.makedirs(a.work)
tiers = os.path.join(a.work, "stability-tiers-49.md")
other_tiers = os.path.join(a.work, "other", "stability-tiers.md")
project = os.path.join(a.source, "tests", "consumers", "add_release")
build = os.path.join(a.work, "build")
generated = os.path.join(build, "wasmtime_tiers_release_49", "wasmtime_tiers", "generated")
announce = "the tier tables of Wasmtime 49"


def write(t, path=tiers):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(t)


def run(cmd, env=None):
    return subprocess.run(cmd, capture_output=True, text=True, env=env)


def configure(expected, *extra, build_dir=build, prefix=a.prefix, env=None):
    args = ["cmake", "-S", project, "-B", build_dir, f"-DTIERS_TEXT={tiers}",
            f"-DEXPECTED_THREADS_TIER={expected}", "-G", a.generator, *a.cmake_arg, *extra]
    if prefix:
        args.append(f"-DCMAKE_PREFIX_PATH={prefix}")
    return run(args, env)


def build_it(build_dir=build, env=None):
    return run(["cmake", "--build", build_dir], env)


def fail(message):
    print(f"FAIL ({a.generator}): {message}")
    sys.exit(1)


def step(what, r, want_ok=True):
    out = r.stdout + r.stderr
    if (r.returncode == 0) != want_ok:
        fail(f"{what}: exit {r.returncode}\n{out}")
    return out


def flat(text):
    return re.sub(r"\s+", " ", text)


def consumer_prints(expected, exe=None, build_dir=build):
    exe = exe or os.path.join(build_dir, "consumer")
    out = step(f"running {exe}", run([exe]))
    if expected not in out:
        fail(f"{exe} printed {out!r}, not {expected!r}")
    return out.strip()


# 1. threads moved to Tier 1.
write(moved_to_1)
step("configuring", configure("t1"))
out = step("building", build_it())
if "newer" in out:
    fail(f"the build warned about a newer Wasmtime:\n{out}")
print("ok: release<49> from the added text: " + consumer_prints("threads: Tier 1 in Wasmtime 49, Tier 2 in Wasmtime 48"))
out = step("building with nothing changed", build_it())
if announce in out:
    fail(f"a build with nothing changed generated the tables again:\n{out}")
print("ok: a build with nothing changed generates nothing")

# 2. The text is edited (threads to Tier 3) and nothing else: the very next build regenerates the
#    tables, recompiles the code that includes them and fails on the changed fact.
write(moved_to_3)
out = step("building after the text changed", build_it(), want_ok=False)
if announce not in out:
    fail(f"the changed text was not generated again:\n{out}")
if not re.search(r"main\.cpp:14:\d+: error: static.assert", out) and \
   not re.search(r"main\.cpp:14:\d+: error: static assertion failed", out):
    fail(f"the build after the text changed did not fail on main.cpp:14 (the tier of threads in "
         f"Wasmtime 49):\n{out}")
print("ok: an edited text fails the next build on the changed fact (main.cpp:14)")
step("configuring for the changed text", configure("t3"))
step("building for the changed text", build_it())
print("ok: after the change: " + consumer_prints("threads: Tier 3 in Wasmtime 49"))

# 3. Generated headers deleted (the build's own records stay): they are generated again.
shutil.rmtree(os.path.dirname(generated))
out = step("building without the generated folder", build_it())
if announce not in out or not os.path.isfile(os.path.join(generated, "v49.hpp")):
    fail(f"the deleted generated folder was not generated again:\n{out}")
os.remove(os.path.join(generated, "releases.hpp"))
out = step("building without releases.hpp", build_it())
if announce not in out or not os.path.isfile(os.path.join(generated, "releases.hpp")):
    fail(f"a deleted generated header was not generated again:\n{out}")
consumer_prints("threads: Tier 3 in Wasmtime 49")
print("ok: deleted generated headers are generated again")

# 4. Another directory's target adds release 49 with the same text: one generated folder for both.
step("configuring a second target", configure("t3", f"-DSECOND_TIERS_TEXT={tiers}"))
step("building two targets", build_it())
print("ok: a second directory's target with the same text: " +
      consumer_prints("threads: Tier 3 in Wasmtime 49", exe=os.path.join(build, "second", "consumer2")))
if os.path.exists(os.path.join(build, "second", "wasmtime_tiers_release_49")):
    fail("the second target's release 49 was generated a second time")


if a.generator_steps_only:
    sys.exit(0)


# 5. Configure-time errors, each in a fresh folder.
def refused(what, patterns, *extra):
    d = os.path.join(a.work, "refused")
    shutil.rmtree(d, ignore_errors=True)
    out = flat(step(what, configure("t3", *extra, build_dir=d), want_ok=False))
    for p in patterns:
        if not re.search(p, out):
            fail(f"{what}: the error does not say {p!r}:\n{out}")
    print(f"ok: {what}: configuring stops")


write(moved_to_1, other_tiers)
refused("RELEASE 49 with two different texts",
        [r"Wasmtime 49 is added with two different texts", re.escape(f"TIERS {tiers}"),
         re.escape(f"TIERS {other_tiers}"), "target consumer ", "target consumer2 "],
        f"-DSECOND_TIERS_TEXT={other_tiers}")
refused("a second release for one target",
        [r"target consumer already has the tables of Wasmtime 49", "one added release"],
        "-DSECOND_RELEASE=50")
for bad in ["0", "049", "abc"]:
    refused(f"RELEASE {bad}", [rf"RELEASE must be a Wasmtime major version newer than \d+", f"not '{bad}'"],
            f"-DRELEASE={bad}")
refused("RELEASE 48 (known)", ["RELEASE 48: this library already has the tables of Wasmtime 48"], "-DRELEASE=48")

# 6. A project with its own program named wasmtime-tiers: the package's tool runs. Then the
#    installed prefix moves (spaces in its names); reconfiguring and building needs no cache edit,
#    with the tool's exported target and, in a package installed without that file, without it.
moved = [os.path.join(a.work, f"moved prefix {n}") for n in ("one", "two", "three")]
shutil.copytree(a.prefix, moved[0], symlinks=True)
pbuild = os.path.join(a.work, "parent build")
env = dict(os.environ, CMAKE_PREFIX_PATH=moved[0])
step("configuring with a program of its own named wasmtime-tiers",
     configure("t1", "-DPARENT_TOOL_TARGET=ON", build_dir=pbuild, prefix=None, env=env))
write(moved_to_1)
out = step("building with a program of its own named wasmtime-tiers", build_it(pbuild, env))
if "own program named wasmtime-tiers ran" in out or announce not in out:
    fail(f"the project's own wasmtime-tiers ran, or no tables were generated:\n{out}")
consumer_prints("threads: Tier 1 in Wasmtime 49", build_dir=pbuild)
print("ok: the package's tool runs, not the project's own wasmtime-tiers")
for i, (old, new) in enumerate(zip(moved, moved[1:])):
    os.rename(old, new)
    if i == 1:
        for f in os.listdir(os.path.join(new, "share", "cmake", "wasmtime_tiers")):
            if f.startswith("wasmtime_tiersToolTargets"):
                os.remove(os.path.join(new, "share", "cmake", "wasmtime_tiers", f))
    env = dict(os.environ, CMAKE_PREFIX_PATH=new)
    step(f"reconfiguring after the prefix moved to {new}", run(["cmake", pbuild], env))
    out = step(f"building after the prefix moved to {new}", build_it(pbuild, env))
    if announce not in out:
        fail(f"the tables were not generated again with the moved tool:\n{out}")
    consumer_prints("threads: Tier 1 in Wasmtime 49", build_dir=pbuild)
    with open(os.path.join(pbuild, "CMakeCache.txt"), encoding="utf-8") as f:
        cache = f.read()
    if re.search(r"^WASMTIME_TIERS_EXECUTABLE[:=]", cache, re.M):
        fail("the search for the tool set the user's WASMTIME_TIERS_EXECUTABLE")
    how = "the exported target" if i == 0 else "the program found beside the package"
    print(f"ok: the prefix moved to '{new}': reconfigured and rebuilt with {how}")
# Without any program: configuring stops, naming where it looked.
os.remove(os.path.join(moved[-1], "bin", "wasmtime-tiers"))
out = step("reconfiguring without the program", run(["cmake", pbuild], env), want_ok=False)
looked = f"looked in {moved[-1]}/bin, CMAKE_PREFIX_PATH and PATH"
if looked not in flat(out) or ";" in flat(out)[flat(out).index("was not found"):flat(out).index(looked)]:
    fail(f"the error does not say '{looked}':\n{out}")
print(f"ok: without the program configuring stops: ... {looked} ...")

# 7. A text with an empty requirement phrase: the build fails with the generator's message.
shutil.rmtree(build)
write(empty_phrase)
step("configuring the bad text", configure("t2"))
out = step("building the bad text", build_it(), want_ok=False)
m = re.search(re.escape(tiers) + r":(\d+): empty requirement in 'fuzzing, , API quality'; expected phrases "
              r"separated by commas", out)
if not m:
    fail(f"the failed build does not show the generator's FILE:LINE message:\n{out}")
line = empty_phrase.count("\n", 0, empty_phrase.index("fuzzing, , API")) + 1
if int(m.group(1)) != line:
    fail(f"the message names line {m.group(1)}, the phrase is on line {line}")
print("ok: " + m.group(0))
