#!/usr/bin/env bash
# Fuzzes every reader of outside data (tests/fuzz): builds the libFuzzer targets with clang into
# build-fuzz/, makes their seed corpora, and runs each target for SECONDS (default 20: CI's smoke run;
# issue #19's long runs use 600). TARGETS="idx cpm" picks some. A crash, leak, timeout or an escaped
# exception other than hiernet::Error fails the script; the input is kept in build-fuzz/findings/.
# SEED=1 RUNS=N make a run repeatable (a fixed seed, at most N inputs; CI uses them, so its run is a
# prefix of one checked before); RUNS bounds each target, SECONDS still does too.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
targets=${TARGETS:-idx cifar image_folder cpm npy hierarchy run_files checkpoint dataset_download}
seed=${SEED:-0}
runs=${RUNS:--1}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DHIERNET_FUZZ=ON -DHIERNET_BUILD_GUI=OFF -DHIERNET_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz --target hiernet_fuzz_all
rm -rf build-fuzz/seeds && build-fuzz/tests/fuzz/hiernet_fuzz_seeds build-fuzz/seeds >/dev/null
mkdir -p build-fuzz/findings
status=0
for target in $targets; do
  mkdir -p "build-fuzz/corpus/$target"
  log="build-fuzz/fuzz_$target.log"
  # Leaks are findings too, except LibTorch's own (tests/fuzz/lsan.supp names and explains each).
  if ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=tests/fuzz/lsan.supp build-fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -seed="$seed" -runs="$runs" -timeout=10 -rss_limit_mb=4096 \
       -max_len=65536 -print_final_stats=1 -artifact_prefix="build-fuzz/findings/$target-" \
       "build-fuzz/corpus/$target" "build-fuzz/seeds/$target" $(ls -d "tests/fuzz/regressions/$target" 2>/dev/null) >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
    tail -40 "$log" >&2
  fi
  executed=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  echo "fuzz_$target: $result, $executed executions (at most ${seconds} s) (log: $log)"
done
exit $status
