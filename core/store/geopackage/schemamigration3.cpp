#include "schemamigration3.h"

#include "geopackagecontents.h"
#include "geopackagegeometry.h"
#include "interventiongeometry.h"
#include "sqlitestatement.h"
#include "storeschema.h"

#include <QString>

#include <sqlite3.h>

#include <string>

namespace lagesbild
{
namespace
{
std::string renamed(const char *createSql, const char *table, const char *newName)
{
  std::string sql = createSql;
  const std::string from = std::string("CREATE TABLE ") + table + " (";
  const auto at = sql.find(from);
  if (at != std::string::npos)
    sql.replace(at, from.size(), std::string("CREATE TABLE ") + newName + " (");
  return sql;
}

Result<void> exec(sqlite3 *db, const std::string &sql)
{
  return sqliteExec(db, sql.c_str());
}

// The version-2 text codes become integers (an unknown code fails NOT NULL: nothing is lost
// silently); DATETIME text becomes UTC seconds.
constexpr const char *kCopyIncidents = R"SQL(
INSERT INTO incidents_v3 (fid, geom, kind, category, source, occurred_utc, occurred_to_utc, reported_utc, local_hour,
                          local_weekday, area, location_precision, address, description, external_id, import_id, dedup_key)
SELECT i.fid, i.geom, CASE i.kind WHEN 'crime' THEN 1 ELSE 2 END, c.id, s.id, i.occurred_utc,
       CAST(strftime('%s', i.occurred_to) AS INTEGER), CAST(strftime('%s', i.reported_at) AS INTEGER), i.local_hour,
       i.local_weekday, a.fid,
       CASE i.location_precision WHEN 'approximate' THEN 1 WHEN 'municipality' THEN 2 ELSE 0 END,
       i.address, i.description, i.external_id, i.import_id, i.dedup_key
FROM incidents AS i
LEFT JOIN categories AS c ON c.code = i.category
LEFT JOIN sources AS s ON s.code = i.source
LEFT JOIN areas AS a ON a.code = i.area
ORDER BY i.fid;
)SQL";

constexpr const char *kCopyInterventions = R"SQL(
INSERT INTO interventions_v3 (fid, geom, intervention_type, title, shape, centre_x, centre_y, radius_m, area, closed, start_at,
                              start_utc, end_at, end_utc, actors, note)
SELECT fid, NULL, intervention_type, title,
       CASE WHEN geom IS NOT NULL AND radius_m > 0 THEN 'circle'
            WHEN area IS NOT NULL AND area <> '' THEN 'area' ELSE 'none' END,
       CASE WHEN geom IS NULL THEN NULL ELSE ST_MinX(geom) END, CASE WHEN geom IS NULL THEN NULL ELSE ST_MinY(geom) END,
       radius_m, area, 0, start_at, start_utc, end_at, end_utc, actors, note
FROM interventions ORDER BY fid;
)SQL";

Result<void> migrateIncidents(sqlite3 *db)
{
  // The AUTOINCREMENT high-water mark outlives the table: no fid is ever reused.
  const auto highWater = StoreSchema::incidentsSequence(db);
  if (!highWater)
    return highWater.error();

  for (const std::string &sql : {renamed(StoreSchema::incidentsTableSql(), "incidents", "incidents_v3"), std::string(kCopyIncidents),
                                 std::string("DROP TABLE incidents; ALTER TABLE incidents_v3 RENAME TO incidents;"),
                                 // Early version-2 stores kept the keys in a unique index (incidents_dedup_key,
                                 // dropped with the table), later ones in incident_keys: both are rebuilt from the rows.
                                 std::string("DROP TABLE IF EXISTS incident_keys; "
                                             "CREATE TABLE incident_keys (dedup_key INTEGER PRIMARY KEY NOT NULL); "
                                             "INSERT OR IGNORE INTO incident_keys (dedup_key) SELECT dedup_key FROM incidents ORDER BY 1;"),
                                 std::string("CREATE TRIGGER incidents_forget_key AFTER DELETE ON incidents BEGIN "
                                             "DELETE FROM incident_keys WHERE dedup_key = OLD.dedup_key; END;"),
                                 std::string(StoreSchema::createTimeIndexSql()),
                                 StoreSchema::rtreeTriggersSql(QStringLiteral("incidents"), QStringLiteral("geom")).toStdString()})
    if (auto done = exec(db, sql); !done)
      return done;
  return StoreSchema::restoreIncidentsSequence(db, *highWater);
}

Result<void> migrateInterventions(sqlite3 *db)
{
  std::string dropIndex;
  for (const char *suffix : {"insert", "update1", "update2", "update3", "update4", "delete"})
    dropIndex += std::string("DROP TRIGGER IF EXISTS \"rtree_interventions_geom_") + suffix + "\"; ";
  dropIndex += "DROP TABLE IF EXISTS rtree_interventions_geom; "
               "DELETE FROM gpkg_extensions WHERE table_name = 'interventions' AND extension_name = 'gpkg_rtree_index';";
  for (const std::string &sql :
       {dropIndex, renamed(StoreSchema::interventionsTableSql(), "interventions", "interventions_v3"), std::string(kCopyInterventions),
        std::string("DROP TABLE interventions; ALTER TABLE interventions_v3 RENAME TO interventions;"),
        std::string("UPDATE gpkg_geometry_columns SET geometry_type_name = 'MULTIPOLYGON' WHERE table_name = 'interventions'; "
                    "UPDATE gpkg_contents SET min_x = NULL, min_y = NULL, max_x = NULL, max_y = NULL, "
                    "description = 'Interventions (insatser): the treated areas' WHERE table_name = 'interventions';"),
        StoreSchema::rtreeSql(QStringLiteral("interventions"), QStringLiteral("geom")).toStdString()})
    if (auto done = exec(db, sql); !done)
      return done;

  // Circles: computed here; areas: copied from the areas table. The R-tree triggers index both.
  auto circles = SqliteStatement::prepare(db, "SELECT fid, centre_x, centre_y, radius_m FROM interventions WHERE shape = 'circle'");
  auto update = SqliteStatement::prepare(db, "UPDATE interventions SET geom = ?1 WHERE fid = ?2");
  if (!circles)
    return circles.error();
  if (!update)
    return update.error();
  Envelope extent;
  while (circles->step() == SQLITE_ROW)
  {
    Intervention intervention;
    intervention.centre = PointXY{circles->columnDouble(1), circles->columnDouble(2)};
    intervention.radius = circles->columnDouble(3);
    const QByteArray geometry = InterventionGeometry::ownGeometry(intervention);
    update->bindBlobStatic(1, geometry.constData(), static_cast<int>(geometry.size()));
    update->bindInt64(2, circles->columnInt64(0));
    if (auto done = update->execute(QStringLiteral("interventions")); !done)
      return done;
  }
  if (auto done = InterventionGeometry::refreshAreaShapes(db); !done)
    return done;
  auto bounds = SqliteStatement::prepare(db, "SELECT min(minx), max(maxx), min(miny), max(maxy), count(*) FROM rtree_interventions_geom");
  if (!bounds)
    return bounds.error();
  if (bounds->step() == SQLITE_ROW && bounds->columnInt64(4) > 0)
    extent = Envelope{bounds->columnDouble(0), bounds->columnDouble(1), bounds->columnDouble(2), bounds->columnDouble(3), false};
  bounds->reset();
  return GeoPackageContents::touch(db, "interventions", extent);
}
} // namespace

Result<void> SchemaMigration3::run(sqlite3 *db)
{
  if (auto done = migrateIncidents(db); !done)
    return done;
  if (auto done = migrateInterventions(db); !done)
    return done;
  // The rebuild ran with foreign keys off: check what it produced.
  return StoreSchema::checkForeignKeysAfterRebuild(db, 3);
}

} // namespace lagesbild
