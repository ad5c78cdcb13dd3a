#include "hotspotgeopackage.h"

#include "hotspotwriter.h"

#include <QCoreApplication>
#include <QFile>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace lagesbild
{
namespace
{
constexpr int swerefEpsg = 3006;

Error gdalError(const QString &what, const QString &path)
{
  return makeError(ErrorCode::StoreError, QCoreApplication::translate("hotspots", "Could not write %1 (%2).").arg(path, what),
                   QString::fromUtf8(CPLGetLastErrorMsg()));
}

struct SpatialReference
{
    SpatialReference()
    {
      handle = OSRNewSpatialReference(nullptr);
      OSRImportFromEPSG(handle, swerefEpsg);
      OSRSetAxisMappingStrategy(handle, OAMS_TRADITIONAL_GIS_ORDER);
    }
    ~SpatialReference() { OSRDestroySpatialReference(handle); }
    SpatialReference(const SpatialReference &) = delete;
    SpatialReference &operator=(const SpatialReference &) = delete;
    OGRSpatialReferenceH handle = nullptr;
};

Result<void> writeGeoPackage(const Grid &grid, const std::vector<CellColumn> &columns, const QString &path, const CellSelection &keep)
{
  GDALAllRegister();
  GDALDriverH driver = GDALGetDriverByName("GPKG");
  if (!driver)
    return gdalError(QStringLiteral("no GPKG driver"), path);
  if (QFile::exists(path) && !QFile::remove(path))
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "Could not replace %1.").arg(path));
  CPLErrorReset();
  GDALDatasetH dataset = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!dataset)
    return gdalError(QStringLiteral("GDALCreate"), path);
  const auto fail = [&](const QString &what)
  {
    const Error error = gdalError(what, path);
    GDALClose(dataset);
    QFile::remove(path);
    return error;
  };
  SpatialReference srs;
  OGRLayerH layer = GDALDatasetCreateLayer(dataset, "hotspots", srs.handle, wkbPolygon, nullptr);
  if (!layer)
    return fail(QStringLiteral("layer"));
  for (const CellColumn &column : columns)
  {
    OGRFieldDefnH field = OGR_Fld_Create(column.name.toUtf8().constData(), column.text ? OFTString : OFTReal);
    const bool created = OGR_L_CreateField(layer, field, TRUE) == OGRERR_NONE;
    OGR_Fld_Destroy(field);
    if (!created)
      return fail(QStringLiteral("field %1").arg(column.name));
  }
  if (GDALDatasetStartTransaction(dataset, FALSE) != OGRERR_NONE)
    return fail(QStringLiteral("transaction"));
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
  const double cell = grid.cellSize();
  for (int row = 0; row < grid.rows(); ++row)
  {
    for (int cellColumn = 0; cellColumn < grid.columns(); ++cellColumn)
    {
      const std::size_t at = grid.index(cellColumn, row);
      if (keep && !keep(at))
        continue;
      OGRFeatureH feature = OGR_F_Create(definition);
      for (std::size_t k = 0; k < columns.size(); ++k)
      {
        const CellColumn &column = columns[k];
        if (column.text)
          OGR_F_SetFieldString(feature, static_cast<int>(k), column.text(at).toUtf8().constData());
        else if (column.hasValues())
          OGR_F_SetFieldDouble(feature, static_cast<int>(k), (*column.numbers)[at]);
        else
          OGR_F_SetFieldNull(feature, static_cast<int>(k));
      }
      const double x0 = static_cast<double>(grid.firstColumn() + cellColumn) * cell;
      const double y0 = static_cast<double>(grid.firstRow() + row) * cell;
      const double x1 = static_cast<double>(grid.firstColumn() + cellColumn + 1) * cell;
      const double y1 = static_cast<double>(grid.firstRow() + row + 1) * cell;
      OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
      OGR_G_AddPoint_2D(ring, x0, y0);
      OGR_G_AddPoint_2D(ring, x1, y0);
      OGR_G_AddPoint_2D(ring, x1, y1);
      OGR_G_AddPoint_2D(ring, x0, y1);
      OGR_G_AddPoint_2D(ring, x0, y0);
      OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
      OGR_G_AddGeometryDirectly(polygon, ring);
      OGR_F_SetGeometryDirectly(feature, polygon);
      const bool written = OGR_L_CreateFeature(layer, feature) == OGRERR_NONE;
      OGR_F_Destroy(feature);
      if (!written)
        return fail(QStringLiteral("feature"));
    }
  }
  if (GDALDatasetCommitTransaction(dataset) != OGRERR_NONE)
    return fail(QStringLiteral("commit"));
  GDALClose(dataset);
  return {};
}
} // namespace

void installHotspotGeoPackageWriter()
{
  installGeoPackageCellWriter(&writeGeoPackage);
}

} // namespace lagesbild
