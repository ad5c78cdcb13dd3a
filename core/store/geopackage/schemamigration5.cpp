#include "schemamigration5.h"

#include "sqlitestatement.h"
#include "storeschema.h"

#include <QString>

#include <sqlite3.h>

#include <string>

namespace lagesbild
{
namespace
{
constexpr const char *kCopyIncidents = R"SQL(
INSERT INTO incidents_v5 (fid, geom, kind, category, source, occurred_utc, occurred_to_utc, reported_utc, local_hour,
                          local_weekday, area, location_precision, address, description, external_id, import_id, dedup_key,
                          address_derived)
SELECT fid, geom, kind, category, source, occurred_utc, occurred_to_utc, reported_utc, local_hour, local_weekday, area,
       location_precision, address, description, external_id, import_id, dedup_key, 0
FROM incidents ORDER BY fid;
)SQL";

// The trigger of kIncidentKeyBlocks alone (the key blocks table stays as it is).
constexpr const char *kForgetKeyTrigger = R"SQL(
CREATE TRIGGER incidents_forget_key AFTER DELETE ON incidents
BEGIN
  UPDATE incident_key_blocks SET keys = replace(keys, printf(';%016X;', OLD.dedup_key), ';')
  WHERE block = (OLD.dedup_key >> 48);
END;
)SQL";

Result<void> exec(sqlite3 *db, const std::string &sql)
{
  return sqliteExec(db, sql.c_str());
}
} // namespace

Result<void> SchemaMigration5::run(sqlite3 *db)
{
  // The AUTOINCREMENT high-water mark outlives the table: no fid is ever reused.
  const auto highWater = StoreSchema::incidentsSequence(db);
  if (!highWater)
    return highWater.error();

  std::string create = StoreSchema::incidentsTableSql();
  const std::string from = "CREATE TABLE incidents (";
  create.replace(create.find(from), from.size(), "CREATE TABLE incidents_v5 (");
  for (const std::string &sql :
       {create, std::string(kCopyIncidents), std::string("DROP TABLE incidents; ALTER TABLE incidents_v5 RENAME TO incidents;"),
        std::string(kForgetKeyTrigger), std::string(StoreSchema::createTimeIndexSql()),
        StoreSchema::rtreeTriggersSql(QStringLiteral("incidents"), QStringLiteral("geom")).toStdString(),
        std::string(StoreSchema::addressesTableSql()),
        StoreSchema::rtreeSql(QStringLiteral("addresses"), QStringLiteral("geom")).toStdString()})
    if (auto done = exec(db, sql); !done)
      return done;
  if (auto done = StoreSchema::restoreIncidentsSequence(db, *highWater); !done)
    return done;
  return StoreSchema::checkForeignKeysAfterRebuild(db, 5);
}

} // namespace lagesbild
