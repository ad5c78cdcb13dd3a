// The day summary (incidentdaysummary.h) answers counts, grouped counts and density points as
// the rows do: after a bulk batch, a row-by-row batch, a single insert, an edit, a delete and an
// area change; after another program (plain SQLite, as QGIS would) deleted, changed and added
// rows; and after a migration. Each check compares the store's answers with the summary (its
// normal path) and with the rows (the same store with a stale day marked, so it reads the rows),
// and the summary's groups with groups recomputed from the table.
#include "readonlyfiles.h"
#include "storetestsupport.h"

#include "store/geopackage/deduplicationkeyblocks.h"
#include "store/geopackage/geopackagefunctions.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

using namespace lagesbild;
using namespace lagesbild::storetest;
using lagesbild::testsupport::NobodyFileAccess;
using lagesbild::testsupport::ReadOnlyFiles;

namespace
{
std::vector<IncidentFilter> filters()
{
  std::vector<IncidentFilter> out;
  out.push_back(IncidentFilter::all());
  IncidentFilter year;
  year.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 31));
  out.push_back(year);
  IncidentFilter summer; // both DST changes of 2020 at its ends
  summer.period = DateRange(QDate(2020, 3, 29), QDate(2020, 10, 25));
  out.push_back(summer);
  IncidentFilter crimes;
  crimes.kind = IncidentKind::Crime;
  crimes.period = year.period;
  out.push_back(crimes);
  IncidentFilter evening = year;
  evening.categories = QStringList{crimeCodes().at(0), reportCodes().at(0), reportCodes().at(1)};
  evening.hours = IncidentFilter::parseHours(QStringLiteral("18-02")).value();
  out.push_back(evening);
  IncidentFilter weekend;
  weekend.weekdays = {6, 7};
  weekend.sources = QStringList{sourceCodes().at(0), sourceCodes().at(2)};
  out.push_back(weekend);
  IncidentFilter areas;
  areas.areas = QStringList{QStringLiteral("omr2"), QString()};
  areas.includeMunicipalityPrecision = false;
  out.push_back(areas);
  IncidentFilter night;
  night.hours = {0, 1, 2, 3};
  night.areas = QStringList{QStringLiteral("omr1")};
  out.push_back(night);
  return out;
}

const std::vector<std::vector<GroupField>> &groupings()
{
  static const std::vector<std::vector<GroupField>> fields{{GroupField::Category},
                                                           {GroupField::Source},
                                                           {GroupField::Area},
                                                           {GroupField::Hour},
                                                           {GroupField::Weekday},
                                                           {GroupField::Month},
                                                           {GroupField::Day},
                                                           {GroupField::Kind},
                                                           {GroupField::Category, GroupField::Hour},
                                                           {GroupField::Month, GroupField::Kind, GroupField::Area}};
  return fields;
}

//! Every answer the summary gives, as text: counts, grouped counts, and the density points to the
//! centimetre (sorted).
std::vector<std::string> answers(const IncidentStore &store)
{
  std::vector<std::string> out;
  for (const IncidentFilter &filter : filters())
  {
    out.push_back(QStringLiteral("count %1").arg(store.count(filter).value()).toStdString());
    for (const auto &fields : groupings())
    {
      QString text = QStringLiteral("by");
      const auto groups = store.countBy(filter, fields);
      REQUIRE(groups);
      for (const GroupCount &group : *groups)
        text += QStringLiteral(" %1=%2").arg(group.keys.join(QLatin1Char('/'))).arg(group.count);
      out.push_back(text.toStdString());
    }
  }
  return out;
}

//! The density points of each filter, to the centimetre, sorted.
std::vector<std::vector<std::pair<long long, long long>>> densityPoints(const IncidentStore &store, bool exact)
{
  std::vector<std::vector<std::pair<long long, long long>>> out;
  for (const IncidentFilter &filter : filters())
  {
    if (filter.period || !filter.hours.empty() || !filter.categories.isEmpty() || filter.kind || !filter.areas.isEmpty() ||
        !filter.sources.isEmpty() || !filter.weekdays.empty())
    {
      std::vector<std::pair<long long, long long>> points;
      const auto read = exact ? store.points(filter) : store.pointsForDensity(filter);
      REQUIRE(read);
      for (const PointXY &point : *read)
        points.emplace_back(std::llround(point.x * 100.0), std::llround(point.y * 100.0));
      std::sort(points.begin(), points.end());
      out.push_back(std::move(points));
    }
  }
  return out;
}

//! The answers from the rows: a stale day far from any incident makes the store read them.
std::vector<std::string> answersFromRows(const IncidentStore &store, const QString &path)
{
  RawDatabase writable(path, false);
  REQUIRE(writable.exec("INSERT INTO incident_day_summary_stale (utc_day) VALUES (-30000)"));
  auto fromRows = answers(store);
  REQUIRE(writable.exec("DELETE FROM incident_day_summary_stale WHERE utc_day = -30000"));
  return fromRows;
}

void checkSummaryAnswersAsRows(const IncidentStore &store, const QString &path)
{
  RawDatabase raw(path);
  INFO(daySummaryProblem(raw));
  CHECK(daySummaryProblem(raw).empty());
  CHECK(raw.integer("SELECT count(*) FROM incident_day_summary_stale") == 0);
  // Every row covered (the covered fid stays past a deleted last row: fids are never reused).
  CHECK(raw.integer("SELECT CAST(value AS INTEGER) FROM lagesbild_meta WHERE key = 'day_summary_fid'") >=
        raw.integer("SELECT coalesce(max(fid), 0) FROM incidents"));
  CHECK(raw.integer("SELECT sum(length(points)) / 9 FROM incident_day_summary") == raw.integer("SELECT count(*) FROM incidents"));
  const auto fromSummary = answers(store);
  CHECK(fromSummary == answersFromRows(store, path));
  CHECK(densityPoints(store, false) == densityPoints(store, true));
}
//! Takes a store back to schema version 6, as one written before the summary: no summary, the
//! eight-column time index, the keys as 16 hex digits and the trigger that forgets them so.
bool downgradeToVersion6(const RawDatabase &old)
{
  return old.exec("DROP TRIGGER incidents_day_summary_delete; DROP TRIGGER incidents_day_summary_update; "
                  "DROP TABLE incident_day_summary; DROP TABLE incident_day_summary_stale; "
                  "DELETE FROM lagesbild_meta WHERE key = 'day_summary_fid'; "
                  "DROP INDEX incidents_time; CREATE INDEX incidents_time ON incidents (occurred_utc, kind, category, source, "
                  "local_hour, local_weekday, area, location_precision); "
                  "DELETE FROM incident_key_blocks; "
                  "INSERT INTO incident_key_blocks (block, keys) SELECT 65536 + (dedup_key >> 48) + 32768, "
                  "';' || group_concat(printf('%016X', dedup_key), ';') || ';' FROM (SELECT DISTINCT dedup_key FROM incidents) "
                  "GROUP BY dedup_key >> 48; "
                  "DROP TRIGGER incidents_forget_key; "
                  "CREATE TRIGGER incidents_forget_key AFTER DELETE ON incidents BEGIN "
                  "UPDATE incident_key_blocks SET keys = replace(keys, printf(';%016X;', OLD.dedup_key), ';') "
                  "WHERE (block & 65535) = (OLD.dedup_key >> 48) + 32768; END; "
                  "UPDATE lagesbild_meta SET value = '6' WHERE key = 'schema_version'");
}
} // namespace

TEST_CASE("The day summary answers as the rows do after every kind of write", "[store][daysummary]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  const QString path = store->location();

  // A bulk batch (rows appended, groups added by the batch), then a row-by-row one.
  REQUIRE(store->insertBatch(syntheticIncidents(3000, 11, QStringLiteral("bulk")), {}));
  checkSummaryAnswersAsRows(*store, path);
  REQUIRE(store->insertBatch(syntheticIncidents(40, 12, QStringLiteral("small")), {}));
  checkSummaryAnswersAsRows(*store, path);
  // The same days again, in a second bulk batch: groups that exist are extended.
  REQUIRE(store->insertBatch(syntheticIncidents(2500, 13, QStringLiteral("again")), {}));
  checkSummaryAnswersAsRows(*store, path);

  Incident single = syntheticIncidents(1, 14, QStringLiteral("single")).front();
  auto id = store->insertIncident(single, QStringLiteral("test"));
  REQUIRE(id);
  checkSummaryAnswersAsRows(*store, path);

  // An edit moves an incident to another day, hour, category and point.
  auto edited = store->incident(17).value().value();
  edited.occurredFrom = utc(2021, 6, 30, 22, 30); // 00:30 local on 1 July
  edited.occurredTo.reset();
  edited.category = crimeCodes().at(1);
  edited.kind = IncidentKind::Crime;
  edited.x += 250.0;
  REQUIRE(store->updateIncident(edited, QStringLiteral("test")));
  checkSummaryAnswersAsRows(*store, path);

  REQUIRE(store->deleteIncident(*id, QStringLiteral("test")));
  REQUIRE(store->deleteIncident(5, QStringLiteral("test")));
  checkSummaryAnswersAsRows(*store, path);

  // A larger area takes incidents from "no area" and from its neighbour.
  Area grown = testAreas().at(1);
  grown.polygons = {{{{560500.0, 6579500.0}, {562500.0, 6579500.0}, {562500.0, 6581200.0}, {560500.0, 6581200.0}, {560500.0, 6579500.0}}}};
  REQUIRE(store->upsertArea(grown));
  checkSummaryAnswersAsRows(*store, path);
}

TEST_CASE("Another program's edits are seen at once and absorbed by the next write", "[store][daysummary]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  const QString path = store->location();
  REQUIRE(store->insertBatch(syntheticIncidents(2000, 21), {}));
  const auto before = answers(*store);

  {
    // Plain SQLite with the GeoPackage functions, as GDAL gives QGIS: no Lägesbild code.
    RawDatabase other(path, false);
    REQUIRE(GeoPackageFunctions::registerOn(other.db()));
    REQUIRE(other.exec("DELETE FROM incidents WHERE fid BETWEEN 1 AND 50"));
    REQUIRE(other.exec("UPDATE incidents SET category = (SELECT min(id) FROM categories WHERE kind = 'report'), kind = 2, local_hour = 3 "
                       "WHERE fid BETWEEN 100 AND 130"));
    REQUIRE(other.exec("INSERT INTO incidents (geom, kind, category, source, occurred_utc, local_hour, local_weekday, area, "
                       "location_precision, dedup_key) SELECT geom, kind, category, source, occurred_utc + 86400, local_hour, "
                       "local_weekday % 7 + 1, area, location_precision, dedup_key + 1 FROM incidents WHERE fid BETWEEN 200 AND 209"));
    CHECK(other.integer("SELECT count(*) FROM incident_day_summary_stale") > 0);
  }
  // The summary is behind the rows now; the store answers from the rows.
  RawDatabase raw(path);
  CHECK(store->count(IncidentFilter::all()).value() == raw.integer("SELECT count(*) FROM incidents"));
  CHECK(store->count(IncidentFilter::all()).value() == 2000 - 50 + 10);
  const auto afterEdits = answers(*store);
  CHECK(afterEdits != before);
  CHECK_FALSE(daySummaryProblem(raw).empty());

  // Our next write brings the summary up to the rows, and it answers as they do.
  REQUIRE(store->insertIncident(syntheticIncidents(1, 22, QStringLiteral("next")).front(), QStringLiteral("test")));
  checkSummaryAnswersAsRows(*store, path);
  CHECK(store->count(IncidentFilter::all()).value() == 2000 - 50 + 10 + 1);
}

TEST_CASE("A version-6 store gets the day summary and compact key blocks when opened", "[store][daysummary][migration]")
{
  QTemporaryDir dir;
  QString path;
  const auto incidents = syntheticIncidents(1500, 31);
  {
    auto store = makeStore(dir);
    REQUIRE(store);
    path = store->location();
    REQUIRE(store->insertBatch(incidents, {}));
  }
  {
    RawDatabase old(path, false);
    REQUIRE(downgradeToVersion6(old));
    CHECK(old.integer("SELECT sum((length(keys) - 1) / 17) FROM incident_key_blocks") == 1500);
  }
  auto opened = GeoPackageStore::open(path);
  REQUIRE(opened);
  CHECK((*opened)->schemaVersion() == GeoPackageStore::currentSchemaVersion());
  RawDatabase raw(path);
  CHECK(raw.integer("SELECT sum(length(points)) / 9 FROM incident_day_summary") == 1500);
  checkSummaryAnswersAsRows(**opened, path);
  // Every key in its block as a token, found again by a re-import, forgotten by a delete.
  CHECK(raw.integer("SELECT sum((length(keys) - 1) / 9) FROM incident_key_blocks") == 1500);
  CHECK(raw.integer(("SELECT count(*) FROM incidents i WHERE (SELECT max(instr(keys, " + DeduplicationKeyBlocks::tokenSql("i.dedup_key") +
                     ")) FROM incident_key_blocks WHERE (block & 65535) = (i.dedup_key >> 48) + 32768) > 0")
                      .c_str()) == 1500);
  CHECK(raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'incidents_time' AND sql LIKE '%kind%'") == 0);
  const auto again = (*opened)->insertBatch(incidents, {});
  REQUIRE(again);
  CHECK(again->inserted == 0);
  REQUIRE((*opened)->deleteIncident(7, QStringLiteral("test")));
  CHECK(raw.integer("SELECT sum((length(keys) - 1) / 9) FROM incident_key_blocks") == 1499);
}

TEST_CASE("A version-6 store that cannot be written is counted from its rows", "[store][daysummary][readonly]")
{
  QTemporaryDir dir;
  QString path;
  std::vector<std::string> fromVersion7;
  {
    auto store = makeStore(dir);
    REQUIRE(store);
    path = store->location();
    REQUIRE(store->insertBatch(syntheticIncidents(1200, 41), {}));
    fromVersion7 = answers(*store);
  }
  {
    RawDatabase old(path, false);
    REQUIRE(downgradeToVersion6(old));
    REQUIRE(old.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
  }
  ReadOnlyFiles readOnly(dir.path(), {path}, false);
  NobodyFileAccess nobody;
  auto store = GeoPackageStore::open(path, StoreAccess::Read);
  INFO((store ? QString() : store.error().toString()).toStdString());
  REQUIRE(store);
  CHECK((*store)->isReadOnly());
  CHECK((*store)->schemaVersion() == 6);
  CHECK(answers(**store) == fromVersion7);
}
