// lagesbild-cli init STORE [--municipality CODE]: creates a new, empty incident store seeded with
// the taxonomy, and records which municipality it is for (SCB code, or name).
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "store/incidentstore.h"

#include <QCoreApplication>
#include <QFile>

namespace lagesbild::cli
{

int runInitCommand(const QStringList &arguments)
{
  CommandLine commandLine(QStringLiteral("init"), QCoreApplication::translate("cli", "Create a new, empty incident store (a GeoPackage)."),
                          QStringLiteral("STORE [--municipality CODE]"));
  commandLine.addOption({QStringLiteral("municipality"),
                         QCoreApplication::translate("cli", "The municipality the store is for: its SCB code (1960) or name (Kungsör)."),
                         QStringLiteral("CODE")});
  if (const auto exit = commandLine.parse(arguments, 1, 1))
    return *exit;

  std::optional<Municipality> municipality;
  if (commandLine.isSet(QStringLiteral("municipality")))
  {
    const QString given = commandLine.value(QStringLiteral("municipality"));
    municipality = Municipality::fromCode(given);
    if (!municipality)
      municipality = Municipality::fromName(given);
    if (!municipality)
      return commandLine.usageError(
        QCoreApplication::translate("cli", "--municipality %1: no Swedish municipality has this code or name").arg(given));
  }

  const QString path = commandLine.positional().at(0);
  {
    const auto store = IncidentStore::create(path);
    if (!store)
      return reportError(QStringLiteral("init"), store.error());
    if (municipality)
    {
      if (const auto set = (*store)->setMunicipality(*municipality); !set)
      {
        QFile::remove(path);
        return reportError(QStringLiteral("init"), set.error());
      }
    }
    out() << QCoreApplication::translate("cli", "Created store %1 (schema version %2)\n").arg(path).arg((*store)->schemaVersion());
  }
  if (municipality)
    out() << QCoreApplication::translate("cli", "Municipality: %1\n").arg(municipality->displayName());
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
