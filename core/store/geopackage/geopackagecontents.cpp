#include "geopackagecontents.h"

#include "sqlitestatement.h"

#include <QCoreApplication>

namespace lagesbild
{

Result<void> GeoPackageContents::touch(sqlite3 *db, const char *table, const Envelope &envelope)
{
  const QString failed = QCoreApplication::translate("IncidentStore", "The GeoPackage contents table could not be updated.");
  if (envelope.isEmpty)
  {
    auto statement =
      SqliteStatement::prepare(db, "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?1");
    if (!statement)
      return statement.error();
    statement->bindUtf8(1, table);
    return statement->execute(failed);
  }
  auto statement =
    SqliteStatement::prepare(db, "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                                 "min_x = min(coalesce(min_x, ?2), ?2), max_x = max(coalesce(max_x, ?3), ?3), "
                                 "min_y = min(coalesce(min_y, ?4), ?4), max_y = max(coalesce(max_y, ?5), ?5) WHERE table_name = ?1");
  if (!statement)
    return statement.error();
  statement->bindUtf8(1, table);
  statement->bindDouble(2, envelope.minX);
  statement->bindDouble(3, envelope.maxX);
  statement->bindDouble(4, envelope.minY);
  statement->bindDouble(5, envelope.maxY);
  return statement->execute(failed);
}

} // namespace lagesbild
