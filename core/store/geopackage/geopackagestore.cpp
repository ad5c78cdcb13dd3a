// GeoPackageStore: opening, creating and migrating the store; reference data; imports and audit.
// Incident writes and queries are in incidentstoreincidents.cpp, interventions in
// incidentstoreinterventions.cpp.
#include "geopackagestore.h"
#include "incidentdaysummary.h"

#include "areaassignment.h"
#include "auditlog.h"
#include "busywait.h"
#include "geopackagecontents.h"
#include "geopackagefunctions.h"
#include "geopackagegeometry.h"
#include "interventiongeometry.h"
#include "layersubsetstring.h"
#include "sqlitestatement.h"
#include "store/defaulttaxonomy.h"
#include "store/isotimetext.h"
#include "storefile.h"
#include "storemunicipality.h"
#include "storeschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cmath>

#include <sqlite3.h>

namespace lagesbild
{
namespace
{
struct DatabaseCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using DatabaseHandle = std::unique_ptr<sqlite3, DatabaseCloser>;

Result<DatabaseHandle> openDatabase(const QString &path, int flags)
{
  sqlite3 *db = nullptr;
  const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  DatabaseHandle handle(db);
  if (rc != SQLITE_OK)
    return sqliteError(db, QCoreApplication::translate("IncidentStore", "The store %1 could not be opened.").arg(path));
  sqlite3_extended_result_codes(db, 1);
  return handle;
}

//! Settings of every connection: memory for reading, and the GeoPackage functions the triggers use.
Result<void> configureReading(sqlite3 *db)
{
  if (auto done = sqliteExec(db, "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 268435456;"); !done)
    return done;
  return GeoPackageFunctions::registerOn(db);
}

//! Settings of a connection that writes: WAL (readers never block the writer, and a crash rolls
//! back the unfinished transaction; waits while another connection holds the lock the switch
//! needs), synchronous NORMAL (safe with WAL: a crash never corrupts; only the last commits may
//! be lost on power failure), foreign keys.
//! A -journal an import killed before its first sync left (its header still zeros) is not hot:
//! SQLite ignores it but never removes it. Once this connection has the store in WAL, nobody can
//! be writing through a rollback journal (switching to one needs the only connection), so it goes.
void removeIgnoredJournal(const QString &path)
{
  QFile journal(path + QStringLiteral("-journal"));
  if (!journal.exists() || !journal.open(QIODevice::ReadOnly))
    return;
  char first = 0;
  const bool ignored = journal.read(&first, 1) <= 0 || first == 0;
  journal.close();
  if (ignored)
    journal.remove();
}

Result<void> configureWriting(sqlite3 *db, BusyWait &wait, const QString &path)
{
  auto mode = wait.switchJournalMode(QStringLiteral("wal"), true);
  if (!mode || *mode != QLatin1String("wal"))
    return makeError(ErrorCode::StoreError,
                     QCoreApplication::translate("IncidentStore", "The store %1 could not be switched to write-ahead logging.").arg(path),
                     mode ? *mode : mode.error().detail);
  removeIgnoredJournal(path);
  if (auto done = sqliteExec(db, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"); !done)
    return done;
  return configureReading(db);
}

//! An error for a store SQLite could not read: locked too long, read-only with an unfinished
//! write, damaged or truncated.
Error unreadable(sqlite3 *db, const QString &path)
{
  const int code = sqlite3_extended_errcode(db);
  const QString detail = QString::fromUtf8(sqlite3_errmsg(db));
  const StoreFileState state = StoreFile::inspect(path);
  switch (code & 0xff)
  {
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    return makeError(ErrorCode::StoreError,
                     QCoreApplication::translate("IncidentStore",
                                                 "The store %1 is in use by another program that did not finish in time. Try again later.")
                       .arg(path),
                     detail);
  case SQLITE_READONLY:
  case SQLITE_CANTOPEN:
    if (state.hasJournal)
      return makeError(
        ErrorCode::StoreError,
        QCoreApplication::translate("IncidentStore",
                                    "The store %1 is read-only here and an import into it was interrupted (%1-journal). Only where the "
                                    "store can be written can it be rolled back: open it there once, or ask its owner to.")
          .arg(path),
        detail);
    if (state.hasWal)
      return makeError(
        ErrorCode::StoreError,
        QCoreApplication::translate("IncidentStore",
                                    "The store %1 is read-only here and holds changes in %1-wal that only a program that can write the "
                                    "store can apply: open it once where it can be written, or ask its owner to.")
          .arg(path),
        detail);
    return makeError(ErrorCode::StoreError,
                     QCoreApplication::translate("IncidentStore", "The store %1 could not be opened for reading.").arg(path), detail);
  default:
    return StoreFile::damaged(path, state, detail);
  }
}

//! The schema version recorded in the store; an error when the file is not a (readable) Lägesbild store.
Result<int> readSchemaVersion(sqlite3 *db, const QString &path)
{
  // Reading the schema takes the first lock: a hot journal is rolled back here, a writer waited for.
  auto schema = SqliteStatement::prepare(db, "SELECT count(*) FROM sqlite_master");
  if (!schema || schema->step() != SQLITE_ROW)
    return unreadable(db, path);
  auto application = SqliteStatement::prepare(db, "PRAGMA application_id");
  if (!application || application->step() != SQLITE_ROW)
    return unreadable(db, path);
  if (application->columnInt64(0) != StoreSchema::kApplicationId)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("IncidentStore", "%1 is not a Lägesbild store (not a GeoPackage).").arg(path));
  const Error notOurs =
    makeError(ErrorCode::BadInput,
              QCoreApplication::translate("IncidentStore", "%1 is a GeoPackage but not a Lägesbild store (no schema version).").arg(path));
  auto version = SqliteStatement::prepare(db, "SELECT value FROM lagesbild_meta WHERE key = 'schema_version'");
  if (!version)
    return (sqlite3_errcode(db) & 0xff) == SQLITE_ERROR ? notOurs : unreadable(db, path); // no such table, or damage
  const int rc = version->step();
  if (rc == SQLITE_DONE)
    return notOurs;
  if (rc != SQLITE_ROW)
    return unreadable(db, path);
  bool ok = false;
  const QString text = version->columnText(0);
  const int value = text.trimmed().toInt(&ok);
  if (!ok || value < 1)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate(
                       "IncidentStore", "The store %1 is damaged: its schema version \"%2\" is not one Lägesbild writes (1 to %3).")
                       .arg(path, text.left(40))
                       .arg(StoreSchema::currentVersion()));
  return value;
}

Error tooNew(const QString &path, int version)
{
  return makeError(ErrorCode::StoreTooNew,
                   QCoreApplication::translate(
                     "IncidentStore",
                     "The store %1 was written by a newer version of Lägesbild (schema version %2; this version knows up to %3). "
                     "Update Lägesbild to open it; the store was not changed.")
                     .arg(path)
                     .arg(version)
                     .arg(StoreSchema::currentVersion()));
}

Error readOnly(const QString &path)
{
  return makeError(ErrorCode::StoreError,
                   QCoreApplication::translate("IncidentStore",
                                               "The store %1 is read-only (the file or its folder cannot be written here): it can be "
                                               "read, but nothing can be saved in it.")
                     .arg(path));
}

//! A file URI for path that SQLite opens as immutable (no locks, no -wal or -shm files).
QByteArray immutableUri(const QString &path)
{
  return QByteArrayLiteral("file:") + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") + QByteArrayLiteral("?immutable=1");
}

Result<void> seedTaxonomy(GeoPackageStore &store)
{
  for (const Category &category : DefaultTaxonomy::categories())
    if (auto done = store.upsertCategory(category); !done)
      return done;
  for (const Source &source : DefaultTaxonomy::sources())
    if (auto done = store.upsertSource(source); !done)
      return done;
  return {};
}
} // namespace

GeoPackageStore::GeoPackageStore(QString path, sqlite3 *db) : mPath(std::move(path)), mDb(db), mBusyWait(std::make_unique<BusyWait>(db)) {}

GeoPackageStore::~GeoPackageStore()
{
  mBusyWait.reset();
  sqlite3_close_v2(mDb);
}

int GeoPackageStore::currentSchemaVersion()
{
  return StoreSchema::currentVersion();
}

Result<std::unique_ptr<GeoPackageStore>> GeoPackageStore::create(const QString &path)
{
  if (QFileInfo::exists(path))
    return makeError(ErrorCode::BadInput, tr("The store %1 already exists.").arg(path));
  auto db = openDatabase(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!db)
    return db.error();
  auto removeFile = [&path]()
  {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
      QFile::remove(path + suffix);
  };
  // Larger pages: fewer B-tree pages and page headers to write for a big store (the R-tree's
  // node size stays at SQLite's 51-cell maximum whatever the page size).
  sqlite3_exec(db->get(), "PRAGMA page_size = 16384", nullptr, nullptr, nullptr);
  std::unique_ptr<GeoPackageStore> store(new GeoPackageStore(path, db->release()));
  if (auto done = configureWriting(store->mDb, *store->mBusyWait, path); !done)
  {
    store.reset();
    removeFile();
    return done.error();
  }
  SqliteTransaction transaction;
  Result<void> done = transaction.begin(store->mDb);
  if (done)
    done = StoreSchema::create(store->mDb);
  if (done)
    done = seedTaxonomy(*store);
  if (done)
    done = transaction.commit();
  if (!done)
  {
    transaction.rollback();
    store.reset();
    removeFile();
    return makeError(ErrorCode::StoreError, tr("The store %1 could not be created.").arg(path), done.error().toString());
  }
  return store;
}

Result<std::unique_ptr<GeoPackageStore>> GeoPackageStore::open(const QString &path, StoreAccess access, Feedback *feedback)
{
  const StoreFileState before = StoreFile::inspect(path);
  if (!before.exists)
    return makeError(ErrorCode::NotFound, tr("The store %1 does not exist.").arg(path));
  if (!before.readable)
    return makeError(ErrorCode::StoreError, tr("The store %1 cannot be read (no permission).").arg(path));
  // Not SQLite at all, empty, or cut short with nothing that could complete it (no journal, no
  // WAL): named before SQLite touches it.
  const bool cutShort = before.sqliteHeader && ((before.pageSize > 0 && before.fileSize % before.pageSize != 0) ||
                                                (before.headerPages > 0 && before.fileSize < before.headerPages * before.pageSize));
  if (!before.sqliteHeader || (cutShort && !before.hasJournal && !before.hasWal))
  {
    const StoreFileState again = StoreFile::inspect(path);
    if (!again.hasJournal && !again.hasWal)
      return StoreFile::damaged(path, again, QString());
  }
  if (!before.writable)
  {
    if (access == StoreAccess::Write)
      return readOnly(path);
    // A hot journal can only be rolled back by a writer: reading past it would show half a batch.
    if (before.hasJournal)
      return makeError(ErrorCode::StoreError,
                       tr("The store %1 is read-only here and an import into it was interrupted (%1-journal). Only where the "
                          "store can be written can it be rolled back: open it there once, or ask its owner to.")
                         .arg(path));
    // A WAL store nobody has open has no -wal and -shm files, and a read-only folder cannot take
    // them: read the file as it is, without locks (nothing can write it here, and no one has it open).
    auto opened = openReadOnly(path, before.walMode && !before.hasWal && !before.hasShm);
    if (!opened)
      StoreFile::removeNewCompanions(path, before);
    return opened;
  }
  auto opened = openWritable(path, access, feedback);
  if (!opened)
    StoreFile::removeNewCompanions(path, before);
  return opened;
}

Result<std::unique_ptr<GeoPackageStore>> GeoPackageStore::openWritable(const QString &path, StoreAccess access, Feedback *feedback)
{
  // A read-write connection even for reading: only a writer can roll back the journal a killed
  // large import left (a read-only connection gets SQLITE_READONLY_ROLLBACK), and closing it
  // removes the -wal and -shm files. Reading connections are query_only below.
  auto db = openDatabase(path, SQLITE_OPEN_READWRITE);
  if (!db)
    return db.error();
  std::unique_ptr<GeoPackageStore> store(new GeoPackageStore(path, db->release()));
  BusyWaitScope waiting(store->mBusyWait.get(), feedback);
  auto version = readSchemaVersion(store->mDb, path);
  if (!version)
    return version.error();
  if (*version > currentSchemaVersion())
    return tooNew(path, *version);

  if (access == StoreAccess::Read)
  {
    // Back in WAL when a killed large import left the store in its rollback journal mode (or
    // another tool switched it); a store in WAL is not written.
    auto mode = SqliteStatement::prepare(store->mDb, "PRAGMA journal_mode");
    if (!mode)
      return mode.error();
    const bool wal = mode->step() == SQLITE_ROW && mode->columnText(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    mode->reset();
    if (!wal || *version < currentSchemaVersion())
    {
      if (auto done = configureWriting(store->mDb, *store->mBusyWait, path); !done)
        return done.error();
    }
    else
    {
      removeIgnoredJournal(path);
      if (auto done = configureReading(store->mDb); !done)
        return done.error();
    }
  }
  else if (auto done = configureWriting(store->mDb, *store->mBusyWait, path); !done)
    return done.error();

  if (*version < currentSchemaVersion())
  {
    // Rebuilding a table needs foreign keys off (SQLite ignores the pragma inside a transaction);
    // the migration checks them itself before it commits.
    sqlite3_exec(store->mDb, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
    struct ForeignKeysBackOn
    {
        sqlite3 *db;
        ~ForeignKeysBackOn() { sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr); }
    } foreignKeysBackOn{store->mDb};
    SqliteTransaction transaction;
    Result<void> done = transaction.begin(store->mDb);
    int from = *version;
    if (done)
    {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      auto current = readSchemaVersion(store->mDb, path);
      if (!current)
        return current.error();
      from = *current;
      done = StoreSchema::migrate(store->mDb, from);
    }
    if (done)
      done = transaction.commit();
    if (!done)
    {
      const QString detail = QString::fromUtf8(sqlite3_errmsg(store->mDb));
      return makeError(ErrorCode::StoreError,
                       tr("The store %1 could not be upgraded from schema version %2 to %3: its tables do not match its "
                          "schema version, so it may be damaged. Nothing was changed.")
                         .arg(path)
                         .arg(from)
                         .arg(currentSchemaVersion()),
                       detail);
    }
  }
  if (access == StoreAccess::Read)
  {
    sqlite3_exec(store->mDb, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
    store->mReading = true;
  }
  return store;
}

Result<std::unique_ptr<GeoPackageStore>> GeoPackageStore::openReadOnly(const QString &path, bool immutable)
{
  sqlite3 *raw = nullptr;
  const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | (immutable ? SQLITE_OPEN_URI : 0);
  const int rc = sqlite3_open_v2(immutable ? immutableUri(path).constData() : QFile::encodeName(path).constData(), &raw, flags, nullptr);
  DatabaseHandle db(raw);
  if (rc != SQLITE_OK)
    return sqliteError(raw, tr("The store %1 could not be opened.").arg(path));
  sqlite3_extended_result_codes(raw, 1);
  std::unique_ptr<GeoPackageStore> store(new GeoPackageStore(path, db.release()));
  store->mReadOnly = true;
  store->mReading = true;
  auto version = readSchemaVersion(store->mDb, path);
  if (!version)
    return version.error();
  if (*version > currentSchemaVersion())
    return tooNew(path, *version);
  // Version 3 differs from 4 only in how de-duplication keys are kept, which reading never needs;
  // before version 7 counts are read from the rows (no day summary).
  constexpr int kOldestReadable = 3;
  if (*version < kOldestReadable)
    return makeError(ErrorCode::StoreError,
                     tr("The store %1 was written by an older version of Lägesbild and must be upgraded, which needs a store "
                        "that can be written: open it once where it can be written.")
                       .arg(path));
  if (auto done = configureReading(store->mDb); !done)
    return done.error();
  return store;
}

Result<std::unique_ptr<GeoPackageStore>> GeoPackageStore::openOrCreate(const QString &path)
{
  return QFileInfo::exists(path) ? open(path) : create(path);
}

int GeoPackageStore::schemaVersion() const
{
  auto version = readSchemaVersion(mDb, mPath);
  return version ? *version : 0;
}

Result<void> GeoPackageStore::checkWritable() const
{
  if (mReadOnly)
    return readOnly(mPath);
  if (mReading)
    return makeError(ErrorCode::StoreError, tr("The store %1 was opened for reading; nothing was written.").arg(mPath));
  return {};
}

// Reference data ---------------------------------------------------------------------------

Result<std::vector<Category>> GeoPackageStore::categories() const
{
  auto statement = SqliteStatement::prepare(
    mDb, "SELECT code, name_sv, name_en, kind, colour, category_group, id FROM categories ORDER BY kind, sort_order, id");
  if (!statement)
    return statement.error();
  std::vector<Category> out;
  while (statement->step() == SQLITE_ROW)
  {
    Category category;
    category.code = statement->columnText(0);
    category.nameSv = statement->columnText(1);
    category.nameEn = statement->columnText(2);
    category.kind = kindFromCode(statement->columnText(3)).value_or(IncidentKind::Report);
    category.colour = statement->columnText(4);
    category.group = statement->columnText(5);
    category.id = statement->columnInt64(6);
    out.push_back(std::move(category));
  }
  return out;
}

Result<void> GeoPackageStore::upsertCategory(const Category &category)
{
  if (auto writable = checkWritable(); !writable)
    return writable;
  if (category.code.trimmed().isEmpty())
    return makeError(ErrorCode::BadInput, tr("A category needs a code."));
  auto statement = SqliteStatement::prepare(
    mDb, "INSERT INTO categories (code, kind, name_sv, name_en, colour, category_group, sort_order) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT coalesce(max(sort_order), 0) + 1 FROM categories)) "
         "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name_sv = excluded.name_sv, name_en = excluded.name_en, "
         "colour = excluded.colour, category_group = excluded.category_group");
  if (!statement)
    return statement.error();
  const QString nameSv = category.nameSv.isEmpty() ? category.code : category.nameSv;
  statement->bindText(1, category.code.trimmed());
  statement->bindText(2, kindCode(category.kind));
  statement->bindText(3, nameSv);
  statement->bindText(4, category.nameEn.isEmpty() ? nameSv : category.nameEn);
  statement->bindText(5, category.colour.isEmpty() ? QStringLiteral("#808080") : category.colour);
  statement->bindText(6, category.group, true);
  if (auto done = statement->execute(tr("The category %1 could not be saved.").arg(category.code)); !done)
    return done;
  return GeoPackageContents::touch(mDb, "categories");
}

Result<std::vector<Source>> GeoPackageStore::sources() const
{
  auto statement = SqliteStatement::prepare(mDb, "SELECT code, name FROM sources ORDER BY id");
  if (!statement)
    return statement.error();
  std::vector<Source> out;
  while (statement->step() == SQLITE_ROW)
    out.push_back(Source{statement->columnText(0), statement->columnText(1)});
  return out;
}

Result<void> GeoPackageStore::upsertSource(const Source &source)
{
  if (auto writable = checkWritable(); !writable)
    return writable;
  if (source.code.trimmed().isEmpty())
    return makeError(ErrorCode::BadInput, tr("A source needs a code."));
  auto statement =
    SqliteStatement::prepare(mDb, "INSERT INTO sources (code, name) VALUES (?1, ?2) ON CONFLICT (code) DO UPDATE SET name = excluded.name");
  if (!statement)
    return statement.error();
  statement->bindText(1, source.code.trimmed());
  statement->bindText(2, source.name.isEmpty() ? source.code.trimmed() : source.name);
  if (auto done = statement->execute(tr("The source %1 could not be saved.").arg(source.code)); !done)
    return done;
  return GeoPackageContents::touch(mDb, "sources");
}

Result<std::vector<Area>> GeoPackageStore::areas() const
{
  auto statement = SqliteStatement::prepare(mDb, "SELECT code, name, area_type, geom FROM areas ORDER BY code");
  if (!statement)
    return statement.error();
  std::vector<Area> out;
  while (statement->step() == SQLITE_ROW)
  {
    Area area;
    area.code = statement->columnText(0);
    area.name = statement->columnText(1);
    area.type = statement->columnText(2);
    int size = 0;
    const unsigned char *blob = statement->columnBlob(3, &size);
    if (blob && size > 0)
      if (auto polygons = GeoPackageGeometry::decodeMultiPolygon(blob, size))
        area.polygons = std::move(*polygons);
    out.push_back(std::move(area));
  }
  return out;
}

Result<void> GeoPackageStore::upsertArea(const Area &area)
{
  if (auto writable = checkWritable(); !writable)
    return writable;
  if (area.code.trimmed().isEmpty())
    return makeError(ErrorCode::BadInput, tr("An area needs a code."));
  for (const auto &polygon : area.polygons)
    for (const Ring &ring : polygon)
      for (const PointXY &p : ring)
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
          return makeError(ErrorCode::BadInput, tr("Area %1: a coordinate is not a number.").arg(area.code));
  const QByteArray geometry = GeoPackageGeometry::encodeMultiPolygon(area.polygons);
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done;
  // Not an UPSERT: the GeoPackage 1.3 R-tree triggers use INSERT OR REPLACE, which the outer
  // statement's conflict clause would override inside an UPSERT.
  auto existing = SqliteStatement::prepare(mDb, "SELECT fid FROM areas WHERE code = ?1");
  if (!existing)
    return existing.error();
  existing->bindText(1, area.code.trimmed());
  const bool exists = existing->step() == SQLITE_ROW;
  const std::int64_t existingId = exists ? existing->columnInt64(0) : 0;
  existing->reset();
  auto statement = SqliteStatement::prepare(mDb, exists ? "UPDATE areas SET geom = ?1, name = ?3, area_type = ?4 WHERE code = ?2"
                                                        : "INSERT INTO areas (geom, code, name, area_type) VALUES (?1, ?2, ?3, ?4)");
  if (!statement)
    return statement.error();
  if (geometry.isEmpty())
    statement->bindNull(1);
  else
    statement->bindBlobStatic(1, geometry.constData(), static_cast<int>(geometry.size()));
  statement->bindText(2, area.code.trimmed());
  statement->bindText(3, area.name.isEmpty() ? area.code.trimmed() : area.name);
  statement->bindText(4, area.type, true);
  if (auto done = statement->execute(tr("The area %1 could not be saved.").arg(area.code)); !done)
    return done;
  Envelope envelope;
  if (!geometry.isEmpty())
    envelope =
      GeoPackageGeometry::envelope(reinterpret_cast<const unsigned char *>(geometry.constData()), static_cast<int>(geometry.size()))
        .value_or(Envelope{});
  if (auto done = GeoPackageContents::touch(mDb, "areas", envelope); !done)
    return done;
  // The incidents the area covers now, or had before (they keep its id), get their smallest area.
  auto areaId = SqliteStatement::prepare(mDb, "SELECT fid FROM areas WHERE code = ?1");
  if (!areaId)
    return areaId.error();
  areaId->bindText(1, area.code.trimmed());
  const std::int64_t id = areaId->step() == SQLITE_ROW ? areaId->columnInt64(0) : existingId;
  areaId->reset();
  if (auto reassigned = AreaAssignment::reassign(mDb, envelope, id); !reassigned)
    return reassigned.error();
  // Interventions on this area draw its polygons as their treated area.
  if (auto done = InterventionGeometry::refreshAreaShapes(mDb, area.code.trimmed()); !done)
    return done;
  if (sqlite3_changes(mDb) > 0)
    if (auto done = GeoPackageContents::touch(mDb, "interventions", envelope); !done)
      return done;
  // The re-assigned incidents' days, from the rows.
  if (auto done = IncidentDaySummary::catchUp(mDb); !done)
    return done;
  return transaction.commit();
}

// Imports and audit ------------------------------------------------------------------------

Result<std::vector<ImportRecord>> GeoPackageStore::imports() const
{
  auto statement = SqliteStatement::prepare(mDb, "SELECT id, file_name, checksum, imported_at_utc, read_count, imported_count, "
                                                 "duplicate_count, rejected_count, masked_count FROM imports ORDER BY id");
  if (!statement)
    return statement.error();
  std::vector<ImportRecord> out;
  while (statement->step() == SQLITE_ROW)
  {
    ImportRecord record;
    record.id = statement->columnInt64(0);
    record.fileName = statement->columnText(1);
    record.checksum = statement->columnText(2);
    record.importedAtUtc = statement->columnInt64(3);
    record.read = statement->columnInt64(4);
    record.imported = statement->columnInt64(5);
    record.duplicates = statement->columnInt64(6);
    record.rejected = statement->columnInt64(7);
    record.masked = statement->columnInt64(8);
    out.push_back(std::move(record));
  }
  return out;
}

Result<bool> GeoPackageStore::hasImportWithChecksum(const QString &checksum) const
{
  if (checksum.isEmpty())
    return false;
  auto statement = SqliteStatement::prepare(mDb, "SELECT 1 FROM imports WHERE checksum = ?1 LIMIT 1");
  if (!statement)
    return statement.error();
  statement->bindText(1, checksum);
  return statement->step() == SQLITE_ROW;
}

Result<std::vector<AuditEntry>> GeoPackageStore::auditLog(std::int64_t limit) const
{
  return AuditLog::read(mDb, limit);
}

} // namespace lagesbild

namespace lagesbild
{

Result<std::optional<Municipality>> GeoPackageStore::municipality() const
{
  return StoreMunicipality::read(*this);
}

Result<void> GeoPackageStore::setMunicipality(const Municipality &municipality)
{
  if (auto writable = checkWritable(); !writable)
    return writable;
  return StoreMunicipality::write(*this, municipality);
}

QString GeoPackageStore::layerFilter(const IncidentFilter &filter) const
{
  return LayerSubsetString::forFilter(filter);
}

} // namespace lagesbild
