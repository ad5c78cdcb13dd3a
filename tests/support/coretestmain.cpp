// Catch2 runner for the core tests: a QCoreApplication exists for the whole session so Qt's
// text codecs, time zones and translations behave as in the product.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  return Catch::Session().run(argc, argv);
}
