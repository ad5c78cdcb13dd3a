// Messages stay short and say where: quoted values and column lists are cut, GeoJSON problems
// name the feature, lines and polygons get a documented representative point with a warning,
// and GDAL's and PROJ's own "ERROR 1: …" lines never reach stderr.
#include "importer/coordinatetransformer.h"
#include "importertesthelpers.h"

#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace lagesbild;
using namespace lagesbild::importer;
using namespace lagesbild::importer::test;

namespace
{
//! What the process wrote to stderr while f ran.
template<typename F> QByteArray capturedStderr(F &&f)
{
  QTemporaryDir dir;
  const QByteArray path = dir.filePath(QStringLiteral("stderr.txt")).toUtf8();
  std::fflush(stderr);
  const int saved = dup(fileno(stderr));
  FILE *capture = std::fopen(path.constData(), "w");
  REQUIRE(capture != nullptr);
  dup2(fileno(capture), fileno(stderr));
  f();
  std::fflush(stderr);
  dup2(saved, fileno(stderr));
  close(saved);
  std::fclose(capture);
  QFile file(QString::fromUtf8(path));
  REQUIRE(file.open(QIODevice::ReadOnly));
  return file.readAll();
}
} // namespace

TEST_CASE("messages: a 10 MB one-line file gives a short error", "[importer]")
{
  QTemporaryDir dir;
  QByteArray line;
  line.reserve(10 * 1024 * 1024);
  while (line.size() < 10 * 1024 * 1024)
    line += "kolumn" + QByteArray::number(line.size()) + ";";
  const QString path = writeFixture(dir, QStringLiteral("one-line.csv"), line);
  auto parsed = Importer(ImportOptions()).read(path);
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().toString().size() < 2000);

  // One huge column name without delimiters, too.
  const QString single = writeFixture(dir, QStringLiteral("single.csv"), QByteArray(10 * 1024 * 1024, 'x'));
  auto one = Importer(ImportOptions()).read(single);
  REQUIRE_FALSE(one.ok());
  CHECK(one.error().toString().size() < 2000);
}

TEST_CASE("messages: quoted values in row errors are cut", "[importer]")
{
  QTemporaryDir dir;
  const QByteArray feed = R"([{"id": 1, "datetime": ")" + QByteArray(5000, '9') +
                          R"(", "name": "x", "type": "Brand", "location": {"name": "K", "gps": ")" + QByteArray(5000, '1') + R"("}}])";
  const QString path = writeFixture(dir, QStringLiteral("feed.json"), feed);
  ImportOptions options;
  options.format = ImportFormat::PoliceFeed;
  const ParsedImport parsed = readOk(path, options);
  REQUIRE(parsed.errors.size() == 2);
  for (const ImportIssue &issue : parsed.errors)
  {
    INFO(issue.toString().left(300).toStdString());
    CHECK(issue.toString().size() < 300);
    CHECK(issue.toString().contains(QStringLiteral("…")));
  }
}

TEST_CASE("messages: GeoJSON problems name the feature number", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("features.geojson"), R"({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"datum": "2021-03-05 22:30", "kategori": "Klotter"},
     "geometry": {"type": "Point", "coordinates": [16.0963, 59.4226]}},
    {"type": "Feature", "properties": {"datum": "inte ett datum", "kategori": "Klotter"},
     "geometry": {"type": "Point", "coordinates": [16.0963, 59.4226]}},
    {"type": "Feature", "properties": {"datum": "2021-03-05 22:30", "kategori": "Klotter"}, "geometry": null}]})");
  const ParsedImport parsed = readOk(path);
  REQUIRE(parsed.errors.size() == 2);
  CHECK(parsed.errors[0].toString().contains(QStringLiteral("feature 2: datum:")));
  CHECK(parsed.errors[1].toString().contains(QStringLiteral("feature 3:")));
}

TEST_CASE("messages: lines and polygons get a representative point with a warning naming them", "[importer]")
{
  // A C-shaped area in SWEREF 99 TM whose centroid lies outside it (in the notch).
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("shapes.geojson"), R"({"type": "FeatureCollection",
    "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3006"}}, "features": [
    {"type": "Feature", "properties": {"datum": "2021-03-05 22:30", "kategori": "Klotter"},
     "geometry": {"type": "Point", "coordinates": [562800, 6587650]}},
    {"type": "Feature", "properties": {"datum": "2021-03-05 22:30", "kategori": "Klotter"},
     "geometry": {"type": "Polygon", "coordinates": [[[562000, 6587000], [562300, 6587000], [562300, 6587050], [562050, 6587050],
       [562050, 6587250], [562300, 6587250], [562300, 6587300], [562000, 6587300], [562000, 6587000]]]}},
    {"type": "Feature", "properties": {"datum": "2021-03-05 22:30", "kategori": "Klotter"},
     "geometry": {"type": "LineString", "coordinates": [[562000, 6588000], [562400, 6588000]]}}]})");
  const ParsedImport parsed = readOk(path);
  REQUIRE(parsed.incidents.size() == 3);
  CHECK(parsed.incidents[0].precision == LocationPrecision::Exact);
  const Incident &area = parsed.incidents[1];
  CHECK(area.precision == LocationPrecision::Approximate);
  // Inside the C: in its left bar, or in its top or bottom arm.
  const bool inLeftBar = area.x >= 562000 && area.x <= 562050 && area.y >= 6587000 && area.y <= 6587300;
  const bool inArm =
    area.x >= 562000 && area.x <= 562300 && ((area.y >= 6587000 && area.y <= 6587050) || (area.y >= 6587250 && area.y <= 6587300));
  CHECK((inLeftBar || inArm));
  const Incident &line = parsed.incidents[2];
  CHECK(line.x == Approx(562200).margin(0.01));
  CHECK(line.y == Approx(6588000).margin(0.01));
  const QString warnings = allIssues(parsed.warnings);
  CHECK(warnings.contains(QStringLiteral("representative point")));
  CHECK(warnings.contains(QStringLiteral("features 2, 3")));
}

TEST_CASE("messages: GDAL's and PROJ's own error lines never reach stderr", "[importer]")
{
  QTemporaryDir dir;
  // A CRS GDAL cannot resolve, and a GeoJSON file GDAL stumbles over.
  const QString badCrs = writeFixture(dir, QStringLiteral("crs.geojson"), R"({"type": "FeatureCollection",
    "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::999999"}}, "features": [
    {"type": "Feature", "properties": {"datum": "2021-03-05 22:30", "kategori": "Klotter"},
     "geometry": {"type": "Point", "coordinates": [562800, 6587650]}}]})");
  const QString broken = writeFixture(dir, QStringLiteral("broken.geojson"), R"({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"datum": "2021-03-05 22:30", "kategori": "Klotter"},
     "geometry": {"type": "Point", "coordinates": [16.09, 59.42]}}, {"type": "Feature", "geometry": {"type": "Polygon",
     "coordinates": [[[1, 2]]]}, "properties": {}}]})");
  const QByteArray written = capturedStderr(
    [&]
    {
      for (const QString &path : {badCrs, broken})
        (void)Importer(ImportOptions()).read(path);
      ImportOptions options;
      options.crs = QStringLiteral("EPSG:999999");
      (void)Importer(options).read(broken);
      (void)CoordinateTransformer::fromUserInput(QStringLiteral("+proj=nonsense"));
    });
  INFO(written.toStdString());
  CHECK_FALSE(written.contains("ERROR"));
  CHECK_FALSE(written.contains("Warning"));
}
