// Catch2 runner for server tests that touch QGIS (the app on a server store): one QgsApplication,
// offscreen, and one throwaway PostgreSQL cluster for the executable, stopped after the session.
#define CATCH_CONFIG_RUNNER
#include "qgis/qgisruntime.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

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
    lagesbild::test::ThrowawayServer::stopShared();
    lagesbild::QgisRuntime::shutdown();
  }
  return exitCode;
}
