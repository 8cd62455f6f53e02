"""Wasmtime's C and C++ API headers as released (../shared/upstream/wasmtime-c-api/vN/include), and
the wasmtime/conf.h that Wasmtime's CMake writes for a build: the fixture of the integration tests.

  releases(upstream)                     the majors with headers (6 to 48; no 38)
  feature_defaults(upstream, major)      [(CARGO_NAME, default)] from features.cmake / CMakeLists.txt
  write_conf(upstream, major, on, dir)   dir/wasmtime/conf.h as CMake's configure_file writes it
  include_flags(...)                     the compiler flags for one build of one release

conf.h: each `#cmakedefine NAME` of conf.h.in becomes `#define NAME` where the feature is on and
`/* #undef NAME */` where it is off (CMake's configure_file); other lines stay as they are.
"""
import os
import re

SKIP = 77  # CTest's SKIP_RETURN_CODE for tests that need ../shared/upstream


def c_api_dir(upstream):
    return os.path.join(upstream, "wasmtime-c-api")


def releases(upstream):
    root = c_api_dir(upstream)
    out = []
    for name in os.listdir(root):
        m = re.fullmatch(r"v(\d+)", name)
        if m and os.path.isdir(os.path.join(root, name, "include")):
            out.append(int(m.group(1)))
    return sorted(out)


def include_dir(upstream, major):
    return os.path.join(c_api_dir(upstream), f"v{major}", "include")


def has_cpp_api(upstream, major):
    return os.path.isfile(os.path.join(include_dir(upstream, major), "wasmtime.hh"))


def conf_in(upstream, major):
    p = os.path.join(include_dir(upstream, major), "wasmtime", "conf.h.in")
    return p if os.path.isfile(p) else None


def macro_of(cargo_name):
    """`gc-drc` -> `WASMTIME_FEATURE_GC_DRC`, as features.cmake names the CMake option."""
    return "WASMTIME_FEATURE_" + cargo_name.upper().replace("-", "_")


def feature_defaults(upstream, major):
    """The `feature(name ON|OFF)` lines of the release's features.cmake (24 on) or C API
    CMakeLists.txt (22, 23), in order: [(cargo name, default on)]. [] before 22."""
    base = os.path.join(c_api_dir(upstream), f"v{major}")
    for name in ("features.cmake", "CMakeLists.txt"):
        path = os.path.join(base, name)
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            found = re.findall(r"^\s*feature\(\s*([\w-]+)\s+(ON|OFF)\s*\)", f.read(), re.M)
        if found:
            return [(n, d == "ON") for n, d in found]
    return []


def cmakedefines(upstream, major):
    """The macros conf.h.in leaves to the build (its #cmakedefine lines), in order."""
    path = conf_in(upstream, major)
    if path is None:
        return []
    with open(path, encoding="utf-8") as f:
        return re.findall(r"^#cmakedefine\s+(\w+)", f.read(), re.M)


def feature_sets(upstream, major, each=False):
    """Named builds of a release: {"defaults": the release build's macros (every feature whose
    default is ON), "none": nothing compiled in}, and with each=True one build per feature alone
    ("only-gc": WASMTIME_FEATURE_GC). Before 22 (no conf.h): {"no-conf.h": None}."""
    macros = cmakedefines(upstream, major)
    if not macros:
        return {"no-conf.h": None}
    defaults = {macro_of(n) for n, on in feature_defaults(upstream, major) if on}
    unknown = defaults - set(macros)
    if unknown:
        raise SystemExit(f"v{major}: features.cmake names {sorted(unknown)}, which conf.h.in lacks")
    sets = {"defaults": [m for m in macros if m in defaults], "none": []}
    if each:
        for m in macros:
            sets["only-" + m[len("WASMTIME_FEATURE_"):].lower()] = [m]
    return sets


def write_conf(upstream, major, enabled, out_dir):
    """Writes out_dir/wasmtime/conf.h for the build with the macros `enabled` (None: the release
    has no conf.h, nothing is written). Returns the folder to put first on the include path."""
    os.makedirs(out_dir, exist_ok=True)
    path = conf_in(upstream, major)
    if path is None or enabled is None:
        return out_dir
    on = set(enabled)
    with open(path, encoding="utf-8") as f:
        text = f.read()

    def subst(m):
        name = m.group(1)
        return f"#define {name}" if name in on else f"/* #undef {name} */"

    conf = re.sub(r"^#cmakedefine\s+(\w+)[^\n]*", subst, text, flags=re.M)
    os.makedirs(os.path.join(out_dir, "wasmtime"), exist_ok=True)
    target = os.path.join(out_dir, "wasmtime", "conf.h")
    old = None
    if os.path.isfile(target):
        with open(target, encoding="utf-8") as f:
            old = f.read()
    if old != conf:  # unchanged files keep their time stamps (incremental builds)
        with open(target, "w", encoding="utf-8") as f:
            f.write(conf)
    return out_dir


def include_flags(upstream, major, conf_dir):
    """Wasmtime's headers as users include them: system headers (-isystem), the written conf.h
    first."""
    return ["-isystem", conf_dir, "-isystem", include_dir(upstream, major)]


def main(argv):
    """c_api.py conf --upstream U --major N --build defaults|none|all --out DIR: writes DIR's
    wasmtime/conf.h for that build (exit 77 where the release's headers are missing)."""
    import argparse

    ap = argparse.ArgumentParser(prog="c_api.py conf")
    ap.add_argument("command", choices=["conf"])
    ap.add_argument("--upstream", required=True)
    ap.add_argument("--major", type=int, required=True)
    ap.add_argument("--build", choices=["defaults", "none", "all"], default="defaults")
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    if not os.path.isdir(include_dir(a.upstream, a.major)):
        print(f"skipped: no headers of Wasmtime {a.major} under {a.upstream}")
        return SKIP
    sets = feature_sets(a.upstream, a.major)
    macros = None if "no-conf.h" in sets else (
        cmakedefines(a.upstream, a.major) if a.build == "all" else sets[a.build])
    write_conf(a.upstream, a.major, macros, a.out)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
