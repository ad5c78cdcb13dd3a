// The lean lagesbild-cli and its helpers: import, demo, interventions, addresses and hot spots
// written to a GeoPackage run in lagesbild-cli-gdal, report and field-package in
// lagesbild-cli-qgis, all through lagesbild-cli as before (arguments, output, exit codes), while
// lagesbild-cli itself loads neither GDAL nor QGIS and starts fast; without a helper it says so.
#include "clirunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace lagesbild::clitest;

namespace
{
const QString kCli = QStringLiteral(LAGESBILD_BINARY_DIR "/bin/lagesbild-cli");

//! Runs a copy of the command line (one without its helpers beside it) with English messages.
CliRun runInEnglish(const QString &program, const QStringList &arguments)
{
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("LAGESBILD_LANG"), QStringLiteral("en"));
  process.setProcessEnvironment(environment);
  process.start(program, arguments);
  REQUIRE(process.waitForFinished(60000));
  return CliRun{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

TEST_CASE("lagesbild-cli hands report and field-package to its QGIS helper with the same arguments and exit codes", "[cli][report]")
{
  const CliRun reportHelp = runCli({QStringLiteral("report"), QStringLiteral("--help")});
  CHECK(reportHelp.exitCode == 0);
  CHECK(reportHelp.output.contains(QStringLiteral("Usage: lagesbild-cli report STORE --period FROM..TO")));
  const CliRun packageHelp = runCli({QStringLiteral("field-package"), QStringLiteral("--help")});
  CHECK(packageHelp.exitCode == 0);
  CHECK(packageHelp.output.contains(QStringLiteral("Usage: lagesbild-cli field-package")));
  // A usage error stays exit 2, with the command's own message.
  const CliRun noPeriod = runCli({QStringLiteral("report"), QStringLiteral("store.gpkg")});
  CHECK(noPeriod.exitCode == 2);
  CHECK(noPeriod.error.contains(QStringLiteral("lagesbild-cli report")));
  // The overview lists both as available commands.
  const CliRun overview = runCli({QStringLiteral("--help")});
  CHECK(overview.exitCode == 0);
  CHECK(overview.output.contains(QStringLiteral("report")));
  CHECK(overview.output.contains(QStringLiteral("field-package")));
  CHECK_FALSE(overview.output.contains(QStringLiteral("not built yet")));
}

TEST_CASE("lagesbild-cli links no QGIS and no GDAL: it starts without QGIS, Qt Widgets, WebKit, GDAL or PROJ", "[cli]")
{
#ifdef Q_OS_LINUX
  if (qEnvironmentVariableIsSet("LAGESBILD_CLI"))
  {
    WARN("skipped: checks the CLI of this build, not $LAGESBILD_CLI");
    return;
  }
  QProcess ldd;
  ldd.start(QStringLiteral("ldd"), {kCli});
  if (!ldd.waitForFinished(30000) || ldd.exitCode() != 0)
  {
    WARN("skipped: ldd is not available");
    return;
  }
  const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
  CHECK(libraries.contains(QRegularExpression(QStringLiteral("libQt\\dCore"))));
  CHECK_FALSE(libraries.contains(QStringLiteral("libqgis")));
  CHECK_FALSE(libraries.contains(QRegularExpression(QStringLiteral("libQt\\d(Widgets|Gui|WebKit)"))));
  CHECK_FALSE(libraries.contains(QStringLiteral("libgdal")));
  CHECK_FALSE(libraries.contains(QStringLiteral("libproj")));
#else
  WARN("skipped: the shared libraries are listed with ldd on Linux");
#endif
}

TEST_CASE("Without its QGIS helper beside it, lagesbild-cli report fails with a message and other commands still run", "[cli]")
{
  if (qEnvironmentVariableIsSet("LAGESBILD_CLI"))
  {
    WARN("skipped: copies the CLI of this build, not $LAGESBILD_CLI");
    return;
  }
  QTemporaryDir dir;
  const QString alone = dir.filePath(QStringLiteral("lagesbild-cli"));
  REQUIRE(QFile::copy(kCli, alone));
  const auto run = [&alone](const QStringList &arguments) { return runInEnglish(alone, arguments); };
  const CliRun report = run({QStringLiteral("report"), QStringLiteral("--help")});
  CHECK(report.exitCode == 1);
  CHECK(report.error.contains(QStringLiteral("lagesbild-cli report: could not start the part that needs QGIS")));
  CHECK(report.error.contains(QStringLiteral("lagesbild-cli-qgis")));
  const CliRun init = run({QStringLiteral("init"), QStringLiteral("--help")});
  CHECK(init.exitCode == 0);
  CHECK(init.output.contains(QStringLiteral("Usage: lagesbild-cli init")));
}

TEST_CASE("lagesbild-cli hands the GDAL commands and GeoPackage hot spots to its GDAL helper, and writes heat maps itself",
          "[cli][hotspots]")
{
  QTemporaryDir dir;
  const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
  const CliRun demo = runCli({QStringLiteral("demo"), store});
  INFO(demo.error.toStdString());
  REQUIRE(demo.exitCode == 0);
  const CliRun importHelp = runCli({QStringLiteral("import"), QStringLiteral("--help")});
  CHECK(importHelp.exitCode == 0);
  CHECK(importHelp.output.contains(QStringLiteral("Usage: lagesbild-cli import STORE FILE")));
  // Gi* to a GeoPackage: written by GDAL in the helper, the same command line and output.
  const QString gpkg = dir.filePath(QStringLiteral("gistar.gpkg"));
  const CliRun gistar =
    runCli({QStringLiteral("hotspots"), store, QStringLiteral("--method"), QStringLiteral("gistar"), QStringLiteral("--out"), gpkg});
  INFO(gistar.error.toStdString());
  CHECK(gistar.exitCode == 0);
  CHECK(QFile::exists(gpkg));
  CHECK(gistar.output.contains(gpkg));
  // A usage error found by the helper is still exit 2.
  const CliRun badCell = runCli({QStringLiteral("hotspots"), store, QStringLiteral("--method"), QStringLiteral("gistar"),
                                 QStringLiteral("--cell"), QStringLiteral("x"), QStringLiteral("--out"), gpkg});
  CHECK(badCell.exitCode == 2);
}

TEST_CASE("Without its GDAL helper beside it, lagesbild-cli import fails with a message, and heat maps and analyses still run", "[cli]")
{
  if (qEnvironmentVariableIsSet("LAGESBILD_CLI"))
  {
    WARN("skipped: copies the CLI of this build, not $LAGESBILD_CLI");
    return;
  }
  QTemporaryDir dir;
  const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
  REQUIRE(runCli({QStringLiteral("demo"), store}).exitCode == 0);
  const QString alone = dir.filePath(QStringLiteral("lagesbild-cli"));
  REQUIRE(QFile::copy(kCli, alone));
  const auto run = [&alone](const QStringList &arguments) { return runInEnglish(alone, arguments); };
  const CliRun import = run({QStringLiteral("import"), store, dir.filePath(QStringLiteral("none.csv"))});
  CHECK(import.exitCode == 1);
  CHECK(import.error.contains(QStringLiteral("lagesbild-cli import: could not start the part that needs GDAL")));
  CHECK(import.error.contains(QStringLiteral("lagesbild-cli-gdal")));
  const CliRun gistar = run({QStringLiteral("hotspots"), store, QStringLiteral("--method"), QStringLiteral("gistar"),
                             QStringLiteral("--out"), dir.filePath(QStringLiteral("gistar.gpkg"))});
  CHECK(gistar.exitCode == 1);
  CHECK(gistar.error.contains(QStringLiteral("lagesbild-cli hotspots: could not start the part that needs GDAL")));
  CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("gistar.gpkg"))));
  const QString tif = dir.filePath(QStringLiteral("heat.tif"));
  const CliRun kde =
    run({QStringLiteral("hotspots"), store, QStringLiteral("--method"), QStringLiteral("kde"), QStringLiteral("--out"), tif});
  INFO(kde.error.toStdString());
  CHECK(kde.exitCode == 0);
  CHECK(QFile::exists(tif));
  const CliRun compare = run({QStringLiteral("compare"), store, QStringLiteral("--a"), QStringLiteral("2020-01-01..2020-12-31"),
                              QStringLiteral("--b"), QStringLiteral("2021-01-01..2021-12-31")});
  CHECK(compare.exitCode == 0);
}
