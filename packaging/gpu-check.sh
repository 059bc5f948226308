#!/usr/bin/env bash
# Everything the CUDA path needs checked on a GPU machine, in one call: builds the core, the `hiernet` CLI
# and the Qt Test suites (no studio) against python3's LibTorch with CUDA, runs every test (tst_cuda on the
# GPU), trains a small reproduction on the GPU, then the speed table of gpu-bench.sh.
#
#   packaging/gpu-check.sh CARRY_DIR OUT_DIR
#
# CARRY_DIR holds what a bare GPU image lacks, prepared on a Debian 12 machine:
#   debs/          apt-get download qt6-base-dev qt6-base-dev-tools qmake6 libqt6core6 libqt6test6 libicu72
#                  libdouble-conversion3 libpcre2-16-0 libb2-1 libglib2.0-0 nlohmann-json3-dev zlib1g zlib1g-dev
#                  libgloo-dev (c10d's Gloo headers) libstb-dev libstb0 (image decoding and PNG writing)
#   fashion-mnist/ a copy of /usr/share/datasets/fashion-mnist
# The packages are unpacked into CARRY_DIR/root (never into /), which goes on CMAKE_PREFIX_PATH and
# LD_LIBRARY_PATH. OUT_DIR receives the logs, reproduce-results.json and the bench table.
# A shorter rerun: TARGETS="tst_cuda tst_runs" (build only these), TESTS=REGEX (ctest -R), TESTS_ONLY=1
# (no reproduction, no bench).
set -uo pipefail
carry=$(realpath "${1:?carry folder}")
out=$(realpath "${2:?output folder}")
cd "$(dirname "$0")/.."
root="$carry/root"
mkdir -p "$root" "$out"
for deb in "$carry"/debs/*.deb; do dpkg -x "$deb" "$root"; done
export LD_LIBRARY_PATH="$root/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda)'

start=$(date +%s)
cmake -S . -B build-gpu -G Ninja -DCMAKE_BUILD_TYPE=Release -DHIERNET_BUILD_GUI=OFF -DHIERNET_BUILD_TESTS=ON \
      -DHIERNET_TORCH_PYTHON="$(command -v python3)" -DHIERNET_REQUIRE_CUDA=ON \
      -DCMAKE_PREFIX_PATH="$root/usr;$root/usr/share/cmake;$root/usr/lib/x86_64-linux-gnu/cmake" > "$out/configure.log" 2>&1 \
  || { tail -30 "$out/configure.log"; exit 1; }
# shellcheck disable=SC2086
cmake --build build-gpu -j "$(nproc)" ${TARGETS:+--target $TARGETS} > "$out/build.log" 2>&1 || { grep -m5 -B2 -A12 "error" "$out/build.log"; exit 1; }
echo "build: $(( $(date +%s) - start )) s"

start=$(date +%s)
(cd build-gpu && ctest --output-on-failure -j 4 ${TESTS:+-R "$TESTS"} > "$out/ctest.log" 2>&1; grep -E "tests passed|Failed|\*\*\*|FAIL!|Loc:" "$out/ctest.log")
(cd build-gpu && ctest -L cuda -V 2>&1 | grep -E "PASS|FAIL|SKIP|QINFO|QWARN|Totals" | tee -a "$out/ctest.log")
echo "tests: $(( $(date +%s) - start )) s"
hiernet=build-gpu/app/hiernet
"$hiernet" devices

# Data parallel on NCCL: one process per GPU when there are two or more; with one GPU a single NCCL rank
# (its process group, barrier and all-reduce) and two Gloo ranks on the CPU.
gpus=$(nvidia-smi --list-gpus | wc -l)
if [ "$gpus" -ge 2 ]; then
  "$hiernet" bench train --arch resnet --n 3 --batch 256 --device cuda --nproc "$gpus" --json | tee "$out/bench-nproc.json"
  "$hiernet" bench train --arch resnet --n 3 --batch 256 --device cuda --nproc "$gpus" --sync-bn --json | tee -a "$out/bench-nproc.json"
  "$hiernet" train-backbone --data "fashion-mnist:$carry/fashion-mnist" --n 1 --iterations 200 --batch 256 --device cuda \
    --nproc "$gpus" --sync-bn --out /tmp/nccl-run 2>&1 | tail -3
else
  WORLD_SIZE=1 RANK=0 LOCAL_RANK=0 MASTER_ADDR=127.0.0.1 MASTER_PORT=29517 \
    "$hiernet" bench train --arch resnet --n 3 --batch 256 --device cuda --steps 5 --json | tee "$out/bench-nccl-one-rank.json"
fi
"$hiernet" bench train --arch resnet --n 3 --batch 256 --device cpu --steps 5 --nproc 2 --json | tee "$out/bench-gloo.json"
[ -n "${TESTS_ONLY:-}" ] && exit 0

# A whole reproduction on the GPU with every speed switch: backbone, CPM, grouping, HierNet, test table.
start=$(date +%s)
"$hiernet" reproduce --data "fashion-mnist:$carry/fashion-mnist" --arch resnet --n 3 --schedule quick --device cuda \
  --channels-last --bf16 --cuda-graphs --out /tmp/reproduce > "$out/reproduce.log" 2>&1 || tail -20 "$out/reproduce.log"
echo "reproduce: $(( $(date +%s) - start )) s"
tail -15 "$out/reproduce.log"
cp /tmp/reproduce/results.json "$out/reproduce-results.json" 2>/dev/null

HIERNET_BIN=$hiernet SKIP_REFERENCE=1 packaging/gpu-bench.sh /dev/null /tmp/bench | tee "$out/bench.txt"
cp /tmp/bench/hiernet-bench.jsonl "$out/"
