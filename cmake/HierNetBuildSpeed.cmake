# Build speed: ccache (with the settings under which it caches compiles that use the torch PCH), unity
# builds, and one precompiled <torch/torch.h> shared by every target that includes torch headers.
# A clean build of both LibTorch builds and their tests fits CI's time on two cores only with all three.
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  # ccache caches compiles that use the torch PCH only with these sloppiness settings (and GCC's
  # -fpch-preprocess, hiernet_cache_friendly_pch); the base dir makes hits independent of where the checkout lives.
  set(CMAKE_CXX_COMPILER_LAUNCHER
      "${CMAKE_COMMAND};-E;env;CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime;CCACHE_BASEDIR=${PROJECT_SOURCE_DIR};${CCACHE_PROGRAM}")
endif()

function(hiernet_cache_friendly_pch options_target)
  if(CCACHE_PROGRAM AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${options_target} INTERFACE -fpch-preprocess)
  endif()
endfunction()

# Unity builds: loading the torch PCH costs 10-30 s per translation unit, more than most of our files
# take to compile; eight sources per unit pay it once (a clean build takes a fraction of the time).
# -DCMAKE_UNITY_BUILD=OFF compiles file by file (faster incremental builds while editing one file).
set(HIERNET_UNITY_BATCH 8 CACHE STRING "Sources per unity translation unit")
function(hiernet_unity_build target)
  if(NOT DEFINED CMAKE_UNITY_BUILD OR CMAKE_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${HIERNET_UNITY_BATCH})
  endif()
endfunction()

# Targets whose sources include torch headers reuse the core's precompiled <torch/torch.h>: parsing it
# is most of the compile time of such a file. GCC takes a PCH only with the same -fPIC/-fPIE setting:
# the core is compiled -fPIC, so these are too (a trailing -fPIC overrides the -fPIE of executables).
function(hiernet_reuse_torch_pch target)
  target_compile_options(${target} PRIVATE -fPIC)
  target_precompile_headers(${target} REUSE_FROM hiernet_core)
endfunction()

