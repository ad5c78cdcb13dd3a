// StoreSchema: the tables of the store and their forward migrations.
//
// The file is an OGC GeoPackage 1.3 (application_id 'GPKG', user_version 10300): spatial tables
// `incidents` (POINT), `areas` (MULTIPOLYGON) and `interventions` (POINT, the centre; NULL when
// the intervention targets a named area) in EPSG:3006, each with a gpkg_rtree_index R-tree and
// its standard triggers; attribute tables `categories`, `sources`, `imports`, `audit` and
// `intervention_incidents`. Our own schema version lives in `lagesbild_meta` (key
// 'schema_version'), because user_version belongs to the GeoPackage standard.
//
// incidents columns: fid, geom, kind ('crime'|'report'), category, source (codes, foreign keys),
// occurred_from/occurred_to/reported_at (GeoPackage DATETIME, UTC), occurred_local (local
// ISO text with offset, for people reading the file), address, description, area (code),
// external_id, import_id, location_precision ('exact'|'approximate'|'municipality'), and the
// derived integers the queries use: occurred_utc (seconds), local_day (days since 1970-01-01),
// local_hour (0..23), local_weekday (ISO 1..7), local_month (YYYYMM), plus dedup_key (see
// deduplicationkey.h), unique through the rowid table incident_keys (dedup_key → fid), which a
// trigger keeps in step when incidents are deleted.
#pragma once

#include "common/result.h"

struct sqlite3;

namespace lagesbild
{

class StoreSchema
{
  public:
    static int currentVersion();
    //! Creates every table of an empty database and stamps the current version (inside the caller's transaction).
    static Result<void> create(sqlite3 *db);
    //! Migrates a store of version fromVersion to currentVersion() (inside the caller's transaction).
    static Result<void> migrate(sqlite3 *db, int fromVersion);

    //! The (occurred_utc, category, local_hour, local_weekday, kind) index every filter uses.
    static const char *createTimeIndexSql();

    //! The GeoPackage application_id ('GPKG') and user_version (1.3.0).
    static constexpr int kApplicationId = 0x47504B47;
    static constexpr int kGeoPackageVersion = 10300;
};

} // namespace lagesbild
