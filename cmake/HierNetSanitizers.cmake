# Sanitizers and fuzzing for every target: HIERNET_SANITIZE (e.g. address;undefined, or thread) and
# HIERNET_FUZZ (libFuzzer with ASan and UBSan; clang only, tests/fuzz).
if(HIERNET_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "HIERNET_FUZZ needs clang (libFuzzer): configure with CXX=clang++")
  endif()
  # Coverage and checks in every library the targets reach; the targets themselves link libFuzzer.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -g)
  add_link_options(-fsanitize=address,undefined)
endif()
if(HIERNET_SANITIZE)
  list(JOIN HIERNET_SANITIZE "," HIERNET_SANITIZE_LIST)
  add_compile_options(-fsanitize=${HIERNET_SANITIZE_LIST} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=${HIERNET_SANITIZE_LIST})
endif()

