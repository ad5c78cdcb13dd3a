// IncidentStore: opening, creating and migrating the store; reference data; imports and audit.
// Incident writes and queries are in incidentstoreincidents.cpp, interventions in
// incidentstoreinterventions.cpp.
#include "incidentstore.h"

#include "areaassignment.h"
#include "auditlog.h"
#include "defaulttaxonomy.h"
#include "geopackagecontents.h"
#include "geopackagefunctions.h"
#include "geopackagegeometry.h"
#include "interventiongeometry.h"
#include "isotimetext.h"
#include "sqlitestatement.h"
#include "storeschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <cmath>

#include <sqlite3.h>

namespace lagesbild
{
namespace
{
QString tr(const char *text)
{
  return QCoreApplication::translate("IncidentStore", text);
}

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
    return sqliteError(db, tr("The store %1 could not be opened.").arg(path));
  sqlite3_extended_result_codes(db, 1);
  return handle;
}

//! Connection settings every read-write connection uses.
Result<void> configure(sqlite3 *db, const QString &path)
{
  sqlite3_busy_timeout(db, 10000);
  // WAL: readers never block the writer, and a crash rolls back the unfinished transaction.
  auto mode = SqliteStatement::prepare(db, "PRAGMA journal_mode = WAL");
  if (!mode)
    return mode.error();
  if (mode->step() != SQLITE_ROW || mode->columnText(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
    return sqliteError(db, tr("The store %1 could not be switched to write-ahead logging.").arg(path));
  mode->reset();
  // NORMAL is safe with WAL: a crash never corrupts; only the last commits may be lost on power failure.
  if (auto done = sqliteExec(db, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; "
                                 "PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 268435456;");
      !done)
    return done;
  return GeoPackageFunctions::registerOn(db);
}

//! The schema version recorded in the store; an error when the file is not a Lägesbild store.
Result<int> readSchemaVersion(sqlite3 *db, const QString &path)
{
  auto application = SqliteStatement::prepare(db, "PRAGMA application_id");
  if (!application)
    return makeError(ErrorCode::BadInput, tr("%1 is not a Lägesbild store (not an SQLite database).").arg(path),
                     application.error().detail);
  if (application->step() != SQLITE_ROW || application->columnInt64(0) != StoreSchema::kApplicationId)
    return makeError(ErrorCode::BadInput, tr("%1 is not a Lägesbild store (not a GeoPackage).").arg(path));
  auto version = SqliteStatement::prepare(db, "SELECT value FROM lagesbild_meta WHERE key = 'schema_version'");
  if (!version || version->step() != SQLITE_ROW)
    return makeError(ErrorCode::BadInput, tr("%1 is a GeoPackage but not a Lägesbild store (no schema version).").arg(path));
  bool ok = false;
  const int value = version->columnText(0).toInt(&ok);
  if (!ok)
    return makeError(ErrorCode::BadInput, tr("%1: the schema version \"%2\" is not a number.").arg(path, version->columnText(0)));
  return value;
}

Result<void> seedTaxonomy(IncidentStore &store)
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

IncidentStore::IncidentStore(QString path, sqlite3 *db) : mPath(std::move(path)), mDb(db) {}

IncidentStore::~IncidentStore()
{
  sqlite3_close_v2(mDb);
}

int IncidentStore::currentSchemaVersion()
{
  return StoreSchema::currentVersion();
}

Result<std::unique_ptr<IncidentStore>> IncidentStore::create(const QString &path)
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
  if (auto done = configure(db->get(), path); !done)
  {
    db->reset();
    removeFile();
    return done.error();
  }
  std::unique_ptr<IncidentStore> store(new IncidentStore(path, db->release()));
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

Result<std::unique_ptr<IncidentStore>> IncidentStore::open(const QString &path)
{
  if (!QFileInfo(path).isFile())
    return makeError(ErrorCode::NotFound, tr("The store %1 does not exist.").arg(path));
  // Look first, read-only: a store from a newer version, or not a store at all, is left untouched.
  int version = 0;
  {
    auto reader = openDatabase(path, SQLITE_OPEN_READONLY);
    if (!reader)
      return reader.error();
    sqlite3_busy_timeout(reader->get(), 10000);
    auto stored = readSchemaVersion(reader->get(), path);
    if (!stored)
      return stored.error();
    version = *stored;
  }
  if (version > currentSchemaVersion())
    return makeError(ErrorCode::StoreTooNew,
                     tr("The store %1 was written by a newer version of Lägesbild (schema version %2; this version knows up to %3). "
                        "Update Lägesbild to open it; the store was not changed.")
                       .arg(path)
                       .arg(version)
                       .arg(currentSchemaVersion()));

  auto db = openDatabase(path, SQLITE_OPEN_READWRITE);
  if (!db)
    return db.error();
  if (auto done = configure(db->get(), path); !done)
    return done.error();
  std::unique_ptr<IncidentStore> store(new IncidentStore(path, db->release()));
  if (version < currentSchemaVersion())
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
    if (done)
    {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      auto current = readSchemaVersion(store->mDb, path);
      if (!current)
        return current.error();
      done = StoreSchema::migrate(store->mDb, *current);
    }
    if (done)
      done = transaction.commit();
    if (!done)
      return makeError(ErrorCode::StoreError,
                       tr("The store %1 could not be upgraded to schema version %2.").arg(path).arg(currentSchemaVersion()),
                       done.error().toString());
  }
  return store;
}

Result<std::unique_ptr<IncidentStore>> IncidentStore::openOrCreate(const QString &path)
{
  return QFileInfo::exists(path) ? open(path) : create(path);
}

int IncidentStore::schemaVersion() const
{
  auto version = readSchemaVersion(mDb, mPath);
  return version ? *version : 0;
}

// Reference data ---------------------------------------------------------------------------

Result<std::vector<Category>> IncidentStore::categories() const
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

Result<void> IncidentStore::upsertCategory(const Category &category)
{
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

Result<std::vector<Source>> IncidentStore::sources() const
{
  auto statement = SqliteStatement::prepare(mDb, "SELECT code, name FROM sources ORDER BY id");
  if (!statement)
    return statement.error();
  std::vector<Source> out;
  while (statement->step() == SQLITE_ROW)
    out.push_back(Source{statement->columnText(0), statement->columnText(1)});
  return out;
}

Result<void> IncidentStore::upsertSource(const Source &source)
{
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

Result<std::vector<Area>> IncidentStore::areas() const
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

Result<void> IncidentStore::upsertArea(const Area &area)
{
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
  return transaction.commit();
}

// Imports and audit ------------------------------------------------------------------------

Result<std::vector<ImportRecord>> IncidentStore::imports() const
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

Result<bool> IncidentStore::hasImportWithChecksum(const QString &checksum) const
{
  if (checksum.isEmpty())
    return false;
  auto statement = SqliteStatement::prepare(mDb, "SELECT 1 FROM imports WHERE checksum = ?1 LIMIT 1");
  if (!statement)
    return statement.error();
  statement->bindText(1, checksum);
  return statement->step() == SQLITE_ROW;
}

Result<std::vector<AuditEntry>> IncidentStore::auditLog(std::int64_t limit) const
{
  return AuditLog::read(mDb, limit);
}

} // namespace lagesbild
