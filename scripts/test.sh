#!/bin/sh
# Runs every test: the library, the generator and the tool, each built with GCC and with Clang.
# Tests that need Wasmtime's shipped texts (../shared/upstream) say they are skipped where absent.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
for cxx in g++ clang++; do
  dir=build/test-$cxx
  echo "== $cxx"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=$cxx >/dev/null
  cmake --build "$dir" -j "$jobs"
  (cd "$dir" && ctest --output-on-failure -j "$jobs")
done
