#!/usr/bin/env bash
# Installs everything HierNet Studio needs to build, test and run on Debian 12 (bookworm).
#
#   packaging/install-deps.sh           Debian packages (Qt 6, QCustomPlot, Debian's CPU LibTorch 1.13, ...)
#   packaging/install-deps.sh --cuda    the same, plus LibTorch with CUDA from the pinned PyPI `torch` wheel,
#                                       in the virtual environment .venv-cuda/ of this checkout (the `cuda`
#                                       CMake preset builds against it)
#   packaging/install-deps.sh --fuzz    the same, plus clang and its libFuzzer runtime (packaging/fuzz.sh)
#
# Safe to run again: apt and pip skip what is already there, and pip reuses its own cache.
set -euo pipefail

# The LibTorch of the `cuda` build. Bump deliberately: the tests of both builds must pass with it.
TORCH_WHEEL_VERSION=2.15.0

with_cuda=false
with_fuzz=false
for arg in "$@"; do
  case "$arg" in
    --cuda) with_cuda=true ;;
    --fuzz) with_fuzz=true ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "install-deps: unknown option '$arg' (known: --cuda, --fuzz)" >&2; exit 2 ;;
  esac
done

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  libtorch-dev libgloo-dev zlib1g-dev nlohmann-json3-dev libstb-dev
  libcurl4-openssl-dev libarchive-dev libssl-dev
  dataset-fashion-mnist
  xvfb xauth
  poppler-utils man-db desktop-file-utils appstream
  dpkg-dev file lintian clang-format
  qt6-translations-l10n
)
$with_cuda && packages+=(python3-venv)
$with_fuzz && packages+=(clang libclang-rt-14-dev)

run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} Debian packages already installed"
else
  echo "install-deps: installing ${missing[*]}"
  run_as_root apt-get update -q
  run_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

$with_cuda || exit 0

# LibTorch with CUDA: the wheel ships headers, libtorch_cuda.so and TorchConfig.cmake; its CUDA runtime
# libraries (cuBLAS, cuDNN, NCCL, ...) come as its pip dependencies and are found through the wheel's RPATH.
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv-cuda"
python=${PYTHON:-python3}
if [ ! -x "$venv/bin/python" ]; then
  echo "install-deps: creating $venv"
  "$python" -m venv "$venv"
fi
installed=$("$venv/bin/python" -W ignore -c 'import torch; print(torch.__version__)' 2>/dev/null || true)
if [ "${installed%%+*}" = "$TORCH_WHEEL_VERSION" ]; then
  echo "install-deps: torch $installed already in $venv"
else
  echo "install-deps: installing torch==$TORCH_WHEEL_VERSION into $venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "torch==$TORCH_WHEEL_VERSION"
fi
"$venv/bin/python" -W ignore - <<'PY'
import torch
print(f"install-deps: LibTorch {torch.__version__} (CUDA {torch.version.cuda}) at {torch.utils.cmake_prefix_path}")
PY
