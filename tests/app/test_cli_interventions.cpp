// lagesbild-cli interventions, run as a user would (a child process on a store written here):
// register at a point (WGS 84 transformed by PROJ), in a drawn polygon and in a named area;
// list as JSON; close and delete; and wrong input exits 1 or 2 with the store unchanged.
#include "store/geopackage/geopackagestore.h"
#include "time/daterange.h"
#include "time/stockholmtime.h"

#include <catch2/catch.hpp>

#include <ogr_srs_api.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>

using namespace lagesbild;

namespace
{
struct Run
{
    int exitCode = -1;
    QString output;
    QString error;
};

Run cli(const QStringList &arguments)
{
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("LAGESBILD_LANG"), QStringLiteral("en"));
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(LAGESBILD_BINARY_DIR "/bin/lagesbild-cli"), QStringList{QStringLiteral("interventions")} + arguments);
  REQUIRE(process.waitForFinished(60000));
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

std::vector<Intervention> interventionsIn(const QString &path)
{
  auto store = GeoPackageStore::open(path);
  REQUIRE(store.ok());
  auto interventions = (*store)->interventions();
  REQUIRE(interventions.ok());
  return *interventions;
}

//! WGS 84 lon/lat to SWEREF 99 TM with OSR directly, the reference for the CLI's PROJ path.
PointXY sweref(double lon, double lat)
{
  OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
  OGRSpatialReferenceH target = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(wgs84, 4326);
  OSRImportFromEPSG(target, 3006);
  OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
  OSRSetAxisMappingStrategy(target, OAMS_TRADITIONAL_GIS_ORDER);
  OGRCoordinateTransformationH transform = OCTNewCoordinateTransformation(wgs84, target);
  double x = lon;
  double y = lat;
  REQUIRE(OCTTransform(transform, 1, &x, &y, nullptr));
  OCTDestroyCoordinateTransformation(transform);
  OSRDestroySpatialReference(wgs84);
  OSRDestroySpatialReference(target);
  return {x, y};
}
} // namespace

TEST_CASE("Interventions are registered, listed, closed and deleted from the command line", "[cli][interventions]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("store.gpkg"));
  {
    auto store = GeoPackageStore::create(path);
    REQUIRE(store.ok());
    Area hamnen;
    hamnen.code = QStringLiteral("hamnen");
    hamnen.name = QStringLiteral("Hamnen");
    hamnen.type = QStringLiteral("district");
    hamnen.polygons = {{Ring{{563000, 6587000}, {563400, 6587000}, {563400, 6587300}, {563000, 6587300}, {563000, 6587000}}}};
    REQUIRE((*store)->upsertArea(hamnen).ok());
    // Two reports that led to the lighting intervention (its trigger).
    std::vector<Incident> reports(2);
    for (std::size_t k = 0; k < reports.size(); ++k)
    {
      reports[k].kind = IncidentKind::Report;
      reports[k].category = QStringLiteral("otrygg_plats");
      reports[k].source = QStringLiteral("nattvandrare");
      reports[k].x = 562400.0 + 10.0 * static_cast<double>(k);
      reports[k].y = 6587300.0;
      reports[k].occurredFrom = StockholmTime::instance().toUtc(QDate(2021, 8, 20), QTime(22, 0));
      reports[k].externalId = QStringLiteral("trigger-%1").arg(k);
    }
    REQUIRE((*store)->insertBatch(reports, IncidentStore::InsertOptions()).value().inserted == 2);
  }

  Run run = cli({path,
                 QStringLiteral("add"),
                 QStringLiteral("--type"),
                 QStringLiteral("lighting"),
                 QStringLiteral("--title"),
                 QStringLiteral("Ny belysning på gångvägen"),
                 QStringLiteral("--start"),
                 QStringLiteral("2021-09-01"),
                 QStringLiteral("--end"),
                 QStringLiteral("2021-10-31"),
                 QStringLiteral("--at"),
                 QStringLiteral("16.1,59.42"),
                 QStringLiteral("--crs"),
                 QStringLiteral("EPSG:4326"),
                 QStringLiteral("--radius"),
                 QStringLiteral("80"),
                 QStringLiteral("--actor"),
                 QStringLiteral("Kommunen"),
                 QStringLiteral("--actor"),
                 QStringLiteral("Polisen"),
                 QStringLiteral("--trigger"),
                 QStringLiteral("1,2")});
  INFO(run.error.toStdString());
  REQUIRE(run.exitCode == 0);
  run = cli({path, QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("guards"), QStringLiteral("--title"),
             QStringLiteral("Väktare"), QStringLiteral("--start"), QStringLiteral("2021-09-01"), QStringLiteral("--polygon"),
             QStringLiteral("562900 6587500, 563100 6587500, 563100 6587700")});
  REQUIRE(run.exitCode == 0);
  run = cli({path, QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("night_walks"), QStringLiteral("--title"),
             QStringLiteral("Nattvandring"), QStringLiteral("--start"), QStringLiteral("2021-06-01"), QStringLiteral("--area"),
             QStringLiteral("hamnen")});
  REQUIRE(run.exitCode == 0);

  std::vector<Intervention> stored = interventionsIn(path);
  REQUIRE(stored.size() == 3);
  // Listed by start day: the night walks (June), then the lighting and the guards (September).
  const auto byType = [&stored](const QString &type)
  {
    const auto it = std::find_if(stored.begin(), stored.end(), [&type](const Intervention &i) { return i.type == type; });
    REQUIRE(it != stored.end());
    return *it;
  };
  const Intervention lighting = byType(QStringLiteral("lighting"));
  const Intervention guards = byType(QStringLiteral("guards"));
  const Intervention walks = byType(QStringLiteral("night_walks"));
  CHECK(lighting.type == QStringLiteral("lighting"));
  CHECK(lighting.title == QStringLiteral("Ny belysning på gångvägen"));
  REQUIRE(lighting.centre);
  const PointXY expected = sweref(16.1, 59.42);
  CHECK(lighting.centre->x == Approx(expected.x).margin(0.01));
  CHECK(lighting.centre->y == Approx(expected.y).margin(0.01));
  CHECK(lighting.radius == 80.0);
  CHECK(lighting.startUtc == DateRange(QDate(2021, 9, 1), QDate(2021, 9, 1)).startUtc());
  REQUIRE(lighting.endUtc);
  CHECK(StockholmTime::instance().localDate(*lighting.endUtc) == QDate(2021, 10, 31));
  CHECK(lighting.actors == QStringList{QStringLiteral("Kommunen"), QStringLiteral("Polisen")});
  CHECK(lighting.triggerIncidents == std::vector<std::int64_t>{1, 2});
  REQUIRE(guards.boundary.size() == 1);
  CHECK(guards.boundary.front().size() == 4); // three corners, closed
  CHECK_FALSE(guards.endUtc);
  CHECK(walks.areaCode == QStringLiteral("hamnen"));

  SECTION("list as JSON")
  {
    run = cli({path, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(run.output.toUtf8()).array();
    REQUIRE(list.size() == 3);
    for (const QJsonValue &value : list)
    {
      const QJsonObject object = value.toObject();
      if (static_cast<std::int64_t>(object.value(QStringLiteral("id")).toDouble()) == lighting.id)
        CHECK(object.value(QStringLiteral("end")).toString() == QStringLiteral("2021-10-31"));
      if (static_cast<std::int64_t>(object.value(QStringLiteral("id")).toDouble()) == guards.id)
      {
        CHECK(object.value(QStringLiteral("title")).toString() == QStringLiteral("Väktare"));
        CHECK(object.value(QStringLiteral("end")).isNull());
      }
    }
  }

  SECTION("close and delete")
  {
    run = cli({path, QStringLiteral("close"), QString::number(guards.id), QStringLiteral("--end"), QStringLiteral("2021-12-01")});
    REQUIRE(run.exitCode == 0);
    run = cli({path, QStringLiteral("delete"), QString::number(lighting.id)});
    REQUIRE(run.exitCode == 0);
    const std::vector<Intervention> after = interventionsIn(path);
    REQUIRE(after.size() == 2);
    for (const Intervention &intervention : after)
    {
      CHECK(intervention.id != lighting.id);
      CHECK(intervention.closed == (intervention.id == guards.id));
      if (intervention.id == guards.id)
      {
        REQUIRE(intervention.endUtc);
        CHECK(StockholmTime::instance().localDate(*intervention.endUtc) == QDate(2021, 12, 1));
      }
    }
  }

  SECTION("wrong input changes nothing")
  {
    const QStringList base = {
      path, QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--start"), QStringLiteral("2021-01-01")};
    CHECK(cli(base + QStringList{QStringLiteral("--type"), QStringLiteral("magic"), QStringLiteral("--area"), QStringLiteral("hamnen")})
            .exitCode == 2);
    CHECK(cli(base + QStringList{QStringLiteral("--type"), QStringLiteral("guards")}).exitCode == 2); // no place
    CHECK(cli(base + QStringList{QStringLiteral("--type"), QStringLiteral("guards"), QStringLiteral("--area"), QStringLiteral("hamnen"),
                                 QStringLiteral("--end"), QStringLiteral("2020-12-31")})
            .exitCode == 2);
    CHECK(cli(base + QStringList{QStringLiteral("--type"), QStringLiteral("guards"), QStringLiteral("--at"),
                                 QStringLiteral("563000,6587000"), QStringLiteral("--radius"), QStringLiteral("0")})
            .exitCode == 2);
    const Run unknownArea =
      cli(base + QStringList{QStringLiteral("--type"), QStringLiteral("guards"), QStringLiteral("--area"), QStringLiteral("nowhere")});
    CHECK(unknownArea.exitCode == 1);
    CHECK(unknownArea.error.contains(QStringLiteral("nowhere")));
    const Run abroad =
      cli(base + QStringList{QStringLiteral("--type"), QStringLiteral("guards"), QStringLiteral("--at"), QStringLiteral("2.35,48.85"),
                             QStringLiteral("--crs"), QStringLiteral("EPSG:4326"), QStringLiteral("--radius"), QStringLiteral("50")});
    CHECK(abroad.exitCode == 1); // Paris is not in Sweden
    CHECK(cli({path, QStringLiteral("close"), QStringLiteral("99")}).exitCode == 1);
    const Run noSuchIncident = cli(base + QStringList{QStringLiteral("--type"), QStringLiteral("guards"), QStringLiteral("--area"),
                                                      QStringLiteral("hamnen"), QStringLiteral("--trigger"), QStringLiteral("77")});
    CHECK(noSuchIncident.exitCode == 1);
    CHECK(cli({path, QStringLiteral("delete")}).exitCode == 2);
    CHECK(interventionsIn(path).size() == 3);
  }
}
