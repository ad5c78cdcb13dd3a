// lagesbild-cli addresses STORE import FILE [--mapping MAP.json]: loads the address register
// the importer geocodes against (replacing the previous register in one transaction);
// `addresses STORE count` says how many addresses and places it holds.
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "common/systemuser.h"
#include "importer/addressreader.h"
#include "store/incidentstore.h"

#include <QCoreApplication>

namespace lagesbild::cli
{
int runAddressesCommand(const QStringList &arguments)
{
  const QString command = QStringLiteral("addresses");
  CommandLine commandLine(
    command,
    QCoreApplication::translate("cli", "Load the address register (geocoding) from any OGR source: an OSM extract, Lantmäteriet's "
                                       "belägenhetsadresser, GeoPackage, Shapefile, GeoJSON or CSV with x/y."),
    QStringLiteral("STORE import FILE | STORE count"));
  commandLine.addOption(
    {QStringLiteral("mapping"),
     QCoreApplication::translate("cli", "Column mapping (JSON): street, number, letter, postcode, town, municipality, place, x, y."),
     QStringLiteral("MAP.json")});
  if (const auto exit = commandLine.parse(arguments, 2, 3))
    return *exit;
  const QStringList positional = commandLine.positional();
  const QString action = positional.at(1);
  if (action != QLatin1String("import") && action != QLatin1String("count"))
    return commandLine.usageError(QCoreApplication::translate("cli", "unknown action \"%1\" (import or count)").arg(action));
  if (action == QLatin1String("import") && positional.size() != 3)
    return commandLine.usageError(QCoreApplication::translate("cli", "addresses STORE import FILE: give the file"));

  auto store = IncidentStore::open(positional.at(0));
  if (!store)
    return reportError(command, store.error());
  if (action == QLatin1String("count"))
  {
    auto count = (*store)->addressCount();
    if (!count)
      return reportError(command, count.error());
    out() << QCoreApplication::translate("cli", "%1 addresses and places in the register\n").arg(*count);
    out().flush();
    return ExitSuccess;
  }

  std::optional<importer::AddressMapping> mapping;
  if (commandLine.isSet(QStringLiteral("mapping")))
  {
    auto loaded = importer::AddressMapping::load(commandLine.value(QStringLiteral("mapping")));
    if (!loaded)
      return reportError(command, loaded.error());
    mapping = std::move(*loaded);
  }
  auto read = importer::AddressReader::read(positional.at(2), mapping ? &*mapping : nullptr);
  if (!read)
    return reportError(command, read.error());
  if (read->addresses.empty())
    return reportError(
      command, makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("cli", "%1: no addresses found (no street or place name column; give --mapping)")
                           .arg(positional.at(2))));
  if (auto done = (*store)->replaceAddresses(read->addresses, SystemUser::name()); !done)
    return reportError(command, done.error());
  out() << QCoreApplication::translate("cli", "%1: read %2, register now %3 addresses and places, skipped %4\n")
             .arg(positional.at(2))
             .arg(read->read)
             .arg(read->addresses.size())
             .arg(read->skipped);
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
