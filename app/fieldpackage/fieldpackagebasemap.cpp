#include "fieldpackagebasemap.h"

#include "demo/demoplaces.h"
#include "demo/demotown.h"
#include "demo/demotownwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lagesbild
{
namespace
{
//! Copies file (and, for a Shapefile, the files beside it with the same base name) into directory.
Result<QString> copyInto(const QString &file, const QString &directory)
{
  const QFileInfo info(file);
  if (!info.isFile())
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("fieldpackage", "%1: the base-map file does not exist").arg(file));
  QStringList files{info.fileName()};
  if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0)
    files = info.absoluteDir().entryList({info.completeBaseName() + QStringLiteral(".*")}, QDir::Files);
  const QDir target(directory);
  for (const QString &name : files)
  {
    const QString destination = target.filePath(name);
    if (QFileInfo(destination).absoluteFilePath() == QFileInfo(info.absoluteDir().filePath(name)).absoluteFilePath())
      continue; // already in the package folder
    if (QFile::exists(destination))
      QFile::remove(destination);
    if (!QFile::copy(info.absoluteDir().filePath(name), destination))
      return makeError(ErrorCode::StoreError,
                       QCoreApplication::translate("fieldpackage", "cannot copy the base map %1 to %2").arg(name, directory));
  }
  return target.filePath(info.fileName());
}

Result<BaseMapSettings> demoBaseMap(const QString &directory)
{
  const auto places = demo::DemoPlaces::embedded();
  if (!places)
    return places.error();
  const auto town = demo::DemoTown::embedded(*places);
  if (!town)
    return town.error();
  const QString path = QDir(directory).filePath(QStringLiteral("demokarta-kungsor.gpkg"));
  if (auto written = demo::DemoTownWriter::write(path, *town); !written)
    return written.error();
  BaseMapSource source;
  source.kind = BaseMapKind::VectorFile;
  source.name = QStringLiteral("Demokarta Kungsör");
  source.location = path;
  source.attribution = demo::DemoTown::credit();
  BaseMapSettings settings;
  settings.sources.push_back(source);
  return settings;
}
} // namespace

Result<BaseMapSettings> FieldPackageBaseMap::place(const BaseMapSettings &storeBaseMap, const QString &directory, QStringList &warnings)
{
  BaseMapSettings copied;
  for (const BaseMapSource &source : storeBaseMap.sources)
  {
    if (source.isOnline())
      continue;
    if (!QFileInfo(source.location).isFile())
    {
      warnings.append(
        QCoreApplication::translate("fieldpackage", "the store's base map %1 is missing and was left out").arg(source.location));
      continue;
    }
    auto copy = copyInto(source.location, directory);
    if (!copy)
      return copy.error();
    BaseMapSource placed = source;
    placed.location = *copy;
    copied.sources.push_back(placed);
  }
  if (!copied.isEmpty())
    return copied;
  return demoBaseMap(directory);
}

} // namespace lagesbild
