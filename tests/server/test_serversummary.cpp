// The daily summary (schema version 3): after every kind of write — batches, single rows, edits
// that move an incident to another day, category or area, deletes, an area's removal (its
// incidents' area set to null by the foreign key), rows without a point, a truncate — each of
// its rows holds exactly the count and the points of its day and group, and the counts and
// density points PostgresStore reads from it equal what the incidents table gives row by row.
// Logins whose policies show them part of the rows (reporters) neither read it nor get its totals.
// Inserts racing corrections and deletes of the same day leave it exact.
// A version 2 store with incidents gets a complete summary when `server init` migrates it.
#include "sqlsession.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/postgresstore.h"
#include "store/postgres/schemasql.h"
#include "store/postgres/serverinit.h"
#include "storefixture.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <map>
#include <mutex>
#include <random>
#include <thread>

using namespace lagesbild;
using namespace lagesbild::test;

namespace
{
const char *const kCategories[] = {"klotter", "skadegorelse", "nedskrapning"};
const char *const kSources[] = {"bostadsbolaget", "vaktare"};

std::vector<Incident> someIncidents(int count, unsigned seed, const QString &tag)
{
  std::mt19937 random(seed);
  // 2020-10-20 .. 2021-04-10 local: both DST changes, the turn of the year.
  const std::int64_t first = QDateTime(QDate(2020, 10, 20), QTime(0, 0), QTimeZone("Europe/Stockholm")).toSecsSinceEpoch();
  std::uniform_int_distribution<std::int64_t> second(0, 172 * 86400);
  std::uniform_real_distribution<double> offset(-800.0, 800.0);
  std::vector<Incident> out;
  for (int i = 0; i < count; ++i)
  {
    Incident incident;
    incident.kind = IncidentKind::Report;
    incident.category = QString::fromLatin1(kCategories[random() % 3]);
    incident.source = QString::fromLatin1(kSources[random() % 2]);
    incident.x = 562800 + offset(random) + 0.123;
    incident.y = 6587650 + offset(random) + 0.987;
    incident.occurredFrom = first + second(random);
    incident.precision = random() % 7 == 0 ? LocationPrecision::Municipality : LocationPrecision::Exact;
    incident.externalId = QStringLiteral("%1-%2").arg(tag).arg(i);
    out.push_back(incident);
  }
  return out;
}

//! Rows where the summary and a count of the table disagree (the key, the count, the bytes of points).
QString summaryDifferenceSql()
{
  return QStringLiteral(
    "WITH expected AS ("
    "  SELECT (occurred_from AT TIME ZONE 'Europe/Stockholm')::date AS day, kind, category, source, coalesce(area, 0) AS area, "
    "         location_precision, count(*) AS incidents, 8 * count(x) AS bytes FROM lagesbild.incidents GROUP BY 1, 2, 3, 4, 5, 6) "
    "SELECT count(*) FROM expected e FULL JOIN lagesbild.daily_summary s "
    "  ON (s.day, s.kind, s.category, s.source, s.area, s.location_precision) "
    "   = (e.day, e.kind, e.category, e.source, e.area, e.location_precision) "
    "WHERE e.incidents IS DISTINCT FROM s.incidents OR e.bytes IS DISTINCT FROM octet_length(s.points)");
}

std::vector<std::pair<std::int64_t, std::int64_t>> centimetres(const std::vector<PointXY> &points)
{
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  out.reserve(points.size());
  for (const PointXY &point : points)
    out.emplace_back(std::llround(point.x * 100.0), std::llround(point.y * 100.0));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<IncidentFilter> filters()
{
  std::vector<IncidentFilter> out(8);
  out[1].period = DateRange(QDate(2021, 1, 1), QDate(2021, 3, 31));
  out[2].categories = QStringList{QStringLiteral("klotter")};
  out[2].kind = IncidentKind::Report;
  out[3].sources = QStringList{QStringLiteral("vaktare")};
  out[3].period = DateRange(QDate(2021, 3, 28), QDate(2021, 3, 28)); // the 23-hour day
  out[4].weekdays = {6, 7};
  out[5].areas = QStringList{QString(), QStringLiteral("summary-centre")};
  out[6].areas = QStringList{QStringLiteral("summary-centre")};
  out[7].includeMunicipalityPrecision = false;
  out[7].period = DateRange(QDate(2020, 10, 25), QDate(2020, 12, 31)); // from the 25-hour day
  return out;
}

//! What the summary answers equals what the rows give, for every filter and grouping.
void checkAgainstRows(PostgresStore &store, SqlSession &session)
{
  CHECK(session.value(summaryDifferenceSql()) == QLatin1String("0"));
  int index = 0;
  for (const IncidentFilter &filter : filters())
  {
    INFO("filter " << index++);
    const auto rows = store.incidents(filter);
    REQUIRE(rows.ok());
    const auto counted = store.count(filter);
    REQUIRE(counted.ok());
    CHECK(*counted == static_cast<std::int64_t>(rows->size()));

    std::map<QString, std::int64_t> byCategory;
    std::map<QString, std::int64_t> byWeekdayAndArea;
    for (const Incident &incident : *rows)
    {
      ++byCategory[incident.category];
      const int weekday = QDateTime::fromSecsSinceEpoch(incident.occurredFrom, QTimeZone("Europe/Stockholm")).date().dayOfWeek();
      ++byWeekdayAndArea[QStringLiteral("%1|%2").arg(weekday).arg(incident.area)];
    }
    const auto categories = store.countBy(filter, {GroupField::Category});
    REQUIRE(categories.ok());
    std::map<QString, std::int64_t> gotCategories;
    for (const GroupCount &group : *categories)
      gotCategories[group.keys.front()] = group.count;
    CHECK(gotCategories == byCategory);
    const auto weekdays = store.countBy(filter, {GroupField::Weekday, GroupField::Area});
    REQUIRE(weekdays.ok());
    std::map<QString, std::int64_t> gotWeekdays;
    for (const GroupCount &group : *weekdays)
      gotWeekdays[group.keys.join(QLatin1Char('|'))] = group.count;
    CHECK(gotWeekdays == byWeekdayAndArea);

    // The density points are the rows' points to the centimetre.
    const auto exact = store.points(filter);
    REQUIRE(exact.ok());
    const auto density = store.pointsForDensity(filter);
    REQUIRE(density.ok());
    CHECK(centimetres(*density) == centimetres(*exact));
    // … read from the summary: whole centimetres, where the rows' points are not.
    for (std::size_t i = 0; i < std::min<std::size_t>(density->size(), 50); ++i)
      CHECK(std::abs((*density)[i].x * 100.0 - std::round((*density)[i].x * 100.0)) < 1e-6);
  }
}

struct SummaryDatabase
{
    QString connection;
};

SummaryDatabase freshDatabase()
{
  ThrowawayServer &server = ThrowawayServer::shared();
  const QString database = server.createDatabase();
  const QString connection = server.socketConnection(QStringLiteral("postgres"), database);
  auto raw = PostgresConnection::open(connection);
  REQUIRE(raw.ok());
  REQUIRE(ServerInit::run(*raw, *Municipality::fromCode(QStringLiteral("1960"))).ok());
  return {connection};
}

const char *const kCentreArea = "INSERT INTO lagesbild.areas (geom, code, name, area_type) VALUES "
                                "(ST_Multi(ST_MakeEnvelope(562000, 6587000, 563000, 6588000, 3006)), 'summary-centre', 'Centrum', "
                                "'district') RETURNING fid";
} // namespace

TEST_CASE("The daily summary equals the incidents after batches, edits, deletes, an area's removal and a truncate", "[server][summary]")
{
  const SummaryDatabase database = freshDatabase();
  SqlSession session(database.connection);
  REQUIRE(session.connected());
  auto opened = PostgresStore::open(database.connection);
  REQUIRE(opened.ok());
  PostgresStore &store = **opened;

  CHECK(*store.count(IncidentFilter::all()) == 0);
  CHECK(store.pointsForDensity(IncidentFilter::all())->empty());
  checkAgainstRows(store, session);

  // Two batches: the second appends to the first's days and groups.
  REQUIRE(store.insertBatch(someIncidents(1500, 1, QStringLiteral("a")), {}).ok());
  REQUIRE(store.insertBatch(someIncidents(1500, 2, QStringLiteral("b")), {}).ok());
  // The same batch again adds nothing, and nothing to the summary.
  const auto again = store.insertBatch(someIncidents(1500, 2, QStringLiteral("b")), {});
  REQUIRE(again.ok());
  CHECK(again->inserted == 0);
  // A row without a point (a QGIS form may leave it empty) counts, and has no point.
  REQUIRE(session
            .run(QStringLiteral("INSERT INTO lagesbild.incidents (geom, kind, category, source, occurred_from) VALUES "
                                "(NULL, 2, (SELECT id FROM lagesbild.categories WHERE code = 'klotter'), 2, "
                                "'2021-01-15 12:00:00+00')"))
            .ok);
  CHECK(*store.count(IncidentFilter::all()) == 3001);
  CHECK(store.pointsForDensity(IncidentFilter::all())->size() == 3000);
  checkAgainstRows(store, session);

  // Single rows: an insert, an edit that moves it to another day, category and place, a delete.
  Incident single = someIncidents(1, 3, QStringLiteral("single")).front();
  const auto id = store.insertIncident(single, QStringLiteral("test"));
  REQUIRE(id.ok());
  single.id = *id;
  single.category = QStringLiteral("nedskrapning");
  single.occurredFrom += 3 * 86400 + 3600;
  single.x += 250.0;
  REQUIRE(store.updateIncident(single, QStringLiteral("test")).ok());
  checkAgainstRows(store, session);
  const auto firstRows = store.incidents(IncidentFilter::all(), 20);
  REQUIRE(firstRows.ok());
  for (const Incident &incident : *firstRows)
    REQUIRE(store.deleteIncident(incident.id, QStringLiteral("test")).ok());
  checkAgainstRows(store, session);

  // An area: a third of the rows get it in one statement, then it is removed (SET NULL).
  const QString area = session.value(QString::fromLatin1(kCentreArea));
  REQUIRE_FALSE(area.isEmpty());
  REQUIRE(session.run(QStringLiteral("UPDATE lagesbild.incidents SET area = %1 WHERE fid % 3 = 0").arg(area)).ok);
  checkAgainstRows(store, session);
  // A bulk edit of times across days and a bulk delete.
  REQUIRE(session
            .run(QStringLiteral("UPDATE lagesbild.incidents SET occurred_from = occurred_from + interval '20 hours' "
                                "WHERE fid % 5 = 1"))
            .ok);
  REQUIRE(session.run(QStringLiteral("DELETE FROM lagesbild.incidents WHERE fid % 7 = 2")).ok);
  checkAgainstRows(store, session);
  REQUIRE(session.run(QStringLiteral("DELETE FROM lagesbild.areas WHERE code = 'summary-centre'")).ok);
  CHECK(session.value(QStringLiteral("SELECT count(*) FROM lagesbild.daily_summary WHERE area <> 0")) == QLatin1String("0"));
  checkAgainstRows(store, session);

  // A truncate empties it; the next batch starts it again.
  REQUIRE(session.run(QStringLiteral("TRUNCATE lagesbild.incidents CASCADE")).ok);
  CHECK(session.value(QStringLiteral("SELECT count(*) FROM lagesbild.daily_summary")) == QLatin1String("0"));
  REQUIRE(store.insertBatch(someIncidents(200, 4, QStringLiteral("c")), {}).ok());
  checkAgainstRows(store, session);
}

TEST_CASE("A failed write leaves the daily summary as it was, and coordinates beyond any projection are refused", "[server][summary]")
{
  const SummaryDatabase database = freshDatabase();
  SqlSession session(database.connection);
  auto opened = PostgresStore::open(database.connection);
  REQUIRE(opened.ok());
  REQUIRE((*opened)->insertBatch(someIncidents(300, 5, QStringLiteral("d")), {}).ok());
  const QString before = session.value(QStringLiteral("SELECT md5(string_agg(points, '' ORDER BY day, kind, category, source, area, "
                                                      "location_precision)) || sum(incidents) FROM lagesbild.daily_summary"));

  // The second statement fails: the transaction's first insert leaves no trace in the summary.
  const SqlOutcome failed = session.run(QStringLiteral(
    "BEGIN; INSERT INTO lagesbild.incidents (geom, kind, category, source, occurred_from) VALUES "
    "(ST_SetSRID(ST_MakePoint(562800, 6587650), 3006), 2, (SELECT id FROM lagesbild.categories WHERE code = 'klotter'), 2, now()); "
    "INSERT INTO lagesbild.incidents (geom, kind, category, source, occurred_from) VALUES "
    "(ST_SetSRID(ST_MakePoint(562800, 30000000), 3006), 2, (SELECT id FROM lagesbild.categories WHERE code = 'klotter'), 2, now()); "
    "COMMIT"));
  CHECK_FALSE(failed.ok);
  CHECK(failed.sqlState == QLatin1String("23514")); // incidents_coordinates_in_range
  session.run(QStringLiteral("ROLLBACK"));
  CHECK(session.value(QStringLiteral("SELECT md5(string_agg(points, '' ORDER BY day, kind, category, source, area, "
                                     "location_precision)) || sum(incidents) FROM lagesbild.daily_summary")) == before);
  CHECK(session.value(summaryDifferenceSql()) == QLatin1String("0"));
}

TEST_CASE("Reporters neither read the daily summary nor get its totals, the analyst does", "[server][summary]")
{
  ServerStoreFixture &fixture = ServerStoreFixture::shared();
  SqlSession reporter(fixture.connection(QStringLiteral("housing")));
  REQUIRE(reporter.connected());
  CHECK(reporter.run(QStringLiteral("SELECT count(*) FROM lagesbild.daily_summary")).sqlState == QLatin1String("42501"));
  SqlSession publicLogin(fixture.connection(QStringLiteral("public")));
  CHECK(publicLogin.run(QStringLiteral("SELECT count(*) FROM lagesbild.daily_summary")).sqlState == QLatin1String("42501"));

  // A reporter's report and a guard's report: the housing company's login counts only its own.
  auto housing = PostgresStore::open(fixture.connection(QStringLiteral("housing")));
  auto guards = PostgresStore::open(fixture.connection(QStringLiteral("guards")));
  REQUIRE(housing.ok());
  REQUIRE(guards.ok());
  auto own = someIncidents(3, 6, QStringLiteral("reporter-summary"));
  for (Incident &incident : own)
  {
    incident.source = QStringLiteral("bostadsbolaget");
    incident.occurredFrom = QDateTime::currentSecsSinceEpoch() - 3600;
  }
  auto other = someIncidents(2, 7, QStringLiteral("guard-summary"));
  for (Incident &incident : other)
  {
    incident.source = QStringLiteral("vaktare");
    incident.occurredFrom = QDateTime::currentSecsSinceEpoch() - 3600;
  }
  REQUIRE((*housing)->insertBatch(own, {}).ok());
  REQUIRE((*guards)->insertBatch(other, {}).ok());
  IncidentFilter recent;
  const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Stockholm")).date();
  recent.period = DateRange(today.addDays(-1), today);
  SqlSession owner(fixture.connection(QStringLiteral("postgres")));
  // Rows of the period (and, for the reporter, created in the last 30 days as its policy says),
  // all and with a point, counted by the server's owner.
  const QString period = QStringLiteral("i.occurred_from >= '%1'::timestamp AT TIME ZONE 'Europe/Stockholm' AND "
                                        "i.occurred_from < '%2'::timestamp AT TIME ZONE 'Europe/Stockholm'")
                           .arg(recent.period->from().toString(Qt::ISODate), recent.period->to().addDays(1).toString(Qt::ISODate));
  const SqlOutcome ownRows =
    owner.run(QStringLiteral("SELECT count(*), count(i.x) FROM lagesbild.incidents i JOIN lagesbild.sources s ON s.id = i.source "
                             "WHERE s.code = 'bostadsbolaget' AND i.created_at > now() - interval '30 days' AND ") +
              period);
  const SqlOutcome allRows = owner.run(QStringLiteral("SELECT count(*), count(i.x) FROM lagesbild.incidents i WHERE ") + period);
  REQUIRE(ownRows.ok);
  REQUIRE(allRows.ok);
  REQUIRE(allRows.rows.front().front().toLongLong() > ownRows.rows.front().front().toLongLong());
  CHECK(*(*housing)->count(recent) == ownRows.rows.front().front().toLongLong());
  CHECK((*housing)->pointsForDensity(recent)->size() == ownRows.rows.front().back().toULongLong());

  auto analyst = PostgresStore::open(fixture.connection(QStringLiteral("analyst")), StoreAccess::Read);
  REQUIRE(analyst.ok());
  CHECK(*(*analyst)->count(recent) == allRows.rows.front().front().toLongLong());
  CHECK((*analyst)->pointsForDensity(recent)->size() == allRows.rows.front().back().toULongLong());
}

TEST_CASE("server init gives a version 2 store with incidents its complete daily summary", "[server][summary]")
{
  ThrowawayServer &server = ThrowawayServer::shared();
  const QString database = server.createDatabase();
  const QString connection = server.socketConnection(QStringLiteral("postgres"), database);
  SqlSession session(connection);
  REQUIRE(session.connected());
  // Version 2 as an earlier Lägesbild left it, with rows.
  for (const char *script : {SchemaSql::tables(), SchemaSql::security(), SchemaSql::audit(), SchemaSql::version2()})
    REQUIRE(session.run(QString::fromUtf8(script)).ok);
  REQUIRE(session.run(QStringLiteral("INSERT INTO lagesbild.schema_version (version) VALUES (1), (2)")).ok);
  REQUIRE(session.run(QStringLiteral("INSERT INTO lagesbild.sources (code, name) VALUES ('vaktare', 'Väktare')")).ok);
  REQUIRE(session
            .run(QStringLiteral("INSERT INTO lagesbild.categories (code, kind, name_sv, name_en, colour) VALUES "
                                "('klotter', 'report', 'Klotter', 'Graffiti', '#888888')"))
            .ok);
  REQUIRE(session
            .run(QStringLiteral("INSERT INTO lagesbild.incidents (geom, kind, category, source, occurred_from) "
                                "SELECT CASE WHEN g % 10 = 0 THEN NULL ELSE ST_SetSRID(ST_MakePoint(562000 + g, 6587000 + g), 3006) END, "
                                "2, (SELECT id FROM lagesbild.categories WHERE code = 'klotter'), "
                                "(SELECT id FROM lagesbild.sources WHERE code = 'vaktare'), "
                                "timestamptz '2021-03-27 12:00:00+00' + g * interval '17 minutes' FROM generate_series(1, 400) g"))
            .ok);

  auto raw = PostgresConnection::open(connection);
  REQUIRE(raw.ok());
  const auto migrated = ServerInit::run(*raw, *Municipality::fromCode(QStringLiteral("1960")));
  REQUIRE(migrated.ok());
  CHECK(migrated->versionBefore == 2);
  CHECK(migrated->versionAfter == 3);
  CHECK(session.value(QStringLiteral("SELECT sum(incidents) FROM lagesbild.daily_summary")) == QLatin1String("400"));
  CHECK(session.value(QStringLiteral("SELECT sum(octet_length(points)) / 8 FROM lagesbild.daily_summary")) == QLatin1String("360"));
  CHECK(session.value(summaryDifferenceSql()) == QLatin1String("0"));
  auto opened = PostgresStore::open(connection);
  REQUIRE(opened.ok());
  checkAgainstRows(**opened, session);
}

TEST_CASE("Reports inserted while others are corrected and deleted on the same day leave the daily summary exact", "[server][summary]")
{
  const SummaryDatabase database = freshDatabase();
  SqlSession setup(database.connection);
  REQUIRE(setup.connected());
  // Every row on one day: each insert appends to the groups each correction rebuilds.
  const QString insertSql = QStringLiteral(
    "INSERT INTO lagesbild.incidents (geom, kind, category, source, occurred_from) VALUES "
    "(ST_SetSRID(ST_MakePoint(562800 + %1, 6587650), 3006), 2, (SELECT id FROM lagesbild.categories WHERE code = '%2'), "
    "(SELECT id FROM lagesbild.sources WHERE code = 'vaktare'), '2021-06-15 10:00:00+00'::timestamptz + %1 * interval '1 second')");
  for (int i = 0; i < 100; ++i)
    REQUIRE(setup.run(insertSql.arg(i).arg(QString::fromLatin1(kCategories[i % 3]))).ok);

  std::atomic<int> inserted{0};
  std::atomic<int> corrected{0};
  std::atomic<int> failures{0};
  std::mutex messageMutex;
  QString firstFailure;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(2500);
  auto note = [&](const SqlOutcome &outcome)
  {
    if (outcome.ok)
      return true;
    ++failures;
    const std::lock_guard<std::mutex> lock(messageMutex);
    if (firstFailure.isEmpty())
      firstFailure = outcome.sqlState + QStringLiteral(": ") + outcome.message;
    return false;
  };
  std::vector<std::thread> workers;
  for (int w = 0; w < 2; ++w)
    workers.emplace_back(
      [&, w]()
      {
        SqlSession session(database.connection);
        for (int i = 0; std::chrono::steady_clock::now() < deadline; ++i)
          if (note(session.run(insertSql.arg(1000 + w * 100000 + i).arg(QString::fromLatin1(kCategories[(i + w) % 3])))))
            ++inserted;
      });
  for (int w = 0; w < 2; ++w)
    workers.emplace_back(
      [&, w]()
      {
        SqlSession session(database.connection);
        for (int i = 0; std::chrono::steady_clock::now() < deadline; ++i)
        {
          // Move one row to another category and an hour on (sometimes to the next day), or delete one.
          const QString sql =
            i % 5 == 4
              ? QStringLiteral(
                  "DELETE FROM lagesbild.incidents WHERE fid = (SELECT fid FROM lagesbild.incidents ORDER BY random() LIMIT 1)")
              : QStringLiteral("UPDATE lagesbild.incidents SET category = (SELECT id FROM lagesbild.categories WHERE code = '%1'), "
                               "occurred_from = occurred_from + interval '1 hour' "
                               "WHERE fid = (SELECT fid FROM lagesbild.incidents ORDER BY random() LIMIT 1)")
                  .arg(QString::fromLatin1(kCategories[(i + w) % 3]));
          if (note(session.run(sql)))
            ++corrected;
        }
      });
  for (std::thread &worker : workers)
    worker.join();

  INFO(firstFailure.toStdString());
  CHECK(failures == 0);
  CHECK(inserted > 10);
  CHECK(corrected > 10);
  CHECK(setup.value(summaryDifferenceSql()) == QLatin1String("0"));
  CHECK(setup.value(QStringLiteral("SELECT sum(incidents) FROM lagesbild.daily_summary")) ==
        setup.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents")));
}
