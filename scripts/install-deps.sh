#!/bin/sh
# Installs, from Debian 12's packages, whatever this project needs that the machine lacks.
#   scripts/install-deps.sh [--tests] [extra packages...]
# --tests adds what only scripts/test.sh needs (its Clang 19 build with libc++, the sanitizers and
# libFuzzer; pkg-config and git for the consumer tests; libclang's Python bindings, which read
# Wasmtime's released headers for the integration tests; the cross compilers and musl's headers
# that tests/host proves target::host with; clang-format-14, which the style test runs).
set -eu
test_packages="clang-19 libclang-rt-19-dev libc++-19-dev libc++abi-19-dev pkgconf git python3-clang-14
  g++-aarch64-linux-gnu g++-s390x-linux-gnu g++-riscv64-linux-gnu g++-i686-linux-gnu
  g++-arm-linux-gnueabihf g++-powerpc64le-linux-gnu g++-mingw-w64-x86-64 musl-dev clang-format-14"
if [ "${1:-}" = --tests ]; then shift; set -- $test_packages "$@"; fi
packages="cmake ninja-build g++ clang python3 libboost1.81-dev doctest-dev libmd4c-dev
  libmd4c-html0-dev libcli11-dev libfmt-dev nlohmann-json3-dev $*"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >/dev/null || echo "apt-get update failed; trying the package lists already here" >&2
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing >/dev/null
