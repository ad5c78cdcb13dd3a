#include "addressregister.h"

#include "geopackagecontents.h"
#include "geopackagegeometry.h"
#include "sqlitestatement.h"
#include "storeschema.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <string>

namespace lagesbild
{
namespace
{
constexpr std::size_t kFeedbackInterval = 8192;
constexpr const char *kColumns = "street, number, letter, postcode, postal_town, municipality_code, place_name, geom";

geocoding::AddressPoint readPoint(const SqliteStatement &statement)
{
  geocoding::AddressPoint point;
  point.street = statement.columnText(0);
  point.number = static_cast<int>(statement.columnInt64(1));
  point.letter = statement.columnText(2);
  point.postcode = statement.columnText(3);
  point.postalTown = statement.columnText(4);
  point.municipalityCode = statement.columnText(5);
  point.placeName = statement.columnText(6);
  int size = 0;
  const unsigned char *blob = statement.columnBlob(7, &size);
  if (const auto xy = blob ? GeoPackageGeometry::decodePoint(blob, size) : std::nullopt)
  {
    point.x = xy->x;
    point.y = xy->y;
  }
  return point;
}
} // namespace

Result<void> AddressRegister::replace(sqlite3 *db, const std::vector<geocoding::AddressPoint> &addresses, Feedback *feedback)
{
  // Triggers off for the rewrite: the R-tree is cleared and written row by row with the table.
  std::string dropTriggers;
  for (const char *suffix : {"insert", "update1", "update2", "update3", "update4", "delete"})
    dropTriggers += std::string("DROP TRIGGER IF EXISTS \"rtree_addresses_geom_") + suffix + "\"; ";
  if (auto done = sqliteExec(db, (dropTriggers + "DELETE FROM addresses; DELETE FROM rtree_addresses_geom;").c_str()); !done)
    return done;
  auto insert =
    SqliteStatement::prepare(db, std::string("INSERT INTO addresses (") + kColumns + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  if (!insert)
    return insert.error();
  auto index = SqliteStatement::prepare(db, "INSERT INTO rtree_addresses_geom VALUES (?1, ?2, ?2, ?3, ?3)");
  if (!index)
    return index.error();
  const QString failed = QCoreApplication::translate("IncidentStore", "The address register could not be written.");
  Envelope extent;
  unsigned char geometry[GeoPackageGeometry::kPointBlobSize];
  for (std::size_t i = 0; i < addresses.size(); ++i)
  {
    const geocoding::AddressPoint &point = addresses[i];
    insert->bindText(1, point.street, true);
    if (point.number > 0)
      insert->bindInt64(2, point.number);
    else
      insert->bindNull(2);
    insert->bindText(3, point.letter, true);
    insert->bindText(4, point.postcode, true);
    insert->bindText(5, point.postalTown, true);
    insert->bindText(6, point.municipalityCode, true);
    insert->bindText(7, point.placeName, true);
    GeoPackageGeometry::encodePoint(point.x, point.y, GeoPackageGeometry::kSrsId, geometry);
    insert->bindBlobStatic(8, geometry, GeoPackageGeometry::kPointBlobSize);
    if (auto done = insert->execute(failed); !done)
      return done;
    index->bindInt64(1, sqlite3_last_insert_rowid(db));
    index->bindDouble(2, point.x);
    index->bindDouble(3, point.y);
    if (auto done = index->execute(failed); !done)
      return done;
    extent.extend(point.x, point.y);
    if (feedback && i % kFeedbackInterval == 0)
    {
      if (feedback->isCancelled())
        return makeError(ErrorCode::Cancelled,
                         QCoreApplication::translate("IncidentStore", "The address import was cancelled; nothing was changed."));
      feedback->setProgress(100.0 * static_cast<double>(i) / static_cast<double>(addresses.size()));
    }
  }
  if (auto done = sqliteExec(db, StoreSchema::rtreeTriggersSql(QStringLiteral("addresses"), QStringLiteral("geom")).toUtf8().constData());
      !done)
    return done;
  // The extent is the new register's, not grown from the old one.
  if (auto done =
        sqliteExec(db, "UPDATE gpkg_contents SET min_x = NULL, min_y = NULL, max_x = NULL, max_y = NULL WHERE table_name = 'addresses'");
      !done)
    return done;
  return GeoPackageContents::touch(db, "addresses", extent);
}

Result<std::vector<geocoding::AddressPoint>> AddressRegister::load(sqlite3 *db)
{
  auto count = AddressRegister::count(db);
  if (!count)
    return count.error();
  auto statement = SqliteStatement::prepare(db, std::string("SELECT ") + kColumns + " FROM addresses ORDER BY fid");
  if (!statement)
    return statement.error();
  std::vector<geocoding::AddressPoint> points;
  points.reserve(static_cast<std::size_t>(*count));
  while (statement->step() == SQLITE_ROW)
    points.push_back(readPoint(*statement));
  return points;
}

Result<std::int64_t> AddressRegister::count(sqlite3 *db)
{
  auto statement = SqliteStatement::prepare(db, "SELECT count(*) FROM addresses");
  if (!statement)
    return statement.error();
  if (statement->step() != SQLITE_ROW)
    return sqliteError(db, QCoreApplication::translate("IncidentStore", "The address register could not be read."));
  return statement->columnInt64(0);
}

Result<std::optional<geocoding::AddressPoint>> AddressRegister::nearest(sqlite3 *db, double x, double y, double maxDistance)
{
  auto statement =
    SqliteStatement::prepare(db, std::string("SELECT ") + kColumns +
                                   ", (r.minx - ?1) * (r.minx - ?1) + (r.miny - ?2) * (r.miny - ?2) AS d2 "
                                   "FROM rtree_addresses_geom AS r JOIN addresses AS a ON a.fid = r.id "
                                   "WHERE r.minx >= ?1 - ?3 AND r.maxx <= ?1 + ?3 AND r.miny >= ?2 - ?3 AND r.maxy <= ?2 + ?3 "
                                   "AND a.street IS NOT NULL ORDER BY d2 LIMIT 1");
  if (!statement)
    return statement.error();
  statement->bindDouble(1, x);
  statement->bindDouble(2, y);
  statement->bindDouble(3, maxDistance);
  if (statement->step() != SQLITE_ROW || statement->columnDouble(8) > maxDistance * maxDistance)
    return std::optional<geocoding::AddressPoint>();
  return std::optional<geocoding::AddressPoint>(readPoint(*statement));
}

} // namespace lagesbild
