// The store file is a valid GeoPackage: GDAL opens it and sees the layers with the right
// feature counts and extents, GDAL's validate_gpkg.py reports nothing, and the R-tree index
// holds exactly the table's geometries (checked against the table and by SQLite's rtreecheck).
#include "storetestsupport.h"

#include "store/geopackage/geopackagegeometry.h"
#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
struct Box
{
    double minX = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();
};

//! Compares rtree_<table>_geom with the table's geometries; returns a description of the first difference.
std::string compareIndexWithTable(const QString &path, const char *table)
{
  RawDatabase raw(path);
  std::map<std::int64_t, Box> expected;
  sqlite3_stmt *statement = nullptr;
  const std::string rows = std::string("SELECT fid, geom FROM ") + table + " WHERE geom IS NOT NULL";
  sqlite3_prepare_v2(raw.db(), rows.c_str(), -1, &statement, nullptr);
  while (sqlite3_step(statement) == SQLITE_ROW)
  {
    const auto *blob = static_cast<const unsigned char *>(sqlite3_column_blob(statement, 1));
    const auto envelope = GeoPackageGeometry::envelope(blob, sqlite3_column_bytes(statement, 1));
    if (!envelope)
      return "undecodable geometry";
    if (!envelope->isEmpty)
      expected[sqlite3_column_int64(statement, 0)] = Box{envelope->minX, envelope->maxX, envelope->minY, envelope->maxY};
  }
  sqlite3_finalize(statement);
  const std::string index = std::string("SELECT id, minx, maxx, miny, maxy FROM rtree_") + table + "_geom";
  sqlite3_prepare_v2(raw.db(), index.c_str(), -1, &statement, nullptr);
  std::size_t seen = 0;
  std::string problem;
  while (problem.empty() && sqlite3_step(statement) == SQLITE_ROW)
  {
    ++seen;
    const auto it = expected.find(sqlite3_column_int64(statement, 0));
    if (it == expected.end())
    {
      problem = "index has id " + std::to_string(sqlite3_column_int64(statement, 0)) + " that the table lacks";
      break;
    }
    const Box &b = it->second;
    const double minX = sqlite3_column_double(statement, 1);
    const double maxX = sqlite3_column_double(statement, 2);
    const double minY = sqlite3_column_double(statement, 3);
    const double maxY = sqlite3_column_double(statement, 4);
    // Stored as 32-bit floats rounded outwards: contains the box and is at most one float step (0.5 m here) larger.
    const bool contains = minX <= b.minX && maxX >= b.maxX && minY <= b.minY && maxY >= b.maxY;
    const bool tight = b.minX - minX <= 1.0 && maxX - b.maxX <= 1.0 && b.minY - minY <= 1.0 && maxY - b.maxY <= 1.0;
    if (!contains || !tight)
      problem = "index box of id " + std::to_string(it->first) + " does not fit its geometry";
  }
  sqlite3_finalize(statement);
  if (problem.empty() && seen != expected.size())
    problem = "index has " + std::to_string(seen) + " entries, table " + std::to_string(expected.size()) + " geometries";
  if (problem.empty())
  {
    const QString check = raw.text((std::string("SELECT rtreecheck('rtree_") + table + "_geom')").c_str());
    if (check != QStringLiteral("ok"))
      problem = "rtreecheck: " + check.toStdString();
  }
  return problem;
}

QString validatorScript()
{
  for (const char *candidate :
       {"/usr/share/doc/python3-gdal/examples/validate_gpkg.py", "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"})
    if (QFile::exists(QString::fromLatin1(candidate)))
      return QString::fromLatin1(candidate);
  return QString();
}

//! A store with areas, a large packed batch, a small triggered batch, edits, deletes and interventions.
std::unique_ptr<IncidentStore> populatedStore(const QTemporaryDir &dir, std::vector<Incident> &all)
{
  auto store = makeStore(dir);
  REQUIRE(store);
  all = syntheticIncidents(3000);
  REQUIRE(store->insertBatch(all, {}));
  auto small = syntheticIncidents(100, 23, QStringLiteral("small"));
  REQUIRE(store->insertBatch(small, {}));
  all.insert(all.end(), small.begin(), small.end());
  Incident moved = store->incident(10).value().value();
  moved.x = 558000.0; // outside the earlier extent
  moved.y = 6578000.0;
  REQUIRE(store->updateIncident(moved, QStringLiteral("test")));
  REQUIRE(store->deleteIncident(11, QStringLiteral("test")));
  Intervention intervention;
  intervention.type = QStringLiteral("guards");
  intervention.centre = PointXY{560700.0, 6580300.0};
  intervention.radius = 200.0;
  intervention.startUtc = utc(2021, 5, 1, 8);
  REQUIRE(store->insertIntervention(intervention, QStringLiteral("test")));
  // Schema 3: interventions are treated areas — a drawn polygon with a hole, and a named area.
  Intervention drawn = intervention;
  drawn.centre.reset();
  drawn.boundary = {{{561000, 6580000}, {561400, 6580000}, {561400, 6580400}, {561000, 6580400}},
                    {{561100, 6580100}, {561200, 6580100}, {561200, 6580200}}};
  drawn.closed = true;
  REQUIRE(store->insertIntervention(drawn, QStringLiteral("test")));
  Intervention named = intervention;
  named.centre.reset();
  named.areaCode = QStringLiteral("omr2");
  REQUIRE(store->insertIntervention(named, QStringLiteral("test")));
  return store;
}
} // namespace

TEST_CASE("The R-tree holds exactly the table's geometries after packed, triggered and edited writes", "[store]")
{
  QTemporaryDir dir;
  std::vector<Incident> all;
  auto store = populatedStore(dir, all);
  CHECK(compareIndexWithTable(store->location(), "incidents").empty());
  CHECK(compareIndexWithTable(store->location(), "areas").empty());
  CHECK(compareIndexWithTable(store->location(), "interventions").empty());
  INFO(compareIndexWithTable(store->location(), "incidents"));

  // A second packed batch on a non-empty store rebuilds the index over old and new rows.
  REQUIRE(store->insertBatch(syntheticIncidents(2000, 77, QStringLiteral("third")), {}));
  CHECK(compareIndexWithTable(store->location(), "incidents").empty());
  // Spatial queries through the index after the rebuild.
  IncidentFilter box;
  box.bbox = BoundingBox{557999.0, 6577999.0, 558001.0, 6578001.0};
  CHECK(store->count(box).value() == 1);
  // The rebuilt index still takes trigger updates.
  Incident moved = store->incident(10).value().value();
  moved.x = 562000.0;
  REQUIRE(store->updateIncident(moved, QStringLiteral("test")));
  CHECK(store->count(box).value() == 0);
  CHECK(compareIndexWithTable(store->location(), "incidents").empty());
}

TEST_CASE("GDAL opens the store and sees layers, feature counts and extents", "[store]")
{
  QTemporaryDir dir;
  std::vector<Incident> all;
  auto store = populatedStore(dir, all);
  const std::int64_t incidentCount = store->count(IncidentFilter::all()).value();
  const QString path = store->location();
  store.reset();

  GDALAllRegister();
  const char *const drivers[] = {"GPKG", nullptr};
  GDALDatasetH dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr);
  REQUIRE(dataset != nullptr);
  OGRLayerH incidents = GDALDatasetGetLayerByName(dataset, "incidents");
  REQUIRE(incidents != nullptr);
  CHECK(OGR_L_GetFeatureCount(incidents, TRUE) == incidentCount);
  CHECK(wkbFlatten(OGR_L_GetGeomType(incidents)) == wkbPoint);
  OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(incidents);
  REQUIRE(srs != nullptr);
  CHECK(std::string(OSRGetAuthorityCode(srs, nullptr)) == "3006");
  OGREnvelope extent;
  REQUIRE(OGR_L_GetExtent(incidents, &extent, TRUE) == OGRERR_NONE);
  CHECK(extent.MinX == Approx(558000.0));
  CHECK(extent.MinY == Approx(6578000.0));
  double maxX = 0;
  for (const Incident &i : all)
    maxX = std::max(maxX, i.x);
  CHECK(extent.MaxX == Approx(maxX));
  // Datetime and integer fields are typed.
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn(incidents);
  CHECK(OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, OGR_FD_GetFieldIndex(definition, "occurred_utc"))) == OFTInteger64);
  CHECK(OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, OGR_FD_GetFieldIndex(definition, "category"))) == OFTInteger64);
  CHECK(OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, OGR_FD_GetFieldIndex(definition, "local_hour"))) == OFTInteger64);
  // A spatial filter goes through the R-tree and agrees with the store.
  OGR_L_SetSpatialFilterRect(incidents, 560000.0, 6580000.0, 561000.0, 6581000.0);
  std::int64_t inBox = 0;
  for (const Incident &i : all)
    inBox += (i.x >= 560000.0 && i.x <= 561000.0 && i.y >= 6580000.0 && i.y <= 6581000.0) ? 1 : 0;
  CHECK(std::abs(OGR_L_GetFeatureCount(incidents, TRUE) - inBox) <= 2); // two edited rows may differ
  OGR_L_SetSpatialFilter(incidents, nullptr);

  OGRLayerH areas = GDALDatasetGetLayerByName(dataset, "areas");
  REQUIRE(areas != nullptr);
  CHECK(OGR_L_GetFeatureCount(areas, TRUE) == 3);
  CHECK(wkbFlatten(OGR_L_GetGeomType(areas)) == wkbMultiPolygon);
  REQUIRE(OGR_L_GetExtent(areas, &extent, TRUE) == OGRERR_NONE);
  CHECK(extent.MinX == Approx(560000.0));
  CHECK(extent.MaxX == Approx(563000.0));
  CHECK(extent.MaxY == Approx(6581000.0));
  OGRLayerH interventions = GDALDatasetGetLayerByName(dataset, "interventions");
  REQUIRE(interventions != nullptr);
  CHECK(OGR_L_GetFeatureCount(interventions, TRUE) == 3);
  CHECK(wkbFlatten(OGR_L_GetGeomType(interventions)) == wkbMultiPolygon);
  for (const char *table : {"categories", "sources", "imports", "audit", "intervention_incidents"})
  {
    INFO(table);
    CHECK(GDALDatasetGetLayerByName(dataset, table) != nullptr);
  }
  OGRLayerH categories = GDALDatasetGetLayerByName(dataset, "categories");
  CHECK(OGR_L_GetFeatureCount(categories, TRUE) >= 24);
  GDALClose(dataset);
}

TEST_CASE("GDAL's GeoPackage validator reports nothing", "[store]")
{
  const QString script = validatorScript();
  if (script.isEmpty())
  {
    FAIL("validate_gpkg.py not found: install python3-gdal (tools/install-deps.sh)");
  }
  QTemporaryDir dir;
  std::vector<Incident> all;
  QString path;
  {
    auto store = populatedStore(dir, all);
    path = store->location();
  }
  QProcess validator;
  validator.start(QStringLiteral("/usr/bin/python3"),
                  {script, QStringLiteral("-k"), QStringLiteral("--extra"), QStringLiteral("--warning-as-error"), path});
  REQUIRE(validator.waitForFinished(120000));
  const QString output = QString::fromUtf8(validator.readAllStandardOutput() + validator.readAllStandardError()).trimmed();
  INFO(output.toStdString());
  CHECK(output.isEmpty());
  CHECK(validator.exitCode() == 0);
}
