// Helpers for the store tests: deterministic synthetic incidents, a temporary store, and a
// raw read-only SQLite connection to look inside the file independently of IncidentStore.
#pragma once

#include "model/incident.h"
#include "model/reference.h"
#include "store/geopackage/geopackagegeometry.h"
#include "store/geopackage/geopackagestore.h"
#include "store/geopackage/incidentdaysummary.h"
#include "time/stockholmtime.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <tuple>
#include <vector>

namespace lagesbild::storetest
{

inline std::int64_t utc(int y, int m, int d, int h, int min = 0, int s = 0)
{
  return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC).toSecsSinceEpoch();
}

//! Categories used by the generator (codes of the default taxonomy).
inline const QStringList &crimeCodes()
{
  static const QStringList codes{QStringLiteral("brott_misshandel"), QStringLiteral("brott_skadegorelse"),
                                 QStringLiteral("brott_stold_snatteri"), QStringLiteral("brott_bostadsinbrott"),
                                 QStringLiteral("brott_narkotika")};
  return codes;
}
inline const QStringList &reportCodes()
{
  static const QStringList codes{QStringLiteral("klotter"), QStringLiteral("skadegorelse"), QStringLiteral("otrygg_samling"),
                                 QStringLiteral("nedskrapning"), QStringLiteral("brand")};
  return codes;
}
inline const QStringList &sourceCodes()
{
  static const QStringList codes{QStringLiteral("polisen"), QStringLiteral("bostadsbolaget"), QStringLiteral("vaktare"),
                                 QStringLiteral("nattvandrare")};
  return codes;
}

//! Three square areas in Kungsör's neighbourhood (EPSG:3006).
inline std::vector<Area> testAreas()
{
  std::vector<Area> areas;
  const double x0 = 560000.0;
  const double y0 = 6580000.0;
  for (int i = 0; i < 3; ++i)
  {
    Area area;
    area.code = QStringLiteral("omr%1").arg(i + 1);
    area.name = QStringLiteral("Område %1").arg(i + 1);
    area.type = QStringLiteral("district");
    const double x = x0 + i * 1000.0;
    area.polygons = {{{{x, y0}, {x + 1000.0, y0}, {x + 1000.0, y0 + 1000.0}, {x, y0 + 1000.0}, {x, y0}}}};
    areas.push_back(area);
  }
  return areas;
}

//! The store gives an incident stored without an area the area containing its point: the
//! code of the testAreas() square containing (x, y), empty outside them.
inline QString testAreaAt(double x, double y)
{
  for (const Area &area : testAreas())
  {
    const auto &ring = area.polygons.front().front();
    if (x > ring[0].x && x < ring[2].x && y > ring[0].y && y < ring[2].y)
      return area.code;
  }
  return QString();
}

//! What the store holds after inserting incidents into makeStore(): those without an area get
//! the one containing their point.
inline void assignTestAreas(std::vector<Incident> &incidents)
{
  for (Incident &incident : incidents)
    if (incident.area.isEmpty())
      incident.area = testAreaAt(incident.x, incident.y);
}

//! n incidents spread over 2020-2021 (both DST changes), both kinds, 4 sources, 3 areas.
inline std::vector<Incident> syntheticIncidents(int n, std::uint64_t seed = 7, const QString &idPrefix = QStringLiteral("ext"))
{
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<std::int64_t> when(utc(2020, 1, 1, 0), utc(2021, 12, 31, 23));
  std::uniform_real_distribution<double> x(559500.0, 563500.0);
  std::uniform_real_distribution<double> y(6579500.0, 6581500.0);
  std::uniform_int_distribution<int> pick(0, 1000);
  std::vector<Incident> out;
  out.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i)
  {
    Incident incident;
    incident.kind = pick(rng) % 3 == 0 ? IncidentKind::Crime : IncidentKind::Report;
    const QStringList &codes = incident.kind == IncidentKind::Crime ? crimeCodes() : reportCodes();
    incident.category = codes.at(pick(rng) % codes.size());
    incident.source = sourceCodes().at(pick(rng) % sourceCodes().size());
    incident.x = x(rng);
    incident.y = y(rng);
    incident.occurredFrom = when(rng);
    if (pick(rng) % 2 == 0)
      incident.occurredTo = incident.occurredFrom + 60 * (pick(rng) % 300);
    if (pick(rng) % 3 == 0)
      incident.reportedAt = incident.occurredFrom + 3600;
    incident.address = QStringLiteral("Drottninggatan %1").arg(pick(rng) % 20);
    incident.description = pick(rng) % 4 == 0 ? QString() : QStringLiteral("Händelse %1 – åäö").arg(i);
    const int areaPick = pick(rng) % 4;
    incident.area = areaPick == 3 ? QString() : QStringLiteral("omr%1").arg(areaPick + 1);
    if (pick(rng) % 5 != 0)
      incident.externalId = QStringLiteral("%1-%2").arg(idPrefix).arg(i);
    const int precision = pick(rng) % 10;
    incident.precision =
      precision == 0 ? LocationPrecision::Municipality : (precision == 1 ? LocationPrecision::Approximate : LocationPrecision::Exact);
    out.push_back(incident);
  }
  return out;
}

//! A read-only raw connection for looking inside a store file.
class RawDatabase
{
  public:
    explicit RawDatabase(const QString &path, bool readOnly = true)
    {
      sqlite3_open_v2(path.toUtf8().constData(), &mDb, readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, nullptr);
    }
    ~RawDatabase() { sqlite3_close_v2(mDb); }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    sqlite3 *db() const { return mDb; }

    std::int64_t integer(const char *sql) const
    {
      sqlite3_stmt *statement = nullptr;
      std::int64_t value = -1;
      if (sqlite3_prepare_v2(mDb, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
      sqlite3_finalize(statement);
      return value;
    }
    QString text(const char *sql) const
    {
      sqlite3_stmt *statement = nullptr;
      QString value;
      if (sqlite3_prepare_v2(mDb, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
      sqlite3_finalize(statement);
      return value;
    }
    bool exec(const char *sql) const { return sqlite3_exec(mDb, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

  private:
    sqlite3 *mDb = nullptr;
};

//! What is wrong with a store's day summary (incidentdaysummary.h), empty when nothing: every
//! group recomputed from the rows (local day, kind, category, source, area, precision; count;
//! points to the centimetre and hours, as a sorted list) against the table's groups.
inline std::string daySummaryProblem(const RawDatabase &raw)
{
  using Entry = std::tuple<std::int64_t, std::int64_t, int>;
  using Key = std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t>;
  std::map<Key, std::vector<Entry>> fromRows;
  std::map<Key, std::vector<Entry>> fromSummary;
  std::map<Key, std::int64_t> counts;
  sqlite3_stmt *statement = nullptr;
  sqlite3_prepare_v2(raw.db(),
                     "SELECT occurred_utc, kind, category, source, coalesce(area, 0), location_precision, local_hour, geom "
                     "FROM incidents",
                     -1, &statement, nullptr);
  while (sqlite3_step(statement) == SQLITE_ROW)
  {
    const std::int64_t utcSeconds = sqlite3_column_int64(statement, 0);
    const std::int64_t local = utcSeconds + StockholmTime::instance().offsetAt(utcSeconds);
    const std::int64_t day = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    const Key key{day,
                  sqlite3_column_int64(statement, 1),
                  sqlite3_column_int64(statement, 2),
                  sqlite3_column_int64(statement, 3),
                  sqlite3_column_int64(statement, 4),
                  sqlite3_column_int64(statement, 5)};
    const auto point = GeoPackageGeometry::decodePoint(static_cast<const unsigned char *>(sqlite3_column_blob(statement, 7)),
                                                       sqlite3_column_bytes(statement, 7));
    fromRows[key].emplace_back(point ? std::llround(point->x * 100.0) : -1, point ? std::llround(point->y * 100.0) : -1,
                               sqlite3_column_int(statement, 6));
  }
  sqlite3_finalize(statement);
  sqlite3_prepare_v2(raw.db(),
                     "SELECT day, kind, category, source, area, location_precision, length(points) / 9, points FROM incident_day_summary",
                     -1, &statement, nullptr);
  while (sqlite3_step(statement) == SQLITE_ROW)
  {
    const Key key{sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 1), sqlite3_column_int64(statement, 2),
                  sqlite3_column_int64(statement, 3), sqlite3_column_int64(statement, 4), sqlite3_column_int64(statement, 5)};
    counts[key] = sqlite3_column_int64(statement, 6);
    const auto *points = static_cast<const unsigned char *>(sqlite3_column_blob(statement, 7));
    const int size = sqlite3_column_bytes(statement, 7);
    for (int i = 0; i + IncidentDaySummary::kEntryBytes <= size; i += IncidentDaySummary::kEntryBytes)
    {
      double x = 0.0;
      double y = 0.0;
      int hour = 0;
      IncidentDaySummary::decode(points + i, 0, x, y, hour);
      fromSummary[key].emplace_back(std::isfinite(x) ? std::llround(x * 100.0) : -1, std::isfinite(x) ? std::llround(y * 100.0) : -1, hour);
    }
  }
  sqlite3_finalize(statement);
  for (auto &[key, entries] : fromRows)
    std::sort(entries.begin(), entries.end());
  for (auto &[key, entries] : fromSummary)
    std::sort(entries.begin(), entries.end());
  if (fromRows.size() != counts.size())
    return "groups: " + std::to_string(fromRows.size()) + " from the rows, " + std::to_string(counts.size()) + " in the summary";
  for (const auto &[key, entries] : fromRows)
  {
    const auto found = counts.find(key);
    if (found == counts.end())
      return "a group of day " + std::to_string(std::get<0>(key)) + " is missing";
    if (found->second != static_cast<std::int64_t>(entries.size()))
      return "day " + std::to_string(std::get<0>(key)) + ": " + std::to_string(found->second) + " counted, " +
             std::to_string(entries.size()) + " rows";
    if (fromSummary[key] != entries)
      return "day " + std::to_string(std::get<0>(key)) + ": the points or hours differ";
  }
  return {};
}

//! Creates a store seeded with testAreas() in dir.
inline std::unique_ptr<IncidentStore> makeStore(const QTemporaryDir &dir, const QString &name = QStringLiteral("store.gpkg"))
{
  auto created = GeoPackageStore::create(dir.filePath(name));
  if (!created)
    return nullptr;
  std::unique_ptr<IncidentStore> store = std::move(created.value());
  for (const Area &area : testAreas())
    if (!store->upsertArea(area))
      return nullptr;
  return store;
}

} // namespace lagesbild::storetest
