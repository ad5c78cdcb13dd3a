// lagesbild-cli pull against the throwaway cluster: the Kungsör demo pushed to the server and
// pulled into a new GeoPackage has the same counts and grouped counts; pulling again adds
// nothing; --period copies only that period.
#include "servercli.h"
#include "sqlsession.h"
#include "store/incidentstore.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <map>

using namespace lagesbild;
using namespace lagesbild::test;

namespace
{
struct PushedDemo
{
    QString connection;
    QString local;
};

QString ringText(const Ring &ring)
{
  QStringList points;
  for (const PointXY &point : ring)
    points.append(QStringLiteral("%1 %2").arg(point.x, 0, 'f', 3).arg(point.y, 0, 'f', 3));
  return QLatin1Char('(') + points.join(QStringLiteral(", ")) + QLatin1Char(')');
}

//! Adds the store's named areas to the server as a coordinator does in QGIS (push sends no areas).
void addAreas(const IncidentStore &store, const QString &connection)
{
  SqlSession session(connection);
  REQUIRE(session.connected());
  const auto areas = store.areas();
  REQUIRE(areas.ok());
  for (const Area &area : *areas)
  {
    QStringList polygons;
    for (const std::vector<Ring> &polygon : area.polygons)
    {
      QStringList rings;
      for (const Ring &ring : polygon)
        rings.append(ringText(ring));
      polygons.append(QLatin1Char('(') + rings.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    const QString wkt = QStringLiteral("MULTIPOLYGON(%1)").arg(polygons.join(QStringLiteral(", ")));
    const SqlOutcome inserted = session.run(QStringLiteral("INSERT INTO lagesbild.areas (geom, code, name, area_type) VALUES "
                                                           "(ST_GeomFromText('%1', 3006), '%2', '%3', '%4')")
                                              .arg(wkt, area.code, area.name, area.type));
    INFO(inserted.describe().toStdString());
    REQUIRE(inserted.ok);
  }
}

//! A new server database with the demo's areas and incidents.
PushedDemo pushDemo(const QTemporaryDir &directory)
{
  ThrowawayServer &server = ThrowawayServer::shared();
  PushedDemo demo;
  demo.connection = server.socketConnection(QStringLiteral("postgres"), server.createDatabase());
  REQUIRE(
    runCli({QStringLiteral("server"), QStringLiteral("init"), demo.connection, QStringLiteral("--municipality"), QStringLiteral("1960")})
      .exitCode == 0);
  demo.local = directory.filePath(QStringLiteral("kungsor.gpkg"));
  REQUIRE(runCli({QStringLiteral("demo"), demo.local}).exitCode == 0);
  addAreas(*IncidentStore::open(demo.local, StoreAccess::Read).value(), demo.connection);
  const CliOutcome pushed = runCli({QStringLiteral("push"), demo.local, demo.connection});
  INFO(pushed.error.toStdString());
  REQUIRE(pushed.exitCode == 0);
  return demo;
}

std::unique_ptr<IncidentStore> openRead(const QString &path)
{
  auto store = IncidentStore::open(path, StoreAccess::Read);
  REQUIRE(store.ok());
  return std::move(*store);
}

std::map<QStringList, std::int64_t> grouped(const IncidentStore &store, const IncidentFilter &filter, GroupField field)
{
  const auto counts = store.countBy(filter, {field});
  REQUIRE(counts.ok());
  std::map<QStringList, std::int64_t> result;
  for (const GroupCount &count : *counts)
    result[count.keys] = count.count;
  return result;
}
} // namespace

TEST_CASE("lagesbild-cli pull copies the pushed demo with equal counts, and pulling again adds nothing", "[server][cli][pull]")
{
  QTemporaryDir directory;
  REQUIRE(directory.isValid());
  const PushedDemo demo = pushDemo(directory);
  const QString copy = directory.filePath(QStringLiteral("kopia.gpkg"));
  {
    // An intervention registered on the server (push sends none).
    SqlSession session(demo.connection);
    const SqlOutcome inserted = session.run(QStringLiteral(
      "INSERT INTO lagesbild.interventions (intervention_type, title, shape, centre_x, centre_y, radius_m, closed, start_at, "
      "end_at, actors, note) VALUES ('night_walks', 'Nattvandring vid torget', 'circle', 584200, 6589200, 150, true, "
      "'2021-06-01T18:00:00Z', '2021-06-30T22:00:00Z', '[\"nattvandrare\",\"polisen\"]', 'Fredagar och lördagar')"));
    INFO(inserted.describe().toStdString());
    REQUIRE(inserted.ok);
    // Triggered by three incidents of June 2021.
    const SqlOutcome linked =
      session.run(QStringLiteral("INSERT INTO lagesbild.intervention_incidents (intervention_id, incident_id) "
                                 "SELECT (SELECT max(fid) FROM lagesbild.interventions), fid FROM lagesbild.incidents "
                                 "WHERE occurred_from >= '2021-06-01' AND geom IS NOT NULL ORDER BY fid LIMIT 3"));
    INFO(linked.describe().toStdString());
    REQUIRE(linked.ok);
    REQUIRE(linked.changed == 3);
  }
  QStringList triggerIds;
  {
    SqlSession session(demo.connection);
    const SqlOutcome ids = session.run(QStringLiteral("SELECT i.external_id FROM lagesbild.intervention_incidents ii JOIN "
                                                      "lagesbild.incidents i ON i.fid = ii.incident_id ORDER BY 1"));
    REQUIRE(ids.ok);
    for (const QStringList &row : ids.rows)
      triggerIds << row.front();
  }

  const CliOutcome first = runCli({QStringLiteral("pull"), demo.connection, copy});
  INFO(first.output.toStdString() << first.error.toStdString());
  REQUIRE(first.exitCode == 0);
  const auto original = openRead(demo.local);
  const auto pulled = openRead(copy);
  const IncidentFilter all = IncidentFilter::all();
  const std::int64_t total = original->count(all).value();
  REQUIRE(total > 1000);
  CHECK(pulled->count(all).value() == total);
  CHECK(first.output.contains(QStringLiteral("Pulled %1 incidents").arg(total)));
  CHECK(first.output.contains(QStringLiteral("%1 new, 0 already here").arg(total)));
  for (const GroupField field : {GroupField::Category, GroupField::Source, GroupField::Area, GroupField::Kind, GroupField::Month,
                                 GroupField::Hour, GroupField::Weekday})
  {
    INFO("group field " << static_cast<int>(field));
    CHECK(grouped(*pulled, all, field) == grouped(*original, all, field));
  }
  CHECK(pulled->areas().value().size() == original->areas().value().size());
  CHECK(pulled->sources().value().size() == original->sources().value().size());
  const auto interventions = pulled->interventions();
  REQUIRE(interventions.ok());
  REQUIRE(interventions->size() == 1);
  const Intervention &walk = interventions->front();
  CHECK(walk.title == QStringLiteral("Nattvandring vid torget"));
  CHECK(walk.type == QStringLiteral("night_walks"));
  REQUIRE(walk.centre.has_value());
  CHECK(walk.centre->x == Approx(584200.0));
  CHECK(walk.radius == Approx(150.0));
  CHECK(walk.closed);
  CHECK(walk.actors == QStringList{QStringLiteral("nattvandrare"), QStringLiteral("polisen")});
  CHECK(walk.startUtc == 1622570400);
  CHECK(walk.endUtc == std::optional<std::int64_t>(1625090400));
  // Its trigger incidents are the local copies of the server's three.
  REQUIRE(walk.triggerIncidents.size() == 3);
  QStringList pulledTriggerIds;
  for (const std::int64_t id : walk.triggerIncidents)
  {
    const auto incident = pulled->incident(id);
    REQUIRE(incident.ok());
    REQUIRE(incident->has_value());
    pulledTriggerIds << (*incident)->externalId;
  }
  pulledTriggerIds.sort();
  CHECK(pulledTriggerIds == triggerIds);

  const CliOutcome second = runCli({QStringLiteral("pull"), demo.connection, copy, QStringLiteral("--batch"), QStringLiteral("700")});
  REQUIRE(second.exitCode == 0);
  CHECK(second.output.contains(QStringLiteral("0 new, %1 already here").arg(total)));
  CHECK(second.output.contains(QStringLiteral("0 new interventions")));
  CHECK(openRead(copy)->count(all).value() == total);
  CHECK(openRead(copy)->interventions().value().size() == 1);

  CHECK(runCli({QStringLiteral("pull"), QStringLiteral("/tmp/not-a-server.gpkg"), copy}).exitCode == 2);
  CHECK(runCli({QStringLiteral("pull"), demo.connection, copy, QStringLiteral("--period"), QStringLiteral("2021-13-01..2021-12-31")})
          .exitCode == 2);
}

TEST_CASE("lagesbild-cli pull --period copies only the incidents of that period", "[server][cli][pull]")
{
  QTemporaryDir directory;
  REQUIRE(directory.isValid());
  const PushedDemo demo = pushDemo(directory);
  const QString copy = directory.filePath(QStringLiteral("kvartal.gpkg"));
  const QString periodText = QStringLiteral("2021-06-01..2021-08-31");

  const CliOutcome pulledRun = runCli({QStringLiteral("pull"), demo.connection, copy, QStringLiteral("--period"), periodText});
  INFO(pulledRun.output.toStdString() << pulledRun.error.toStdString());
  REQUIRE(pulledRun.exitCode == 0);
  IncidentFilter period = IncidentFilter::all();
  period.period = DateRange::parse(periodText).value();
  const auto original = openRead(demo.local);
  const auto pulled = openRead(copy);
  const std::int64_t inPeriod = original->count(period).value();
  REQUIRE(inPeriod > 0);
  CHECK(inPeriod < original->count(IncidentFilter::all()).value());
  CHECK(pulled->count(IncidentFilter::all()).value() == inPeriod);
  CHECK(grouped(*pulled, IncidentFilter::all(), GroupField::Category) == grouped(*original, period, GroupField::Category));
}
