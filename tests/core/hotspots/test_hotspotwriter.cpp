#include "hotspots/cellcounts.h"
#include "hotspots/getisordgistar.h"
#include "hotspots/hotspotcomparison.h"
#include "hotspots/hotspotgeopackage.h"
#include "hotspots/hotspotwriter.h"
#include "hotspots/kerneldensity.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cpl_error.h>
#include <gdal.h>
#include <gdal_alg.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cstring>

using namespace lagesbild;

namespace
{
struct Fixture
{
    Fixture()
    {
      installHotspotGeoPackageWriter();                                                    // this test program writes GeoPackages too
      grid = *Grid::covering(BoundingBox{552000.0, 6575000.0, 552300.0, 6575200.0}, 20.0); // 15 × 10
      for (int k = 0; k < 300; ++k)
        points.push_back({552100.0 + (k * 17 % 90), 6575080.0 + (k * 29 % 60)});
      for (int k = 0; k < 60; ++k)
        points.push_back({552000.5 + (k * 97 % 300), 6575000.5 + (k * 61 % 200)});
      result.grid = grid;
      result.method = HotspotMethod::GiStar;
      result.counts = countPointsPerCell(grid, points);
      auto gi = GetisOrdGiStar(50.0).compute(grid, result.counts);
      REQUIRE(gi.ok());
      result.z = gi->z;
      result.p = gi->p;
      result.pFdr = gi->pFdr;
      result.classes = gi->classes;
    }
    Grid grid;
    std::vector<PointXY> points;
    HotspotGrid result;
};

//! Reads all of band `band` of a GeoTIFF (north-up) and checks its georeferencing.
std::vector<float> readBand(const QString &path, const Grid &grid, int band)
{
  GDALAllRegister();
  GDALDatasetH dataset = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
  REQUIRE(dataset);
  CHECK(GDALGetRasterXSize(dataset) == grid.columns());
  CHECK(GDALGetRasterYSize(dataset) == grid.rows());
  double transform[6] = {};
  REQUIRE(GDALGetGeoTransform(dataset, transform) == CE_None);
  CHECK(transform[0] == grid.xMin());
  CHECK(transform[1] == grid.cellSize());
  CHECK(transform[3] == grid.yMax());
  CHECK(transform[5] == -grid.cellSize());
  OGRSpatialReferenceH srs = OSRNewSpatialReference(GDALGetProjectionRef(dataset));
  CHECK(QString::fromLatin1(OSRGetAuthorityCode(srs, nullptr)) == QStringLiteral("3006"));
  OSRDestroySpatialReference(srs);
  GDALRasterBandH handle = GDALGetRasterBand(dataset, band);
  CHECK(GDALGetRasterDataType(handle) == GDT_Float32);
  std::vector<float> values(grid.cellCount());
  REQUIRE(GDALRasterIO(handle, GF_Read, 0, 0, grid.columns(), grid.rows(), values.data(), grid.columns(), grid.rows(), GDT_Float32, 0, 0) ==
          CE_None);
  GDALClose(dataset);
  return values;
}
} // namespace

TEST_CASE("GeoTIFF output reads back with GDAL: Float32, EPSG:3006, north-up", "[hotspots]")
{
  QTemporaryDir dir;
  Fixture fixture;
  const QString path = dir.filePath(QStringLiteral("gistar.tif"));
  REQUIRE(writeHotspotGrid(fixture.result, path).ok());
  const std::vector<float> values = readBand(path, fixture.grid, 1);
  for (int row = 0; row < fixture.grid.rows(); ++row)
  {
    for (int column = 0; column < fixture.grid.columns(); ++column)
    {
      const float inFile = values[static_cast<std::size_t>(fixture.grid.rows() - 1 - row) * fixture.grid.columns() + column];
      CHECK(inFile == static_cast<float>(fixture.result.z[fixture.grid.index(column, row)]));
    }
  }

  HotspotGrid kde;
  kde.grid = fixture.grid;
  kde.method = HotspotMethod::KernelDensity;
  kde.counts = fixture.result.counts;
  kde.values = *KernelDensity({}).compute(fixture.grid, fixture.points);
  const QString kdePath = dir.filePath(QStringLiteral("kde.tif"));
  REQUIRE(writeHotspotGrid(kde, kdePath).ok());
  const std::vector<float> density = readBand(kdePath, fixture.grid, 1);
  // The south-west cell is the last row of the file.
  CHECK(density[static_cast<std::size_t>(fixture.grid.rows() - 1) * fixture.grid.columns()] == static_cast<float>(kde.values[0]));
}

TEST_CASE("GeoPackage output has one polygon per cell with the attributes", "[hotspots]")
{
  QTemporaryDir dir;
  Fixture fixture;
  const QString path = dir.filePath(QStringLiteral("gistar.gpkg"));
  REQUIRE(writeHotspotGrid(fixture.result, path).ok());
  REQUIRE(writeHotspotGrid(fixture.result, path).ok()); // replaces an existing file
  GDALAllRegister();
  GDALDatasetH dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  REQUIRE(dataset);
  OGRLayerH layer = GDALDatasetGetLayerByName(dataset, "hotspots");
  REQUIRE(layer);
  CHECK(OGR_L_GetFeatureCount(layer, TRUE) == static_cast<GIntBig>(fixture.grid.cellCount()));
  OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
  CHECK(QString::fromLatin1(OSRGetAuthorityCode(srs, nullptr)) == QStringLiteral("3006"));
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
  const int zField = OGR_FD_GetFieldIndex(definition, "z");
  const int classField = OGR_FD_GetFieldIndex(definition, "class");
  const int countField = OGR_FD_GetFieldIndex(definition, "count");
  const int valueField = OGR_FD_GetFieldIndex(definition, "value");
  REQUIRE(zField >= 0);
  REQUIRE(classField >= 0);
  OGR_L_ResetReading(layer);
  std::size_t k = 0;
  while (OGRFeatureH feature = OGR_L_GetNextFeature(layer))
  {
    CHECK(OGR_F_GetFieldAsDouble(feature, zField) == fixture.result.z[k]);
    CHECK(OGR_F_GetFieldAsDouble(feature, countField) == fixture.result.counts[k]);
    CHECK(QString::fromUtf8(OGR_F_GetFieldAsString(feature, classField)) == hotspotClassName(fixture.result.classes[k]));
    CHECK(OGR_F_IsFieldNull(feature, valueField));
    OGREnvelope envelope;
    OGR_G_GetEnvelope(OGR_F_GetGeometryRef(feature), &envelope);
    const int column = static_cast<int>(k % fixture.grid.columns());
    const int row = static_cast<int>(k / fixture.grid.columns());
    CHECK((envelope.MinX + envelope.MaxX) / 2 == fixture.grid.centreX(column));
    CHECK((envelope.MinY + envelope.MaxY) / 2 == fixture.grid.centreY(row));
    CHECK(envelope.MaxX - envelope.MinX == fixture.grid.cellSize());
    OGR_F_Destroy(feature);
    ++k;
  }
  CHECK(k == fixture.grid.cellCount());
  GDALClose(dataset);
}

TEST_CASE("A cell selection writes only the kept cells to the GeoPackage, each where it belongs", "[hotspots]")
{
  QTemporaryDir dir;
  Fixture fixture;
  const QString path = dir.filePath(QStringLiteral("significant.gpkg"));
  const auto keep = [&fixture](std::size_t at) { return fixture.result.classes[at] != HotspotClass::NotSignificant; };
  std::vector<std::size_t> kept;
  for (std::size_t at = 0; at < fixture.grid.cellCount(); ++at)
    if (keep(at))
      kept.push_back(at);
  REQUIRE(!kept.empty());
  REQUIRE(kept.size() < fixture.grid.cellCount());
  REQUIRE(writeHotspotGrid(fixture.result, path, keep).ok());

  GDALAllRegister();
  GDALDatasetH dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  REQUIRE(dataset);
  OGRLayerH layer = GDALDatasetGetLayerByName(dataset, "hotspots");
  REQUIRE(layer);
  CHECK(OGR_L_GetFeatureCount(layer, TRUE) == static_cast<GIntBig>(kept.size()));
  const int zField = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), "z");
  OGR_L_ResetReading(layer);
  std::size_t k = 0;
  while (OGRFeatureH feature = OGR_L_GetNextFeature(layer))
  {
    REQUIRE(k < kept.size());
    const std::size_t at = kept[k];
    CHECK(OGR_F_GetFieldAsDouble(feature, zField) == fixture.result.z[at]);
    OGREnvelope envelope;
    OGR_G_GetEnvelope(OGR_F_GetGeometryRef(feature), &envelope);
    CHECK((envelope.MinX + envelope.MaxX) / 2 == fixture.grid.centreX(static_cast<int>(at % fixture.grid.columns())));
    CHECK((envelope.MinY + envelope.MaxY) / 2 == fixture.grid.centreY(static_cast<int>(at / fixture.grid.columns())));
    OGR_F_Destroy(feature);
    ++k;
  }
  CHECK(k == kept.size());
  GDALClose(dataset);

  SECTION("CSV ignores the selection: every cell is an observation")
  {
    const QString csvPath = dir.filePath(QStringLiteral("all.csv"));
    REQUIRE(writeHotspotGrid(fixture.result, csvPath, keep).ok());
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().count('\n') == static_cast<int>(fixture.grid.cellCount()) + 1);
  }
}

TEST_CASE("CSV output has the contract's columns, one row per cell", "[hotspots]")
{
  QTemporaryDir dir;
  Fixture fixture;
  const QString path = dir.filePath(QStringLiteral("gistar.csv"));
  REQUIRE(writeHotspotGrid(fixture.result, path).ok());
  QFile file(path);
  REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
  QTextStream in(&file);
  CHECK(in.readLine() == QStringLiteral("x,y,count,value,z,p,p_fdr,class"));
  std::size_t k = 0;
  while (!in.atEnd())
  {
    const QStringList fields = in.readLine().split(QLatin1Char(','));
    REQUIRE(fields.size() == 8);
    const int column = static_cast<int>(k % fixture.grid.columns());
    const int row = static_cast<int>(k / fixture.grid.columns());
    CHECK(fields[0].toDouble() == fixture.grid.centreX(column));
    CHECK(fields[1].toDouble() == fixture.grid.centreY(row));
    CHECK(fields[2].toDouble() == fixture.result.counts[k]);
    CHECK(fields[3].isEmpty());
    CHECK(fields[4].toDouble() == fixture.result.z[k]); // shortest round-trip text: exact
    CHECK(fields[5].toDouble() == fixture.result.p[k]);
    CHECK(fields[6].toDouble() == fixture.result.pFdr[k]);
    CHECK(fields[7] == hotspotClassName(fixture.result.classes[k]));
    ++k;
  }
  CHECK(k == fixture.grid.cellCount());
}

TEST_CASE("comparison output: CSV columns and a two-band GeoTIFF", "[hotspots]")
{
  QTemporaryDir dir;
  Fixture fixture;
  std::vector<PointXY> earlier(fixture.points.begin() + 100, fixture.points.end());
  const auto comparison = compareHotspots(fixture.grid, earlier, fixture.points, 50.0);
  REQUIRE(comparison.ok());
  const QString csv = dir.filePath(QStringLiteral("change.csv"));
  REQUIRE(writeHotspotComparison(*comparison, csv).ok());
  QFile file(csv);
  REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
  CHECK(file.readLine().trimmed() == QByteArray("x,y,count_a,count_b,change,z_a,z_b,class_a,class_b,trend"));
  const QString tif = dir.filePath(QStringLiteral("change.tif"));
  REQUIRE(writeHotspotComparison(*comparison, tif).ok());
  const std::vector<float> change = readBand(tif, fixture.grid, 1);
  const std::vector<float> trend = readBand(tif, fixture.grid, 2);
  const std::size_t southWest = static_cast<std::size_t>(fixture.grid.rows() - 1) * fixture.grid.columns();
  CHECK(change[southWest] == static_cast<float>(comparison->countsB[0] - comparison->countsA[0]));
  CHECK(trend[southWest] == static_cast<float>(comparison->trends[0]));
  // Every cell of both bands (each band in tiles of its own), and the bands' names.
  std::size_t differing = 0;
  for (int row = 0; row < fixture.grid.rows(); ++row)
    for (int column = 0; column < fixture.grid.columns(); ++column)
    {
      const std::size_t inFile = static_cast<std::size_t>(fixture.grid.rows() - 1 - row) * fixture.grid.columns() + column;
      const std::size_t at = fixture.grid.index(column, row);
      differing += change[inFile] != static_cast<float>(comparison->countsB[at] - comparison->countsA[at]);
      differing += trend[inFile] != static_cast<float>(comparison->trends[at]);
    }
  CHECK(differing == 0);
  GDALDatasetH dataset = GDALOpen(tif.toUtf8().constData(), GA_ReadOnly);
  REQUIRE(dataset);
  CHECK(QString::fromUtf8(GDALGetDescription(GDALGetRasterBand(dataset, 1))) == QStringLiteral("change"));
  CHECK(QString::fromUtf8(GDALGetDescription(GDALGetRasterBand(dataset, 2))) == QStringLiteral("trend"));
  CHECK(QString::fromUtf8(GDALGetMetadataItem(dataset, "INTERLEAVE", "IMAGE_STRUCTURE")) == QStringLiteral("BAND"));
  GDALClose(dataset);
}

TEST_CASE("Without a GeoPackage writer a program refuses .gpkg and still writes GeoTIFF and CSV", "[hotspots]")
{
  // The lean command line links no GDAL: it hands GeoPackage output to its GDAL helper.
  Fixture fixture;
  installGeoPackageCellWriter(nullptr);
  CHECK_FALSE(canWriteGridOutput(QStringLiteral("x.gpkg")));
  CHECK(canWriteGridOutput(QStringLiteral("x.tif")));
  CHECK(canWriteGridOutput(QStringLiteral("x.csv")));
  CHECK_FALSE(canWriteGridOutput(QStringLiteral("x.png")));
  QTemporaryDir dir;
  const QString gpkg = dir.filePath(QStringLiteral("cells.gpkg"));
  const auto refused = writeHotspotGrid(fixture.result, gpkg);
  CHECK_FALSE(refused.ok());
  CHECK_FALSE(QFile::exists(gpkg));
  CHECK(writeHotspotGrid(fixture.result, dir.filePath(QStringLiteral("z.tif"))).ok());
  installHotspotGeoPackageWriter();
  CHECK(canWriteGridOutput(QStringLiteral("x.gpkg")));
  CHECK(writeHotspotGrid(fixture.result, gpkg).ok());
}

TEST_CASE("writers refuse unknown extensions and unwritable paths", "[hotspots]")
{
  Fixture fixture;
  const auto unknown = writeHotspotGrid(fixture.result, QStringLiteral("/tmp/hotspots.xlsx"));
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().code == ErrorCode::Usage);
  CHECK(unknown.error().message.contains(QStringLiteral(".tif, .gpkg or .csv")));
  CHECK_FALSE(writeHotspotGrid(fixture.result, QStringLiteral("/nonexistent-dir/x.csv")).ok());
  CHECK_FALSE(writeHotspotGrid(fixture.result, QStringLiteral("/nonexistent-dir/x.tif")).ok());
  CHECK_FALSE(writeHotspotGrid(fixture.result, QStringLiteral("/nonexistent-dir/x.gpkg")).ok());
  CHECK(isSupportedGridOutput(QStringLiteral("a.TIF")));
  CHECK_FALSE(isSupportedGridOutput(QStringLiteral("a.png")));
}

TEST_CASE("A GeoTIFF of several tiles, edge tiles partly outside the raster, holds every value, compressed and without nodata",
          "[hotspots]")
{
  // 600 × 300 cells: three by two tiles of 256, the last column and row of tiles only partly filled.
  const auto grid = Grid::covering(BoundingBox{540000.0, 6570000.0, 546000.0, 6573000.0}, 10.0);
  REQUIRE(grid.ok());
  REQUIRE(grid->columns() == 600);
  REQUIRE(grid->rows() == 300);
  HotspotGrid kde;
  kde.grid = *grid;
  kde.method = HotspotMethod::KernelDensity;
  kde.values.resize(grid->cellCount());
  for (std::size_t k = 0; k < kde.values.size(); ++k)
    kde.values[k] = k % 11 == 0 ? 0.0 : 1.0 / 3.0 + static_cast<double>(k) * 1e-3; // not exact in Float32
  CHECK(gridOutputUsesCounts(QStringLiteral("x.csv"), HotspotMethod::KernelDensity));
  CHECK(gridOutputUsesCounts(QStringLiteral("x.gpkg"), HotspotMethod::KernelDensity));
  CHECK(gridOutputUsesCounts(QStringLiteral("x.tif"), HotspotMethod::Count));
  CHECK_FALSE(gridOutputUsesCounts(QStringLiteral("x.TIF"), HotspotMethod::KernelDensity)); // a heat map's GeoTIFF has no counts

  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("tiles.tif"));
  REQUIRE(writeHotspotGrid(kde, path).ok());
  const std::vector<float> values = readBand(path, *grid, 1);
  std::size_t differing = 0;
  for (int row = 0; row < grid->rows(); ++row)
  {
    for (int column = 0; column < grid->columns(); ++column)
    {
      const float inFile = values[static_cast<std::size_t>(grid->rows() - 1 - row) * grid->columns() + column];
      differing += inFile != static_cast<float>(kde.values[grid->index(column, row)]);
    }
  }
  CHECK(differing == 0);

  // GDAL finds nothing to warn about in the file's structure.
  CPLErrorReset();
  GDALDatasetH dataset = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
  REQUIRE(dataset);
  CHECK(GDALChecksumImage(GDALGetRasterBand(dataset, 1), 0, 0, grid->columns(), grid->rows()) >= 0);
  CHECK(CPLGetLastErrorType() == CE_None);
  CHECK(QString::fromUtf8(GDALGetMetadataItem(dataset, "COMPRESSION", "IMAGE_STRUCTURE")) == QStringLiteral("DEFLATE"));
  GDALRasterBandH band = GDALGetRasterBand(dataset, 1);
  int blockWidth = 0, blockHeight = 0;
  GDALGetBlockSize(band, &blockWidth, &blockHeight);
  CHECK(blockWidth == 256);
  CHECK(blockHeight == 256);
  int hasNoData = 0;
  GDALGetRasterNoDataValue(band, &hasNoData);
  CHECK_FALSE(hasNoData);
  CHECK(QString::fromUtf8(GDALGetDescription(band)) == QStringLiteral("value"));
  GDALClose(dataset);
}
