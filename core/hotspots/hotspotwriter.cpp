#include "hotspotwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_frmts.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <memory>

namespace lagesbild
{

namespace
{

constexpr int swerefEpsg = 3006;
//! GeoTIFF tiles of 256 × 256 cells (GDAL's default, said explicitly: the writer fills whole tiles).
constexpr int kTileSize = 256;

//! One attribute of the cells: numbers (empty vector: not produced) or text.
struct CellColumn
{
    QString name;
    const std::vector<double> *numbers = nullptr;
    std::function<QString(std::size_t)> text;

    bool hasValues() const { return text ? true : (numbers && !numbers->empty()); }
};

//! One band of a GeoTIFF: the values by Grid::index (borrowed: a heat map is tens of megabytes).
struct Band
{
    QString name;
    const std::vector<double> *values = nullptr;
};

QString extensionOf(const QString &path)
{
  return QFileInfo(path).suffix().toLower();
}

QString shortest(double value)
{
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
  return QString::fromLatin1(buffer, static_cast<int>(result.ptr - buffer));
}

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

Result<void> writeCsv(const Grid &grid, const std::vector<CellColumn> &columns, const QString &path)
{
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "Could not write %1.").arg(path), file.errorString());
  QString header = QStringLiteral("x,y");
  for (const CellColumn &column : columns)
    header += QLatin1Char(',') + column.name;
  QByteArray chunk = header.toUtf8() + '\n';
  for (int row = 0; row < grid.rows(); ++row)
  {
    for (int cellColumn = 0; cellColumn < grid.columns(); ++cellColumn)
    {
      const std::size_t at = grid.index(cellColumn, row);
      QString line = shortest(grid.centreX(cellColumn)) + QLatin1Char(',') + shortest(grid.centreY(row));
      for (const CellColumn &column : columns)
      {
        line += QLatin1Char(',');
        if (column.text)
          line += column.text(at);
        else if (column.hasValues())
          line += shortest((*column.numbers)[at]);
      }
      chunk += line.toUtf8();
      chunk += '\n';
    }
    if (chunk.size() > (1 << 20))
    {
      file.write(chunk);
      chunk.clear();
    }
  }
  file.write(chunk);
  if (!file.commit())
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "Could not write %1.").arg(path), file.errorString());
  return {};
}

Result<void> writeGeoTiff(const Grid &grid, const std::vector<Band> &bands, const QString &path)
{
  // Only the driver this needs: registering all of GDAL's drivers takes longer than writing a heat map.
  GDALRegister_GTiff();
  GDALDriverH driver = GDALGetDriverByName("GTiff");
  if (!driver)
    return gdalError(QStringLiteral("no GTiff driver"), path);
  char **options = nullptr;
  options = CSLSetNameValue(options, "COMPRESS", "DEFLATE");
  options = CSLSetNameValue(options, "TILED", "YES");
  options = CSLSetNameValue(options, "BLOCKXSIZE", QByteArray::number(kTileSize).constData());
  options = CSLSetNameValue(options, "BLOCKYSIZE", QByteArray::number(kTileSize).constData());
  options = CSLSetNameValue(options, "BIGTIFF", "IF_SAFER");
  // Fast compression: deflate's level 1 makes a heat map's file hardly larger than the default 6
  // (smooth values and empty land), in a fraction of the time, and the tiles compress in parallel.
  options = CSLSetNameValue(options, "ZLEVEL", "1");
  options = CSLSetNameValue(options, "NUM_THREADS", "ALL_CPUS");
  // Each band in tiles of its own, so every tile is written once, complete (pixel interleaving
  // would read back the other bands' part of a tile).
  options = CSLSetNameValue(options, "INTERLEAVE", "BAND");
  CPLErrorReset();
  GDALDatasetH dataset =
    GDALCreate(driver, path.toUtf8().constData(), grid.columns(), grid.rows(), static_cast<int>(bands.size()), GDT_Float32, options);
  CSLDestroy(options);
  if (!dataset)
    return gdalError(QStringLiteral("GDALCreate"), path);
  double transform[6] = {grid.xMin(), grid.cellSize(), 0.0, grid.yMax(), 0.0, -grid.cellSize()};
  bool ok = GDALSetGeoTransform(dataset, transform) == CE_None;
  {
    SpatialReference srs;
    char *wkt = nullptr;
    OSRExportToWkt(srs.handle, &wkt);
    ok = ok && GDALSetProjection(dataset, wkt) == CE_None;
    CPLFree(wkt);
  }
  // Tile by tile, each converted once and handed to GDAL as a block: no block cache in between,
  // and the compression of the blocks runs on all cores while the next ones are converted.
  const int tileColumns = (grid.columns() + kTileSize - 1) / kTileSize;
  const int tileRows = (grid.rows() + kTileSize - 1) / kTileSize;
  std::vector<float> tile(static_cast<std::size_t>(kTileSize) * kTileSize);
  for (std::size_t b = 0; ok && b < bands.size(); ++b)
  {
    GDALRasterBandH band = GDALGetRasterBand(dataset, static_cast<int>(b) + 1);
    GDALSetDescription(band, bands[b].name.toUtf8().constData());
    const std::vector<double> &values = *bands[b].values;
    for (int tileRow = 0; ok && tileRow < tileRows; ++tileRow)
    {
      for (int tileColumn = 0; ok && tileColumn < tileColumns; ++tileColumn)
      {
        const int firstColumn = tileColumn * kTileSize;
        const int width = std::min(kTileSize, grid.columns() - firstColumn);
        for (int k = 0; k < kTileSize; ++k)
        {
          float *to = tile.data() + static_cast<std::size_t>(k) * kTileSize;
          const int fileRow = tileRow * kTileSize + k; // the file is north-up
          int filled = 0;
          if (fileRow < grid.rows())
          {
            const double *from = values.data() + grid.index(firstColumn, grid.rows() - 1 - fileRow);
            for (; filled < width; ++filled)
              to[filled] = static_cast<float>(from[filled]);
          }
          std::fill(to + filled, to + kTileSize, 0.0f); // the part of an edge tile beyond the raster
        }
        ok = GDALWriteBlock(band, tileColumn, tileRow, tile.data()) == CE_None;
      }
    }
  }
  GDALFlushCache(dataset);
  ok = ok && CPLGetLastErrorType() < CE_Failure;
  const Error error = gdalError(QStringLiteral("GeoTIFF"), path);
  GDALClose(dataset);
  if (!ok)
    return error;
  return {};
}

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

Result<void> writeByExtension(const Grid &grid, const std::vector<CellColumn> &columns, const std::vector<Band> &bands, const QString &path,
                              const CellSelection &keep)
{
  const QString extension = extensionOf(path);
  if (extension == QLatin1String("csv"))
    return writeCsv(grid, columns, path);
  if (extension == QLatin1String("gpkg"))
    return writeGeoPackage(grid, columns, path, keep);
  if (extension == QLatin1String("tif") || extension == QLatin1String("tiff"))
    return writeGeoTiff(grid, bands, path);
  return makeError(ErrorCode::Usage,
                   QCoreApplication::translate("hotspots", "Cannot write %1: the output must end in .tif, .gpkg or .csv.").arg(path));
}

} // namespace

bool isSupportedGridOutput(const QString &path)
{
  const QString extension = extensionOf(path);
  return extension == QLatin1String("csv") || extension == QLatin1String("gpkg") || extension == QLatin1String("tif") ||
         extension == QLatin1String("tiff");
}

bool gridOutputUsesCounts(const QString &path, HotspotMethod method)
{
  const QString extension = extensionOf(path);
  const bool geoTiff = extension == QLatin1String("tif") || extension == QLatin1String("tiff");
  return !geoTiff || method == HotspotMethod::Count;
}

Result<void> writeHotspotGrid(const HotspotGrid &result, const QString &path, const CellSelection &keep)
{
  std::vector<CellColumn> columns = {
    {QStringLiteral("count"), &result.counts, {}}, {QStringLiteral("value"), &result.values, {}}, {QStringLiteral("z"), &result.z, {}},
    {QStringLiteral("p"), &result.p, {}},          {QStringLiteral("p_fdr"), &result.pFdr, {}},   {QStringLiteral("class"), nullptr, {}},
  };
  if (!result.classes.empty())
    columns.back().text = [&result](std::size_t at) { return hotspotClassName(result.classes[at]); };
  std::vector<Band> bands(1);
  switch (result.method)
  {
  case HotspotMethod::KernelDensity:
    bands[0] = {QStringLiteral("value"), &result.values};
    break;
  case HotspotMethod::GiStar:
    bands[0] = {QStringLiteral("z"), &result.z};
    break;
  case HotspotMethod::Count:
    bands[0] = {QStringLiteral("count"), &result.counts};
    break;
  }
  if (bands[0].values->size() != result.grid.cellCount())
    return makeError(ErrorCode::Internal,
                     QStringLiteral("hot-spot layer has %1 values for %2 cells").arg(bands[0].values->size()).arg(result.grid.cellCount()));
  return writeByExtension(result.grid, columns, bands, path, keep);
}

Result<void> writeHotspotComparison(const HotspotComparison &comparison, const QString &path, const CellSelection &keep)
{
  std::vector<double> change(comparison.grid.cellCount());
  std::vector<double> trendCodes(comparison.grid.cellCount());
  for (std::size_t k = 0; k < change.size(); ++k)
  {
    change[k] = comparison.countsB[k] - comparison.countsA[k];
    trendCodes[k] = static_cast<double>(comparison.trends[k]);
  }
  const std::vector<CellColumn> columns = {
    {QStringLiteral("count_a"), &comparison.countsA, {}},
    {QStringLiteral("count_b"), &comparison.countsB, {}},
    {QStringLiteral("change"), &change, {}},
    {QStringLiteral("z_a"), &comparison.zA, {}},
    {QStringLiteral("z_b"), &comparison.zB, {}},
    {QStringLiteral("class_a"), nullptr, [&comparison](std::size_t at) { return hotspotClassName(comparison.classesA[at]); }},
    {QStringLiteral("class_b"), nullptr, [&comparison](std::size_t at) { return hotspotClassName(comparison.classesB[at]); }},
    {QStringLiteral("trend"), nullptr, [&comparison](std::size_t at) { return hotspotTrendName(comparison.trends[at]); }},
  };
  const std::vector<Band> bands = {{QStringLiteral("change"), &change}, {QStringLiteral("trend"), &trendCodes}};
  return writeByExtension(comparison.grid, columns, bands, path, keep);
}

Result<void> writeRepeatLocationsCsv(const RepeatLocationSummary &summary, const QString &path)
{
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "Could not write %1.").arg(path), file.errorString());
  QByteArray text = "rank,address,count,share,cumulative_share\n";
  for (const RepeatLocation &place : summary.places)
  {
    QString address = place.address;
    if (address.contains(QLatin1Char(',')) || address.contains(QLatin1Char('"')) || address.contains(QLatin1Char('\n')))
      address = QLatin1Char('"') + address.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    text += QStringLiteral("%1,%2,%3,%4,%5\n")
              .arg(place.rank)
              .arg(address)
              .arg(place.count)
              .arg(shortest(place.share), shortest(place.cumulativeShare))
              .toUtf8();
  }
  file.write(text);
  if (!file.commit())
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "Could not write %1.").arg(path), file.errorString());
  return {};
}

} // namespace lagesbild
