#include "fieldreportgeopackage.h"

#include "importer/fieldpackageformat.h"

#include <QCoreApplication>
#include <QFile>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace lagesbild
{
namespace
{
namespace format = importer::fieldpackage;

struct DatasetCloser
{
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};

Error gdalError(const QString &path, const QString &what)
{
  return Error{ErrorCode::StoreError,
               QCoreApplication::translate("fieldpackage", "%1: cannot write the report GeoPackage (%2)").arg(path, what),
               QString::fromUtf8(CPLGetLastErrorMsg())};
}

bool addField(OGRLayer &layer, const char *name, OGRFieldType type, bool nullable, int width = 0, const char *defaultValue = nullptr,
              bool unique = false)
{
  OGRFieldDefn field(name, type);
  field.SetNullable(nullable ? TRUE : FALSE);
  if (width > 0)
    field.SetWidth(width);
  if (defaultValue)
    field.SetDefault(defaultValue);
  field.SetUnique(unique ? TRUE : FALSE);
  return layer.CreateField(&field) == OGRERR_NONE;
}
} // namespace

Result<void> FieldReportGeoPackage::create(const QString &path, const QString &organisation)
{
  GDALAllRegister();
  if (QFile::exists(path) && !QFile::remove(path))
    return gdalError(path, QCoreApplication::translate("fieldpackage", "the old file cannot be replaced"));
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver)
    return gdalError(path, QStringLiteral("GPKG driver"));
  const QByteArray pathUtf8 = path.toUtf8();
  std::unique_ptr<GDALDataset, DatasetCloser> dataset(driver->Create(pathUtf8.constData(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!dataset)
    return gdalError(path, QStringLiteral("create"));

  OGRSpatialReference crs;
  crs.importFromEPSG(format::kEpsg);
  crs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  char **layerOptions = nullptr;
  layerOptions = CSLSetNameValue(layerOptions, "GEOMETRY_NULLABLE", "NO");
  layerOptions = CSLSetNameValue(layerOptions, "IDENTIFIER", "Lägesbild field reports");
  OGRLayer *layer = dataset->CreateLayer(format::kLayerName, &crs, wkbPoint, layerOptions);
  CSLDestroy(layerOptions);
  if (!layer)
    return gdalError(path, QStringLiteral("layer"));

  // An SQL literal for the organisation's default ('' doubles a quote).
  const QByteArray organisationDefault = "'" + organisation.toUtf8().replace("'", "''") + "'";
  const bool created = addField(*layer, format::kReportIdField, OFTString, false, 0, nullptr, true) &&
                       addField(*layer, format::kCategoryField, OFTString, false) &&
                       addField(*layer, format::kOccurredField, OFTDateTime, false) &&
                       addField(*layer, format::kOrganisationField, OFTString, false, 0, organisationDefault.constData()) &&
                       addField(*layer, format::kDescriptionField, OFTString, true, format::kDescriptionMaxLength);
  if (!created)
    return gdalError(path, QStringLiteral("fields"));
  dataset.reset();
  return {};
}

} // namespace lagesbild
