// lagesbild-cli init STORE: creates a new, empty incident store seeded with the taxonomy.
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "store/incidentstore.h"

#include <QCoreApplication>

namespace lagesbild::cli
{

int runInitCommand(const QStringList &arguments)
{
  CommandLine commandLine(QStringLiteral("init"), QCoreApplication::translate("cli", "Create a new, empty incident store (a GeoPackage)."),
                          QStringLiteral("STORE"));
  if (const auto exit = commandLine.parse(arguments, 1, 1))
    return *exit;

  const QString path = commandLine.positional().at(0);
  const auto store = IncidentStore::create(path);
  if (!store)
    return reportError(QStringLiteral("init"), store.error());

  out() << QCoreApplication::translate("cli", "Created store %1 (schema version %2)\n").arg(path).arg((*store)->schemaVersion());
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
