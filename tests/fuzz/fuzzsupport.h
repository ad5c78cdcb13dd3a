// Support for the libFuzzer targets in tests/fuzz: one QCoreApplication for the process (as the
// CLI has), GDAL's drivers registered, and FUZZ_CHECK, which aborts (a finding) when a property
// every input must keep is broken.
#pragma once

#include <QCoreApplication>

#include <gdal.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>

#define FUZZ_CHECK(condition)                                                                                                              \
  do                                                                                                                                       \
  {                                                                                                                                        \
    if (!(condition))                                                                                                                      \
    {                                                                                                                                      \
      std::fprintf(stderr, "%s:%d: property broken: %s\n", __FILE__, __LINE__, #condition);                                                \
      std::abort();                                                                                                                        \
    }                                                                                                                                      \
  } while (false)

namespace lagesbild::fuzz
{

//! Creates the application object once (libFuzzer's LLVMFuzzerInitialize passes argc/argv).
inline void initialise(int *argc, char ***argv)
{
  // Never destroyed: libFuzzer ends the process through exit(), and a QCoreApplication torn
  // down by an exit handler after Qt's own globals crashes.
  static QCoreApplication *application = nullptr;
  if (!application)
    application = new QCoreApplication(*argc, *argv);
  GDALAllRegister();
}

inline std::string_view bytes(const uint8_t *data, size_t size)
{
  return std::string_view(reinterpret_cast<const char *>(data), size);
}

} // namespace lagesbild::fuzz
