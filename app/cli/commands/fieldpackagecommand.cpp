// lagesbild-cli field-package STORE --organisation ORG --out DIR: writes a QGIS project and a
// report GeoPackage for reporting from the street with QField (app/fieldpackage). The returned
// GeoPackage is merged with `lagesbild-cli import STORE DIR/faltrapporter-ORG.gpkg`, once.
#include "basemap/basemapsettings.h"
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/storeopener.h"
#include "fieldpackage/fieldpackagewriter.h"
#include "store/incidentstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lagesbild::cli
{

int runFieldPackageCommand(const QStringList &arguments)
{
  const QString command = QStringLiteral("field-package");
  CommandLine commandLine(command,
                          QCoreApplication::translate("cli", "Write a QGIS project and report GeoPackage for field reports with QField."),
                          QStringLiteral("STORE --organisation ORG --out DIR"));
  commandLine.addOption(QCommandLineOption(QStringLiteral("organisation"),
                                           QCoreApplication::translate("cli", "The reporting organisation (a source code of the store)."),
                                           QStringLiteral("ORG")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("out"), QCoreApplication::translate("cli", "The folder to write the package to."),
                                           QStringLiteral("DIR")));
  if (const auto exit = commandLine.parse(arguments, 1, 1))
    return *exit;
  const QString organisation = commandLine.value(QStringLiteral("organisation")).trimmed();
  const QString directory = commandLine.value(QStringLiteral("out"));
  if (organisation.isEmpty() || directory.isEmpty())
    return commandLine.usageError(QCoreApplication::translate("cli", "--organisation and --out are required"));
  static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_-]+$"));
  if (!code.match(organisation).hasMatch())
    return commandLine.usageError(QCoreApplication::translate("cli", "--organisation must be a source code (letters, digits, - and _)"));

  const QString storePath = commandLine.positional().at(0);
  auto store = openStore(command, storePath, StoreAccess::Read);
  if (!store)
    return reportError(command, store.error());
  auto sources = (*store)->sources();
  if (!sources)
    return reportError(command, sources.error());
  FieldPackageOptions options;
  options.organisation = organisation;
  QStringList known;
  bool found = false;
  for (const Source &source : *sources)
  {
    known.append(source.code);
    if (source.code == organisation)
    {
      found = true;
      options.organisationName = source.name;
    }
  }
  if (!found)
    return commandLine.usageError(QCoreApplication::translate("cli", "unknown organisation \"%1\": the store's sources are %2")
                                    .arg(organisation, known.join(QStringLiteral(", "))));
  auto categories = (*store)->categories();
  if (!categories)
    return reportError(command, categories.error());
  for (const Category &category : *categories)
    if (category.kind == IncidentKind::Report)
      options.categories.push_back(category);
  auto baseMap = BaseMapSettings::load(storePath);
  if (!baseMap)
    return reportError(command, baseMap.error());
  options.storeBaseMap = *baseMap;
  options.directory = directory;
  store->reset();

  const auto package = FieldPackageWriter::write(options);
  if (!package)
    return reportError(command, package.error());
  for (const QString &warning : package->warnings)
    err() << QCoreApplication::translate("cli", "warning: %1\n").arg(warning);
  err().flush();
  out() << QCoreApplication::translate(
             "cli", "Wrote the field package for %1: %2 (open in QField or QGIS), reports in %3, %4 categories, base map %5\n")
             .arg(organisation, package->projectPath, package->geoPackagePath)
             .arg(options.categories.size())
             .arg(package->baseMapFiles.join(QStringLiteral(", ")));
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
