// GeoJSON and other OGR sources: a GeoJSON file, and a Shapefile and an XLSX sheet made with
// GDAL in the test, read with the same header recognition and mapping as CSV.
#include "importertesthelpers.h"

#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace lagesbild;
using namespace lagesbild::importer;
using namespace lagesbild::importer::test;

namespace
{
struct DatasetCloser
{
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

DatasetPtr createDataset(const char *driverName, const QString &path)
{
  GDALAllRegister();
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
  REQUIRE(driver != nullptr);
  DatasetPtr dataset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
  REQUIRE(dataset != nullptr);
  return dataset;
}
} // namespace

TEST_CASE("GeoJSON points in WGS 84 are transformed to SWEREF 99 TM", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("incidents.geojson"), R"({"type": "FeatureCollection", "features": [
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [16.0963, 59.4226]},
     "properties": {"datum": "2021-03-05 22:30", "kategori": "Klotter", "källa": "Väktare", "beskrivning": "Tagg på 121212-1212"}},
    {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[16.09,59.42],[16.10,59.42],[16.10,59.43],[16.09,59.43],[16.09,59.42]]]},
     "properties": {"datum": "2021-03-06 01:00", "kategori": "Klotter", "källa": "Väktare", "beskrivning": null}},
    {"type": "Feature", "geometry": null, "properties": {"datum": "2021-03-06 01:00", "kategori": "Klotter"}},
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [2.35, 48.85]}, "properties": {"datum": "2021-03-06 01:00", "kategori": "Klotter"}}
  ]})");
  const ParsedImport parsed = readOk(path);
  CHECK(parsed.format == ImportFormat::GeoJson);
  REQUIRE(parsed.incidents.size() == 2);
  CHECK(parsed.incidents[0].x == Approx(562209.627).margin(0.01)); // cs2cs, as in the CSV tests
  CHECK(parsed.incidents[0].y == Approx(6587622.733).margin(0.01));
  CHECK(parsed.incidents[0].occurredFrom == utc(2021, 3, 5, 21, 30));
  CHECK(parsed.incidents[0].source == QStringLiteral("vaktare"));
  CHECK(parsed.incidents[0].description == QStringLiteral("Tagg på [personnummer]"));
  CHECK(parsed.incidents[1].precision == LocationPrecision::Approximate); // a polygon's centroid
  CHECK(parsed.record.masked == 1);
  REQUIRE(parsed.errors.size() == 2);
  CHECK(parsed.errors[0].field == QStringLiteral("geometry"));
  CHECK(parsed.errors[1].message.contains(QStringLiteral("outside Sweden")));
}

TEST_CASE("a Shapefile in SWEREF 99 TM made with GDAL", "[importer]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("rapporter.shp"));
  {
    DatasetPtr dataset = createDataset("ESRI Shapefile", path);
    OGRSpatialReference sweref;
    sweref.importFromEPSG(3006);
    OGRLayer *layer = dataset->CreateLayer("rapporter", &sweref, wkbPoint, nullptr);
    REQUIRE(layer != nullptr);
    OGRFieldDefn date("datum", OFTDate);
    OGRFieldDefn time("tid", OFTString);
    OGRFieldDefn category("kategori", OFTString);
    OGRFieldDefn address("adress", OFTString);
    for (OGRFieldDefn *field : {&date, &time, &category, &address})
      REQUIRE(layer->CreateField(field) == OGRERR_NONE);
    for (int i = 0; i < 3; ++i)
    {
      OGRFeature feature(layer->GetLayerDefn());
      feature.SetField("datum", 2021, 10, 31 - i, 0, 0, 0.0F, 0);
      feature.SetField("tid", "02:30");
      feature.SetField("kategori", "Klotter");
      feature.SetField("adress", "Drottninggatan 5");
      OGRPoint point(562209.6 + i, 6587622.7);
      feature.SetGeometry(&point);
      REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
  }
  const ParsedImport parsed = readOk(path);
  CHECK(parsed.format == ImportFormat::Ogr);
  INFO(allIssues(parsed.errors).toStdString());
  REQUIRE(parsed.incidents.size() == 3);
  CHECK(parsed.incidents[0].x == Approx(562209.6));
  CHECK(parsed.incidents[2].x == Approx(562211.6));
  CHECK(parsed.incidents[0].y == Approx(6587622.7));
  CHECK(parsed.incidents[0].occurredFrom == utc(2021, 10, 31, 0, 30)); // ambiguous: the earlier
  CHECK(parsed.incidents[1].occurredFrom == utc(2021, 10, 30, 0, 30));
  CHECK(parsed.incidents[0].address == QStringLiteral("Drottninggatan 5"));
}

TEST_CASE("an XLSX sheet with lat/lon columns made with GDAL", "[importer]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("rapporter.xlsx"));
  {
    DatasetPtr dataset = createDataset("XLSX", path);
    OGRLayer *layer = dataset->CreateLayer("Blad1", nullptr, wkbNone, nullptr);
    REQUIRE(layer != nullptr);
    OGRFieldDefn when("Tidpunkt", OFTDateTime);
    OGRFieldDefn category("Händelse", OFTString);
    OGRFieldDefn lat("Lat", OFTReal);
    OGRFieldDefn lon("Lon", OFTReal);
    OGRFieldDefn place("Plats", OFTString);
    for (OGRFieldDefn *field : {&when, &category, &lat, &lon, &place})
      REQUIRE(layer->CreateField(field) == OGRERR_NONE);
    const char *places[] = {"Kungsör centrum", "Skolgården"};
    for (int i = 0; i < 2; ++i)
    {
      OGRFeature feature(layer->GetLayerDefn());
      feature.SetField("Tidpunkt", 2021, 3, 5 + i, 22, 30, 0.0F, 0);
      feature.SetField("Händelse", "Otrygg samling");
      feature.SetField("Lat", 59.4226);
      feature.SetField("Lon", 16.0963);
      feature.SetField("Plats", places[i]);
      REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
    OGRFeature bad(layer->GetLayerDefn());
    bad.SetField("Tidpunkt", 2021, 3, 7, 22, 30, 0.0F, 0);
    bad.SetField("Händelse", "Otrygg samling");
    bad.SetField("Plats", "utan koordinater");
    REQUIRE(layer->CreateFeature(&bad) == OGRERR_NONE);
  }
  const ParsedImport parsed = readOk(path);
  INFO(allIssues(parsed.errors).toStdString());
  REQUIRE(parsed.incidents.size() == 2);
  CHECK(parsed.incidents[0].x == Approx(562209.627).margin(0.01));
  CHECK(parsed.incidents[0].occurredFrom == utc(2021, 3, 5, 21, 30));
  CHECK(parsed.incidents[1].address == QStringLiteral("Skolgården"));
  CHECK(parsed.incidents[0].category == QStringLiteral("otrygg_samling"));
  REQUIRE(parsed.errors.size() == 1);
  CHECK(parsed.errors[0].field == QStringLiteral("Lon"));
}
