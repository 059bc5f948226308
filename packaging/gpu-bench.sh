#!/usr/bin/env bash
# Issue #8's speed table on a GPU machine in one go: builds the core and the `hiernet` CLI against the
# Python wheel's LibTorch (CUDA), runs the reference probes of ../shared/bench-ref and then the same
# models through `hiernet bench train`, all in this one call so the figures compare.
#
#   packaging/gpu-bench.sh BENCH_REF_DIR OUT_DIR [EXTRA_PREFIX]
#
# BENCH_REF_DIR: a copy of ../shared/bench-ref (graphs_ref.py, resnet_ref.py). EXTRA_PREFIX: a folder
# with headers the image may lack (`dpkg -x` of nlohmann-json3-dev / zlib1g-dev), added to
# CMAKE_PREFIX_PATH. Writes OUT_DIR/graphs_ref.json, OUT_DIR/hiernet-bench.jsonl and a table on stdout.
# For a dry run elsewhere: HIERNET_BIN (skip the build), DEVICE (cuda), DEPTHS ("3 18"), STEPS (50).
# SKIP_REFERENCE=1 leaves out graphs_ref.py (compare with a stored results/ file of the same GPU instead).
set -euo pipefail
ref=${1:?bench-ref folder}
out=${2:?output folder}
extra=${3:-}
mkdir -p "$out"
cd "$(dirname "$0")/.."

hiernet=${HIERNET_BIN:-}
if [ -z "$hiernet" ]; then
  prefix=""
  [ -n "$extra" ] && prefix="$extra/usr;$extra/usr/share/cmake;$extra/usr/lib/x86_64-linux-gnu/cmake"
  start=$(date +%s)
  # LibTorch and its CUDA runtime libraries from python3's torch package (as the `cuda` preset does).
  cmake -S . -B build-gpu -G Ninja -DCMAKE_BUILD_TYPE=Release -DHIERNET_BUILD_GUI=OFF -DHIERNET_BUILD_TESTS=OFF \
        -DHIERNET_TORCH_PYTHON="$(command -v python3)" -DHIERNET_REQUIRE_CUDA=ON -DCMAKE_PREFIX_PATH="$prefix" > "$out/configure.log"
  cmake --build build-gpu --target hiernet > "$out/build.log"
  echo "build: $(( $(date +%s) - start )) s"
  hiernet=build-gpu/app/hiernet
fi
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true

if [ -z "${SKIP_REFERENCE:-}" ]; then
  python3 "$ref/graphs_ref.py" "$out/graphs_ref.json" > "$out/graphs_ref.log" 2>&1 || echo "graphs_ref.py failed (see $out/graphs_ref.log)"
fi

bench() { "$hiernet" bench train --arch resnet --classes 100 --batch 128 --device "${DEVICE:-cuda}" --steps "${STEPS:-50}" --warmup 10 --json "$@"; }
: > "$out/hiernet-bench.jsonl"
runs=("" "--channels-last" "--channels-last --bf16" "--channels-last --bf16 --cuda-graphs")
# The eager fused rows (fp32 and bf16, channels-last) count their ops too: the op floor of issue #29.
hiernet_runs=("--fused" "--fused --channels-last --count-ops" "--fused --channels-last --bf16 --count-ops"
              "--fused --channels-last --bf16 --cuda-graphs" "--fused --channels-last --bf16 --cuda-graphs --with-data")
for n in ${DEPTHS:-3 18}; do
  for model in backbone hiernet; do
    list=("${runs[@]}")
    [ "$model" = hiernet ] && list+=("${hiernet_runs[@]}")
    for switches in "${list[@]}"; do
      # shellcheck disable=SC2086
      if ! bench --n "$n" --model "$model" --groups 7 $switches > "$out/last.json" 2> "$out/last.err"; then
        echo "{\"n\": $n, \"model\": \"$model\", \"switches\": \"$switches\", \"failed\": true}" >> "$out/hiernet-bench.jsonl"
        cat "$out/last.err"
        continue
      fi
      python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$out/last.json" >> "$out/hiernet-bench.jsonl"
    done
  done
done
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
for line in open(f"{out}/hiernet-bench.jsonl"):
    r = json.loads(line)
    if r.get("failed"):
        print("FAILED", r); continue
    sw = [k for k in ("fused_siblings", "channels_last", "bf16", "cuda_graphs", "with_data") if r.get(k)]
    ops = f"  {r['ops_per_step']} ops/step" if "ops_per_step" in r else ""
    print(f"{r['model']:32s} {'+'.join(sw) or 'eager fp32':55s} {r['images_per_second']:10.0f} images/s{ops}")
try:
    print(json.dumps(json.load(open(f"{out}/graphs_ref.json")), indent=1))
except Exception as e:
    print("no graphs_ref.json:", e)
PY
