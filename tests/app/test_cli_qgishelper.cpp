// The lean lagesbild-cli and its QGIS helper: report and field-package, built into
// lagesbild-cli-qgis, run through lagesbild-cli as before (arguments, output, exit codes), while
// lagesbild-cli itself loads no QGIS and starts fast; without the helper it says so.
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
}

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

TEST_CASE("lagesbild-cli links no QGIS: it starts without QGIS, Qt Widgets or WebKit", "[cli]")
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
  const auto run = [&alone](const QStringList &arguments)
  {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LAGESBILD_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(alone, arguments);
    REQUIRE(process.waitForFinished(60000));
    return CliRun{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError())};
  };
  const CliRun report = run({QStringLiteral("report"), QStringLiteral("--help")});
  CHECK(report.exitCode == 1);
  CHECK(report.error.contains(QStringLiteral("lagesbild-cli report: could not start the part that needs QGIS")));
  CHECK(report.error.contains(QStringLiteral("lagesbild-cli-qgis")));
  const CliRun init = run({QStringLiteral("init"), QStringLiteral("--help")});
  CHECK(init.exitCode == 0);
  CHECK(init.output.contains(QStringLiteral("Usage: lagesbild-cli init")));
}
