# LibTorch discovery: Debian's libtorch-dev by default, or the LibTorch inside a Python torch wheel
# (HIERNET_TORCH_PYTHON, set by the `cuda` preset) with the wheel's own CUDA runtime. Sets what
# find_package(Torch) sets, plus HIERNET_TORCH_SITE (the wheel's site-packages) for the wheel's NCCL headers.
# LibTorch: Debian's libtorch-dev by default; the `cuda` preset points HIERNET_TORCH_PYTHON at the
# virtual environment that `packaging/install-deps.sh --cuda` made, whose torch wheel carries LibTorch with CUDA.
set(HIERNET_TORCH_PYTHON "" CACHE FILEPATH "Python whose torch package provides LibTorch (empty: find LibTorch as usual)")
option(HIERNET_REQUIRE_CUDA "Fail at configure time unless the LibTorch found has CUDA" OFF)
if(HIERNET_TORCH_PYTHON)
  if(NOT EXISTS "${HIERNET_TORCH_PYTHON}")
    message(FATAL_ERROR "HIERNET_TORCH_PYTHON: '${HIERNET_TORCH_PYTHON}' does not exist; "
                        "run `packaging/install-deps.sh --cuda` first")
  endif()
  execute_process(
    COMMAND "${HIERNET_TORCH_PYTHON}" -c "import os, torch; print(os.path.dirname(torch.__file__) + ';' + torch.utils.cmake_prefix_path)"
    OUTPUT_VARIABLE HIERNET_TORCH_PREFIX OUTPUT_STRIP_TRAILING_WHITESPACE
    ERROR_VARIABLE HIERNET_TORCH_ERROR RESULT_VARIABLE HIERNET_TORCH_RESULT)
  if(NOT HIERNET_TORCH_RESULT EQUAL 0)
    message(FATAL_ERROR "HIERNET_TORCH_PYTHON: '${HIERNET_TORCH_PYTHON}' cannot import torch:\n${HIERNET_TORCH_ERROR}"
                        "run `packaging/install-deps.sh --cuda` to install it")
  endif()
  # The package root too: its lib/ must win over Debian's libtorch.so when both are installed.
  list(PREPEND CMAKE_PREFIX_PATH ${HIERNET_TORCH_PREFIX})
  # The wheel's CUDA runtime (pip's nvidia-* packages beside torch), not the toolkit's: libtorch_cuda.so
  # needs their versions (NCCL, cudart), and a toolkit library folder in the programs' RPATH would make
  # both the linker and the loader take the toolkit's older copies.
  list(GET HIERNET_TORCH_PREFIX 0 HIERNET_TORCH_ROOT)
  get_filename_component(HIERNET_TORCH_SITE "${HIERNET_TORCH_ROOT}/.." ABSOLUTE)
  file(GLOB HIERNET_WHEEL_CUDART "${HIERNET_TORCH_SITE}/nvidia/cu*/lib/libcudart.so.*")
  file(GLOB HIERNET_WHEEL_NVRTC "${HIERNET_TORCH_SITE}/nvidia/cu*/lib/libnvrtc.so.*")
  if(HIERNET_WHEEL_CUDART AND HIERNET_WHEEL_NVRTC)
    list(GET HIERNET_WHEEL_CUDART 0 CUDA_cudart_LIBRARY)
    list(GET HIERNET_WHEEL_NVRTC 0 CUDA_nvrtc_LIBRARY)
    set(CUDA_cudart_LIBRARY "${CUDA_cudart_LIBRARY}" CACHE FILEPATH "CUDA runtime of the torch wheel" FORCE)
    set(CUDA_nvrtc_LIBRARY "${CUDA_nvrtc_LIBRARY}" CACHE FILEPATH "NVRTC of the torch wheel" FORCE)
    set(CUDA_NVRTC_LIB "${CUDA_nvrtc_LIBRARY}" CACHE FILEPATH "NVRTC of the torch wheel" FORCE)
  endif()
  # The CUDA Toolkit the wheel's TorchConfig looks for: nvcc may not be on PATH in a non-login shell.
  if(NOT CUDAToolkit_ROOT AND NOT DEFINED ENV{CUDAToolkit_ROOT} AND EXISTS /usr/local/cuda/bin/nvcc)
    set(CUDAToolkit_ROOT /usr/local/cuda)
  endif()
endif()
find_package(Torch REQUIRED)
if(HIERNET_REQUIRE_CUDA AND NOT TORCH_CUDA_LIBRARIES)
  message(FATAL_ERROR "HIERNET_REQUIRE_CUDA: the LibTorch found (${Torch_DIR}) has no CUDA")
endif()
message(STATUS "LibTorch ${Torch_VERSION}: ${TORCH_LIBRARY}, CUDA: ${TORCH_CUDA_LIBRARIES}")
