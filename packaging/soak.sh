#!/usr/bin/env bash
# Soak test: the tiny `hiernet reproduce` (backbone → CPM → grouping → HierNet with root pre-training → same budget →
# test table) on a generated 4-class IDX set, again and again, under AddressSanitizer and UndefinedBehaviorSanitizer
# (the build of packaging/sanitize.sh, build-asan/), every other run with two Gloo processes (--nproc 2). Stops at the
# first run that fails, keeping its folder and log; prints how many passed. Long (each run some tens of seconds);
# CI does not run it.
# SANITIZE=thread: the same under ThreadSanitizer (build-tsan/).
#   packaging/soak.sh [RUNS, default 50] [--only-nproc | --no-nproc]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
mode=${2:-}
source packaging/sanitizer-env.sh
configure_sanitized_build
cmake --build "$sanitizer_build" --target hiernet
work=$(mktemp -d "${TMPDIR:-/tmp}/hiernet-soak.XXXXXX")
data="$work/data"
mkdir -p "$data"
# 4 classes of 8×8 grey images whose class shows in the brightness (learnable), 24 train and 12 test images each.
python3 - "$data" <<'PY'
import random, struct, sys
random.seed(7)
d = sys.argv[1]
def write(name, n):
    labels = [i % 4 for i in range(n)]
    with open(f"{d}/{name}-images-idx3-ubyte", "wb") as f:
        f.write(struct.pack(">IIII", 2051, n, 8, 8))
        for label in labels:
            f.write(bytes(min(255, 50 * label + random.randint(0, 80)) for _ in range(64)))
    with open(f"{d}/{name}-labels-idx1-ubyte", "wb") as f:
        f.write(struct.pack(">II", 2049, n))
        f.write(bytes(labels))
write("train", 96)
write("t10k", 48)
open(f"{d}/classes.txt", "w").write("a\nb\nc\nd\n")
PY
passed=0
for ((i = 1; i <= runs; ++i)); do
  processes=1
  if [[ $mode == --only-nproc ]] || { [[ $mode != --no-nproc ]] && ((i % 2 == 0)); }; then processes=2; fi
  out="$work/run-$i"
  if ! "$sanitizer_build/app/hiernet" reproduce --data "idx:$data" --n 1 --p-min 0 --g-max 2 --iterations 12 --batch 8 \
      --validate-every 6 --device cpu --nproc "$processes" --seed "$i" --out "$out" >"$out.log" 2>&1; then
    echo "soak: run $i (--nproc $processes) failed after $passed passed; its folder and log: $out, $out.log" >&2
    tail -n 40 "$out.log" >&2
    exit 1
  fi
  passed=$((passed + 1))
  rm -rf "$out" "$out.log"
  echo "soak: run $i passed (--nproc $processes)"
done
echo "soak: $passed of $runs runs passed under $sanitizers ($sanitizer_build/)"
rm -rf "$work"
