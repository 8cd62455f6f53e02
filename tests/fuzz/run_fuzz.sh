#!/bin/sh
# Runs the libFuzzer target of the tiers-document parser.
#   run_fuzz.sh regressions FUZZER REGRESSIONS_DIR
#       every input in REGRESSIONS_DIR (inputs that once crashed the parser) once; fails on any crash
#   run_fuzz.sh fuzz FUZZER UPSTREAM_DIR WORK_DIR SECONDS DICT
#       fuzzes for SECONDS, from a seed corpus of Wasmtime's shipped texts copied into WORK_DIR;
#       exits 77 (skipped) when UPSTREAM_DIR has no texts. A crash fails, and the input is kept
#       in WORK_DIR/crashes/ to be added to tests/fuzz/regressions/.
set -eu
mode=$1 fuzzer=$2
case $mode in
regressions)
  dir=$3
  set -- "$dir"/*
  if [ ! -e "$1" ]; then
    echo "FAIL: no regression inputs in $dir"
    exit 1
  fi
  echo "running $# regression input(s) from $dir"
  # -runs=1 per file: libFuzzer runs each named file once and stops at the first crash.
  exec "$fuzzer" -runs=1 "$@"
  ;;
fuzz)
  upstream=$3 work=$4 seconds=$5 dict=$6
  texts="$upstream/wasmtime-stability-tiers"
  if ! ls "$texts"/*.md >/dev/null 2>&1; then
    echo "SKIPPED: no seed corpus: Wasmtime's shipped texts are not at $texts (they come with ../shared)"
    exit 77
  fi
  rm -rf "$work/seeds" "$work/crashes"
  mkdir -p "$work/seeds" "$work/corpus" "$work/crashes"
  cp "$texts"/*.md "$work/seeds/"
  echo "fuzzing for ${seconds}s; seeds: $(ls "$work/seeds" | wc -l) texts from $texts"
  if "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -dict="$dict" \
      -artifact_prefix="$work/crashes/" -print_final_stats=1 "$work/corpus" "$work/seeds"; then
    echo "PASS: no crash in ${seconds}s"
  else
    echo "FAIL: the fuzzer found a crash; the input is in $work/crashes/:"
    ls -l "$work/crashes/"
    echo "Keep it as tests/fuzz/regressions/<name> and fix the parser."
    exit 1
  fi
  ;;
*)
  echo "usage: run_fuzz.sh regressions FUZZER DIR | fuzz FUZZER UPSTREAM WORK SECONDS DICT" >&2
  exit 2
  ;;
esac
