// Schema 3: an intervention's treated area is the interventions layer's MULTIPOLYGON geometry —
// the drawn boundary, a circle around the centre, or the named area's polygons (kept in step
// when the area changes) — and the defining fields round-trip through the store's API.
// Also: the map layer's subset string selects exactly what the store's own filter counts.
#include "store/geopackage/geopackagegeometry.h"
#include "store/geopackage/geopackagestore.h"
#include "store/geopackage/layersubsetstring.h"
#include "storetestsupport.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
std::optional<std::vector<std::vector<Ring>>> storedArea(const QString &path, std::int64_t id)
{
  RawDatabase raw(path);
  sqlite3_stmt *statement = nullptr;
  std::optional<std::vector<std::vector<Ring>>> polygons;
  const std::string sql = "SELECT geom FROM interventions WHERE fid = " + std::to_string(id);
  if (sqlite3_prepare_v2(raw.db(), sql.c_str(), -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW &&
      sqlite3_column_type(statement, 0) == SQLITE_BLOB)
    polygons = GeoPackageGeometry::decodeMultiPolygon(static_cast<const unsigned char *>(sqlite3_column_blob(statement, 0)),
                                                      sqlite3_column_bytes(statement, 0));
  sqlite3_finalize(statement);
  return polygons;
}

const Intervention *byId(const std::vector<Intervention> &all, std::int64_t id)
{
  for (const Intervention &intervention : all)
    if (intervention.id == id)
      return &intervention;
  return nullptr;
}
} // namespace

TEST_CASE("Interventions store their treated area as a polygon and round-trip boundary and closed", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);

  Intervention drawn;
  drawn.type = QStringLiteral("clean_up");
  drawn.title = QStringLiteral("Städning vid stationen");
  drawn.boundary = {{{560100, 6580100}, {560500, 6580100}, {560500, 6580400}, {560100, 6580400}, {560100, 6580100}},
                    {{560200, 6580200}, {560300, 6580200}, {560300, 6580300}, {560200, 6580200}}};
  drawn.closed = true;
  drawn.startUtc = utc(2021, 6, 1, 8);
  const auto drawnId = store->insertIntervention(drawn, QStringLiteral("test"));
  REQUIRE(drawnId);

  Intervention circle;
  circle.type = QStringLiteral("guards");
  circle.centre = PointXY{561000.0, 6580500.0};
  circle.radius = 120.0;
  circle.startUtc = utc(2021, 6, 2, 8);
  const auto circleId = store->insertIntervention(circle, QStringLiteral("test"));
  REQUIRE(circleId);

  Intervention named;
  named.type = QStringLiteral("night_walks");
  named.areaCode = QStringLiteral("omr3");
  named.startUtc = utc(2021, 6, 3, 20);
  const auto namedId = store->insertIntervention(named, QStringLiteral("test"));
  REQUIRE(namedId);

  Intervention empty = circle; // a centre without a radius: kept, nothing to draw
  empty.radius = 0.0;
  empty.startUtc = utc(2021, 6, 4, 8);
  const auto emptyId = store->insertIntervention(empty, QStringLiteral("test"));
  REQUIRE(emptyId);

  Intervention nowhere;
  nowhere.type = QStringLiteral("lighting");
  nowhere.startUtc = utc(2021, 6, 5, 8);
  CHECK_FALSE(store->insertIntervention(nowhere, QStringLiteral("test")));
  nowhere.boundary = {{{560000, 6580000}, {560100, 6580000}}};
  CHECK_FALSE(store->insertIntervention(nowhere, QStringLiteral("test"))); // a ring needs three points

  auto all = store->interventions();
  REQUIRE(all);
  REQUIRE(all->size() == 4);
  const Intervention *back = byId(*all, *drawnId);
  REQUIRE(back);
  CHECK(back->closed);
  CHECK_FALSE(back->centre);
  CHECK(back->title == drawn.title);
  REQUIRE(back->boundary.size() == 2);
  CHECK(back->boundary[0].size() == 5);
  CHECK(back->boundary[0][2].x == 560500.0);
  CHECK(back->boundary[0][2].y == 6580400.0);
  CHECK(back->boundary[1].size() == 4);
  CHECK(back->boundary[1][1].x == 560300.0);
  const Intervention *backCircle = byId(*all, *circleId);
  REQUIRE(backCircle);
  CHECK_FALSE(backCircle->closed);
  CHECK(backCircle->boundary.empty());
  REQUIRE(backCircle->centre);
  CHECK(backCircle->centre->x == 561000.0);
  CHECK(backCircle->radius == 120.0);
  CHECK(byId(*all, *namedId)->areaCode == QStringLiteral("omr3"));

  // The geometries: the drawn polygon with its hole, a 64-gon on the circle, the area's square.
  const auto drawnArea = storedArea(store->location(), *drawnId);
  REQUIRE(drawnArea);
  REQUIRE(drawnArea->size() == 1);
  CHECK(drawnArea->front().size() == 2);
  const auto circleArea = storedArea(store->location(), *circleId);
  REQUIRE(circleArea);
  REQUIRE(circleArea->size() == 1);
  REQUIRE(circleArea->front().size() == 1);
  CHECK(circleArea->front().front().size() == 65);
  for (const PointXY &p : circleArea->front().front())
    CHECK(std::hypot(p.x - 561000.0, p.y - 6580500.0) == Approx(120.0));
  const auto namedArea = storedArea(store->location(), *namedId);
  REQUIRE(namedArea);
  CHECK(namedArea->front().front().front().x == testAreas()[2].polygons.front().front().front().x);
  CHECK_FALSE(storedArea(store->location(), *emptyId));
  {
    RawDatabase raw(store->location());
    CHECK(raw.integer("SELECT count(*) FROM rtree_interventions_geom") == 3);
    CHECK(raw.text("SELECT rtreecheck('rtree_interventions_geom')") == QStringLiteral("ok"));
    CHECK(raw.integer("SELECT min_x <= 560100 AND max_x >= 561120 FROM gpkg_contents WHERE table_name = 'interventions'") == 1);
  }

  // Update: the drawn one becomes open with a new boundary; the named area moves, and so does
  // the treated area of the intervention on it.
  Intervention reopened = *back;
  reopened.closed = false;
  reopened.boundary = {{{560600, 6580600}, {560700, 6580600}, {560650, 6580700}}};
  REQUIRE(store->updateIntervention(reopened, QStringLiteral("test")));
  Area moved = testAreas()[2];
  for (auto &polygon : moved.polygons)
    for (Ring &ring : polygon)
      for (PointXY &p : ring)
        p.y += 5000.0;
  REQUIRE(store->upsertArea(moved));
  all = store->interventions();
  REQUIRE(all);
  back = byId(*all, *drawnId);
  REQUIRE(back);
  CHECK_FALSE(back->closed);
  REQUIRE(back->boundary.size() == 1);
  CHECK(back->boundary[0].size() == 4); // closed by the store
  CHECK(back->boundary[0][2].y == 6580700.0);
  const auto movedArea = storedArea(store->location(), *namedId);
  REQUIRE(movedArea);
  CHECK(movedArea->front().front().front().y == moved.polygons.front().front().front().y);
  RawDatabase raw(store->location());
  CHECK(raw.text("SELECT rtreecheck('rtree_interventions_geom')") == QStringLiteral("ok"));
  CHECK(raw.integer("SELECT count(*) FROM rtree_interventions_geom WHERE miny > 6584000") == 1);
  const auto log = store->auditLog();
  REQUIRE(log);
  CHECK(log->front().after.contains(QStringLiteral("\"closed\":false")));
}

TEST_CASE("The layer subset string selects what the store's filter counts", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  auto incidents = syntheticIncidents(3000);
  REQUIRE(store->insertBatch(incidents, {}));

  std::vector<IncidentFilter> filters;
  IncidentFilter filter;
  filter.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 31));
  filters.push_back(filter);
  filter.kind = IncidentKind::Report;
  filter.categories = QStringList{QStringLiteral("klotter"), QStringLiteral("brand"), QStringLiteral("it's unknown")};
  filters.push_back(filter);
  filter = IncidentFilter::all();
  filter.sources = QStringList{QStringLiteral("polisen")};
  filter.hours = IncidentFilter::parseHours(QStringLiteral("18-02")).value();
  filter.weekdays = {5, 6};
  filters.push_back(filter);
  filter = IncidentFilter::all();
  filter.areas = QStringList{QStringLiteral("omr1"), QString()};
  filter.includeMunicipalityPrecision = false;
  filters.push_back(filter);
  filter = IncidentFilter::all();
  filter.bbox = BoundingBox{560000, 6580000, 561000, 6581000};
  filters.push_back(filter);

  RawDatabase raw(store->location());
  for (const IncidentFilter &f : filters)
  {
    const QString where = LayerSubsetString::forFilter(f);
    INFO(where.toStdString());
    const QByteArray sql = ("SELECT count(*) FROM incidents WHERE " + where).toUtf8();
    const std::int64_t expected = store->count(f).value();
    CHECK(expected > 0);
    if (f.bbox) // the subset string stops at the R-tree's float boxes (rounded outwards): a superset by at most a few edge points
      CHECK(std::abs(raw.integer(sql.constData()) - expected) <= 2);
    else
      CHECK(raw.integer(sql.constData()) == expected);
  }
}
