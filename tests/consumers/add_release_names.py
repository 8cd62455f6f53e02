#!/usr/bin/env python3
"""wasmtime_tiers_add_release() in an installed-package consumer, with texts that name what no text
known to the library names.

  add_release_names.py --prefix PREFIX --upstream DIR --source DIR --work DIR [--cmake-arg ARG]...

The Wasmtime 49 texts are made here from the newest shipped ones (never committed): the tiers
document gains a Tier 3 target riscv64gc-unknown-frobnix, and its Tier 3 row of wasi-tls a
requirement phrase the library's vocabulary lacks ("Vibes check"); the proposals document gains
frobnicate in its "Unimplemented proposals" table and wide-frobnication in its Tier 3 table. The
consumer's static_asserts query them in release 49 and 48, the build shows the generator's list of
what it added and of the phrase it kept, and a second target, where the production-ready policy
refuses the new target, must fail with a first error line naming it. Exits 77 (skipped) without
Wasmtime's shipped texts.
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

tiers_src = os.path.join(a.upstream, "wasmtime-stability-tiers", "v48.md")
proposals_src = os.path.join(a.upstream, "wasmtime-stability-wasm-proposals", "v47.md")  # shipped by 47 and 48
if not (os.path.isfile(tiers_src) and os.path.isfile(proposals_src)):
    print(f"SKIPPED: Wasmtime's shipped texts are not at {a.upstream} (they come with ../shared, which CI "
          "has and a user's clone does not)")
    sys.exit(77)
if not os.path.isfile(os.path.join(a.prefix, "bin", "wasmtime-tiers")):
    print(f"FAIL: no installed wasmtime-tiers under {a.prefix}/bin (the consumers.install test installs it)")
    sys.exit(1)


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


sys.path.insert(0, os.path.join(a.source, "tests", "generator"))
from edit_texts import append_row  # noqa: E402

tiers_text = append_row(open(tiers_src, encoding="utf-8").read(), "#### Tier 3",
                        "| Target | `riscv64gc-unknown-frobnix` | CI testing, full-time maintainer |")[0]
# A phrase no shipped text uses, in a known entity's cell.
tiers_text, phrases = re.subn(r"^(\| WASI Proposal +\| \[`wasi-tls`\] +\| )unstable proposal( +\|)$",
                              r"\1unstable proposal, Vibes check\2", tiers_text, flags=re.M)
if phrases != 1:
    fail(f"{tiers_src} has no Tier 3 row 'wasi-tls' missing 'unstable proposal' to add a phrase to")
phrase_line = tiers_text[:tiers_text.index("Vibes check")].count("\n") + 1
proposals_text = append_row(open(proposals_src, encoding="utf-8").read(), "## Unimplemented proposals",
                            "| [`frobnicate`] | [#1](https://github.com/bytecodealliance/wasmtime/issues/1) |")[0]
proposals_text = append_row(proposals_text, "## Tier 3 WebAssembly Proposals",
                            "| [`wide-frobnication`] | ❌ | ✅ | 🚧 | ❌ | ✅ | ❌ |")[0]

shutil.rmtree(a.work, ignore_errors=True)
os.makedirs(a.work)
tiers = os.path.join(a.work, "stability-tiers-49.md")
proposals = os.path.join(a.work, "stability-wasm-proposals-49.md")
for path, text in ((tiers, tiers_text), (proposals, proposals_text)):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
project = os.path.join(a.source, "tests", "consumers", "add_release_names")
build = os.path.join(a.work, "build")


def step(what, r, want_ok=True):
    out = r.stdout + r.stderr
    if (r.returncode == 0) != want_ok:
        fail(f"{what}: exit {r.returncode}\n{out}")
    return out


step("configuring", subprocess.run(["cmake", "-S", project, "-B", build, f"-DCMAKE_PREFIX_PATH={a.prefix}",
                                    f"-DTIERS_TEXT={tiers}", f"-DPROPOSALS_TEXT={proposals}", *a.cmake_arg],
                                   capture_output=True, text=True))
out = step("building", subprocess.run(["cmake", "--build", build], capture_output=True, text=True))
added = re.search(r"wasmtime-tiers: the texts of Wasmtime 49 name what no text this library knows names; "
                  r"added 3 entities \(each with the next free id\):\n"
                  r"  target::riscv64gc_unknown_frobnix \(id (\d+)\): target 'riscv64gc-unknown-frobnix', at .*\n"
                  r"  wasm::wide_frobnication \(id (\d+)\): WebAssembly proposal 'wide-frobnication', at .*\n"
                  r"  wasm::frobnicate \(id (\d+)\): WebAssembly proposal 'frobnicate', at .*"
                  r"\(Unimplemented proposals\)\n", out)
if not added:
    fail(f"the build did not show what gen --add-release added:\n{out}")
ids = [int(i) for i in added.groups()]
if ids != [ids[0], ids[0] + 1, ids[0] + 2]:
    fail(f"the new entities' ids {ids} are not the next free ones, in order")
print("ok: the build listed the added names:\n" + added.group(0).rstrip())
kept = (f"wasmtime-tiers: the tiers text of Wasmtime 49 uses a requirement phrase this library's vocabulary lacks; "
        f"kept verbatim (missing_text_of gives the cell, missing_of holds requirement::unnamed):\n"
        f"  'Vibes check' (missing for 'wasi-tls'), at {tiers}:{phrase_line}\n")
if kept not in out:
    fail(f"the build did not show the kept requirement phrase; expected\n{kept}in\n{out}")
print("ok: the build listed the kept requirement phrase:\n" + kept.rstrip())
run = step("running", subprocess.run([os.path.join(build, "consumer")], capture_output=True, text=True)).strip()
if run != ("riscv64gc-unknown-frobnix: Tier 3 in Wasmtime 49, unlisted in Wasmtime 48\n"
           "frobnicate: unimplemented in Wasmtime 49\n"
           "wasi-tls: missing for Tier 2 in Wasmtime 49: unstable proposal, Vibes check"):
    fail(f"the consumer printed {run!r}")
print("ok: the consumer's queries hold and it printed:\n" + run)

# The production-ready policy refuses the new target; the first error line names it, in the
# words of whichever diagnostic this compiler gives (GCC's deleted function, Clang's
# static_assert requirement, or a computed message).
out = step("building the refused target", subprocess.run(["cmake", "--build", build, "--target", "refused"],
                                                         capture_output=True, text=True), want_ok=False)
errors = [l for l in out.splitlines() if re.search(r"\berror\b:", l)]
if not errors:
    fail(f"the refused target failed without a compiler error:\n{out}")
first = errors[0]
if not re.search(r"entity_below_policy_tier.*wasmtime_tiers::target::riscv64gc_unknown_frobnix"
                 r"(; Tier = .*tier_3_not_production_ready; unsigned int Wasmtime = 49; Policy_requires = .*tier_1"
                 r"|, wasmtime_tiers::diagnostic::tier_3_not_production_ready, 49, wasmtime_tiers::diagnostic::tier_1)"
                 r"|riscv64gc-unknown-frobnix is Tier 3 in Wasmtime 49 \(missing: CI testing, full-time maintainer\), "
                 r"but the policy requires Tier 1", first):
    fail(f"the first error line does not name the refused target:\n{first}\n\nfull output:\n{out}")
print("ok: production_ready refuses it; first error line:\n" + first)
