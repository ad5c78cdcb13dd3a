# Compiler settings for our own targets: warnings as errors, optional sanitizers.
# Third-party headers (Qt, QGIS, GDAL) come in as SYSTEM includes so -Werror applies to our code only.
add_library(lagesbild_warnings INTERFACE)
target_compile_options(lagesbild_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Werror -Wno-error=deprecated-declarations
  # gcc 12 reports false positives on std::variant at -O2/-O3 (GCC bug 105562 and relatives).
  $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
target_compile_definitions(lagesbild_warnings INTERFACE
  QT_DISABLE_DEPRECATED_BEFORE=0x050F00)

if(LAGESBILD_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
