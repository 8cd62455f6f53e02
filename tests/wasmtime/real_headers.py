#!/usr/bin/env python3
"""The Wasmtime integration (wasmtime.hpp and wasmtime/) against Wasmtime's real headers of each
release (../shared/upstream/wasmtime-c-api), in the builds a user has: for each release, API and
feature set, one translation unit that must compile and its twin that must fail.

  real_headers.py --compiler CXX --mode gcc|clang|computed --std c++20 --include INCLUDE
                  --tool wasmtime-tiers --upstream ../shared/upstream --work DIR
                  --release 48 [--release 47 ...] [--each-feature]

Per release: the C API (a translation unit that includes wasmtime.h) and, from 33 on, the C++ API
(one that includes only wasmtime.hh); per API, wasmtime/conf.h written as Wasmtime's CMake writes
it for the release's default features ("defaults") and for none ("none"), and with --each-feature
for each feature alone. Releases before 22 have no conf.h: one build ("no-conf.h").

What each translation unit checks (it compiles):
  - selected_release is the release, included_wasmtime has its version and API, and reads exactly
    the WASMTIME_FEATURE_* macros of the conf.h (each macro of conf.h.in has a wasmtime_feature);
  - the setter facts agree with the headers (tests/wasmtime/setters_declared.hpp: each proposal
    setter declared, by lookup, exactly where wasmtime/setters.hpp says it is; the strategy and target
    setters and WASMTIME_STRATEGY_WINCH / Strategy::Winch likewise), and every setter configure<>
    calls has the signature it calls it with (read by libclang);
  - WASMTIME_TIERS_ENFORCE accepts production_ready with a waiver for exactly the entities this
    build compiles in that are below Tier 1 (a waiver that is not needed is an error too), by this
    test's own copy of the documented mapping and the tool's table of the release;
  - configure<not_production_ready>(config).disable<P>() compiles for every proposal P with a
    setter in the headers (found by libclang, independently of the library), and
    configure<production_ready>(config).enable<wasm::simd>() compiles.
Its twin (-DWASMTIME_TIERS_EXPECT_FAIL) must fail with: for WASMTIME_TIERS_ENFORCE without those
waivers, an error naming each of those entities (for a release before 22, the error that says
conf.h is missing); for disable<P>() of every proposal without a setter, the missing-setter error
naming the setter and the release. Exit 77 (skipped) without ../shared/upstream or libclang.
"""
import argparse
import csv
import io
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import c_api
import make_recording_stub

# The proposals configure<> has setters for: entity -> the stem of wasmtime_config_<stem>_set and
# of the C++ Config member (the test's own list, read off the headers).
SETTERS = {
    "threads": "wasm_threads", "tail_call": "wasm_tail_call", "reference_types": "wasm_reference_types",
    "function_references": "wasm_function_references", "gc": "wasm_gc", "simd": "wasm_simd",
    "relaxed_simd": "wasm_relaxed_simd", "bulk_memory": "wasm_bulk_memory",
    "multi_value": "wasm_multi_value", "multi_memory": "wasm_multi_memory", "memory64": "wasm_memory64",
    "wide_arithmetic": "wasm_wide_arithmetic", "exception_handling": "wasm_exceptions",
    "custom_page_sizes": "wasm_custom_page_sizes", "component_model": "wasm_component_model",
    "branch_hinting": "wasm_branch_hinting", "stack_switching": "wasm_stack_switching",
}
# wasm_* setters of Wasmtime's headers that switch no proposal of the tier tables (variants and
# parts of one: configure<> does not offer them).
NOT_PROPOSALS = {"wasm_relaxed_simd_deterministic", "wasm_component_model_async",
                 "wasm_component_model_async_builtins", "wasm_component_model_async_stackful",
                 "wasm_component_model_error_context", "wasm_component_model_map",
                 "wasm_component_model_more_async_builtins", "wasm_component_model_gc",
                 "wasm_component_model_threading", "wasm_component_model_fixed_length_lists"}

# WASMTIME_TIERS_ENFORCE's mapping as README and wasmtime/feature_entities.hpp document it: macro -> the entities
# (C++ name, upstream name) it compiles in. Checked against the release's table: only what it
# lists counts.
WASI = [("wasi::snapshot_preview1", "wasi_snapshot_preview1"), ("wasi::io", "wasi-io"),
        ("wasi::clocks", "wasi-clocks"), ("wasi::filesystem", "wasi-filesystem"),
        ("wasi::random", "wasi-random"), ("wasi::sockets", "wasi-sockets"), ("wasi::poll", "wasi-poll")]
MAPPING = {
    "WASMTIME_FEATURE_WASI": WASI,
    "WASMTIME_FEATURE_WASI_HTTP": [("wasi::http", "wasi-http")],
    "WASMTIME_FEATURE_THREADS": [("wasm::threads", "threads")],
    "WASMTIME_FEATURE_GC": [("wasm::gc", "gc"), ("wasm::reference_types", "reference-types"),
                            ("wasm::function_references", "function-references"),
                            ("wasm::exception_handling", "exception-handling")],
    "WASMTIME_FEATURE_CRANELIFT": [("backend::cranelift", "Cranelift")],
    "WASMTIME_FEATURE_PULLEY": [("backend::pulley", "Pulley")],
    "WASMTIME_FEATURE_ALL_ARCH": [("backend::pulley", "Pulley")],
    "WASMTIME_FEATURE_COMPONENT_MODEL": [("wasm::component_model", "component-model")],
    "WASMTIME_FEATURE_COMPONENT_MODEL_ASYNC": [("wasm::component_model", "component-model")],
}
HOST = ("target::x86_64_unknown_linux_gnu", "x86_64-unknown-linux-gnu")
TIERED = {"1", "2", "3"}


def tiers_of(tool, major, cache={}):
    """upstream name -> tier ("1", "2", "3", "unsupported") in the release's table."""
    if major not in cache:
        out = subprocess.run([tool, "export", "--release", str(major), "--format", "csv"],
                             capture_output=True, text=True, check=True).stdout
        cache[major] = {row["name"]: row["tier"] for row in csv.DictReader(io.StringIO(out))}
    return cache[major]


def compiled_in(macros, api, major, tiers):
    """The entities WASMTIME_TIERS_ENFORCE checks for this build, [(C++ name, upstream name)]."""
    out = [HOST]
    for m in macros:
        for cpp, up in MAPPING.get(m, []):
            if up == "exception-handling" and tiers.get(up) not in TIERED:
                continue  # exceptions count where the release gives them a tier
            out.append((cpp, up))
    if "WASMTIME_FEATURE_WINCH" in macros:
        out.append(("backend::winch", "Winch") if "Winch" in tiers else
                   ("backend::winch_on_x86_64", "Winch on x86_64"))
    out.append(("api::c", "C") if api == "c" else ("api::cpp", "C++"))
    seen, listed = set(), []
    for cpp, up in out:
        if up in tiers and cpp not in seen:
            seen.add(cpp)
            listed.append((cpp, up))
    return listed


def declared_setters(ci, upstream, major, conf_dir, api):
    """What the headers declare for this build: (C stems of wasmtime_config_<stem>_set, C++ Config
    members wasm_*, whether Config::capi() exists)."""
    inc = c_api.include_dir(upstream, major)
    header = "wasmtime.hh" if api == "cpp" else "wasmtime.h"
    args = ["-x", "c++", "-std=c++17", "-I" + conf_dir, "-I" + inc]
    res = make_recording_stub.clang_resource_include()
    if res:
        args.append("-I" + res)
    tu = ci.Index.create().parse("probe.cpp", args=args, unsaved_files=[("probe.cpp", f"#include <{header}>\n")])
    errors = [str(d) for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]
    if errors:
        return None, errors
    c_stems, members, capi, odd = set(), set(), False, []

    def signature(c):
        return f"{c.result_type.spelling} ({', '.join(a.type.spelling for a in c.get_arguments())})"

    for c in tu.cursor.walk_preorder():
        if c.kind == ci.CursorKind.FUNCTION_DECL:
            m = re.fullmatch(r"wasmtime_config_(wasm_\w+)_set", c.spelling)
            if m:
                c_stems.add(m.group(1))
            # The signatures configure<> calls with: (config, bool), (config, strategy), (config, name).
            expected = {"strategy": "void (wasm_config_t *, wasmtime_strategy_t)",
                        "target": "wasmtime_error_t * (wasm_config_t *, const char *)"}
            stem = c.spelling[len("wasmtime_config_"):-len("_set")] if c.spelling.startswith("wasmtime_config_") else ""
            want = "void (wasm_config_t *, bool)" if m else expected.get(stem)
            if c.spelling.endswith("_set") and want and signature(c) != want:
                odd.append(f"{c.spelling} is {signature(c)}, configure<> calls it as {want}")
        elif c.kind == ci.CursorKind.CXX_METHOD and c.semantic_parent.spelling == "Config":
            if c.semantic_parent.semantic_parent.spelling == "wasmtime":
                if c.spelling == "capi":
                    capi = True
                elif c.spelling.startswith("wasm_"):
                    members.add(c.spelling)
                    if signature(c) != "void (bool)":
                        odd.append(f"Config::{c.spelling} is {signature(c)}, configure<> calls it as void (bool)")
    if odd:
        return None, ["signature: " + o for o in odd]
    return (c_stems, members, capi), None


def missing_setter_pattern(mode, stem, major):
    """The error line of a missing setter, as the compile-fail cases expect it: the C function or,
    for the C++ API, the Config member configure<> would call, and the release."""
    if mode == "computed":
        names = rf"(wasmtime::Config::{stem}|wasmtime_config_{stem}_set)"
        return names + r"\b.* is not in the included Wasmtime " + str(major) + r"\b"
    return (rf"setter_missing_in_wasmtime.*setter::(Config_{stem}|wasmtime_config_{stem}_set)\b.*\b"
            + str(major) + r"\b")


def policy_error_pattern(mode, cpp_name):
    if mode == "computed":
        return r"but the policy requires Tier 1; to accept it anyway, waive " + re.escape(cpp_name)
    return r"entity_below_policy_tier.*wasmtime_tiers::" + re.escape(cpp_name) + r"\b"


def translation_unit(api, major, macros, all_macros, waivers, with_setter, without_setter, selected):
    header = "wasmtime.hh" if api == "cpp" else "wasmtime.h"
    config = "wasmtime::Config& config" if api == "cpp" else "wasm_config_t* config"
    arg = "config"
    lines = [
        f"// Generated by tests/wasmtime/real_headers.py: Wasmtime {major}, {header} only.",
        f"#include <{header}>",
        "#include <wasmtime_tiers/wasmtime.hpp>",
        '#include "setters_declared.hpp"',
        "#include <type_traits>",
        "namespace wt = wasmtime_tiers;",
        "using B = wt::included_wasmtime;",
        f"static_assert(B::version == {major});",
        f"static_assert(std::is_same_v<wt::selected_release, wt::release<{selected}>>);",
        f"static_assert(B::c_api == {'true' if api == 'c' else 'false'});",
        f"static_assert(B::cpp_api == {'true' if api == 'cpp' else 'false'});",
        "static_assert(setters_declared::c_setters_agree<B, wasm_config_t>);",
    ]
    if api == "cpp":
        lines.append("static_assert(setters_declared::cpp_setters_agree<B, wasmtime::Config>);")
    # The compiler and target setters: declared where wasmtime/setters.hpp says they are, with the values
    # it passes (WASMTIME_STRATEGY_CRANELIFT 1, WASMTIME_STRATEGY_WINCH 2, Winch from 45 on).
    lines += [
        "template <class R> constexpr bool strategy_set = requires(R* c) { wasmtime_config_strategy_set(c, 1); };",
        "template <class R> constexpr bool target_set = requires(R* c) { wasmtime_config_target_set(c, \"pulley64\"); };",
        "template <class E> constexpr int winch_value() {",
        "  if constexpr (requires { E::WASMTIME_STRATEGY_WINCH; }) return E::WASMTIME_STRATEGY_WINCH; else return -1;",
        "}",
        "template <class Backend, bool Cpp> constexpr auto backend_state = wt::detail::backend_setter_availability<Backend, B, Cpp>().state;",
        "using state = wt::detail::setter_state;",
        "// The same build with a compiler, where the WASMTIME_FEATURE_COMPILER gate is open.",
        "using Bc = wt::wasmtime_build<B::version, B::features | wt::feature_bit(wt::wasmtime_feature::compiler), wt::embedding_api_set::c_and_cpp, B::host>;",
        "template <bool Cpp> constexpr bool winch_in_release = wt::detail::backend_setter_availability<wt::backend::winch, Bc, Cpp>().state != state::too_old;",
        "static_assert(wasmtime_strategy_enum::WASMTIME_STRATEGY_CRANELIFT == 1);",
        "static_assert(strategy_set<wasm_config_t> == (backend_state<wt::backend::cranelift, false> == state::present));",
        "static_assert((winch_value<wasmtime_strategy_enum>() == 2) == winch_in_release<false>);",
        "static_assert(winch_value<wasmtime_strategy_enum>() == 2 || winch_value<wasmtime_strategy_enum>() == -1);",
        "static_assert(target_set<wasm_config_t> == (backend_state<wt::backend::pulley, false> == state::present));",
    ]
    if api == "cpp":
        lines += [
            "template <class C> constexpr bool strategy_member = requires(C& c) { c.strategy(wasmtime::Strategy::Cranelift); };",
            "template <class S> constexpr bool winch_member = requires { S::Winch; };",
            "static_assert(strategy_member<wasmtime::Config> == (backend_state<wt::backend::cranelift, true> == state::present));",
            "static_assert(winch_member<wasmtime::Strategy> == winch_in_release<true>);",
        ]
    for m in all_macros:
        name = m[len("WASMTIME_FEATURE_"):].lower()
        lines.append(f"static_assert(B::has(wt::wasmtime_feature::{name}) == {'true' if m in macros else 'false'});")
    if major >= 22:
        w = "".join(f', wt::waiver<wt::{cpp}, "below Tier 1 in Wasmtime {major}">' for cpp in waivers)
        lines += ["#ifdef WASMTIME_TIERS_EXPECT_FAIL",
                  "WASMTIME_TIERS_ENFORCE(wt::policy::production_ready);",
                  "#else",
                  f"using accepted = wt::policy::with_waivers<wt::policy::production_ready{w}>;",
                  "WASMTIME_TIERS_ENFORCE(accepted);",
                  "#endif"]
    else:
        lines += ["#ifdef WASMTIME_TIERS_EXPECT_FAIL",
                  "WASMTIME_TIERS_ENFORCE(wt::policy::not_production_ready);",
                  "#endif"]
    lines.append(f"void simd({config}) {{ wt::configure<wt::policy::production_ready>({arg}).enable<wt::wasm::simd>(); }}")
    for e in with_setter:
        lines.append(f"void with_{e}({config}) {{ wt::configure<wt::policy::not_production_ready>({arg}).disable<wt::wasm::{e}>(); }}")
    lines.append("#ifdef WASMTIME_TIERS_EXPECT_FAIL")
    for e in without_setter:
        lines.append(f"void without_{e}({config}) {{ wt::configure<wt::policy::not_production_ready>({arg}).disable<wt::wasm::{e}>(); }}")
    lines.append("#endif")
    return "\n".join(lines) + "\n"


def run_one(a, ci, major, api, set_name, macros):
    name = f"v{major}-{api}-{set_name}"
    work = os.path.join(a.work, name)
    all_macros = c_api.cmakedefines(a.upstream, major)
    conf = c_api.write_conf(a.upstream, major, macros, os.path.join(work, "conf"))
    tiers = tiers_of(a.tool, major)
    entities = compiled_in(macros or [], api, major, tiers)
    below = [cpp for cpp, up in entities if tiers[up] != "1"]
    found, errors = declared_setters(ci, a.upstream, major, conf, api)
    if errors and errors[0].startswith("signature: "):
        return name, False, "\n".join(errors)
    if errors:
        # Wasmtime's own headers do not compile in this build (the C++ API of some releases needs
        # features such as gc): no user has this translation unit.
        return name, None, (f"n/a: Wasmtime {major}'s own {'wasmtime.hh' if api == 'cpp' else 'wasmtime.h'} "
                            f"does not compile in this build: {errors[0]}")
    c_stems, members, capi = found
    # The setters configure<> can call: the C functions; for the C++ API the Config members, and the
    # C functions where Config::capi() hands out the wasm_config_t*.
    declared = c_stems if api == "c" else members | (c_stems if capi else set())
    unknown = sorted(declared - set(SETTERS.values()) - NOT_PROPOSALS)
    if unknown:
        return name, False, (f"the headers declare proposal setters configure<> does not describe: "
                             f"{', '.join(unknown)} (add them to the list of wasmtime/setters.hpp, or to this "
                             f"test's NOT_PROPOSALS if they switch no proposal)")
    with_setter = [e for e, s in SETTERS.items() if s in declared]
    without_setter = [e for e, s in SETTERS.items() if s not in declared]
    selected = major if major <= a.newest else a.newest
    src = os.path.join(work, "tu.cpp")
    with open(src, "w", encoding="utf-8") as f:
        f.write(translation_unit(api, major, macros or [], all_macros, below, with_setter, without_setter, selected))
    base = [a.compiler, f"-std={a.std}", "-fsyntax-only", "-Wall", "-Wextra", "-Wpedantic", "-Werror",
            "-DWASMTIME_TIERS_TARGET=x86_64_unknown_linux_gnu", f"-I{a.include}", f"-I{a.tests}"]
    base += c_api.include_flags(a.upstream, major, conf)
    base += ["-ferror-limit=0"] if a.mode != "gcc" else ["-fmax-errors=0"]
    ok = subprocess.run(base + [src], capture_output=True, text=True)
    if ok.returncode != 0:
        return name, False, f"does not compile ({src}):\n{ok.stderr[:6000]}"
    bad = subprocess.run(base + ["-DWASMTIME_TIERS_EXPECT_FAIL", src], capture_output=True, text=True)
    if bad.returncode == 0:
        return name, False, f"the twin with WASMTIME_TIERS_EXPECT_FAIL compiled ({src})"
    errors = [l for l in bad.stderr.splitlines() if re.search(r"\berror\b", l)]
    expected = []
    if major >= 22:
        expected += [(f"ENFORCE refuses {cpp}", policy_error_pattern(a.mode, cpp)) for cpp in below]
    else:
        expected.append(("ENFORCE before 22", r"Wasmtime before 22 has no wasmtime/conf\.h"))
    for e in without_setter:
        if api == "cpp" and major < 33:
            continue
        expected.append((f"no setter for {e}", missing_setter_pattern(a.mode, SETTERS[e], major)))
    missing = [what for what, pat in expected if not any(re.search(pat, l) for l in errors)]
    if missing:
        return name, False, (f"the twin's errors lack: {', '.join(missing)} ({src}); errors:\n" +
                             "\n".join(errors[:40]))
    if major >= 22 and below and not re.search(policy_error_pattern(a.mode, below[0]) if a.mode != "computed"
                                               else r"waive " + re.escape(below[0]), errors[0]):
        # The first error is WASMTIME_TIERS_ENFORCE's first entity (the host, then the mapping's order).
        return name, False, f"the first error line does not name {below[0]}:\n{errors[0]}"
    summary = (f"ok: {len(with_setter)} setters, {len(without_setter)} refused, "
               f"{len(below)} below Tier 1{': ' + ', '.join(below) if below else ''}")
    return name, True, summary


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--compiler", required=True)
    ap.add_argument("--mode", required=True, choices=["gcc", "clang", "computed"])
    ap.add_argument("--std", required=True)
    ap.add_argument("--include", required=True)
    ap.add_argument("--tool", required=True)
    ap.add_argument("--upstream", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--release", type=int, action="append", default=[])
    ap.add_argument("--each-feature", action="store_true")
    ap.add_argument("--jobs", type=int, default=1)
    a = ap.parse_args()
    a.tests = os.path.dirname(os.path.abspath(__file__))
    if not os.path.isdir(c_api.c_api_dir(a.upstream)):
        print(f"skipped: Wasmtime's released headers are not here ({c_api.c_api_dir(a.upstream)}; "
              "the project's CI has ../shared beside the clone)")
        return c_api.SKIP
    ci = make_recording_stub.load_cindex()
    if ci is None:
        print("skipped: libclang's Python bindings are missing (Debian: apt-get install python3-clang-14)")
        return c_api.SKIP
    a.newest = newest_release(a.tool)
    jobs = []
    for major in a.release or c_api.releases(a.upstream):
        newest = major == max(c_api.releases(a.upstream))
        apis = ["c", "cpp"] if c_api.has_cpp_api(a.upstream, major) else ["c"]
        for api in apis:
            for set_name, macros in c_api.feature_sets(a.upstream, major, each=a.each_feature and newest).items():
                jobs.append((major, api, set_name, macros))
    failed = passed = 0
    with ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        for name, ok, text in pool.map(lambda j: run_one(a, ci, *j), jobs):
            print(f"{'n/a ' if ok is None else 'ok  ' if ok else 'FAIL'} {name}: {text}")
            failed += ok is False
            passed += ok is True
    print(f"{passed} of {len(jobs)} builds passed, {failed} failed, "
          f"{len(jobs) - passed - failed} not compilable with Wasmtime's own headers")
    return 1 if failed else 0


def newest_release(tool):
    out = subprocess.run([tool, "--version"], capture_output=True, text=True).stdout
    m = re.search(r"tables for Wasmtime [^)]*?(\d+)\)", out)
    if not m:
        raise SystemExit(f"cannot read the newest release from `{tool} --version`: {out!r}")
    return int(m.group(1))


if __name__ == "__main__":
    sys.exit(main())
