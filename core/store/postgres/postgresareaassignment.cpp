#include "postgresareaassignment.h"

#include "postgresconnection.h"
#include "postgresgeometry.h"

#include <QStringList>

namespace lagesbild
{

Result<PostgresAreaAssignment> PostgresAreaAssignment::load(PostgresConnection &connection)
{
  const auto rows = connection.query(QStringLiteral("SELECT fid, code, name, coalesce(area_type, ''), ST_AsGeoJSON(geom, 15) "
                                                    "FROM lagesbild.areas WHERE geom IS NOT NULL ORDER BY fid"));
  if (!rows)
    return rows.error();
  PostgresAreaAssignment assignment;
  std::vector<Area> areas;
  for (int r = 0; r < rows->rows(); ++r)
  {
    Area area;
    area.code = rows->text(r, 1);
    area.name = rows->text(r, 2);
    area.type = rows->text(r, 3);
    area.polygons = PostgresGeometry::fromGeoJson(rows->text(r, 4));
    if (area.polygons.empty())
      continue;
    assignment.mIds.push_back(rows->integer(r, 0));
    assignment.mCodes.push_back(area.code);
    areas.push_back(std::move(area));
  }
  assignment.mLocator = geocoding::AreaLocator(areas);
  return assignment;
}

std::int64_t PostgresAreaAssignment::areaIdAt(double x, double y, LocationPrecision precision) const
{
  const int index = mLocator.indexAt(x, y, precision);
  return index < 0 ? 0 : mIds[static_cast<std::size_t>(index)];
}

QString PostgresAreaAssignment::areaCodeAt(double x, double y, LocationPrecision precision) const
{
  const int index = mLocator.indexAt(x, y, precision);
  return index < 0 ? QString() : mCodes[static_cast<std::size_t>(index)];
}

Result<std::int64_t> PostgresAreaAssignment::reassign(PostgresConnection &connection, double minX, double minY, double maxX, double maxY,
                                                      std::int64_t areaId)
{
  auto assignment = load(connection);
  if (!assignment)
    return assignment.error();
  // An empty box (an area without polygons) selects only the area's own incidents: NULL && … is not true.
  const bool emptyBox = minX > maxX || minY > maxY;
  auto box = [emptyBox](double value) { return emptyBox ? std::nullopt : std::optional<QString>(QString::number(value, 'g', 17)); };
  const auto rows = connection.query(
    QStringLiteral("SELECT fid, ST_X(geom), ST_Y(geom), coalesce(area, 0), location_precision FROM lagesbild.incidents "
                   "WHERE (geom && ST_MakeEnvelope($1::float8, $2::float8, $3::float8, $4::float8, 3006)) OR area = $5 FOR UPDATE"),
    {box(minX), box(minY), box(maxX), box(maxY), QString::number(areaId)});
  if (!rows)
    return rows.error();
  QStringList fids;
  QStringList areas;
  for (int r = 0; r < rows->rows(); ++r)
  {
    const auto precision = static_cast<LocationPrecision>(rows->integer(r, 4));
    const std::int64_t now =
      rows->isNull(r, 1) ? 0 : assignment->areaIdAt(rows->text(r, 1).toDouble(), rows->text(r, 2).toDouble(), precision);
    if (now == rows->integer(r, 3))
      continue;
    fids << rows->text(r, 0);
    areas << QString::number(now);
  }
  if (fids.isEmpty())
    return 0;
  const auto updated = connection.query(
    QStringLiteral("UPDATE lagesbild.incidents i SET area = nullif(v.area, 0) FROM unnest($1::bigint[], $2::integer[]) AS v (fid, area) "
                   "WHERE i.fid = v.fid"),
    {QLatin1Char('{') + fids.join(QLatin1Char(',')) + QLatin1Char('}'),
     QLatin1Char('{') + areas.join(QLatin1Char(',')) + QLatin1Char('}')});
  if (!updated)
    return updated.error();
  return static_cast<std::int64_t>(fids.size());
}

} // namespace lagesbild
