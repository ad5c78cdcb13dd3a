#include "storev2fixture.h"

// gcc 12 at -O3 reports a false -Wrestrict inside std::string concatenation (GCC bug 105329).
#pragma GCC diagnostic ignored "-Wrestrict"

#include "store/deduplicationkey.h"
#include "store/geopackage/geopackagefunctions.h"
#include "store/geopackage/geopackagegeometry.h"
#include "store/isotimetext.h"
#include "storetestsupport.h"
#include "time/stockholmtime.h"

#include <QFile>

#include <sqlite3.h>

#include <string>

namespace lagesbild::storetest
{
namespace
{
// Schema version 2, verbatim.
constexpr const char *kCoreV2 = R"SQL(
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
constexpr const char *kTablesV2 = R"SQL(
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
CREATE TABLE incidents (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom POINT,
  kind TEXT NOT NULL CHECK (kind IN ('crime', 'report')),
  category TEXT NOT NULL REFERENCES categories (code) ON UPDATE CASCADE,
  source TEXT NOT NULL REFERENCES sources (code) ON UPDATE CASCADE,
  occurred_from DATETIME NOT NULL,
  occurred_to DATETIME,
  reported_at DATETIME,
  occurred_local TEXT NOT NULL,
  address TEXT,
  description TEXT,
  area TEXT REFERENCES areas (code) ON UPDATE CASCADE ON DELETE SET NULL,
  external_id TEXT,
  import_id INTEGER REFERENCES imports (id) ON DELETE SET NULL,
  location_precision TEXT NOT NULL CHECK (location_precision IN ('exact', 'approximate', 'municipality')),
  occurred_utc INTEGER NOT NULL,
  local_day INTEGER NOT NULL,
  local_hour INTEGER NOT NULL,
  local_weekday INTEGER NOT NULL,
  local_month INTEGER NOT NULL,
  dedup_key INTEGER NOT NULL
);
-- The de-duplication keys as a rowid table: unique by construction, and a large batch adds its
-- keys in sorted order (an append) instead of rebuilding a unique index over every row.
CREATE TABLE incident_keys (
  dedup_key INTEGER PRIMARY KEY NOT NULL,
  fid INTEGER NOT NULL
);
CREATE TRIGGER incidents_forget_key AFTER DELETE ON incidents
BEGIN
  DELETE FROM incident_keys WHERE dedup_key = OLD.dedup_key;
END;
CREATE TABLE interventions (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom POINT,
  intervention_type TEXT NOT NULL,
  title TEXT,
  radius_m DOUBLE,
  area TEXT REFERENCES areas (code) ON UPDATE CASCADE ON DELETE SET NULL,
  start_at DATETIME NOT NULL,
  start_utc INTEGER NOT NULL,
  end_at DATETIME,
  end_utc INTEGER,
  actors TEXT,
  note TEXT
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
  ('interventions', 'features', 'interventions', 'Interventions (insatser)', 3006),
  ('categories', 'attributes', 'categories', 'Incident categories', NULL),
  ('sources', 'attributes', 'sources', 'Reporting organisations', NULL),
  ('imports', 'attributes', 'imports', 'Import batches', NULL),
  ('audit', 'attributes', 'audit', 'Who changed what and when', NULL),
  ('intervention_incidents', 'attributes', 'intervention_incidents', 'Incidents that triggered an intervention', NULL);
INSERT INTO gpkg_geometry_columns VALUES
  ('incidents', 'geom', 'POINT', 3006, 0, 0),
  ('areas', 'geom', 'MULTIPOLYGON', 3006, 0, 0),
  ('interventions', 'geom', 'POINT', 3006, 0, 0);
)SQL";
constexpr const char *kRtreeV2 = R"SQL(
CREATE VIRTUAL TABLE "rtree_%1_%2" USING rtree(id, minx, maxx, miny, maxy);
INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
  VALUES ('%1', '%2', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
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
)SQL";
constexpr const char *kTimeIndexV2 =
  "CREATE INDEX incidents_time ON incidents (occurred_utc, kind, category, source, local_hour, local_weekday, local_day, "
  "local_month, area, location_precision)";

bool exec(sqlite3 *db, const std::string &sql)
{
  char *message = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK)
  {
    qWarning("v2 fixture: %s", message ? message : "?");
    sqlite3_free(message);
    return false;
  }
  return true;
}

std::string quoted(const QString &text)
{
  if (text.isEmpty())
    return "NULL";
  QString escaped = text;
  escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
  return "'" + escaped.toStdString() + "'";
}

std::string rtree(const char *table)
{
  QString sql = QString::fromLatin1(kRtreeV2);
  return sql.arg(QString::fromLatin1(table), QStringLiteral("geom")).toStdString();
}

std::string hex(const QByteArray &bytes)
{
  return "X'" + bytes.toHex().toStdString() + "'";
}

const char *precisionCode(LocationPrecision precision)
{
  switch (precision)
  {
  case LocationPrecision::Approximate:
    return "approximate";
  case LocationPrecision::Municipality:
    return "municipality";
  default:
    return "exact";
  }
}
} // namespace

bool writeStoreV2(const QString &path, StoreV2Content &content, bool uniqueKeyIndex)
{
  QFile::remove(path);
  sqlite3 *db = nullptr;
  if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
    return false;
  bool ok = static_cast<bool>(GeoPackageFunctions::registerOn(db)) && exec(db, "PRAGMA journal_mode = WAL; BEGIN;") &&
            exec(db, "PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;") && exec(db, kCoreV2) && exec(db, kTablesV2) &&
            exec(db, kTimeIndexV2) && exec(db, rtree("incidents")) && exec(db, rtree("areas")) && exec(db, rtree("interventions")) &&
            exec(db, "INSERT INTO lagesbild_meta (key, value) VALUES ('schema_version', '2'), ('created_by', 'Lägesbild (v2 fixture)')");
  if (uniqueKeyIndex)
    ok = ok && exec(db, "DROP TRIGGER incidents_forget_key; DROP TABLE incident_keys; "
                        "CREATE UNIQUE INDEX incidents_dedup_key ON incidents (dedup_key);");
  ok = ok && exec(db, "INSERT INTO categories (code, kind, name_sv, name_en, colour, sort_order) VALUES "
                      "('klotter', 'report', 'Klotter', 'Graffiti', '#aa0000', 1), "
                      "('brand', 'report', 'Brand', 'Fire', '#ff8800', 2), "
                      "('brott_skadegorelse', 'crime', 'Skadegörelse', 'Criminal damage', '#0000aa', 3); "
                      "INSERT INTO sources (code, name) VALUES ('polisen', 'Polisen'), ('vaktare', 'Väktare');");

  // Two areas; the second one is the named area of an intervention.
  content.areas.clear();
  for (int a = 0; a < 2; ++a)
  {
    Area area;
    area.code = QStringLiteral("omr%1").arg(a + 1);
    area.name = QStringLiteral("Område %1").arg(a + 1);
    area.type = QStringLiteral("district");
    const double x0 = 560000.0 + 1000.0 * a;
    area.polygons = {{{{x0, 6580000.0}, {x0 + 1000.0, 6580000.0}, {x0 + 1000.0, 6581000.0}, {x0, 6581000.0}, {x0, 6580000.0}}}};
    ok = ok &&
         exec(db, "INSERT INTO areas (geom, code, name, area_type) VALUES (" + hex(GeoPackageGeometry::encodeMultiPolygon(area.polygons)) +
                    ", " + quoted(area.code) + ", " + quoted(area.name) + ", 'district')");
    content.areas.push_back(area);
  }

  // Incidents with every column filled in some rows and empty in others; fids 1..40, then the
  // last ten deleted so the AUTOINCREMENT mark lies above the largest fid.
  content.incidents.clear();
  const QStringList categories{QStringLiteral("klotter"), QStringLiteral("brand"), QStringLiteral("brott_skadegorelse")};
  for (int n = 1; n <= 40; ++n)
  {
    Incident incident;
    incident.id = n;
    incident.category = categories.at(n % 3);
    incident.kind = n % 3 == 2 ? IncidentKind::Crime : IncidentKind::Report;
    incident.source = n % 3 == 2 ? QStringLiteral("polisen") : QStringLiteral("vaktare");
    incident.x = 560100.0 + 37.5 * n;
    incident.y = 6580100.0 + 11.25 * n;
    incident.occurredFrom = utc(2021, 3, 27, 20) + 3600 * 3 * n; // across the spring DST change
    if (n % 2 == 0)
      incident.occurredTo = incident.occurredFrom + 1800;
    if (n % 4 == 0)
      incident.reportedAt = incident.occurredFrom + 86400;
    incident.address = n % 5 == 0 ? QString() : QStringLiteral("Drottninggatan %1").arg(n);
    incident.description = n % 7 == 0 ? QStringLiteral("Beskrivning åäö %1").arg(n) : QString();
    incident.area = n % 3 == 0 ? QString() : QStringLiteral("omr%1").arg(n % 2 + 1);
    incident.externalId = n % 2 == 0 ? QStringLiteral("ext-%1").arg(n) : QString();
    incident.precision = static_cast<LocationPrecision>(n % 3);
    const StockholmTime &time = StockholmTime::instance();
    const std::int64_t offset = time.offsetAt(incident.occurredFrom);
    const std::int64_t local = incident.occurredFrom + offset;
    const std::int64_t day = local / 86400;
    const QDate date = QDate(1970, 1, 1).addDays(day);
    const std::string sql =
      "INSERT INTO incidents (fid, geom, kind, category, source, occurred_from, occurred_to, reported_at, occurred_local, address, "
      "description, area, external_id, import_id, location_precision, occurred_utc, local_day, local_hour, local_weekday, "
      "local_month, dedup_key) VALUES (" +
      std::to_string(n) + ", " + hex(GeoPackageGeometry::encodePoint(incident.x, incident.y)) + ", " +
      (incident.kind == IncidentKind::Crime ? "'crime'" : "'report'") + ", " + quoted(incident.category) + ", " + quoted(incident.source) +
      ", " + quoted(IsoTimeText::utcText(incident.occurredFrom)) + ", " +
      (incident.occurredTo ? quoted(IsoTimeText::utcText(*incident.occurredTo)) : std::string("NULL")) + ", " +
      (incident.reportedAt ? quoted(IsoTimeText::utcText(*incident.reportedAt)) : std::string("NULL")) + ", " +
      quoted(time.formatIso(incident.occurredFrom)) + ", " + quoted(incident.address) + ", " + quoted(incident.description) + ", " +
      quoted(incident.area) + ", " + quoted(incident.externalId) + ", NULL, '" + precisionCode(incident.precision) + "', " +
      std::to_string(incident.occurredFrom) + ", " + std::to_string(day) + ", " + std::to_string((local % 86400) / 3600) + ", " +
      std::to_string(date.dayOfWeek()) + ", " + std::to_string(date.year() * 100 + date.month()) + ", " +
      std::to_string(DeduplicationKey::of(incident)) + ")" +
      (uniqueKeyIndex ? std::string()
                      : "; INSERT INTO incident_keys (dedup_key, fid) VALUES (" + std::to_string(DeduplicationKey::of(incident)) + ", " +
                          std::to_string(n) + ")");
    ok = ok && exec(db, sql);
    content.incidents.push_back(incident);
  }
  ok = ok && exec(db, "DELETE FROM incidents WHERE fid > 30");
  content.incidents.resize(30);
  content.sequence = 40;

  // Interventions as version 2 stored them: a centre with a radius, a named area, a centre alone.
  content.interventions.clear();
  Intervention circle;
  circle.id = 1;
  circle.type = QStringLiteral("guards");
  circle.title = QStringLiteral("Väktare vid torget");
  circle.centre = PointXY{560500.0, 6580500.0};
  circle.radius = 150.0;
  circle.startUtc = utc(2021, 4, 1, 18);
  circle.endUtc = utc(2021, 6, 1, 18);
  circle.actors = QStringList{QStringLiteral("Väktarbolaget")};
  circle.triggerIncidents = {3, 4};
  Intervention named;
  named.id = 2;
  named.type = QStringLiteral("night_walks");
  named.areaCode = QStringLiteral("omr2");
  named.startUtc = utc(2021, 5, 1, 20);
  Intervention point;
  point.id = 3;
  point.type = QStringLiteral("lighting");
  point.centre = PointXY{561200.0, 6580250.0};
  point.startUtc = utc(2021, 7, 1, 9);
  point.note = QStringLiteral("Ny belysning");
  for (const Intervention *intervention : {&circle, &named, &point})
  {
    const std::string geometry =
      intervention->centre ? hex(GeoPackageGeometry::encodePoint(intervention->centre->x, intervention->centre->y)) : "NULL";
    ok =
      ok && exec(db, "INSERT INTO interventions (fid, geom, intervention_type, title, radius_m, area, start_at, start_utc, end_at, "
                     "end_utc, actors, note) VALUES (" +
                       std::to_string(intervention->id) + ", " + geometry + ", " + quoted(intervention->type) + ", " +
                       quoted(intervention->title) + ", " + std::to_string(intervention->radius) + ", " + quoted(intervention->areaCode) +
                       ", " + quoted(IsoTimeText::utcText(intervention->startUtc)) + ", " + std::to_string(intervention->startUtc) + ", " +
                       (intervention->endUtc ? quoted(IsoTimeText::utcText(*intervention->endUtc)) : std::string("NULL")) + ", " +
                       (intervention->endUtc ? std::to_string(*intervention->endUtc) : std::string("NULL")) + ", " +
                       (intervention->actors.isEmpty() ? std::string("'[]'") : std::string("'[\"Väktarbolaget\"]'")) + ", " +
                       quoted(intervention->note) + ")");
    content.interventions.push_back(*intervention);
  }
  ok = ok && exec(db, "INSERT INTO intervention_incidents (intervention_id, incident_id) VALUES (1, 3), (1, 4)");
  ok = ok && exec(db, "COMMIT");
  sqlite3_close_v2(db);
  return ok;
}

} // namespace lagesbild::storetest
