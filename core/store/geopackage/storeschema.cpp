#include "storeschema.h"

#include "deduplicationkeyblocks.h"
#include "incidentdaysummary.h"

#include "schemamigration3.h"
#include "schemamigration5.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QString>

#include <sqlite3.h>

#include <cstring>
#include <string>

namespace lagesbild
{
namespace
{
constexpr int kCurrentVersion = 7;

// GeoPackage core tables (OGC 12-128r18, Annex C).
constexpr const char *kGeoPackageCore = R"SQL(
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT
);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE,
  min_y DOUBLE,
  max_x DOUBLE,
  max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);
CREATE TABLE gpkg_extensions (
  table_name TEXT,
  column_name TEXT,
  extension_name TEXT NOT NULL,
  definition TEXT NOT NULL,
  scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
);
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326,
   'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
   'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid'),
  ('SWEREF99 TM', 3006, 'EPSG', 3006,
   'PROJCS["SWEREF99 TM",GEOGCS["SWEREF99",DATUM["SWEREF99",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6619"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4619"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",15],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Northing",NORTH],AXIS["Easting",EAST],AUTHORITY["EPSG","3006"]]',
   'SWEREF 99 TM, the Swedish national grid');
)SQL";

// Our tables. Attribute tables have an INTEGER PRIMARY KEY as GeoPackage requires.
constexpr const char *kLagesbildTables = R"SQL(
CREATE TABLE lagesbild_meta (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT
);
CREATE TABLE categories (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('crime', 'report')),
  name_sv TEXT NOT NULL,
  name_en TEXT NOT NULL,
  colour TEXT NOT NULL,
  category_group TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sources (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
);
CREATE TABLE imports (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  file_name TEXT NOT NULL,
  checksum TEXT,
  imported_at DATETIME NOT NULL,
  imported_at_utc INTEGER NOT NULL,
  read_count INTEGER NOT NULL DEFAULT 0,
  imported_count INTEGER NOT NULL DEFAULT 0,
  duplicate_count INTEGER NOT NULL DEFAULT 0,
  rejected_count INTEGER NOT NULL DEFAULT 0,
  masked_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX imports_checksum ON imports (checksum);
CREATE TABLE audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  at DATETIME NOT NULL,
  at_utc INTEGER NOT NULL,
  user_name TEXT NOT NULL,
  action TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_id INTEGER,
  before_json TEXT,
  after_json TEXT
);
CREATE TABLE areas (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom MULTIPOLYGON,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  area_type TEXT
);
CREATE TABLE intervention_incidents (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  intervention_id INTEGER NOT NULL REFERENCES interventions (fid) ON DELETE CASCADE,
  incident_id INTEGER NOT NULL REFERENCES incidents (fid) ON DELETE CASCADE,
  UNIQUE (intervention_id, incident_id)
);
CREATE INDEX intervention_incidents_incident ON intervention_incidents (incident_id);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('incidents', 'features', 'incidents', 'Incidents: reported crimes and lägesbild reports', 3006),
  ('areas', 'features', 'areas', 'Named areas: districts, housing areas', 3006),
  ('interventions', 'features', 'interventions', 'Interventions (insatser): the treated areas', 3006),
  ('categories', 'attributes', 'categories', 'Incident categories', NULL),
  ('sources', 'attributes', 'sources', 'Reporting organisations', NULL),
  ('imports', 'attributes', 'imports', 'Import batches', NULL),
  ('audit', 'attributes', 'audit', 'Who changed what and when', NULL),
  ('intervention_incidents', 'attributes', 'intervention_incidents', 'Incidents that triggered an intervention', NULL);
INSERT INTO gpkg_geometry_columns VALUES
  ('incidents', 'geom', 'POINT', 3006, 0, 0),
  ('areas', 'geom', 'MULTIPOLYGON', 3006, 0, 0),
  ('interventions', 'geom', 'MULTIPOLYGON', 3006, 0, 0);
)SQL";

// incidents, version 3: integers for every coded column (kind 1 crime / 2 report; category,
// source and area as ids of their tables; location_precision 0 exact / 1 approximate /
// 2 municipality) and times as UTC seconds, so a row is small and cheap to write.
constexpr const char *kIncidentsTable = R"SQL(
CREATE TABLE incidents (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom POINT,
  kind INTEGER NOT NULL CHECK (kind IN (1, 2)),
  category INTEGER NOT NULL REFERENCES categories (id),
  source INTEGER NOT NULL REFERENCES sources (id),
  occurred_utc INTEGER NOT NULL,
  occurred_to_utc INTEGER,
  reported_utc INTEGER,
  local_hour INTEGER NOT NULL,
  local_weekday INTEGER NOT NULL,
  area INTEGER REFERENCES areas (fid) ON DELETE SET NULL,
  location_precision INTEGER NOT NULL CHECK (location_precision BETWEEN 0 AND 5),
  address TEXT,
  description TEXT,
  external_id TEXT,
  import_id INTEGER REFERENCES imports (id) ON DELETE SET NULL,
  dedup_key INTEGER NOT NULL,
  address_derived INTEGER NOT NULL DEFAULT 0 CHECK (address_derived IN (0, 1))
);
)SQL";

// The address register (version 5): street addresses and named places with their points, which
// the importer geocodes against and the app searches. Replaced as a whole by an address import.
constexpr const char *kAddressesTable = R"SQL(
CREATE TABLE addresses (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom POINT,
  street TEXT,
  number INTEGER,
  letter TEXT,
  postcode TEXT,
  postal_town TEXT,
  municipality_code TEXT,
  place_name TEXT,
  CHECK (street IS NOT NULL OR place_name IS NOT NULL)
);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('addresses', 'features', 'addresses', 'Address register: street addresses and named places, for geocoding', 3006);
INSERT INTO gpkg_geometry_columns VALUES ('addresses', 'geom', 'POINT', 3006, 0, 0);
)SQL";

constexpr const char *kIncidentKeyBlocks = R"SQL(
-- The de-duplication keys in runs by their top 16 bits (see deduplicationkeyblocks.h): block
-- B * 65536 + S is batch B's run of the keys of slot S (prefix + 32768), so a large batch appends
-- a run per prefix of its own new keys, instead of an index entry per incident or a rewrite of
-- the keys already stored; the slot index finds a prefix's runs.
CREATE TABLE incident_key_blocks (
  block INTEGER PRIMARY KEY NOT NULL,
  keys TEXT NOT NULL
);
CREATE INDEX incident_key_blocks_slot ON incident_key_blocks ((block & 65535));
)SQL";

// interventions, version 3: geom is the treated area (see storeschema.h); the fields that define
// it are kept as attributes.
constexpr const char *kInterventionsTable = R"SQL(
CREATE TABLE interventions (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom MULTIPOLYGON,
  intervention_type TEXT NOT NULL,
  title TEXT,
  shape TEXT NOT NULL CHECK (shape IN ('drawn', 'circle', 'area', 'none')),
  centre_x DOUBLE,
  centre_y DOUBLE,
  radius_m DOUBLE,
  area TEXT REFERENCES areas (code) ON UPDATE CASCADE ON DELETE SET NULL,
  closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
  start_at DATETIME NOT NULL,
  start_utc INTEGER NOT NULL,
  end_at DATETIME,
  end_utc INTEGER,
  actors TEXT,
  note TEXT
);
)SQL";

//! The R-tree triggers as GeoPackage 1.3 Annex F.3 defines them.
QString rtreeTriggersText(const QString &table, const QString &column)
{
  QString sql = QStringLiteral(R"SQL(
CREATE TRIGGER "rtree_%1_%2_insert" AFTER INSERT ON "%1"
  WHEN (new."%2" NOT NULL AND NOT ST_IsEmpty(NEW."%2"))
BEGIN
  INSERT OR REPLACE INTO "rtree_%1_%2" VALUES (NEW."fid", ST_MinX(NEW."%2"), ST_MaxX(NEW."%2"), ST_MinY(NEW."%2"), ST_MaxY(NEW."%2"));
END;
CREATE TRIGGER "rtree_%1_%2_update1" AFTER UPDATE OF "%2" ON "%1"
  WHEN OLD."fid" = NEW."fid" AND (NEW."%2" NOTNULL AND NOT ST_IsEmpty(NEW."%2"))
BEGIN
  INSERT OR REPLACE INTO "rtree_%1_%2" VALUES (NEW."fid", ST_MinX(NEW."%2"), ST_MaxX(NEW."%2"), ST_MinY(NEW."%2"), ST_MaxY(NEW."%2"));
END;
CREATE TRIGGER "rtree_%1_%2_update2" AFTER UPDATE OF "%2" ON "%1"
  WHEN OLD."fid" = NEW."fid" AND (NEW."%2" ISNULL OR ST_IsEmpty(NEW."%2"))
BEGIN
  DELETE FROM "rtree_%1_%2" WHERE id = OLD."fid";
END;
CREATE TRIGGER "rtree_%1_%2_update3" AFTER UPDATE ON "%1"
  WHEN OLD."fid" != NEW."fid" AND (NEW."%2" NOTNULL AND NOT ST_IsEmpty(NEW."%2"))
BEGIN
  DELETE FROM "rtree_%1_%2" WHERE id = OLD."fid";
  INSERT OR REPLACE INTO "rtree_%1_%2" VALUES (NEW."fid", ST_MinX(NEW."%2"), ST_MaxX(NEW."%2"), ST_MinY(NEW."%2"), ST_MaxY(NEW."%2"));
END;
CREATE TRIGGER "rtree_%1_%2_update4" AFTER UPDATE ON "%1"
  WHEN OLD."fid" != NEW."fid" AND (NEW."%2" ISNULL OR ST_IsEmpty(NEW."%2"))
BEGIN
  DELETE FROM "rtree_%1_%2" WHERE id IN (OLD."fid", NEW."fid");
END;
CREATE TRIGGER "rtree_%1_%2_delete" AFTER DELETE ON "%1"
  WHEN old."%2" NOT NULL
BEGIN
  DELETE FROM "rtree_%1_%2" WHERE id = OLD."fid";
END;
)SQL");
  return sql.arg(table, column);
}

Result<void> exec(sqlite3 *db, const QString &sql)
{
  return sqliteExec(db, sql.toUtf8().constData());
}

// Reading rows by period (incident lists, exact points, the map layer's filter): the period is a
// range of this index, and batches in time order append to it. Counts and comparisons read the
// day summary (incidentdaysummary.h), so the index needs no further columns (version 7 dropped
// them: 14 bytes an incident less, and less to write).
constexpr const char *kTimeIndexSql = "CREATE INDEX incidents_time ON incidents (occurred_utc)";

struct Migration
{
    int toVersion;
    Result<void> (*run)(sqlite3 *db);
};

// Forward migrations, oldest first: each takes a store of toVersion - 1 to toVersion.
constexpr Migration kMigrations[] = {
  {1, [](sqlite3 *) { return Result<void>(); }},
  // 2: the time index also covers every column countBy groups by (rebuilt by version 3).
  {2, [](sqlite3 *) { return Result<void>(); }},
  {3, &SchemaMigration3::run},
  // 4: the de-duplication keys move from a row each in incident_keys to key blocks (a block per
  // prefix; version 6 renumbers them, versions 5 and 6 replace the trigger).
  {4,
   [](sqlite3 *db)
   {
     if (auto done = sqliteExec(db, "DROP TRIGGER IF EXISTS incidents_forget_key; DROP TABLE IF EXISTS incident_keys;"); !done)
       return done;
     if (auto done = sqliteExec(db, kIncidentKeyBlocks); !done)
       return done;
     return sqliteExec(db, "INSERT INTO incident_key_blocks (block, keys) "
                           "SELECT dedup_key >> 48, ';' || group_concat(printf('%016X', dedup_key), ';') || ';' "
                           "FROM (SELECT DISTINCT dedup_key FROM incidents) GROUP BY 1");
   }},
  // 5: the address register, more location precisions (geocoded matches) and derived addresses.
  {5, &SchemaMigration5::run},
  // 6: key blocks in runs: a further batch adds a run per prefix instead of rewriting them all.
  {6,
   [](sqlite3 *db)
   {
     // Every block so far (prefix P, -32768..32767) becomes batch 1's run of slot P + 32768:
     // 65536..131071, none of them an old number.
     return sqliteExec(db, (std::string("UPDATE incident_key_blocks SET block = block + 98304; DROP TRIGGER incidents_forget_key; "
                                        "DROP INDEX IF EXISTS incident_key_blocks_slot; ") +
                            std::strstr(kIncidentKeyBlocks, "CREATE INDEX"))
                             .c_str());
   }},
  // 7: the day summary (incidentdaysummary.h), built from the rows; the time index on the time
  // alone; the keys in the blocks as 8 letters (their low 48 bits) instead of 16 hex digits.
  {7,
   [](sqlite3 *db)
   {
     if (auto done = sqliteExec(db, "DROP INDEX IF EXISTS incidents_time"); !done)
       return done;
     if (auto done = sqliteExec(db, kTimeIndexSql); !done)
       return done;
     if (auto done = sqliteExec(db, IncidentDaySummary::schemaSql().c_str()); !done)
       return done;
     if (auto done = IncidentDaySummary::catchUp(db); !done)
       return done;
     return DeduplicationKeyBlocks::convertFromHex(db);
   }},
};
} // namespace

const char *StoreSchema::createTimeIndexSql()
{
  return kTimeIndexSql;
}

const char *StoreSchema::incidentsTableSql()
{
  return kIncidentsTable;
}

const char *StoreSchema::incidentKeyBlocksSql()
{
  return kIncidentKeyBlocks;
}

const char *StoreSchema::addressesTableSql()
{
  return kAddressesTable;
}

const char *StoreSchema::interventionsTableSql()
{
  return kInterventionsTable;
}

QString StoreSchema::rtreeSql(const QString &table, const QString &column)
{
  return QStringLiteral(R"SQL(
CREATE VIRTUAL TABLE "rtree_%1_%2" USING rtree(id, minx, maxx, miny, maxy);
INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
  VALUES ('%1', '%2', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
)SQL")
           .arg(table, column) +
         rtreeTriggersText(table, column);
}

QString StoreSchema::rtreeTriggersSql(const QString &table, const QString &column)
{
  return rtreeTriggersText(table, column);
}

int StoreSchema::currentVersion()
{
  return kCurrentVersion;
}

Result<void> StoreSchema::create(sqlite3 *db)
{
  if (auto done =
        exec(db, QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;").arg(kApplicationId).arg(kGeoPackageVersion));
      !done)
    return done;
  const std::string daySummary = IncidentDaySummary::schemaSql();
  for (const char *sql : {kGeoPackageCore, kLagesbildTables, kIncidentsTable, kIncidentKeyBlocks, kInterventionsTable, kTimeIndexSql,
                          kAddressesTable, daySummary.c_str()})
    if (auto done = sqliteExec(db, sql); !done)
      return done;
  if (auto done = sqliteExec(db, DeduplicationKeyBlocks::forgetTriggerSql().c_str()); !done)
    return done;
  for (const char *table : {"incidents", "areas", "interventions", "addresses"})
    if (auto done = exec(db, rtreeSql(QString::fromLatin1(table), QStringLiteral("geom"))); !done)
      return done;
  return exec(db, QStringLiteral("INSERT INTO lagesbild_meta (key, value) VALUES ('schema_version', '%1'), ('created_by', 'Lägesbild %2')")
                    .arg(kCurrentVersion)
                    .arg(QCoreApplication::applicationVersion()));
}

Result<void> StoreSchema::migrate(sqlite3 *db, int fromVersion)
{
  for (const Migration &migration : kMigrations)
  {
    if (migration.toVersion <= fromVersion)
      continue;
    if (auto done = migration.run(db); !done)
      return done;
    if (auto done =
          exec(db, QStringLiteral("UPDATE lagesbild_meta SET value = '%1' WHERE key = 'schema_version'").arg(migration.toVersion));
        !done)
      return done;
  }
  return {};
}

Result<std::int64_t> StoreSchema::incidentsSequence(sqlite3 *db)
{
  auto sequence = SqliteStatement::prepare(db, "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'incidents'), 0)");
  if (!sequence)
    return sequence.error();
  return sequence->step() == SQLITE_ROW ? sequence->columnInt64(0) : std::int64_t{0};
}

Result<void> StoreSchema::restoreIncidentsSequence(sqlite3 *db, std::int64_t highWater)
{
  auto restore = SqliteStatement::prepare(db, "UPDATE sqlite_sequence SET seq = max(seq, ?1) WHERE name = 'incidents'");
  if (!restore)
    return restore.error();
  restore->bindInt64(1, highWater);
  return restore->execute(QStringLiteral("sqlite_sequence"));
}

Result<void> StoreSchema::checkForeignKeysAfterRebuild(sqlite3 *db, int version)
{
  auto check = SqliteStatement::prepare(db, "PRAGMA foreign_key_check");
  if (!check)
    return check.error();
  if (check->step() == SQLITE_ROW)
    return makeError(ErrorCode::StoreError,
                     QStringLiteral("Schema version %1: a foreign key does not match after the rebuild.").arg(version),
                     check->columnText(0));
  return {};
}

} // namespace lagesbild
