# c10d's process-group headers are behind the switches LibTorch was built with: Gloo in both LibTorch
# builds (its headers from Debian's libgloo-dev), NCCL in the CUDA wheel (nccl.h from its nvidia-nccl
# package). Only `source` includes them: on its own, without the PCH (other macros). Gloo is optional:
# without its headers the build goes on, and data-parallel training on CPUs says it is not there.
function(hiernet_configure_c10d target source)
  find_path(HIERNET_GLOO_INCLUDE_DIR gloo/context.h)
  set(definitions USE_DISTRIBUTED)
  if(HIERNET_GLOO_INCLUDE_DIR)
    list(APPEND definitions USE_C10D_GLOO)
    target_include_directories(${target} PRIVATE "${HIERNET_GLOO_INCLUDE_DIR}")
  else()
    message(WARNING "gloo/context.h not found (Debian's libgloo-dev, installed by packaging/install-deps.sh): "
                    "building without Gloo, so data-parallel training on CPUs (--nproc with --device cpu) is unavailable")
  endif()
  if(TORCH_CUDA_LIBRARIES)
    find_path(HIERNET_NCCL_INCLUDE_DIR nccl.h HINTS "${HIERNET_TORCH_SITE}/nvidia/nccl/include")
    if(NOT HIERNET_NCCL_INCLUDE_DIR)
      message(FATAL_ERROR "nccl.h not found (the torch wheel's nvidia-nccl package): NCCL data parallelism cannot be built")
    endif()
    list(APPEND definitions USE_C10D_NCCL)
    target_include_directories(${target} PRIVATE "${HIERNET_NCCL_INCLUDE_DIR}")
  endif()
  set_source_files_properties(${source} PROPERTIES
    COMPILE_DEFINITIONS "${definitions}" SKIP_PRECOMPILE_HEADERS ON SKIP_UNITY_BUILD_INCLUSION ON)
endfunction()
