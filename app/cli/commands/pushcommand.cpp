// lagesbild-cli push LOCAL.gpkg CONNECTION [--batch N]: sends a GeoPackage store's incidents to
// the shared server store (ServerPush): COPY in batches, one transaction each, idempotent through
// the de-duplication key, so pushing again after a kill or a network failure goes on where the
// last committed batch ended and adds nothing twice.
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/serveroptions.h"
#include "cli/storeopener.h"
#include "store/incidentstore.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/serverpush.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <vector>

namespace lagesbild::cli
{
namespace
{
constexpr int kMaxConnections = 8;
}

int runPushCommand(const QStringList &arguments)
{
  const QString command = QStringLiteral("push");
  CommandLine commandLine(command,
                          QCoreApplication::translate("cli", "Send a GeoPackage store's incidents to the shared PostgreSQL store, in "
                                                             "batches; pushing again adds nothing twice and goes on after a failure."),
                          QStringLiteral("LOCAL.gpkg CONNECTION [--batch N] [--connections N]"));
  ServerOptions::addBatch(commandLine);
  commandLine.addOption(
    QCommandLineOption(QStringLiteral("connections"),
                       QCoreApplication::translate("cli", "Connections that send batches at the same time (default 2, at most 8)."),
                       QStringLiteral("N"), QStringLiteral("2")));
  if (const auto exit = commandLine.parse(arguments, 2, 2))
    return *exit;
  int batch = 0;
  if (const auto exit = ServerOptions::readBatch(commandLine, batch))
    return *exit;
  bool numeric = false;
  const int connectionCount = commandLine.value(QStringLiteral("connections")).toInt(&numeric);
  if (!numeric || connectionCount < 1 || connectionCount > kMaxConnections)
    return commandLine.usageError(
      QCoreApplication::translate("cli", "--connections must be a whole number from 1 to %1").arg(kMaxConnections));
  const QString connectionText = commandLine.positional().at(1);
  if (const auto exit = ServerOptions::checkConnection(commandLine, connectionText))
    return *exit;

  auto local = openStore(command, commandLine.positional().at(0), StoreAccess::Read);
  if (!local)
    return reportError(command, local.error());
  auto server = PostgresConnection::open(connectionText);
  if (!server)
    return reportError(command, server.error());

  QElapsedTimer timer;
  timer.start();
  PushOptions options;
  options.batchSize = batch;
  std::vector<PostgresConnection> more;
  more.reserve(static_cast<std::size_t>(connectionCount - 1));
  for (int i = 1; i < connectionCount; ++i)
  {
    auto extra = PostgresConnection::open(connectionText);
    if (!extra)
      return reportError(command, extra.error());
    more.push_back(std::move(*extra));
  }
  for (PostgresConnection &extra : more)
    options.moreConnections.push_back(&extra);
  const auto summary = ServerPush::run(**local, *server, options);
  if (!summary)
    return reportError(command, summary.error());
  const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
  out() << QCoreApplication::translate("cli", "Pushed %1 incidents to %2: %3 new, %4 already there, in %5 batches (%6 s, %7 rows/s)\n")
             .arg(summary->read)
             .arg(server->description())
             .arg(summary->inserted)
             .arg(summary->already)
             .arg(summary->batches)
             .arg(seconds, 0, 'f', 1)
             .arg(seconds > 0 ? static_cast<double>(summary->read) / seconds : 0.0, 0, 'f', 0);
  if (summary->referencesAdded > 0)
    out() << QCoreApplication::translate("cli", "Categories and organisations added to the server: %1\n").arg(summary->referencesAdded);
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
