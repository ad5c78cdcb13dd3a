#include "serveroptions.h"

#include "store/postgres/connectionstring.h"

#include <QCoreApplication>

namespace lagesbild::cli::ServerOptions
{

void addBatch(CommandLine &commandLine)
{
  commandLine.addOption(QCommandLineOption(QStringLiteral("batch"),
                                           QCoreApplication::translate("cli", "Incidents per batch and transaction (default 50000)."),
                                           QStringLiteral("N"), QStringLiteral("50000")));
}

std::optional<int> readBatch(const CommandLine &commandLine, int &batch)
{
  bool numeric = false;
  batch = commandLine.value(QStringLiteral("batch")).toInt(&numeric);
  if (!numeric || batch < 1)
    return commandLine.usageError(QCoreApplication::translate("cli", "--batch must be a whole number of at least 1"));
  return std::nullopt;
}

std::optional<int> checkConnection(const CommandLine &commandLine, const QString &connection)
{
  if (ConnectionString::isPostgres(connection))
    return std::nullopt;
  return commandLine.usageError(
    QCoreApplication::translate("cli", "\"%1\" is not a PostgreSQL connection: use postgresql://… or service=NAME").arg(connection));
}

} // namespace lagesbild::cli::ServerOptions
