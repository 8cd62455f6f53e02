#!/bin/sh
# The main job: build the wasmtime-tiers tool, show the table of the newest Wasmtime release, and
# compile and run an example that checks a few entities at compile time.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/main -G Ninja -DCMAKE_BUILD_TYPE=Release -DWASMTIME_TIERS_BUILD_TESTS=OFF >/dev/null
cmake --build build/main
tool=build/main/tools/wasmtime-tiers/wasmtime-tiers
newest=$($tool --version | sed -n 's/.*to \([0-9]*\))$/\1/p')
echo
echo "== wasmtime-tiers show --release $newest"
$tool show --release "$newest"
echo
echo "== examples/quickstart.cpp (its static_asserts passed when it compiled)"
build/main/examples/quickstart
