#include "servercli.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

namespace lagesbild::test
{

QString cliPath()
{
  return QStringLiteral(LAGESBILD_BINARY_DIR "/bin/lagesbild-cli");
}

CliOutcome runCli(const QStringList &arguments, int timeoutMs)
{
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("LAGESBILD_LANG"), QStringLiteral("en"));
  process.setProcessEnvironment(environment);
  process.start(cliPath(), arguments);
  REQUIRE(process.waitForStarted());
  process.closeWriteChannel();
  REQUIRE(process.waitForFinished(timeoutMs));
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace lagesbild::test
