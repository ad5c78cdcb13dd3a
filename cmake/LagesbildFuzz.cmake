# LAGESBILD_FUZZ: builds the core with clang's libFuzzer instrumentation, AddressSanitizer and
# UndefinedBehaviorSanitizer (UB aborts), so the fuzz targets in tests/fuzz find crashes, leaks
# and undefined behaviour in our code. Preset `fuzz`; run with tools/fuzz.sh.
if(NOT LAGESBILD_FUZZ)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "LAGESBILD_FUZZ needs clang (libFuzzer): use the `fuzz` preset")
endif()
if(LAGESBILD_BUILD_APP)
  message(FATAL_ERROR "LAGESBILD_FUZZ builds the core only: set LAGESBILD_BUILD_APP=OFF")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
add_link_options(-fsanitize=address,undefined)
