// lagesbild-cli pull CONNECTION LOCAL.gpkg [--period FROM..TO] [--batch N]: copies the shared
// server store into a local GeoPackage store for offline work (ServerPull) — categories,
// organisations, areas and the incidents of the period. The local file is created when missing;
// pulling again into it adds nothing twice.
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/serveroptions.h"
#include "cli/storeopener.h"
#include "common/systemuser.h"
#include "store/incidentstore.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/serverpull.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace lagesbild::cli
{

int runPullCommand(const QStringList &arguments)
{
  const QString command = QStringLiteral("pull");
  CommandLine commandLine(command,
                          QCoreApplication::translate("cli", "Copy the shared PostgreSQL store into a local GeoPackage for offline work; "
                                                             "pulling again adds nothing twice."),
                          QStringLiteral("CONNECTION LOCAL.gpkg [--period FROM..TO] [--batch N]"));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("period"), QCoreApplication::translate("cli", "Only the incidents of this period (local days, both included)."),
    QStringLiteral("FROM..TO")));
  ServerOptions::addBatch(commandLine);
  if (const auto exit = commandLine.parse(arguments, 2, 2))
    return *exit;
  int batch = 0;
  if (const auto exit = ServerOptions::readBatch(commandLine, batch))
    return *exit;
  const QString connectionText = commandLine.positional().at(0);
  if (const auto exit = ServerOptions::checkConnection(commandLine, connectionText))
    return *exit;
  PullOptions options;
  options.batchSize = batch;
  options.user = SystemUser::name();
  if (commandLine.isSet(QStringLiteral("period")))
  {
    const auto period = DateRange::parse(commandLine.value(QStringLiteral("period")));
    if (!period)
      return commandLine.usageError(QStringLiteral("--period: ") + period.error().message);
    options.period = *period;
  }

  const QString localPath = commandLine.positional().at(1);
  auto server = PostgresConnection::open(connectionText);
  if (!server)
    return reportError(command, server.error());
  if (!QFileInfo::exists(localPath))
  {
    auto created = IncidentStore::create(localPath);
    if (!created)
      return reportError(command, created.error());
  }
  auto local = openStore(command, localPath, StoreAccess::Write);
  if (!local)
    return reportError(command, local.error());
  QElapsedTimer timer;
  timer.start();
  const auto summary = ServerPull::run(*server, **local, options);
  if (!summary)
    return reportError(command, summary.error());
  const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
  out() << QCoreApplication::translate("cli", "Pulled %1 incidents from %2: %3 new, %4 already here (%5 s); %6 categories, %7 "
                                              "organisations, %8 areas, %9 new interventions\n")
             .arg(summary->read)
             .arg(server->description())
             .arg(summary->inserted)
             .arg(summary->duplicates)
             .arg(seconds, 0, 'f', 1)
             .arg(summary->categories)
             .arg(summary->sources)
             .arg(summary->areas)
             .arg(summary->interventions);
  if (summary->withoutPoint > 0)
    out() << QCoreApplication::translate("cli", "Left out %1 server incidents without a point\n").arg(summary->withoutPoint);
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
