#!/bin/sh
# The main job: build the wasmtime-tiers tool; show the tier table of the newest Wasmtime release;
# check this machine's target, with the features a typical component embedding uses, against the
# production-ready policy; then compile and run an example that checks a few entities at compile
# time.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/main -G Ninja -DCMAKE_BUILD_TYPE=Release -DWASMTIME_TIERS_BUILD_TESTS=OFF >/dev/null
cmake --build build/main
tool=build/main/tools/wasmtime-tiers/wasmtime-tiers

echo
echo "== wasmtime-tiers show"
$tool show

features=simd,bulk-memory,reference-types,multi-value,component-model,wasi-io,wasi-filesystem,wasi-http
echo
echo "== wasmtime-tiers check --policy production-ready --target host --features $features --backend cranelift"
# Exit status 1 is the answer "this machine's target or a feature is below Tier 1" (the violations
# are printed): shown, not fatal. Exit status 2 (a usage error) stops the script.
status=0
$tool check --policy production-ready --target host --features "$features" --backend cranelift || status=$?
[ "$status" -le 1 ] || exit "$status"
echo "(exit status $status: 0 when the policy is satisfied, 1 when it is not)"

echo
echo "== examples/quickstart.cpp (its static_asserts passed when it compiled)"
build/main/examples/quickstart
