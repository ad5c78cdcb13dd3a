// Catch2 runner for tests that touch QGIS: one QgsApplication, offscreen, for the session
// (as QField does), initialised through the same QgisRuntime as the app and the CLI.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "qgis/qgisruntime.h"

#include <qgsapplication.h>

#include <QTemporaryDir>

int main(int argc, char *argv[])
{
  // Settings and profiles of the test run go to a temporary folder, never the user's.
  QTemporaryDir home;
  qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
  qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
  int exitCode = 0;
  {
    auto application = lagesbild::QgisRuntime::createHeadlessApplication(argc, argv);
    exitCode = Catch::Session().run(argc, argv);
    lagesbild::QgisRuntime::shutdown();
  }
  return exitCode;
}
