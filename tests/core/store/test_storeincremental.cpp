// The incremental write path: a store grown in ten batches (each further batch packed into leaves
// of its own under new upper R-tree levels, its keys added to their key blocks only) holds what a
// store written in one batch holds — the same rows, the same de-duplication keys — with a valid
// R-tree: every incident's box present and equal to its point, SQLite's rtreecheck, and spatial
// queries finding the same incidents as in the one-batch store and as a scan of the table.
#include "storetestsupport.h"

#include "store/geopackage/deduplicationkeyblocks.h"
#include "store/geopackage/deduplicationkeyset.h"
#include "store/geopackage/geopackagegeometry.h"
#include "store/geopackage/rtreebulkloader.h"
#include "store/geopackage/storeschema.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
//! Every row with every stored column but the fid, in de-duplication key order.
QStringList rowsByKey(const RawDatabase &raw)
{
  QStringList rows;
  sqlite3_stmt *statement = nullptr;
  sqlite3_prepare_v2(raw.db(),
                     "SELECT dedup_key, hex(geom), kind, category, source, occurred_utc, occurred_to_utc, reported_utc, local_hour, "
                     "local_weekday, area, location_precision, address, description, external_id, import_id, address_derived "
                     "FROM incidents ORDER BY dedup_key",
                     -1, &statement, nullptr);
  while (sqlite3_step(statement) == SQLITE_ROW)
  {
    QStringList columns;
    for (int c = 0; c < sqlite3_column_count(statement); ++c)
      columns.append(sqlite3_column_type(statement, c) == SQLITE_NULL
                       ? QStringLiteral("NULL")
                       : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, c))));
    rows.append(columns.join(QLatin1Char('|')));
  }
  sqlite3_finalize(statement);
  return rows;
}

//! The keys the key blocks hold, each with the slot of its run (a key in the wrong slot is lost).
std::vector<std::string> blockKeys(const RawDatabase &raw)
{
  std::vector<std::string> keys;
  sqlite3_stmt *statement = nullptr;
  sqlite3_prepare_v2(raw.db(), "SELECT block, keys FROM incident_key_blocks", -1, &statement, nullptr);
  while (sqlite3_step(statement) == SQLITE_ROW)
  {
    const std::int64_t block = sqlite3_column_int64(statement, 0);
    const std::string_view text(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)),
                                static_cast<std::size_t>(sqlite3_column_bytes(statement, 1)));
    const auto decoded = DeduplicationKeyBlocks::keysOf(block, text);
    if (!decoded)
      keys.push_back("damaged block " + std::to_string(block));
    for (const std::int64_t key : decoded.value_or(std::vector<std::int64_t>()))
      keys.push_back(QStringLiteral("%1:%2")
                       .arg(block & 65535, 5, 10, QLatin1Char('0'))
                       .arg(static_cast<quint64>(key), 16, 16, QLatin1Char('0'))
                       .toUpper()
                       .toStdString());
  }
  sqlite3_finalize(statement);
  std::sort(keys.begin(), keys.end());
  return keys;
}

//! The keys of the incidents table in the same form.
std::vector<std::string> tableKeys(const RawDatabase &raw)
{
  std::vector<std::string> keys;
  sqlite3_stmt *statement = nullptr;
  sqlite3_prepare_v2(raw.db(), "SELECT printf('%05d:%016X', (dedup_key >> 48) + 32768, dedup_key) FROM incidents", -1, &statement, nullptr);
  while (sqlite3_step(statement) == SQLITE_ROW)
    keys.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
  sqlite3_finalize(statement);
  std::sort(keys.begin(), keys.end());
  return keys;
}

//! The first incident whose R-tree entry is missing or differs from its point's box; empty when
//! none. triggered: some rows were indexed by the R-tree triggers.
std::string rtreeProblem(const RawDatabase &raw, bool triggered = false)
{
  std::string problem;
  sqlite3_stmt *statement = nullptr;
  sqlite3_prepare_v2(raw.db(),
                     "SELECT i.fid, i.geom, r.minx, r.maxx, r.miny, r.maxy FROM incidents AS i "
                     "LEFT JOIN rtree_incidents_geom AS r ON r.id = i.fid",
                     -1, &statement, nullptr);
  while (problem.empty() && sqlite3_step(statement) == SQLITE_ROW)
  {
    const std::int64_t fid = sqlite3_column_int64(statement, 0);
    const auto point = GeoPackageGeometry::decodePoint(static_cast<const unsigned char *>(sqlite3_column_blob(statement, 1)),
                                                       sqlite3_column_bytes(statement, 1));
    if (!point || sqlite3_column_type(statement, 2) == SQLITE_NULL)
    {
      problem = "incident " + std::to_string(fid) + " has no index entry";
      break;
    }
    // Packed boxes are the point rounded outwards to floats (RtreeBulkLoader::entryForPoint);
    // SQLite's rtree module, indexing a row through the triggers, may round one float step wider.
    const RtreeEntry packed = RtreeBulkLoader::entryForPoint(fid, point->x, point->y);
    const double minX = sqlite3_column_double(statement, 2);
    const double maxX = sqlite3_column_double(statement, 3);
    const double minY = sqlite3_column_double(statement, 4);
    const double maxY = sqlite3_column_double(statement, 5);
    const bool exact = static_cast<float>(minX) == packed.minX && static_cast<float>(maxX) == packed.maxX &&
                       static_cast<float>(minY) == packed.minY && static_cast<float>(maxY) == packed.maxY;
    constexpr double kFloatStep = 0.5; // of 32-bit floats at these coordinates
    const bool close = minX <= point->x && maxX >= point->x && minY <= point->y && maxY >= point->y && maxX - minX <= 2 * kFloatStep &&
                       maxY - minY <= 2 * kFloatStep;
    if (!(exact || (triggered && close)))
      problem = "the index box of incident " + std::to_string(fid) + " is not its point's";
  }
  sqlite3_finalize(statement);
  if (problem.empty() && raw.integer("SELECT count(*) FROM rtree_incidents_geom") != raw.integer("SELECT count(*) FROM incidents"))
    problem = "the index has entries of rows the table lacks";
  if (problem.empty())
  {
    const QString check = raw.text("SELECT rtreecheck('rtree_incidents_geom')");
    if (check != QStringLiteral("ok"))
      problem = "rtreecheck: " + check.toStdString();
  }
  return problem;
}

//! The keys of the incidents a spatial query through the store finds (by their ids), sorted.
std::vector<std::int64_t> keysInBox(const IncidentStore &store, const RawDatabase &raw, const BoundingBox &box)
{
  IncidentFilter filter = IncidentFilter::all();
  filter.bbox = box;
  std::vector<std::int64_t> keys;
  sqlite3_stmt *statement = nullptr;
  sqlite3_prepare_v2(raw.db(), "SELECT dedup_key FROM incidents WHERE fid = ?1", -1, &statement, nullptr);
  const auto incidents = store.incidents(filter);
  REQUIRE(incidents);
  for (const Incident &incident : *incidents)
  {
    sqlite3_bind_int64(statement, 1, incident.id);
    keys.push_back(sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0);
    sqlite3_reset(statement);
  }
  sqlite3_finalize(statement);
  std::sort(keys.begin(), keys.end());
  return keys;
}

//! The keys of the incidents in box by a scan of the table, not through the index.
std::vector<std::int64_t> keysInBoxByScan(const RawDatabase &raw, const BoundingBox &box)
{
  std::vector<std::int64_t> keys;
  sqlite3_stmt *statement = nullptr;
  sqlite3_prepare_v2(raw.db(), "SELECT dedup_key, geom FROM incidents", -1, &statement, nullptr);
  while (sqlite3_step(statement) == SQLITE_ROW)
  {
    const auto point = GeoPackageGeometry::decodePoint(static_cast<const unsigned char *>(sqlite3_column_blob(statement, 1)),
                                                       sqlite3_column_bytes(statement, 1));
    if (point && point->x >= box.xMin && point->x <= box.xMax && point->y >= box.yMin && point->y <= box.yMax)
      keys.push_back(sqlite3_column_int64(statement, 0));
  }
  sqlite3_finalize(statement);
  std::sort(keys.begin(), keys.end());
  return keys;
}
} // namespace

TEST_CASE("A store grown in ten batches equals one written in one batch", "[store][incremental]")
{
  // Ten batches of different sizes; each repeats a few incidents of the batch before it (the
  // store's duplicates) and a few of its own (the batch's), as re-imports of overlapping files do.
  const std::vector<int> sizes{4000, 300, 2600, 700, 5100, 1300, 3900, 260, 2200, 4500};
  std::vector<std::vector<Incident>> batches;
  std::vector<Incident> all;
  for (std::size_t b = 0; b < sizes.size(); ++b)
  {
    std::vector<Incident> batch = syntheticIncidents(sizes[b], 100 + b, QStringLiteral("b%1").arg(b));
    if (b > 0)
      batch.insert(batch.end(), batches.back().begin(), batches.back().begin() + 40);
    const std::vector<Incident> repeated(batch.begin() + 5, batch.begin() + 25);
    batch.insert(batch.end(), repeated.begin(), repeated.end());
    batches.push_back(batch);
    all.insert(all.end(), batch.begin(), batch.end());
  }

  QTemporaryDir dir;
  auto grown = makeStore(dir, QStringLiteral("grown.gpkg"));
  auto whole = makeStore(dir, QStringLiteral("whole.gpkg"));
  REQUIRE(grown);
  REQUIRE(whole);
  std::int64_t insertedGrown = 0;
  for (const auto &batch : batches)
  {
    const auto summary = grown->insertBatch(batch, {});
    INFO((summary ? QString() : summary.error().toString()).toStdString());
    REQUIRE(summary);
    insertedGrown += summary->inserted;
  }
  const auto summaryWhole = whole->insertBatch(all, {});
  REQUIRE(summaryWhole);
  CHECK(insertedGrown == summaryWhole->inserted);
  CHECK(summaryWhole->duplicates == static_cast<std::int64_t>(all.size()) - summaryWhole->inserted);

  RawDatabase rawGrown(grown->location());
  RawDatabase rawWhole(whole->location());
  // The ten batches took the packed path with an incremental index: the tree has grown past one level.
  CHECK(rawGrown.integer("SELECT count(*) FROM rtree_incidents_geom_node") > 1);

  SECTION("the same rows and keys")
  {
    const QStringList rows = rowsByKey(rawGrown);
    CHECK(rows.size() == summaryWhole->inserted);
    CHECK(rows == rowsByKey(rawWhole));
    const auto keys = blockKeys(rawGrown);
    CHECK(keys == tableKeys(rawGrown));
    CHECK(keys == blockKeys(rawWhole));
    // The day summary's groups, extended batch by batch, are those of the rows.
    INFO(daySummaryProblem(rawGrown));
    CHECK(daySummaryProblem(rawGrown).empty());
    CHECK(daySummaryProblem(rawWhole).empty());
    CHECK(rawGrown.integer("SELECT count(*) FROM incident_day_summary") == rawWhole.integer("SELECT count(*) FROM incident_day_summary"));
  }

  SECTION("a valid R-tree that answers spatial queries as the one-batch store and a scan do")
  {
    INFO(rtreeProblem(rawGrown));
    CHECK(rtreeProblem(rawGrown).empty());
    CHECK(rtreeProblem(rawWhole).empty());
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> x(559400.0, 563600.0);
    std::uniform_real_distribution<double> y(6579400.0, 6581600.0);
    std::uniform_real_distribution<double> side(1.0, 900.0);
    std::size_t foundAll = 0;
    for (int q = 0; q < 25; ++q)
    {
      const double x0 = x(rng);
      const double y0 = y(rng);
      const BoundingBox box{x0, y0, x0 + side(rng), y0 + side(rng)};
      const auto found = keysInBox(*grown, rawGrown, box);
      foundAll += found.size();
      CHECK(found == keysInBoxByScan(rawGrown, box));
      CHECK(found == keysInBox(*whole, rawWhole, box));
    }
    CHECK(foundAll > 1000); // the queries are not all empty
  }

  SECTION("a further batch of known incidents adds nothing, a triggered insert and a delete keep the index valid")
  {
    const auto again = grown->insertBatch(batches[4], {});
    REQUIRE(again);
    CHECK(again->inserted == 0);
    REQUIRE(grown->insertBatch(syntheticIncidents(10, 999, QStringLiteral("single")), {}));
    REQUIRE(grown->deleteIncident(3, QStringLiteral("test")));
    INFO(rtreeProblem(rawGrown, true));
    CHECK(rtreeProblem(rawGrown, true).empty());
    CHECK(blockKeys(rawGrown) == tableKeys(rawGrown));
    CHECK(daySummaryProblem(rawGrown).empty());
  }
}

TEST_CASE("Key blocks keep a run per batch and merge a prefix's runs at the limit", "[store][incremental]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  const QString path = store->location();
  store.reset();
  RawDatabase raw(path, false);
  REQUIRE(raw.exec("BEGIN"));
  // Forty batches whose keys share two prefixes (one negative), and some keys of earlier batches again.
  std::mt19937_64 rng(9);
  const std::int64_t prefixes[] = {0x1234, -0x2345};
  std::vector<std::int64_t> stored;
  for (int batch = 0; batch < 40; ++batch)
  {
    std::vector<std::int64_t> keys;
    for (int k = 0; k < 25; ++k)
      keys.push_back(static_cast<std::int64_t>(static_cast<std::uint64_t>(prefixes[k % 2]) << 48 | (rng() & 0xFFFFFFFFFFFFULL)));
    if (!stored.empty())
      keys.push_back(stored[static_cast<std::size_t>(batch) % stored.size()]);
    DeduplicationKeySet known(keys.size());
    DeduplicationKeyBlocks::RunsByPrefix runs;
    REQUIRE(DeduplicationKeyBlocks::loadMatching(raw.db(), keys, known, runs));
    std::vector<std::int64_t> fresh;
    for (const std::int64_t key : keys)
      if (known.insert(key))
        fresh.push_back(key);
    CHECK(fresh.size() == 25); // the repeated key was found among the store's
    std::sort(fresh.begin(), fresh.end());
    REQUIRE(DeduplicationKeyBlocks::addSorted(raw.db(), fresh, runs));
    stored.insert(stored.end(), fresh.begin(), fresh.end());
  }
  REQUIRE(raw.exec("COMMIT"));
  // Never more than kMaxRuns runs of a prefix, and every key once.
  CHECK(raw.integer("SELECT max(n) FROM (SELECT count(*) AS n FROM incident_key_blocks GROUP BY block & 65535)") <=
        DeduplicationKeyBlocks::kMaxRuns);
  CHECK(raw.integer("SELECT count(*) FROM incident_key_blocks") > 2);
  CHECK(raw.integer("SELECT sum((length(keys) - 1) / 9) FROM incident_key_blocks") == static_cast<std::int64_t>(stored.size()));
  DeduplicationKeySet all(stored.size());
  DeduplicationKeyBlocks::RunsByPrefix runs;
  REQUIRE(DeduplicationKeyBlocks::loadMatching(raw.db(), stored, all, runs));
  for (const std::int64_t key : stored)
    CHECK_FALSE(all.insert(key));

  // Two new keys of a prefix go into its last run, not a row of their own.
  const std::int64_t rows = raw.integer("SELECT count(*) FROM incident_key_blocks");
  std::vector<std::int64_t> two{static_cast<std::int64_t>(static_cast<std::uint64_t>(prefixes[0]) << 48 | 1),
                                static_cast<std::int64_t>(static_cast<std::uint64_t>(prefixes[0]) << 48 | 2)};
  DeduplicationKeySet none(two.size());
  DeduplicationKeyBlocks::RunsByPrefix twoRuns;
  REQUIRE(DeduplicationKeyBlocks::loadMatching(raw.db(), two, none, twoRuns));
  REQUIRE(DeduplicationKeyBlocks::addSorted(raw.db(), two, twoRuns));
  CHECK(raw.integer("SELECT count(*) FROM incident_key_blocks") == rows);
  CHECK(raw.integer("SELECT sum((length(keys) - 1) / 9) FROM incident_key_blocks") == static_cast<std::int64_t>(stored.size()) + 2);
  DeduplicationKeySet found(two.size());
  DeduplicationKeyBlocks::RunsByPrefix foundRuns;
  REQUIRE(DeduplicationKeyBlocks::loadMatching(raw.db(), two, found, foundRuns));
  CHECK_FALSE(found.insert(two[0]));
  CHECK_FALSE(found.insert(two[1]));
}

TEST_CASE("A first import fills the pages of the time index and the day summary", "[store][incremental]")
{
  // Entries added one by one leave an index's pages about 7/8 full even in order; into an empty
  // store the time index is built after the rows and the summary copied in whole, both full.
  const auto unusedPercent = [](const RawDatabase &raw, const char *name)
  { return raw.integer(("SELECT 100 * sum(unused) / sum(pgsize) FROM dbstat WHERE name = '" + std::string(name) + "'").c_str()); };
  QTemporaryDir dir;
  auto store = makeStore(dir, QStringLiteral("first.gpkg"));
  REQUIRE(store);
  const auto first = store->insertBatch(syntheticIncidents(100000, 31, QStringLiteral("first")), {});
  REQUIRE(first);
  REQUIRE(first->inserted == 100000);
  RawDatabase raw(store->location());
  REQUIRE(raw.integer("SELECT count(*) FROM dbstat WHERE name = 'incidents_time'") > 50);
  CHECK(unusedPercent(raw, "incidents_time") <= 2);
  CHECK(unusedPercent(raw, "incident_day_summary") <= 2);
  // The index is the schema's, and period reads use it.
  CHECK(raw.text("SELECT sql FROM sqlite_master WHERE name = 'incidents_time'") == QString::fromUtf8(StoreSchema::createTimeIndexSql()));
  sqlite3_stmt *plan = nullptr;
  REQUIRE(sqlite3_prepare_v2(raw.db(), "EXPLAIN QUERY PLAN SELECT fid FROM incidents WHERE occurred_utc BETWEEN 1600000000 AND 1600100000",
                             -1, &plan, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(plan) == SQLITE_ROW);
  CHECK(std::string(reinterpret_cast<const char *>(sqlite3_column_text(plan, 3))).find("incidents_time") != std::string::npos);
  sqlite3_finalize(plan);
  INFO(daySummaryProblem(raw));
  CHECK(daySummaryProblem(raw).empty());

  // A further batch extends both the usual way, and they stay right.
  const auto second = store->insertBatch(syntheticIncidents(3000, 32, QStringLiteral("second")), {});
  REQUIRE(second);
  CHECK(second->inserted == 3000);
  CHECK(daySummaryProblem(raw).empty());
  CHECK(raw.integer("SELECT count(*) FROM incidents WHERE occurred_utc >= 0") == 103000);
  CHECK(raw.integer("SELECT sum(length(points)) / 9 FROM incident_day_summary") == 103000);
}

TEST_CASE("A damaged key block stops a batch with a message and writes nothing", "[store][incremental]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir, QStringLiteral("damaged.gpkg"));
  REQUIRE(store);
  REQUIRE(store->insertBatch(syntheticIncidents(3000, 41, QStringLiteral("first")), {}));
  {
    RawDatabase raw(store->location(), false);
    // The first letter of each block's first key becomes a character no key is written with.
    REQUIRE(raw.exec("UPDATE incident_key_blocks SET keys = ';!' || substr(keys, 3)"));
  }
  // A batch touching few prefixes reads their blocks one by one; one touching most of them reads
  // the whole table, scanned on another thread.
  const int size = GENERATE(2000, 12000);
  const auto again = store->insertBatch(syntheticIncidents(size, 42, QStringLiteral("second")), {});
  REQUIRE_FALSE(again);
  CHECK(again.error().message.contains(QStringLiteral("damaged")));
  RawDatabase raw(store->location());
  CHECK(raw.integer("SELECT count(*) FROM incidents") == 3000);
}
