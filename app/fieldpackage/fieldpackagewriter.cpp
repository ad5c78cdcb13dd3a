#include "fieldpackagewriter.h"

#include "fieldpackagebasemap.h"
#include "fieldreportform.h"
#include "fieldreportgeopackage.h"
#include "importer/fieldpackageformat.h"
#include "map/basemaplayers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <qgscoordinatereferencesystem.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <memory>

namespace lagesbild
{

QString FieldPackageWriter::baseName(const QString &organisation)
{
  return QStringLiteral("faltrapporter-") + organisation;
}

Result<FieldPackage> FieldPackageWriter::write(const FieldPackageOptions &options)
{
  if (options.categories.empty())
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("fieldpackage", "the store has no report categories to offer"));
  const QDir directory(options.directory);
  if (!directory.mkpath(QStringLiteral(".")))
    return makeError(ErrorCode::StoreError,
                     QCoreApplication::translate("fieldpackage", "cannot create the folder %1").arg(options.directory));

  FieldPackage package;
  const QString name = baseName(options.organisation);
  package.geoPackagePath = directory.absoluteFilePath(name + QStringLiteral(".gpkg"));
  package.projectPath = directory.absoluteFilePath(name + QStringLiteral(".qgs"));
  if (auto created = FieldReportGeoPackage::create(package.geoPackagePath, options.organisation); !created)
    return created.error();
  auto baseMap = FieldPackageBaseMap::place(options.storeBaseMap, directory.absolutePath(), package.warnings);
  if (!baseMap)
    return baseMap.error();
  for (const BaseMapSource &source : baseMap->sources)
    package.baseMapFiles.append(source.location);

  QgsProject project;
  project.setFileName(package.projectPath);
  project.setFilePathStorage(Qgis::FilePathType::Relative);
  project.setCrs(QgsCoordinateReferenceSystem::fromEpsgId(importer::fieldpackage::kEpsg));
  project.setTitle(QCoreApplication::translate("fieldpackage", "Field reports: %1")
                     .arg(options.organisationName.isEmpty() ? options.organisation : options.organisationName));

  const QString uri = package.geoPackagePath + QStringLiteral("|layername=") + QString::fromLatin1(importer::fieldpackage::kLayerName);
  auto layer = std::make_unique<QgsVectorLayer>(uri, QCoreApplication::translate("fieldpackage", "Reports"), QStringLiteral("ogr"));
  if (!layer->isValid())
    return makeError(ErrorCode::Internal, QCoreApplication::translate("fieldpackage", "QGIS cannot open the report layer %1").arg(uri));
  FieldReportForm::apply(*layer, options.categories, options.organisation);
  project.addMapLayer(layer.release());

  QStringList errors;
  BaseMapLayers::addToProject(&project, *baseMap, &errors);
  if (!errors.isEmpty())
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("fieldpackage", "the base map cannot be read: %1").arg(errors.join(QStringLiteral("; "))));
  if (!project.write())
    return makeError(ErrorCode::StoreError,
                     QCoreApplication::translate("fieldpackage", "cannot write the project %1").arg(package.projectPath), project.error());
  return package;
}

} // namespace lagesbild
