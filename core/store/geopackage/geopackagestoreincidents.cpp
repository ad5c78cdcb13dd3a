// GeoPackageStore: writing and querying incidents.
#include "addressregister.h"
#include "areaassignment.h"
#include "auditlog.h"
#include "busywait.h"
#include "deduplicationkeyblocks.h"
#include "deduplicationkeyset.h"
#include "geopackagecontents.h"
#include "geopackagegeometry.h"
#include "geopackagestore.h"
#include "groupcounter.h"
#include "incidentbatchpreparer.h"
#include "incidentdaysummary.h"
#include "incidentdaysummaryquery.h"
#include "incidentfiltersql.h"
#include "incidentrow.h"
#include "incidentrowwriter.h"
#include "referencecodes.h"
#include "rtreebulkloader.h"
#include "rtreeincrementalloader.h"
#include "sqlitestatement.h"
#include "store/deduplicationkey.h"
#include "store/derivedaddress.h"
#include "store/isotimetext.h"
#include "storeschema.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <latch>
#include <limits>
#include <optional>
#include <string>
#include <thread>
#include <unordered_set>

namespace lagesbild
{
namespace
{
// Below this many incidents a batch lets the R-tree triggers index each row (~10 µs a row);
// from it on, and when the batch is at least 1/256 of the store, the batch takes the bulk path:
// its rows appended, its keys added to their key blocks, its points packed into leaves of their
// own and the levels above the leaves packed anew (~1 µs per row of the batch, plus ~0.02 µs per
// row of the store for the upper levels).
constexpr std::size_t kBulkIndexMinimum = 256;
constexpr std::int64_t kBulkIndexRatio = 256;
constexpr std::size_t kFeedbackInterval = 4096;

Result<std::int64_t> singleInteger(sqlite3 *db, const char *sql)
{
  auto statement = SqliteStatement::prepare(db, sql);
  if (!statement)
    return statement.error();
  if (statement->step() != SQLITE_ROW)
    return sqliteError(db, QCoreApplication::translate("IncidentStore", "A store query failed."));
  return statement->columnInt64(0);
}

Result<std::int64_t> writeImportRecord(sqlite3 *db, const ImportRecord &record)
{
  auto statement = SqliteStatement::prepare(db, "INSERT INTO imports (file_name, checksum, imported_at, imported_at_utc, read_count, "
                                                "imported_count, duplicate_count, rejected_count, masked_count) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  if (!statement)
    return statement.error();
  const std::int64_t at = record.importedAtUtc != 0 ? record.importedAtUtc : QDateTime::currentSecsSinceEpoch();
  statement->bindText(1, record.fileName);
  statement->bindText(2, record.checksum, true);
  statement->bindText(3, IsoTimeText::utcText(at));
  statement->bindInt64(4, at);
  statement->bindInt64(5, record.read);
  statement->bindInt64(6, record.imported);
  statement->bindInt64(7, record.duplicates);
  statement->bindInt64(8, record.rejected);
  statement->bindInt64(9, record.masked);
  if (auto done = statement->execute(QCoreApplication::translate("IncidentStore", "The import record could not be written.")); !done)
    return done.error();
  return sqlite3_last_insert_rowid(db);
}

//! The R-tree insert trigger of incidents, dropped during a packed rebuild and recreated after it.
constexpr const char *kDropRtreeInsertTrigger = "DROP TRIGGER \"rtree_incidents_geom_insert\"";
constexpr const char *kCreateRtreeInsertTrigger =
  "CREATE TRIGGER \"rtree_incidents_geom_insert\" AFTER INSERT ON \"incidents\"\n"
  "  WHEN (new.\"geom\" NOT NULL AND NOT ST_IsEmpty(NEW.\"geom\"))\n"
  "BEGIN\n"
  "  INSERT OR REPLACE INTO \"rtree_incidents_geom\" VALUES (NEW.\"fid\", ST_MinX(NEW.\"geom\"), ST_MaxX(NEW.\"geom\"), "
  "ST_MinY(NEW.\"geom\"), ST_MaxY(NEW.\"geom\"));\n"
  "END";

//! Adds the index entries of the rows up to existingMaxFid, read back from the table.
Result<void> readExistingEntries(sqlite3 *db, std::int64_t existingMaxFid, std::vector<RtreeEntry> &entries)
{
  auto existing = SqliteStatement::prepare(db, "SELECT fid, geom FROM incidents WHERE fid <= ?1 AND geom IS NOT NULL");
  if (!existing)
    return existing.error();
  existing->bindInt64(1, existingMaxFid);
  while (existing->step() == SQLITE_ROW)
  {
    int size = 0;
    const unsigned char *blob = existing->columnBlob(1, &size);
    const auto envelope = GeoPackageGeometry::envelope(blob, size);
    if (envelope && !envelope->isEmpty)
      entries.push_back(
        RtreeBulkLoader::entryForBox(existing->columnInt64(0), envelope->minX, envelope->maxX, envelope->minY, envelope->maxY));
  }
  return {};
}

//! The page cache of a batch, back to the connection's default when the batch ends however it
//! ends: small and fixed, whatever the store's size. A large batch walks its rows in time order,
//! so it appends to the table, the R-tree's tables and the key blocks and visits each page of the
//! time index at most once, in order: a small cache holds every page it comes back to, and SQLite
//! writes each finished page while it is still in the CPU's caches and reuses its buffer. A cache
//! that held the whole batch would copy it out cold at commit, and every page buffer would be
//! fresh memory, which costs about 10 µs a page on a virtual machine (measured, a million rows
//! into a 10M store: 125 000 page faults and 4.3 s with a cache grown to 500 MB, against 45 000
//! and 2.2 s with 32 MB; 5.5 s against 2.6 s when the batch falls among the store's years).
class CacheSizeScope
{
  public:
    explicit CacheSizeScope(sqlite3 *db) : mDb(db) { sqlite3_exec(mDb, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr); }
    ~CacheSizeScope() { sqlite3_exec(mDb, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr); }
    CacheSizeScope(const CacheSizeScope &) = delete;
    CacheSizeScope &operator=(const CacheSizeScope &) = delete;

  private:
    sqlite3 *mDb;
};

//! Switches foreign key enforcement and CHECK constraints off for a batch whose codes were all
//! checked against the reference tables in its transaction and whose rows passed
//! IncidentRowWriter::validate (which covers every CHECK of incidents); on again afterwards.
//! Saves three index look-ups a row, and SQLite evaluates `location_precision IN (0, 1, 2)` by
//! building a temporary B-tree for every row (about a third of a bulk row's cost).
//! Must wrap the transaction: SQLite ignores the foreign key pragma inside one.
class ConstraintChecksOffScope
{
  public:
    explicit ConstraintChecksOffScope(sqlite3 *db) : mDb(db)
    {
      sqlite3_exec(mDb, "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr);
    }
    ~ConstraintChecksOffScope()
    {
      sqlite3_exec(mDb, "PRAGMA foreign_keys = ON; PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
    }
    ConstraintChecksOffScope(const ConstraintChecksOffScope &) = delete;
    ConstraintChecksOffScope &operator=(const ConstraintChecksOffScope &) = delete;

  private:
    sqlite3 *mDb;
};

//! A large batch goes through SQLite's rollback journal instead of the WAL: rows appended past
//! the end of the file need no journal copy, so the batch is written once (the WAL would write
//! it twice: the log, then the checkpoint), and a crash still rolls it back through the journal
//! (synchronous FULL meanwhile; the next open of the store rolls back the hot journal and
//! switches back to WAL). The switch needs the only connection to the store: when the app or
//! another process has it open, nothing changes (no waiting) and the batch goes through the
//! WAL. Switching back waits for readers that came meanwhile. Must wrap the transaction.
class RollbackJournalScope
{
  public:
    RollbackJournalScope(sqlite3 *db, BusyWait &wait) : mDb(db), mWait(wait)
    {
      const auto mode = mWait.switchJournalMode(QStringLiteral("delete"), false);
      mSwitched = mode && *mode == QLatin1String("delete");
      if (mSwitched)
        sqlite3_exec(mDb, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    }
    ~RollbackJournalScope()
    {
      if (!mSwitched)
        return;
      sqlite3_exec(mDb, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
      (void)mWait.switchJournalMode(QStringLiteral("wal"), true);
    }
    RollbackJournalScope(const RollbackJournalScope &) = delete;
    RollbackJournalScope &operator=(const RollbackJournalScope &) = delete;
    bool switched() const { return mSwitched; }

  private:
    sqlite3 *mDb;
    BusyWait &mWait;
    bool mSwitched = false;
};

//! Batches from this size on, when they take the bulk path, use the rollback journal.
constexpr std::size_t kRollbackJournalMinimum = 20000;

bool bulkPath(std::size_t batchSize, std::int64_t existing)
{
  return batchSize >= kBulkIndexMinimum && static_cast<std::int64_t>(batchSize) * kBulkIndexRatio >= existing;
}

Result<void> checkCancel(Feedback *feedback, std::size_t done, std::size_t total)
{
  if (!feedback || done % kFeedbackInterval != 0)
    return {};
  if (feedback->isCancelled())
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate("IncidentStore", "The import was cancelled; nothing was written."));
  // The rows fill 0-78 %: the step to 80 % that marks their end is then always reported (Feedback
  // reports moves of 0.1 or more), and a watcher can tell where the rows end.
  feedback->setProgress(78.0 * static_cast<double>(done) / static_cast<double>(std::max<std::size_t>(total, 1)));
  return {};
}

//! A small batch: one INSERT per row, the key blocks skipping duplicates, the R-tree triggers indexing.
Result<void> insertEach(sqlite3 *db, const std::vector<ReferenceCodes::Ids> &ids, const std::vector<Incident> &incidents,
                        std::optional<std::int64_t> importId, InsertSummary &summary, Envelope &envelope, Feedback *feedback)
{
  auto writer = IncidentRowWriter::prepare(db, IncidentRowWriter::Mode::Insert);
  if (!writer)
    return writer.error();
  for (std::size_t i = 0; i < incidents.size(); ++i)
  {
    if (auto go = checkCancel(feedback, i, incidents.size()); !go)
      return go;
    const Incident &incident = incidents[i];
    auto inserted = writer->write(incident, ids[i], importId);
    if (!inserted)
    {
      Error error = inserted.error();
      error.message = QCoreApplication::translate("IncidentStore", "Incident %1 (external id \"%2\") could not be stored.")
                        .arg(i + 1)
                        .arg(incident.externalId);
      return error;
    }
    if (!*inserted)
    {
      ++summary.duplicates;
      continue;
    }
    ++summary.inserted;
    envelope.extend(incident.x, incident.y);
  }
  return {};
}

//! A large batch's de-duplication keys, and those of them the store holds already.
struct BatchKeys
{
    std::vector<std::int64_t> keys; //!< by position in the batch
    DeduplicationKeySet known;
    DeduplicationKeyBlocks::RunsByPrefix runs; //!< what the store has of the batch's prefixes
};

//! The de-duplication keys of incidents[begin, end) into keys[begin, end).
void computeKeys(const std::vector<Incident> &incidents, std::size_t begin, std::size_t end, std::vector<std::int64_t> &keys)
{
  for (std::size_t i = begin; i < end; ++i)
    keys[i] = DeduplicationKey::of(incidents[i]);
}

//! Those of the batch's keys the store has: only their key blocks are read.
Result<BatchKeys> lookUpKeys(sqlite3 *db, std::vector<std::int64_t> keys, std::int64_t lastFid)
{
  const std::size_t count = keys.size();
  BatchKeys looked{std::move(keys), DeduplicationKeySet(count), {}};
  if (lastFid > 0)
    if (auto loaded = DeduplicationKeyBlocks::loadMatching(db, looked.keys, looked.known, looked.runs); !loaded)
      return loaded.error();
  return looked;
}

//! A large batch: an IncidentBatchPreparer walks it in time order on another thread, dropping
//! duplicates (the store's, as lookUpKeys found them) and preparing rows, while
//! this thread appends them many per INSERT with consecutive fids (appending to the time index);
//! then the new keys go into their key blocks in key order, and the preparer's packing goes into
//! the R-tree, whose insert trigger is dropped meanwhile: new leaves and new upper levels, the
//! store's leaves untouched — all inside the caller's transaction.
Result<void> appendBatch(sqlite3 *db, const std::vector<ReferenceCodes::Ids> &ids, const std::vector<Incident> &incidents,
                         BatchKeys batchKeys, std::optional<std::int64_t> importId, std::int64_t lastFid, InsertSummary &summary,
                         Envelope &envelope, Feedback *feedback)
{
  if (auto done = sqliteExec(db, kDropRtreeInsertTrigger); !done)
    return done;
  // Into an empty table the time index is built afterwards, in one sorted pass: SQLite then fills
  // its pages, where entries added one by one (even in order) leave them about 7/8 full — about
  // 2 bytes an incident of a first import, for less work.
  auto emptyTable = singleInteger(db, "SELECT NOT EXISTS (SELECT 1 FROM incidents)");
  if (!emptyTable)
    return emptyTable.error();
  const bool buildTimeIndexAfter = *emptyTable != 0;
  if (buildTimeIndexAfter)
    if (auto done = sqliteExec(db, "DROP INDEX incidents_time"); !done)
      return done;
  const QString rtreeName = QStringLiteral("rtree_incidents_geom");
  auto capacity = RtreeBulkLoader::nodeCapacity(db, rtreeName);
  if (!capacity)
    return capacity.error();
  auto writer = IncidentRowWriter::prepare(db, IncidentRowWriter::Mode::Append);
  if (!writer)
    return writer.error();

  IncidentBatchPreparer preparer(incidents, ids, batchKeys.keys, importId, std::move(batchKeys.known), lastFid + 1, *capacity);
  // The new rows get leaves of their own under new upper levels over the store's leaves; a store
  // whose root is its only leaf (a few dozen rows) is packed anew with them, its boxes read back
  // from the table.
  auto leafLevel = RtreeIncrementalLoader::readLeafLevel(db, rtreeName);
  if (!leafLevel)
    return leafLevel.error();
  std::vector<std::int64_t> oldInnerNodes;
  const bool incremental = leafLevel->has_value();
  if (incremental)
  {
    oldInnerNodes = (*leafLevel)->innerNodes;
    preparer.provideLeafLevel(std::move(**leafLevel));
  }
  else
  {
    std::vector<RtreeEntry> existingEntries;
    if (lastFid > 0)
      if (auto done = readExistingEntries(db, lastFid, existingEntries); !done)
        return done;
    preparer.provideExistingEntries(std::move(existingEntries));
  }
  std::size_t written = 0;
  // The chunk before the current one stays alive until then: rows still queued in the writer
  // point into their chunk's arena.
  std::unique_ptr<IncidentBatchPreparer::Chunk> previous;
  while (auto chunk = preparer.nextChunk())
  {
    for (std::size_t n = 0; n < chunk->rows.size(); ++n, ++written)
    {
      if (auto go = checkCancel(feedback, written, incidents.size()); !go)
        return go;
      const IncidentRowWriter::PreparedRow &row = chunk->rows[n];
      if (auto done = writer->append(row, chunk->arena); !done)
      {
        const std::size_t i = chunk->batchIndex[n];
        Error error = done.error();
        error.message = QCoreApplication::translate("IncidentStore", "Incident %1 (external id \"%2\") could not be stored.")
                          .arg(i + 1)
                          .arg(incidents[i].externalId);
        return error;
      }
    }
    previous = std::move(chunk);
  }
  const IncidentBatchPreparer::Outcome &outcome = preparer.outcome();
  summary.duplicates += outcome.duplicates;
  // The rows still queued (none when every incident was a duplicate), then the time index over them.
  if (auto done = writer->flush(); !done)
    return done;
  if (buildTimeIndexAfter)
    if (auto done = sqliteExec(db, StoreSchema::createTimeIndexSql()); !done)
      return done;
  // Duplicates only: nothing was written, and every other index stays as it is.
  if (outcome.fresh == 0)
    return sqliteExec(db, kCreateRtreeInsertTrigger);
  previous.reset();
  summary.inserted += outcome.fresh;
  // The index entries and the keys assumed fids lastFid + 1 … : SQLite must have given exactly those.
  if (sqlite3_last_insert_rowid(db) != lastFid + outcome.fresh)
    return makeError(ErrorCode::StoreError,
                     QCoreApplication::translate("IncidentStore", "The incidents were not numbered as expected; nothing was written."));
  envelope.extend(outcome.envelope);
  if (feedback)
    feedback->setProgress(80.0);
  // The day summary's groups of the new rows, collected by the preparer (see IncidentDaySummary).
  if (auto done = preparer.takeDaySummary().writeTo(db); !done)
    return done;
  if (auto done = IncidentDaySummary::setCoveredFid(db, lastFid + outcome.fresh); !done)
    return done;
  if (auto done = DeduplicationKeyBlocks::addSorted(db, outcome.newKeys, batchKeys.runs); !done)
    return done;
  if (feedback)
    feedback->setProgress(90.0);
  const PackedRtree packed = preparer.takePackedRtree();
  if (auto done =
        incremental ? RtreeIncrementalLoader::write(db, rtreeName, oldInnerNodes, packed) : RtreeBulkLoader::write(db, rtreeName, packed);
      !done)
    return done;
  return sqliteExec(db, kCreateRtreeInsertTrigger);
}
} // namespace

namespace
{
//! Manual entry and edits: the area from the point when none is given (or the point moved),
//! and the nearest register address when none is given (or a derived one and the point moved).
Result<void> completePlace(sqlite3 *db, Incident &incident, const Incident *before)
{
  const bool moved = before && (before->x != incident.x || before->y != incident.y);
  if (incident.area.isEmpty() || (moved && incident.area == before->area))
  {
    auto areas = AreaAssignment::load(db);
    if (!areas)
      return areas.error();
    const std::int64_t id = areas->areaIdAt(incident.x, incident.y, incident.precision);
    incident.area.clear();
    if (id > 0)
    {
      auto code = SqliteStatement::prepare(db, "SELECT code FROM areas WHERE fid = ?1");
      if (!code)
        return code.error();
      code->bindInt64(1, id);
      if (code->step() == SQLITE_ROW)
        incident.area = code->columnText(0);
    }
  }
  return DerivedAddress::complete(incident, before,
                                  [db](double x, double y, double maxDistance) { return AddressRegister::nearest(db, x, y, maxDistance); });
}
} // namespace

Result<InsertSummary> GeoPackageStore::insertBatch(const std::vector<Incident> &incidents, const InsertOptions &options, Feedback *feedback)
{
  if (auto writable = checkWritable(); !writable)
    return writable.error();
  // Plain checks first, before anything is written.
  for (std::size_t i = 0; i < incidents.size(); ++i)
  {
    const QString problem = IncidentRowWriter::validate(incidents[i]);
    if (!problem.isEmpty())
      return makeError(ErrorCode::BadInput, tr("Incident %1 (external id \"%2\"): %3.").arg(i + 1).arg(incidents[i].externalId, problem));
  }

  // Another writer (a second import, the app) is waited for, and feedback told so.
  BusyWaitScope waiting(mBusyWait.get(), feedback);
  auto existing = singleInteger(mDb, "SELECT coalesce(max(fid), 0) FROM incidents");
  if (!existing)
    return existing.error();
  CacheSizeScope cache(mDb);
  ConstraintChecksOffScope constraintChecks(mDb);
  std::optional<RollbackJournalScope> rollbackJournal;
  if (incidents.size() >= kRollbackJournalMinimum && bulkPath(incidents.size(), *existing))
    rollbackJournal.emplace(mDb, *mBusyWait);
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done.error();
  mBusyWait->finished();
  // What others changed since our last write (QGIS edits), before this batch's groups go in.
  if (auto done = IncidentDaySummary::catchUp(mDb); !done)
    return done.error();

  auto codes = ReferenceCodes::load(mDb);
  if (!codes)
    return codes.error();
  std::vector<ReferenceCodes::Ids> ids(incidents.size());
  const ReferenceDefinitions definitions{options.newCategories, options.newSources};
  for (std::size_t i = 0; i < incidents.size(); ++i)
  {
    auto known = codes->check(mDb, incidents[i], static_cast<std::int64_t>(i + 1), options.createMissingReferences, definitions);
    if (!known)
      return known.error();
    ids[i] = *known;
  }
  // Incidents without an area get the smallest store area containing their point.
  std::optional<AreaAssignment> areas;
  if (std::any_of(incidents.begin(), incidents.end(), [](const Incident &incident) { return incident.area.isEmpty(); }))
  {
    auto loaded = AreaAssignment::load(mDb);
    if (!loaded)
      return loaded.error();
    if (!loaded->isEmpty())
      areas = std::move(loaded.value());
  }
  auto assignAreas = [&areas, &incidents, &ids]()
  {
    if (areas)
      for (std::size_t i = 0; i < incidents.size(); ++i)
        if (incidents[i].area.isEmpty())
          ids[i].area = areas->areaIdAt(incidents[i].x, incidents[i].y, incidents[i].precision);
  };
  for (const auto &[created, table] : {std::pair(codes->createdCategories(), "categories"), std::pair(codes->createdSources(), "sources")})
    if (created)
      if (auto done = GeoPackageContents::touch(mDb, table); !done)
        return done.error();

  InsertSummary summary;
  std::optional<std::int64_t> importId;
  if (options.importRecord)
  {
    auto id = writeImportRecord(mDb, *options.importRecord);
    if (!id)
      return id.error();
    importId = *id;
    summary.importId = *id;
  }

  auto maxFid = singleInteger(mDb, "SELECT max(coalesce((SELECT max(fid) FROM incidents), 0), "
                                   "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'incidents'), 0))");
  if (!maxFid)
    return maxFid.error();
  Envelope envelope;
  Result<void> written;
  if (bulkPath(incidents.size(), *maxFid))
  {
    // Two threads compute the batch's keys; then this one reads the store's keys while the other
    // finds the areas (points in polygons).
    std::vector<std::int64_t> keys(incidents.size());
    const std::size_t half = incidents.size() / 2;
    std::latch secondHalfDone(1);
    std::jthread helper( // joined also when an exception leaves this scope
      [&]()
      {
        computeKeys(incidents, half, incidents.size(), keys);
        secondHalfDone.count_down();
        assignAreas();
      });
    computeKeys(incidents, 0, half, keys);
    secondHalfDone.wait();
    auto batchKeys = lookUpKeys(mDb, std::move(keys), *maxFid);
    helper.join();
    if (!batchKeys)
      return batchKeys.error();
    written = appendBatch(mDb, ids, incidents, std::move(batchKeys.value()), importId, *maxFid, summary, envelope, feedback);
  }
  else
  {
    assignAreas();
    written = insertEach(mDb, ids, incidents, importId, summary, envelope, feedback);
  }
  if (!written)
    return written.error();
  // The row-by-row path's rows (the bulk path added its groups and covered them).
  if (auto done = IncidentDaySummary::catchUp(mDb); !done)
    return done.error();
  if (auto done = GeoPackageContents::touch(mDb, "incidents", envelope); !done)
    return done.error();

  QJsonObject after;
  after.insert(QStringLiteral("inserted"), static_cast<double>(summary.inserted));
  after.insert(QStringLiteral("duplicates"), static_cast<double>(summary.duplicates));
  if (importId)
  {
    auto update = SqliteStatement::prepare(mDb, "UPDATE imports SET imported_count = ?1, duplicate_count = ?2 WHERE id = ?3");
    if (!update)
      return update.error();
    update->bindInt64(1, summary.inserted);
    update->bindInt64(2, summary.duplicates);
    update->bindInt64(3, *importId);
    if (auto done = update->execute(tr("The import record could not be updated.")); !done)
      return done.error();
    after.insert(QStringLiteral("file_name"), options.importRecord->fileName);
    after.insert(QStringLiteral("checksum"), options.importRecord->checksum);
    after.insert(QStringLiteral("read"), static_cast<double>(options.importRecord->read));
    after.insert(QStringLiteral("rejected"), static_cast<double>(options.importRecord->rejected));
    after.insert(QStringLiteral("masked"), static_cast<double>(options.importRecord->masked));
  }
  if (auto done =
        AuditLog::append(mDb, options.user, QStringLiteral("import"), importId ? QStringLiteral("imports") : QStringLiteral("incidents"),
                         importId.value_or(0), QJsonObject(), after);
      !done)
    return done.error();
  if (feedback && feedback->isCancelled())
    return makeError(ErrorCode::Cancelled, tr("The import was cancelled; nothing was written."));
  // Said before the commit starts, so whoever watches knows the batch may be durable from here on.
  if (feedback)
    feedback->setProgress(99.0);
  if (auto done = transaction.commit(); !done)
    return done.error();
  if (feedback)
    feedback->setProgress(100.0);
  return summary;
}

Result<std::int64_t> GeoPackageStore::insertIncident(const Incident &incident, const QString &user)
{
  if (auto writable = checkWritable(); !writable)
    return writable.error();
  if (const QString problem = IncidentRowWriter::validate(incident); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, tr("The incident cannot be stored: %1.").arg(problem));
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done.error();
  Incident stored = incident;
  if (auto done = completePlace(mDb, stored, nullptr); !done)
    return done.error();
  auto codes = ReferenceCodes::load(mDb);
  if (!codes)
    return codes.error();
  auto known = codes->check(mDb, stored, 0, false);
  if (!known)
    return known.error();
  auto writer = IncidentRowWriter::prepare(mDb, IncidentRowWriter::Mode::Insert);
  if (!writer)
    return writer.error();
  auto inserted = writer->write(stored, *known, std::nullopt);
  if (!inserted)
    return inserted.error();
  if (!*inserted)
    return makeError(ErrorCode::BadInput, tr("The same incident is already in the store (same source and external id, or same content)."));
  const std::int64_t id = writer->lastInsertedId();
  stored.id = id;
  if (auto done = GeoPackageContents::touch(mDb, "incidents", Envelope{incident.x, incident.x, incident.y, incident.y, false}); !done)
    return done.error();
  if (auto done =
        AuditLog::append(mDb, user, QStringLiteral("insert"), QStringLiteral("incidents"), id, QJsonObject(), IncidentRow::toJson(stored));
      !done)
    return done.error();
  if (auto done = IncidentDaySummary::catchUp(mDb); !done)
    return done.error();
  if (auto done = transaction.commit(); !done)
    return done.error();
  return id;
}

Result<void> GeoPackageStore::updateIncident(const Incident &incident, const QString &user)
{
  if (auto writable = checkWritable(); !writable)
    return writable;
  if (const QString problem = IncidentRowWriter::validate(incident); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, tr("Incident %1 cannot be stored: %2.").arg(incident.id).arg(problem));
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done;
  auto before = this->incident(incident.id);
  if (!before)
    return before.error();
  if (!before->has_value())
    return makeError(ErrorCode::NotFound, tr("There is no incident %1.").arg(incident.id));
  Incident stored = incident;
  if (auto done = completePlace(mDb, stored, &**before); !done)
    return done;
  auto codes = ReferenceCodes::load(mDb);
  if (!codes)
    return codes.error();
  auto known = codes->check(mDb, stored, stored.id, false);
  if (!known)
    return known.error();
  auto writer = IncidentRowWriter::prepare(mDb, IncidentRowWriter::Mode::Update);
  if (!writer)
    return writer.error();
  if (auto written = writer->write(stored, *known, std::nullopt); !written)
    return written.error();
  if (auto done = GeoPackageContents::touch(mDb, "incidents", Envelope{stored.x, stored.x, stored.y, stored.y, false}); !done)
    return done;
  if (auto done = AuditLog::append(mDb, user, QStringLiteral("update"), QStringLiteral("incidents"), stored.id,
                                   IncidentRow::toJson(**before), IncidentRow::toJson(stored));
      !done)
    return done;
  if (auto done = IncidentDaySummary::catchUp(mDb); !done)
    return done;
  return transaction.commit();
}

Result<void> GeoPackageStore::deleteIncident(std::int64_t id, const QString &user)
{
  if (auto writable = checkWritable(); !writable)
    return writable;
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done;
  auto before = incident(id);
  if (!before)
    return before.error();
  if (!before->has_value())
    return makeError(ErrorCode::NotFound, tr("There is no incident %1.").arg(id));
  auto statement = SqliteStatement::prepare(mDb, "DELETE FROM incidents WHERE fid = ?1");
  if (!statement)
    return statement.error();
  statement->bindInt64(1, id);
  if (auto done = statement->execute(tr("Incident %1 could not be deleted.").arg(id)); !done)
    return done;
  if (auto done = GeoPackageContents::touch(mDb, "incidents"); !done)
    return done;
  if (auto done = AuditLog::append(mDb, user, QStringLiteral("delete"), QStringLiteral("incidents"), id, IncidentRow::toJson(**before),
                                   QJsonObject());
      !done)
    return done;
  if (auto done = IncidentDaySummary::catchUp(mDb); !done)
    return done;
  return transaction.commit();
}

Result<std::optional<Incident>> GeoPackageStore::incident(std::int64_t id) const
{
  auto statement =
    SqliteStatement::prepare(mDb, std::string("SELECT ") + IncidentRow::selectColumns() + IncidentRow::fromClause() + " WHERE i.fid = ?1");
  if (!statement)
    return statement.error();
  statement->bindInt64(1, id);
  const int rc = statement->step();
  if (rc == SQLITE_DONE)
    return std::optional<Incident>();
  if (rc != SQLITE_ROW)
    return sqliteError(mDb, tr("Incident %1 could not be read.").arg(id));
  return std::optional<Incident>(IncidentRow::read(*statement));
}

Result<std::vector<Incident>> GeoPackageStore::incidents(const IncidentFilter &filter, std::int64_t limit) const
{
  const IncidentFilterSql where(filter);
  auto statement = SqliteStatement::prepare(mDb, std::string("SELECT ") + IncidentRow::selectColumns() + IncidentRow::fromClause() +
                                                   where.whereClause() + " ORDER BY i.occurred_utc, i.fid LIMIT ?");
  if (!statement)
    return statement.error();
  const int next = where.bind(*statement);
  statement->bindInt64(next, limit < 0 ? -1 : limit);
  std::vector<Incident> out;
  int rc = SQLITE_ROW;
  while ((rc = statement->step()) == SQLITE_ROW)
    out.push_back(IncidentRow::read(*statement));
  if (rc != SQLITE_DONE)
    return sqliteError(mDb, tr("The incidents could not be read."));
  return out;
}

Result<std::int64_t> GeoPackageStore::count(const IncidentFilter &filter) const
{
  auto summary = IncidentDaySummaryQuery::canAnswer(mDb, filter);
  if (!summary)
    return summary.error();
  if (*summary)
    return IncidentDaySummaryQuery::count(mDb, filter);
  const IncidentFilterSql where(filter);
  auto statement = SqliteStatement::prepare(mDb, "SELECT count(*) FROM incidents AS i" + where.whereClause());
  if (!statement)
    return statement.error();
  where.bind(*statement);
  if (statement->step() != SQLITE_ROW)
    return sqliteError(mDb, tr("The incidents could not be counted."));
  return statement->columnInt64(0);
}

Result<std::vector<GroupCount>> GeoPackageStore::countBy(const IncidentFilter &filter, const std::vector<GroupField> &fields) const
{
  if (fields.empty())
  {
    auto total = count(filter);
    if (!total)
      return total.error();
    if (*total == 0)
      return std::vector<GroupCount>();
    return std::vector<GroupCount>{GroupCount{QStringList(), *total}};
  }
  std::string columns;
  std::vector<GroupCounter::Column> kinds;
  for (const GroupField field : fields)
  {
    if (!columns.empty())
      columns += ", ";
    switch (field)
    {
    case GroupField::Category:
      columns += "i.category";
      kinds.push_back(GroupCounter::Column::Coded);
      break;
    case GroupField::Source:
      columns += "i.source";
      kinds.push_back(GroupCounter::Column::Coded);
      break;
    case GroupField::Area:
      columns += "coalesce(i.area, 0)";
      kinds.push_back(GroupCounter::Column::Coded);
      break;
    case GroupField::Hour:
      columns += "i.local_hour";
      kinds.push_back(GroupCounter::Column::Integer);
      break;
    case GroupField::Weekday:
      columns += "i.local_weekday";
      kinds.push_back(GroupCounter::Column::Integer);
      break;
    case GroupField::Month:
      columns += "i.occurred_utc";
      kinds.push_back(GroupCounter::Column::LocalMonth);
      break;
    case GroupField::Day:
      columns += "i.occurred_utc";
      kinds.push_back(GroupCounter::Column::LocalDay);
      break;
    case GroupField::Address:
      columns += "coalesce(i.address, '')";
      kinds.push_back(GroupCounter::Column::Text);
      break;
    case GroupField::Kind:
      columns += "i.kind";
      kinds.push_back(GroupCounter::Column::Coded);
      break;
    }
  }
  // The rows are counted in a hash map: SQL GROUP BY would sort every matching row. Ids are
  // counted as they are and read as codes at the end.
  const IncidentFilterSql where(filter);
  auto statement = SqliteStatement::prepare(mDb, "SELECT " + columns + " FROM incidents AS i" + where.whereClause());
  if (!statement)
    return statement.error();
  where.bind(*statement);
  GroupCounter counter(kinds);
  for (std::size_t c = 0; c < fields.size(); ++c)
  {
    const char *labelSql = nullptr;
    switch (fields[c])
    {
    case GroupField::Category:
      labelSql = "SELECT id, code FROM categories";
      break;
    case GroupField::Source:
      labelSql = "SELECT id, code FROM sources";
      break;
    case GroupField::Area:
      labelSql = "SELECT fid, code FROM areas";
      break;
    case GroupField::Kind:
      counter.setLabels(c, {{static_cast<int>(IncidentKind::Crime), "crime"}, {static_cast<int>(IncidentKind::Report), "report"}});
      break;
    default:
      break;
    }
    if (!labelSql)
      continue;
    auto labels = SqliteStatement::prepare(mDb, labelSql);
    if (!labels)
      return labels.error();
    std::unordered_map<std::int64_t, std::string> map;
    while (labels->step() == SQLITE_ROW)
      map.emplace(labels->columnInt64(0), labels->columnText(1).toStdString());
    counter.setLabels(c, std::move(map));
  }
  auto summary = IncidentDaySummaryQuery::canAnswer(mDb, filter);
  if (!summary)
    return summary.error();
  if (*summary && IncidentDaySummaryQuery::canGroupBy(fields))
  {
    if (auto done = IncidentDaySummaryQuery::countBy(mDb, filter, fields, counter); !done)
      return done.error();
  }
  else
  {
    int rc = SQLITE_ROW;
    while ((rc = statement->step()) == SQLITE_ROW)
      counter.add(*statement);
    if (rc != SQLITE_DONE)
      return sqliteError(mDb, tr("The incidents could not be counted."));
  }
  std::vector<GroupCount> out;
  const auto groups = counter.sortedGroups();
  out.reserve(groups.size());
  for (const GroupCounter::Group &counted : groups)
  {
    GroupCount group;
    for (std::size_t c = 0; c < fields.size(); ++c)
    {
      const std::int64_t value = counted.values[c];
      switch (fields[c])
      {
      case GroupField::Month:
        group.keys.append(QStringLiteral("%1-%2").arg(value / 100, 4, 10, QLatin1Char('0')).arg(value % 100, 2, 10, QLatin1Char('0')));
        break;
      case GroupField::Day:
      {
        const CivilDate date = IsoTimeText::civilFromDays(value);
        group.keys.append(QStringLiteral("%1-%2-%3")
                            .arg(date.year, 4, 10, QLatin1Char('0'))
                            .arg(date.month, 2, 10, QLatin1Char('0'))
                            .arg(date.day, 2, 10, QLatin1Char('0')));
        break;
      }
      case GroupField::Hour:
      case GroupField::Weekday:
        group.keys.append(QString::number(value));
        break;
      default:
        group.keys.append(QString::fromStdString(counter.valueText(c, value)));
        break;
      }
    }
    group.count = counted.count;
    out.push_back(std::move(group));
  }
  return out;
}

Result<std::vector<PointXY>> GeoPackageStore::points(const IncidentFilter &filter) const
{
  const IncidentFilterSql where(filter);
  auto statement = SqliteStatement::prepare(mDb, "SELECT i.geom FROM incidents AS i" + where.whereClause());
  if (!statement)
    return statement.error();
  where.bind(*statement);
  std::vector<PointXY> out;
  int rc = SQLITE_ROW;
  while ((rc = statement->step()) == SQLITE_ROW)
  {
    int size = 0;
    const unsigned char *blob = statement->columnBlob(0, &size);
    if (const auto point = GeoPackageGeometry::decodePoint(blob, size))
      out.push_back(*point);
  }
  if (rc != SQLITE_DONE)
    return sqliteError(mDb, tr("The incident points could not be read."));
  return out;
}

} // namespace lagesbild
