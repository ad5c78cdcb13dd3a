#include "clirunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace lagesbild::clitest
{

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("LAGESBILD_LANG"), QStringLiteral("en"));
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  process.setProcessEnvironment(environment);
  // LAGESBILD_CLI runs the tests against another build of the CLI (e.g. an installed one).
  const QString program = qEnvironmentVariableIsSet("LAGESBILD_CLI") ? qEnvironmentVariable("LAGESBILD_CLI")
                                                                     : QStringLiteral(LAGESBILD_BINARY_DIR "/bin/lagesbild-cli");
  process.start(program, arguments);
  INFO("lagesbild-cli " << arguments.join(QLatin1Char(' ')).toStdString());
  REQUIRE(process.waitForFinished(timeoutMs));
  REQUIRE(process.exitStatus() == QProcess::NormalExit);
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString demoStore()
{
  static std::unique_ptr<QTemporaryDir> directory;
  static QString path;
  if (path.isEmpty())
  {
    directory = std::make_unique<QTemporaryDir>();
    REQUIRE(directory->isValid());
    const QString target = directory->filePath(QStringLiteral("kungsor.gpkg"));
    const CliRun run = runCli({QStringLiteral("demo"), target});
    INFO(run.error.toStdString());
    REQUIRE(run.exitCode == 0);
    path = target;
  }
  return path;
}

QString demoStoreCopy(const QString &directory)
{
  const QString copy = QDir(directory).filePath(QStringLiteral("copy.gpkg"));
  QFile::remove(copy);
  REQUIRE(QFile::copy(demoStore(), copy));
  QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
  return copy;
}

} // namespace lagesbild::clitest
