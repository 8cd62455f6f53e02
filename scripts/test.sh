#!/bin/sh
# Runs every test in each configuration of the test matrix (all of them, or those named):
#   scripts/test.sh [CONFIG...]
# CONFIG (build folder build/test-CONFIG):
#   gcc12-cxx20         g++ (GCC 12), C++20, Debug; the Wasmtime integration against the released
#                       headers of every Wasmtime release (the others: a slice of releases)
#   clang14-cxx20       clang++ (Clang 14), C++20, Debug
#   gcc12-cxx23         g++ (GCC 12), C++23, Release (-O2: warnings only the optimiser finds)
#   clang19-cxx23-asan  clang++-19 with libc++, C++23, AddressSanitizer and UndefinedBehavior-
#                       Sanitizer (-fno-sanitize-recover=all), and the libFuzzer target of the
#                       parser, fuzzed for WASMTIME_TIERS_FUZZ_SECONDS (default 60) seconds
# WASMTIME_TIERS_BUILD_PREFIX (default build/test-) names the build folders instead.
# The project's own code is compiled with -Wall -Wextra -Wpedantic -Werror in each. Tests that need
# Wasmtime's shipped texts (../shared/upstream) say they are skipped where that folder is absent.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
jobs=$(nproc 2>/dev/null || echo 2)
all="gcc12-cxx20 clang14-cxx20 gcc12-cxx23 clang19-cxx23-asan"
[ $# -gt 0 ] || set -- $all
for config in "$@"; do
  case " $all " in *" $config "*) ;; *)
    echo "scripts/test.sh: unknown configuration '$config'; known: $all" >&2; exit 2 ;;
  esac
done

# -O0: the tool's tests start it hundreds of times, and an optimised build with the sanitizers costs
# more to compile than it saves in those short runs.
sanitize="-O0 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

now() { date +%s; }
start=$(now)
summary=""
failed=""
for config in "$@"; do
  case $config in
  gcc12-cxx20) set -- -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_STANDARD=20 -DCMAKE_BUILD_TYPE=Debug \
    -DWASMTIME_TIERS_WASMTIME_MATRIX=all -DWASMTIME_TIERS_HOST_TESTS=ON ;;
  clang14-cxx20) set -- -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_STANDARD=20 -DCMAKE_BUILD_TYPE=Debug ;;
  gcc12-cxx23) set -- -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_STANDARD=23 -DCMAKE_BUILD_TYPE=Release ;;
  clang19-cxx23-asan)
    set -- -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_CXX_STANDARD=23 -DCMAKE_BUILD_TYPE=Debug \
      "-DCMAKE_CXX_FLAGS=-stdlib=libc++ $sanitize" -DWASMTIME_TIERS_FUZZ=ON \
      -DWASMTIME_TIERS_CXX26_CASES=OFF \
      "-DWASMTIME_TIERS_FUZZ_SECONDS=${WASMTIME_TIERS_FUZZ_SECONDS:-60}" ;;
  esac
  dir=${WASMTIME_TIERS_BUILD_PREFIX:-build/test-}$config
  echo "== $config ($dir)"
  t0=$(now)
  # Each configuration runs to its end; the script fails at the end if any of them failed.
  result=passed
  if cmake -S . -B "$dir" -G Ninja -DWASMTIME_TIERS_WERROR=ON "$@" >/dev/null &&
     cmake --build "$dir" -j "$jobs"; then
    t1=$(now)
    (cd "$dir" && ctest --output-on-failure -j "$jobs") || result="FAILED (tests)"
  else
    t1=$(now)
    result="FAILED (build)"
  fi
  t2=$(now)
  [ "$result" = passed ] || failed="$failed $config"
  # CPU time (user, system) of everything run so far: the second line of the shell's `times`
  # (written to a file: in a $(...) subshell it would count that subshell's children only).
  mkdir -p "$dir" && times >"$dir/.times"
  cpu=$(tail -n 1 "$dir/.times")
  line="$config: $result; build $((t1 - t0)) s, tests $((t2 - t1)) s (CPU so far: $cpu)"
  echo "== $line"
  summary="$summary$line
"
done
printf '== summary\n%s== total %s s\n' "$summary" "$(($(now) - start))"
if [ -n "$failed" ]; then
  echo "== failed:$failed"
  exit 1
fi
