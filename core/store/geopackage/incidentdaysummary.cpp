#include "incidentdaysummary.h"

#include "geopackagegeometry.h"
#include "incidentrowwriter.h"
#include "sqlitestatement.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <set>
#include <tuple>
#include <utility>

namespace lagesbild
{
namespace
{
// The UTC day of an instant in plain SQL (integer division truncates towards zero, so the
// instant is shifted past zero first: any time the store accepts, 1900..2199, is far inside).
#define LB_UTC_DAY(t) "((" t " + 3456000000) / 86400 - 40000)"

constexpr const char *kTableSql = "CREATE TABLE incident_day_summary (\n"
                                  "  day INTEGER NOT NULL,\n"
                                  "  kind INTEGER NOT NULL,\n"
                                  "  category INTEGER NOT NULL,\n"
                                  "  source INTEGER NOT NULL,\n"
                                  "  area INTEGER NOT NULL,\n"
                                  "  location_precision INTEGER NOT NULL,\n"
                                  "  points BLOB NOT NULL,\n"
                                  "  PRIMARY KEY (day, kind, category, source, area, location_precision)\n"
                                  ") WITHOUT ROWID";

// clang-format off
constexpr const char *kStaleTrackingSql =
  "CREATE TABLE incident_day_summary_stale (utc_day INTEGER PRIMARY KEY NOT NULL);\n"
  "INSERT OR IGNORE INTO lagesbild_meta (key, value) VALUES ('day_summary_fid', '0');\n"
  "CREATE TRIGGER incidents_day_summary_delete AFTER DELETE ON incidents BEGIN\n"
  "  INSERT OR IGNORE INTO incident_day_summary_stale (utc_day) VALUES (" LB_UTC_DAY("OLD.occurred_utc") ");\n"
  "END;\n"
  "CREATE TRIGGER incidents_day_summary_update AFTER UPDATE OF geom, kind, category, source, occurred_utc, local_hour, area, "
  "location_precision ON incidents BEGIN\n"
  "  INSERT OR IGNORE INTO incident_day_summary_stale (utc_day) VALUES (" LB_UTC_DAY("OLD.occurred_utc") "), (" LB_UTC_DAY("NEW.occurred_utc") ");\n"
  "END;\n";
// clang-format on
#undef LB_UTC_DAY

constexpr std::int64_t kSecondsPerDay = 86400;
//! Rows read per step when the rows past the covered fid are added (bounds the memory).
constexpr std::int64_t kFidsPerStep = std::int64_t(1) << 20;
//! x of an incident without a point: counted, never drawn.
constexpr std::int32_t kNoPoint = std::numeric_limits<std::int32_t>::min();

std::int32_t centimetres(double metres)
{
  const double value = std::round(metres * 100.0);
  constexpr double low = static_cast<double>(std::numeric_limits<std::int32_t>::min()) + 1.0;
  constexpr double high = static_cast<double>(std::numeric_limits<std::int32_t>::max());
  return static_cast<std::int32_t>(std::clamp(value, low, high));
}

void putInt32(std::string &out, std::int32_t value)
{
  const auto bits = static_cast<std::uint32_t>(value);
  const char bytes[4] = {static_cast<char>(bits & 0xFFU), static_cast<char>((bits >> 8) & 0xFFU), static_cast<char>((bits >> 16) & 0xFFU),
                         static_cast<char>(bits >> 24)};
  out.append(bytes, 4);
}

std::int32_t getInt32(const unsigned char *at)
{
  const std::uint32_t bits = static_cast<std::uint32_t>(at[0]) | (static_cast<std::uint32_t>(at[1]) << 8) |
                             (static_cast<std::uint32_t>(at[2]) << 16) | (static_cast<std::uint32_t>(at[3]) << 24);
  return static_cast<std::int32_t>(bits);
}

Error summaryError(sqlite3 *db)
{
  return sqliteError(db, QCoreApplication::translate("IncidentStore", "The incident summary could not be brought up to date."));
}

Result<std::int64_t> coveredFid(sqlite3 *db)
{
  auto statement = SqliteStatement::prepare(db, "SELECT CAST(value AS INTEGER) FROM lagesbild_meta WHERE key = 'day_summary_fid'");
  if (!statement)
    return statement.error();
  return statement->step() == SQLITE_ROW ? statement->columnInt64(0) : std::int64_t{0};
}

//! Adds the rows of a statement selecting occurred_utc, kind, category, source, area (0: none),
//! location_precision, local_hour and geom.
Result<void> accumulateRows(sqlite3 *db, SqliteStatement &rows, IncidentDaySummary::Accumulator &groups)
{
  int rc = SQLITE_ROW;
  while ((rc = rows.step()) == SQLITE_ROW)
  {
    int size = 0;
    const unsigned char *blob = rows.columnBlob(7, &size);
    const auto point = GeoPackageGeometry::decodePoint(blob, size);
    groups.add(rows.columnInt64(0), static_cast<int>(rows.columnInt64(1)), rows.columnInt64(2), rows.columnInt64(3), rows.columnInt64(4),
               static_cast<int>(rows.columnInt64(5)), static_cast<int>(rows.columnInt64(6)), point ? point->x : std::nan(""),
               point ? point->y : std::nan(""));
  }
  if (rc != SQLITE_DONE)
    return summaryError(db);
  return {};
}

Result<bool> tableIsEmpty(sqlite3 *db)
{
  auto statement = SqliteStatement::prepare(db, "SELECT NOT EXISTS (SELECT 1 FROM incident_day_summary)");
  if (!statement)
    return statement.error();
  if (statement->step() != SQLITE_ROW)
    return summaryError(db);
  return statement->columnInt64(0) != 0;
}

//! The UTC instants [start, end) of a local day (days since 1970-01-01; 23, 24 or 25 hours).
std::pair<std::int64_t, std::int64_t> localDayUtc(std::int64_t day)
{
  const QDate date = StockholmTime::dateFromDayNumber(static_cast<std::int32_t>(day));
  const StockholmTime &stockholm = StockholmTime::instance();
  return {stockholm.startOfDayUtc(date), stockholm.startOfDayUtc(date.addDays(1))};
}

constexpr const char *kRowColumns =
  "SELECT occurred_utc, kind, category, source, coalesce(area, 0), location_precision, local_hour, geom FROM incidents ";

//! The local days an edit touched: those overlapping the stale UTC days.
Result<std::set<std::int64_t>> staleLocalDays(sqlite3 *db)
{
  auto stale = SqliteStatement::prepare(db, "SELECT utc_day FROM incident_day_summary_stale");
  if (!stale)
    return stale.error();
  std::set<std::int64_t> days;
  int rc = SQLITE_ROW;
  while ((rc = stale->step()) == SQLITE_ROW)
  {
    const std::int64_t start = stale->columnInt64(0) * kSecondsPerDay;
    const std::int64_t first = IncidentRowWriter::localColumns(start).day;
    const std::int64_t last = IncidentRowWriter::localColumns(start + kSecondsPerDay - 1).day;
    for (std::int64_t day = first; day <= last; ++day)
      days.insert(day);
  }
  if (rc != SQLITE_DONE)
    return summaryError(db);
  return days;
}

Result<void> rebuildDays(sqlite3 *db, const std::set<std::int64_t> &days, std::int64_t covered)
{
  auto remove = SqliteStatement::prepare(db, "DELETE FROM incident_day_summary WHERE day = ?1");
  auto rows = SqliteStatement::prepare(db, std::string(kRowColumns) + "WHERE occurred_utc >= ?1 AND occurred_utc < ?2 AND fid <= ?3");
  if (!remove || !rows)
    return !remove ? remove.error() : rows.error();
  IncidentDaySummary::Accumulator groups;
  for (const std::int64_t day : days)
  {
    remove->reset();
    remove->bindInt64(1, day);
    if (auto done = remove->execute(QStringLiteral("incident_day_summary")); !done)
      return done;
    const auto [start, end] = localDayUtc(day);
    rows->reset();
    rows->bindInt64(1, start);
    rows->bindInt64(2, end);
    rows->bindInt64(3, covered);
    if (auto done = accumulateRows(db, *rows, groups); !done)
      return done;
  }
  if (auto done = groups.writeTo(db); !done)
    return done;
  return sqliteExec(db, "DELETE FROM incident_day_summary_stale");
}
} // namespace

std::string IncidentDaySummary::schemaSql()
{
  return std::string(kTableSql) + ";\n" + kStaleTrackingSql;
}

bool IncidentDaySummary::Key::operator==(const Key &other) const
{
  return day == other.day && kind == other.kind && category == other.category && source == other.source && area == other.area &&
         precision == other.precision;
}

bool IncidentDaySummary::Key::operator<(const Key &other) const
{
  return std::tie(day, kind, category, source, area, precision) <
         std::tie(other.day, other.kind, other.category, other.source, other.area, other.precision);
}

void IncidentDaySummary::Accumulator::add(std::int64_t occurredUtc, int kind, std::int64_t category, std::int64_t source, std::int64_t area,
                                          int precision, int hour, double x, double y)
{
  if (occurredUtc < mDayStartUtc || occurredUtc >= mDayEndUtc)
  {
    endDay();
    mDay = IncidentRowWriter::localColumns(occurredUtc).day;
    std::tie(mDayStartUtc, mDayEndUtc) = localDayUtc(mDay);
  }
  const bool hasPoint = std::isfinite(x) && std::isfinite(y);
  mDayIncidents.push_back(
    Incident{Key{0, category, source, area, kind, precision}, hasPoint ? centimetres(x) : kNoPoint, hasPoint ? centimetres(y) : 0, hour});
}

void IncidentDaySummary::Accumulator::endDay()
{
  if (mDayIncidents.empty())
    return;
  std::stable_sort(mDayIncidents.begin(), mDayIncidents.end(), [](const Incident &a, const Incident &b) { return a.key < b.key; });
  for (std::size_t i = 0; i < mDayIncidents.size();)
  {
    std::size_t end = i;
    while (end < mDayIncidents.size() && mDayIncidents[end].key == mDayIncidents[i].key)
      ++end;
    Group group{mDayIncidents[i].key, std::string()};
    group.key.day = mDay;
    group.points.reserve((end - i) * kEntryBytes);
    for (; i < end; ++i)
    {
      putInt32(group.points, mDayIncidents[i].x);
      putInt32(group.points, mDayIncidents[i].y);
      group.points.push_back(static_cast<char>(static_cast<unsigned char>(std::clamp(mDayIncidents[i].hour, 0, 255))));
    }
    mGroups.push_back(std::move(group));
  }
  mDayIncidents.clear();
}

Result<void> IncidentDaySummary::Accumulator::writeTo(sqlite3 *db)
{
  endDay();
  mDayStartUtc = mDayEndUtc = 0;
  if (mGroups.empty())
    return {};
  // In key order: the groups go to neighbouring B-tree cells, not all over the table. A day met
  // more than once (incidents out of time order) gave a key more than once: merged here.
  std::stable_sort(mGroups.begin(), mGroups.end(), [](const Group &a, const Group &b) { return a.key < b.key; });
  std::size_t kept = 0;
  for (std::size_t i = 0; i < mGroups.size(); ++i)
  {
    if (kept > 0 && mGroups[kept - 1].key == mGroups[i].key)
      mGroups[kept - 1].points += mGroups[i].points;
    else if (kept++ != i)
      mGroups[kept - 1] = std::move(mGroups[i]);
  }
  mGroups.resize(kept);
  auto empty = tableIsEmpty(db);
  if (!empty)
    return empty.error();
  auto done = *empty ? fillEmptyTable(db) : upsertGroups(db, "main.incident_day_summary");
  mGroups.clear();
  return done;
}

Result<void> IncidentDaySummary::Accumulator::upsertGroups(sqlite3 *db, const std::string &table) const
{
  auto upsert = SqliteStatement::prepare(db, "INSERT INTO " + table +
                                               " (day, kind, category, source, area, location_precision, points) "
                                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO UPDATE SET "
                                               "points = CAST(points || excluded.points AS BLOB)");
  if (!upsert)
    return upsert.error();
  for (const Group &group : mGroups)
  {
    const Key &key = group.key;
    upsert->reset();
    upsert->bindInt64(1, key.day);
    upsert->bindInt64(2, key.kind);
    upsert->bindInt64(3, key.category);
    upsert->bindInt64(4, key.source);
    upsert->bindInt64(5, key.area);
    upsert->bindInt64(6, key.precision);
    upsert->bindBlobStatic(7, group.points.data(), static_cast<int>(group.points.size()));
    if (auto done = upsert->execute(QStringLiteral("incident_day_summary")); !done)
      return done;
  }
  return {};
}

Result<void> IncidentDaySummary::Accumulator::fillEmptyTable(sqlite3 *db) const
{
  // Rows inserted one by one into a WITHOUT ROWID table leave its pages about 7/8 full, even in
  // key order; SQLite's copy of a whole table into an empty one of the same shape fills them
  // (about 2 bytes an incident less on a first import). So the groups go to a temporary twin
  // first, then across in one INSERT … SELECT *. The twin stays with the connection, emptied:
  // dropping a table waits for every statement of the connection to finish.
  const std::string twin = kTableSql;
  if (auto done = sqliteExec(db, ("CREATE TEMP TABLE IF NOT EXISTS incident_day_summary_new" + twin.substr(twin.find(" ("))).c_str());
      !done)
    return done;
  if (auto done = upsertGroups(db, "temp.incident_day_summary_new"); !done)
    return done;
  return sqliteExec(db, "INSERT INTO main.incident_day_summary SELECT * FROM temp.incident_day_summary_new; "
                        "DELETE FROM temp.incident_day_summary_new;");
}

void IncidentDaySummary::decode(const unsigned char *points, std::size_t i, double &x, double &y, int &hour)
{
  const unsigned char *at = points + i * kEntryBytes;
  const std::int32_t cx = getInt32(at);
  if (cx == kNoPoint)
  {
    x = std::nan("");
    y = std::nan("");
  }
  else
  {
    x = static_cast<double>(cx) / 100.0;
    y = static_cast<double>(getInt32(at + 4)) / 100.0;
  }
  hour = at[8];
}

Result<void> IncidentDaySummary::catchUp(sqlite3 *db)
{
  auto covered = coveredFid(db);
  if (!covered)
    return covered.error();
  auto days = staleLocalDays(db);
  if (!days)
    return days.error();
  if (!days->empty())
    if (auto done = rebuildDays(db, *days, *covered); !done)
      return done;

  auto largest = SqliteStatement::prepare(db, "SELECT coalesce(max(fid), 0) FROM incidents");
  if (!largest)
    return largest.error();
  if (largest->step() != SQLITE_ROW)
    return summaryError(db);
  const std::int64_t last = largest->columnInt64(0);
  if (last <= *covered)
    return {};
  auto rows = SqliteStatement::prepare(db, std::string(kRowColumns) + "WHERE fid > ?1 AND fid <= ?2");
  if (!rows)
    return rows.error();
  for (std::int64_t from = *covered; from < last; from += kFidsPerStep)
  {
    Accumulator groups;
    rows->reset();
    rows->bindInt64(1, from);
    rows->bindInt64(2, std::min(last, from + kFidsPerStep));
    if (auto done = accumulateRows(db, *rows, groups); !done)
      return done;
    if (auto done = groups.writeTo(db); !done)
      return done;
  }
  return setCoveredFid(db, last);
}

Result<void> IncidentDaySummary::setCoveredFid(sqlite3 *db, std::int64_t fid)
{
  auto statement = SqliteStatement::prepare(db, "UPDATE lagesbild_meta SET value = ?1 WHERE key = 'day_summary_fid'");
  if (!statement)
    return statement.error();
  statement->bindText(1, QString::number(fid));
  return statement->execute(QStringLiteral("lagesbild_meta"));
}

Result<bool> IncidentDaySummary::isCurrent(sqlite3 *db)
{
  // A store before version 7 opened read-only (it cannot be migrated there) has no summary.
  auto exists = SqliteStatement::prepare(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'incident_day_summary'");
  if (!exists)
    return exists.error();
  if (exists->step() != SQLITE_ROW || exists->columnInt64(0) == 0)
    return false;
  auto statement =
    SqliteStatement::prepare(db, "SELECT NOT EXISTS (SELECT 1 FROM incident_day_summary_stale) AND "
                                 "coalesce((SELECT max(fid) FROM incidents), 0) <= "
                                 "coalesce((SELECT CAST(value AS INTEGER) FROM lagesbild_meta WHERE key = 'day_summary_fid'), -1)");
  if (!statement)
    return statement.error();
  if (statement->step() != SQLITE_ROW)
    return sqliteError(db, QCoreApplication::translate("IncidentStore", "The incidents could not be counted."));
  return statement->columnInt64(0) != 0;
}

} // namespace lagesbild
