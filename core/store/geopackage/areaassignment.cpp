#include "areaassignment.h"

#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace lagesbild
{

Result<AreaAssignment> AreaAssignment::load(sqlite3 *db)
{
  auto statement = SqliteStatement::prepare(db, "SELECT fid, code, name, geom, area_type FROM areas WHERE geom IS NOT NULL ORDER BY fid");
  if (!statement)
    return statement.error();
  std::vector<Area> areas;
  AreaAssignment assignment;
  while (statement->step() == SQLITE_ROW)
  {
    int size = 0;
    const unsigned char *blob = statement->columnBlob(3, &size);
    auto polygons = blob ? GeoPackageGeometry::decodeMultiPolygon(blob, size) : std::nullopt;
    if (!polygons || polygons->empty())
      continue;
    Area area;
    area.code = statement->columnText(1);
    area.name = statement->columnText(2);
    area.type = statement->columnText(4);
    area.polygons = std::move(*polygons);
    areas.push_back(std::move(area));
    assignment.mIds.push_back(statement->columnInt64(0));
  }
  assignment.mLocator = geocoding::AreaLocator(areas);
  return assignment;
}

std::int64_t AreaAssignment::areaIdAt(double x, double y, LocationPrecision precision) const
{
  const int index = mLocator.indexAt(x, y, precision);
  return index < 0 ? 0 : mIds[static_cast<std::size_t>(index)];
}

Result<std::int64_t> AreaAssignment::reassign(sqlite3 *db, const Envelope &box, std::int64_t areaId)
{
  auto assignment = load(db);
  if (!assignment)
    return assignment.error();
  auto select =
    SqliteStatement::prepare(db, "SELECT fid, geom, coalesce(area, 0), location_precision FROM incidents WHERE fid IN "
                                 "(SELECT id FROM rtree_incidents_geom WHERE maxx >= ?1 AND minx <= ?2 AND maxy >= ?3 AND miny <= ?4) "
                                 "OR area = ?5");
  if (!select)
    return select.error();
  auto update = SqliteStatement::prepare(db, "UPDATE incidents SET area = ?1 WHERE fid = ?2");
  if (!update)
    return update.error();
  select->bindDouble(1, box.isEmpty ? 0.0 : box.minX);
  select->bindDouble(2, box.isEmpty ? -1.0 : box.maxX);
  select->bindDouble(3, box.isEmpty ? 0.0 : box.minY);
  select->bindDouble(4, box.isEmpty ? -1.0 : box.maxY);
  select->bindInt64(5, areaId);
  std::vector<std::pair<std::int64_t, std::int64_t>> changes;
  while (select->step() == SQLITE_ROW)
  {
    int size = 0;
    const unsigned char *blob = select->columnBlob(1, &size);
    const auto point = blob ? GeoPackageGeometry::decodePoint(blob, size) : std::nullopt;
    const auto precision = static_cast<LocationPrecision>(select->columnInt64(3));
    const std::int64_t now = point ? assignment->areaIdAt(point->x, point->y, precision) : 0;
    if (now != select->columnInt64(2))
      changes.emplace_back(select->columnInt64(0), now);
  }
  select->reset();
  const QString failed = QCoreApplication::translate("IncidentStore", "The incidents of the area could not be re-assigned.");
  for (const auto &[fid, area] : changes)
  {
    if (area > 0)
      update->bindInt64(1, area);
    else
      update->bindNull(1);
    update->bindInt64(2, fid);
    if (auto done = update->execute(failed); !done)
      return done.error();
  }
  return static_cast<std::int64_t>(changes.size());
}

} // namespace lagesbild
