// StoreSchema: the tables of the store and their forward migrations.
//
// The file is an OGC GeoPackage 1.3 (application_id 'GPKG', user_version 10300): spatial tables
// `incidents` (POINT), `areas` (MULTIPOLYGON) and `interventions` (MULTIPOLYGON: the treated
// area) in EPSG:3006, each with a gpkg_rtree_index R-tree and its standard triggers; attribute
// tables `categories`, `sources`, `imports`, `audit` and `intervention_incidents`. Our own
// schema version lives in `lagesbild_meta` (key 'schema_version'), because user_version belongs
// to the GeoPackage standard.
//
// incidents columns (version 3): fid, geom, kind (1 crime, 2 report), category (categories.id),
// source (sources.id), occurred_utc / occurred_to_utc / reported_utc (UTC seconds since the
// epoch), local_hour (0..23) and local_weekday (ISO 1..7) in Europe/Stockholm time, area
// (areas.fid), location_precision (0 exact, 1 approximate, 2 municipality), address,
// description, external_id, import_id, and dedup_key (see deduplicationkey.h), unique through
// incident_key_blocks (version 4, see deduplicationkeyblocks.h), which a trigger keeps in step
// when incidents are deleted.
// Version 5: location_precision also 3 (nearest or interpolated house number), 4 (street) and
// 5 (named place) for geocoded points; address_derived (0/1) marks an address found from the
// point (the nearest register address), not given.
// Everything else (local day and month, text codes) is derived when read.
//
// addresses (version 5, POINT, R-tree): the address register — street, number, letter,
// postcode, postal_town, municipality_code, or place_name for a named place (a square, a park,
// a school). Replaced as a whole by `lagesbild-cli addresses STORE import`.
//
// interventions columns (version 3): geom is the treated area as a MULTIPOLYGON — the drawn
// boundary when there is one (shape 'drawn'), else the circle of radius_m around
// (centre_x, centre_y) as a 64-gon (shape 'circle'), else the named area's polygons (shape
// 'area', refreshed when the area changes), else NULL (shape 'none'); the defining fields stay
// attributes, with closed (0/1).
#pragma once

#include "common/result.h"

#include <QString>

#include <cstdint>

struct sqlite3;

namespace lagesbild
{

class StoreSchema
{
  public:
    static int currentVersion();
    //! Creates every table of an empty database and stamps the current version (inside the caller's transaction).
    static Result<void> create(sqlite3 *db);
    //! Migrates a store of version fromVersion to currentVersion() (inside the caller's
    //! transaction, with foreign keys off as SQLite's table rebuild procedure requires).
    static Result<void> migrate(sqlite3 *db, int fromVersion);

    //! The incidents table's AUTOINCREMENT mark (0 when it has none), read before a rebuild of the
    //! table, and put back after it so that no fid is ever handed out twice.
    static Result<std::int64_t> incidentsSequence(sqlite3 *db);
    static Result<void> restoreIncidentsSequence(sqlite3 *db, std::int64_t highWater);
    //! After a table rebuild with foreign keys off: an error naming the version when a foreign key
    //! no longer matches.
    static Result<void> checkForeignKeysAfterRebuild(sqlite3 *db, int version);

    //! The (occurred_utc, kind, category, source, local_hour, local_weekday, area,
    //! location_precision) index every filter uses.
    static const char *createTimeIndexSql();
    //! CREATE TABLE of the current incidents, incident_key_blocks (with its trigger) and interventions.
    static const char *incidentsTableSql();
    static const char *incidentKeyBlocksSql();
    static const char *interventionsTableSql();
    //! CREATE TABLE of the address register with its gpkg_contents and gpkg_geometry_columns rows.
    static const char *addressesTableSql();
    //! The GeoPackage R-tree of table.column: virtual table, extension row and triggers.
    static QString rtreeSql(const QString &table, const QString &column);
    //! The six GeoPackage R-tree triggers of table.column alone.
    static QString rtreeTriggersSql(const QString &table, const QString &column);

    //! The GeoPackage application_id ('GPKG') and user_version (1.3.0).
    static constexpr int kApplicationId = 0x47504B47;
    static constexpr int kGeoPackageVersion = 10300;
};

} // namespace lagesbild
