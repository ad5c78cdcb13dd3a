// IncidentStore: writing and querying incidents.
#include "auditlog.h"
#include "deduplicationkey.h"
#include "deduplicationkeyset.h"
#include "geopackagecontents.h"
#include "geopackagegeometry.h"
#include "groupcounter.h"
#include "incidentfiltersql.h"
#include "incidentrow.h"
#include "incidentrowwriter.h"
#include "incidentstore.h"
#include "isotimetext.h"
#include "referencecodes.h"
#include "rtreebulkloader.h"
#include "sqlitestatement.h"
#include "storeschema.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <unordered_set>

namespace lagesbild
{
namespace
{
QString tr(const char *text)
{
  return QCoreApplication::translate("IncidentStore", text);
}

// Below this many incidents a batch lets the R-tree triggers index each row (~10 µs a row);
// from it on, and when the batch is at least a tenth of the store, the whole index is rebuilt
// by packing (~1 µs per row in the store).
constexpr std::size_t kBulkIndexMinimum = 256;
constexpr std::int64_t kBulkIndexRatio = 10;
constexpr std::size_t kFeedbackInterval = 4096;

void extend(Envelope &envelope, double x, double y)
{
  if (envelope.isEmpty)
  {
    envelope = Envelope{x, x, y, y, false};
    return;
  }
  envelope.minX = std::min(envelope.minX, x);
  envelope.maxX = std::max(envelope.maxX, x);
  envelope.minY = std::min(envelope.minY, y);
  envelope.maxY = std::max(envelope.maxY, y);
}

Result<std::int64_t> singleInteger(sqlite3 *db, const char *sql)
{
  auto statement = SqliteStatement::prepare(db, sql);
  if (!statement)
    return statement.error();
  if (statement->step() != SQLITE_ROW)
    return sqliteError(db, tr("A store query failed."));
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
  if (auto done = statement->execute(tr("The import record could not be written.")); !done)
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

//! Rebuilds the incidents R-tree: rows up to existingMaxFid are read back, newEntries are the batch's rows.
Result<void> rebuildIncidentIndex(sqlite3 *db, std::int64_t existingMaxFid, std::vector<RtreeEntry> entries)
{
  if (existingMaxFid > 0)
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
  }
  return RtreeBulkLoader::replaceContents(db, QStringLiteral("rtree_incidents_geom"), std::move(entries));
}

//! Restores the default page cache when a bulk insert ends, however it ends.
class CacheSizeScope
{
  public:
    explicit CacheSizeScope(sqlite3 *db) : mDb(db) { sqlite3_exec(mDb, "PRAGMA cache_size = -1048576", nullptr, nullptr, nullptr); }
    ~CacheSizeScope() { sqlite3_exec(mDb, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr); }
    CacheSizeScope(const CacheSizeScope &) = delete;
    CacheSizeScope &operator=(const CacheSizeScope &) = delete;

  private:
    sqlite3 *mDb;
};

//! Switches foreign key enforcement off for a batch whose codes were all checked against the
//! reference tables in its transaction (saves three index look-ups a row); on again afterwards.
//! Must wrap the transaction: SQLite ignores the pragma inside one.
class ForeignKeysOffScope
{
  public:
    explicit ForeignKeysOffScope(sqlite3 *db) : mDb(db) { sqlite3_exec(mDb, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr); }
    ~ForeignKeysOffScope() { sqlite3_exec(mDb, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr); }
    ForeignKeysOffScope(const ForeignKeysOffScope &) = delete;
    ForeignKeysOffScope &operator=(const ForeignKeysOffScope &) = delete;

  private:
    sqlite3 *mDb;
};

bool bulkPath(std::size_t batchSize, std::int64_t existing)
{
  return batchSize >= kBulkIndexMinimum && static_cast<std::int64_t>(batchSize) * kBulkIndexRatio >= existing;
}

Result<void> checkCancel(Feedback *feedback, std::size_t done, std::size_t total)
{
  if (!feedback || done % kFeedbackInterval != 0)
    return {};
  if (feedback->isCancelled())
    return makeError(ErrorCode::Cancelled, tr("The import was cancelled; nothing was written."));
  feedback->setProgress(80.0 * static_cast<double>(done) / static_cast<double>(std::max<std::size_t>(total, 1)));
  return {};
}

//! Records new de-duplication keys in key order: appends to incident_keys' B-tree.
Result<void> addKeys(sqlite3 *db, std::vector<std::pair<std::int64_t, std::int64_t>> keys)
{
  constexpr int kKeysPerStatement = 128;
  std::sort(keys.begin(), keys.end());
  std::string groupSql = "INSERT INTO incident_keys (dedup_key, fid) VALUES (?, ?)";
  for (int r = 1; r < kKeysPerStatement; ++r)
    groupSql += ", (?, ?)";
  auto group = SqliteStatement::prepare(db, groupSql);
  if (!group)
    return group.error();
  auto single = SqliteStatement::prepare(db, "INSERT INTO incident_keys (dedup_key, fid) VALUES (?1, ?2)");
  if (!single)
    return single.error();
  const QString failed = tr("The de-duplication keys could not be written.");
  const std::size_t fullGroups = keys.size() / kKeysPerStatement;
  for (std::size_t g = 0; g < fullGroups; ++g)
  {
    for (int r = 0; r < kKeysPerStatement; ++r)
    {
      const auto &[key, fid] = keys[g * kKeysPerStatement + static_cast<std::size_t>(r)];
      group->bindInt64(2 * r + 1, key);
      group->bindInt64(2 * r + 2, fid);
    }
    if (auto done = group->execute(failed); !done)
      return done;
  }
  for (std::size_t i = fullGroups * kKeysPerStatement; i < keys.size(); ++i)
  {
    single->bindInt64(1, keys[i].first);
    single->bindInt64(2, keys[i].second);
    if (auto done = single->execute(failed); !done)
      return done;
  }
  return {};
}

//! A small batch: one INSERT per row, incident_keys skipping duplicates, the R-tree triggers indexing.
Result<void> insertEach(sqlite3 *db, const std::vector<Incident> &incidents, std::optional<std::int64_t> importId, InsertSummary &summary,
                        Envelope &envelope, Feedback *feedback)
{
  auto writer = IncidentRowWriter::prepare(db, IncidentRowWriter::Mode::Insert);
  if (!writer)
    return writer.error();
  for (std::size_t i = 0; i < incidents.size(); ++i)
  {
    if (auto go = checkCancel(feedback, i, incidents.size()); !go)
      return go;
    const Incident &incident = incidents[i];
    auto inserted = writer->write(incident, importId);
    if (!inserted)
    {
      Error error = inserted.error();
      error.message = tr("Incident %1 (external id \"%2\") could not be stored.").arg(i + 1).arg(incident.externalId);
      return error;
    }
    if (!*inserted)
    {
      ++summary.duplicates;
      continue;
    }
    ++summary.inserted;
    extend(envelope, incident.x, incident.y);
  }
  return {};
}

//! A large batch: duplicates are found in memory, rows are appended many per INSERT in time
//! order with consecutive fids (appending to the time index), the new keys are added in key
//! order, and the R-tree, whose insert trigger is dropped meanwhile, is packed anew — all
//! inside the caller's transaction.
Result<void> appendBatch(sqlite3 *db, const std::vector<Incident> &incidents, std::optional<std::int64_t> importId, std::int64_t lastFid,
                         InsertSummary &summary, Envelope &envelope, Feedback *feedback)
{
  if (auto done = sqliteExec(db, kDropRtreeInsertTrigger); !done)
    return done;
  DeduplicationKeySet keys(static_cast<std::size_t>(lastFid) + incidents.size());
  if (lastFid > 0)
  {
    auto existing = SqliteStatement::prepare(db, "SELECT dedup_key FROM incident_keys");
    if (!existing)
      return existing.error();
    while (existing->step() == SQLITE_ROW)
      keys.insert(existing->columnInt64(0));
  }

  // Rows go in in time order: the time index is appended to, and a period's rows lie together.
  std::vector<std::uint32_t> order(incidents.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = static_cast<std::uint32_t>(i);
  std::stable_sort(order.begin(), order.end(),
                   [&incidents](std::uint32_t a, std::uint32_t b) { return incidents[a].occurredFrom < incidents[b].occurredFrom; });

  // Duplicates first: a batch that brings nothing new leaves every index as it is.
  std::vector<std::pair<std::uint32_t, std::int64_t>> fresh; // incident index, de-duplication key
  fresh.reserve(incidents.size());
  for (const std::uint32_t i : order)
  {
    const std::int64_t key = DeduplicationKey::of(incidents[i]);
    if (keys.insert(key))
      fresh.emplace_back(i, key);
    else
      ++summary.duplicates;
  }
  if (fresh.empty())
    return sqliteExec(db, kCreateRtreeInsertTrigger);

  auto writer = IncidentRowWriter::prepare(db, IncidentRowWriter::Mode::Append);
  if (!writer)
    return writer.error();
  std::vector<RtreeEntry> entries;
  entries.reserve(fresh.size());
  std::vector<std::pair<std::int64_t, std::int64_t>> newKeys; // dedup key, fid
  newKeys.reserve(fresh.size());
  std::int64_t fid = lastFid;
  for (std::size_t n = 0; n < fresh.size(); ++n)
  {
    if (auto go = checkCancel(feedback, n, fresh.size()); !go)
      return go;
    const auto [i, key] = fresh[n];
    const Incident &incident = incidents[i];
    ++fid;
    if (auto done = writer->append(incident, importId, fid, key); !done)
    {
      Error error = done.error();
      error.message = tr("Incident %1 (external id \"%2\") could not be stored.").arg(i + 1).arg(incident.externalId);
      return error;
    }
    ++summary.inserted;
    extend(envelope, incident.x, incident.y);
    entries.push_back(RtreeBulkLoader::entryForPoint(fid, incident.x, incident.y));
    newKeys.emplace_back(key, fid);
  }
  if (auto done = writer->flush(); !done)
    return done;
  if (feedback)
    feedback->setProgress(80.0);
  if (auto done = addKeys(db, std::move(newKeys)); !done)
    return done;
  if (feedback)
    feedback->setProgress(90.0);
  if (auto done = rebuildIncidentIndex(db, lastFid, std::move(entries)); !done)
    return done;
  return sqliteExec(db, kCreateRtreeInsertTrigger);
}
} // namespace

Result<InsertSummary> IncidentStore::insertBatch(const std::vector<Incident> &incidents, const InsertOptions &options, Feedback *feedback)
{
  // Plain checks first, before anything is written.
  for (std::size_t i = 0; i < incidents.size(); ++i)
  {
    const QString problem = IncidentRowWriter::validate(incidents[i]);
    if (!problem.isEmpty())
      return makeError(ErrorCode::BadInput, tr("Incident %1 (external id \"%2\"): %3.").arg(i + 1).arg(incidents[i].externalId, problem));
  }

  CacheSizeScope cache(mDb);
  ForeignKeysOffScope foreignKeys(mDb);
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done.error();

  auto codes = ReferenceCodes::load(mDb);
  if (!codes)
    return codes.error();
  for (std::size_t i = 0; i < incidents.size(); ++i)
    if (auto known = codes->check(mDb, incidents[i], tr("Incident %1").arg(i + 1), options.createMissingReferences); !known)
      return known.error();

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
  auto written = bulkPath(incidents.size(), *maxFid) ? appendBatch(mDb, incidents, importId, *maxFid, summary, envelope, feedback)
                                                     : insertEach(mDb, incidents, importId, summary, envelope, feedback);
  if (!written)
    return written.error();
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
  if (auto done = transaction.commit(); !done)
    return done.error();
  if (feedback)
    feedback->setProgress(100.0);
  return summary;
}

Result<std::int64_t> IncidentStore::insertIncident(const Incident &incident, const QString &user)
{
  if (const QString problem = IncidentRowWriter::validate(incident); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, tr("The incident cannot be stored: %1.").arg(problem));
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done.error();
  auto codes = ReferenceCodes::load(mDb);
  if (!codes)
    return codes.error();
  if (auto known = codes->check(mDb, incident, tr("The incident"), false); !known)
    return known.error();
  auto writer = IncidentRowWriter::prepare(mDb, IncidentRowWriter::Mode::Insert);
  if (!writer)
    return writer.error();
  auto inserted = writer->write(incident, std::nullopt);
  if (!inserted)
    return inserted.error();
  if (!*inserted)
    return makeError(ErrorCode::BadInput, tr("The same incident is already in the store (same source and external id, or same content)."));
  const std::int64_t id = writer->lastInsertedId();
  Incident stored = incident;
  stored.id = id;
  if (auto done = GeoPackageContents::touch(mDb, "incidents", Envelope{incident.x, incident.x, incident.y, incident.y, false}); !done)
    return done.error();
  if (auto done =
        AuditLog::append(mDb, user, QStringLiteral("insert"), QStringLiteral("incidents"), id, QJsonObject(), IncidentRow::toJson(stored));
      !done)
    return done.error();
  if (auto done = transaction.commit(); !done)
    return done.error();
  return id;
}

Result<void> IncidentStore::updateIncident(const Incident &incident, const QString &user)
{
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
  auto codes = ReferenceCodes::load(mDb);
  if (!codes)
    return codes.error();
  if (auto known = codes->check(mDb, incident, tr("Incident %1").arg(incident.id), false); !known)
    return known;
  auto writer = IncidentRowWriter::prepare(mDb, IncidentRowWriter::Mode::Update);
  if (!writer)
    return writer.error();
  if (auto written = writer->write(incident, std::nullopt); !written)
    return written.error();
  if (auto done = GeoPackageContents::touch(mDb, "incidents", Envelope{incident.x, incident.x, incident.y, incident.y, false}); !done)
    return done;
  if (auto done = AuditLog::append(mDb, user, QStringLiteral("update"), QStringLiteral("incidents"), incident.id,
                                   IncidentRow::toJson(**before), IncidentRow::toJson(incident));
      !done)
    return done;
  return transaction.commit();
}

Result<void> IncidentStore::deleteIncident(std::int64_t id, const QString &user)
{
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
  return transaction.commit();
}

Result<std::optional<Incident>> IncidentStore::incident(std::int64_t id) const
{
  auto statement =
    SqliteStatement::prepare(mDb, std::string("SELECT ") + IncidentRow::selectColumns() + " FROM incidents AS i WHERE i.fid = ?1");
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

Result<std::vector<Incident>> IncidentStore::incidents(const IncidentFilter &filter, std::int64_t limit) const
{
  const IncidentFilterSql where(filter);
  auto statement = SqliteStatement::prepare(mDb, std::string("SELECT ") + IncidentRow::selectColumns() + " FROM incidents AS i" +
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

Result<std::int64_t> IncidentStore::count(const IncidentFilter &filter) const
{
  const IncidentFilterSql where(filter);
  auto statement = SqliteStatement::prepare(mDb, "SELECT count(*) FROM incidents AS i" + where.whereClause());
  if (!statement)
    return statement.error();
  where.bind(*statement);
  if (statement->step() != SQLITE_ROW)
    return sqliteError(mDb, tr("The incidents could not be counted."));
  return statement->columnInt64(0);
}

Result<std::vector<GroupCount>> IncidentStore::countBy(const IncidentFilter &filter, const std::vector<GroupField> &fields) const
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
  for (const GroupField field : fields)
  {
    if (!columns.empty())
      columns += ", ";
    switch (field)
    {
    case GroupField::Category:
      columns += "i.category";
      break;
    case GroupField::Source:
      columns += "i.source";
      break;
    case GroupField::Area:
      columns += "coalesce(i.area, '')";
      break;
    case GroupField::Hour:
      columns += "i.local_hour";
      break;
    case GroupField::Weekday:
      columns += "i.local_weekday";
      break;
    case GroupField::Month:
      columns += "i.local_month";
      break;
    case GroupField::Day:
      columns += "i.local_day";
      break;
    case GroupField::Address:
      columns += "coalesce(i.address, '')";
      break;
    case GroupField::Kind:
      columns += "i.kind";
      break;
    }
  }
  // The rows are counted in a hash map: SQL GROUP BY would sort every matching row.
  const IncidentFilterSql where(filter);
  auto statement = SqliteStatement::prepare(mDb, "SELECT " + columns + " FROM incidents AS i" + where.whereClause());
  if (!statement)
    return statement.error();
  where.bind(*statement);
  std::vector<bool> textColumns;
  for (const GroupField field : fields)
    textColumns.push_back(field != GroupField::Hour && field != GroupField::Weekday && field != GroupField::Month &&
                          field != GroupField::Day);
  GroupCounter counter(textColumns);
  int rc = SQLITE_ROW;
  while ((rc = statement->step()) == SQLITE_ROW)
    counter.add(*statement);
  if (rc != SQLITE_DONE)
    return sqliteError(mDb, tr("The incidents could not be counted."));
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
        group.keys.append(QString::fromStdString(counter.text(c, value)));
        break;
      }
    }
    group.count = counted.count;
    out.push_back(std::move(group));
  }
  return out;
}

Result<std::vector<PointXY>> IncidentStore::points(const IncidentFilter &filter) const
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
