#include "interventiongeometry.h"

#include "geopackagegeometry.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <cmath>
#include <numbers>

namespace lagesbild
{

InterventionGeometry::Shape InterventionGeometry::shapeOf(const Intervention &intervention)
{
  if (!intervention.boundary.empty() && intervention.boundary.front().size() >= 3)
    return Shape::Drawn;
  if (intervention.centre && intervention.radius > 0.0)
    return Shape::Circle;
  if (!intervention.areaCode.isEmpty())
    return Shape::Area;
  return Shape::None;
}

const char *InterventionGeometry::shapeCode(Shape shape)
{
  switch (shape)
  {
  case Shape::Drawn:
    return "drawn";
  case Shape::Circle:
    return "circle";
  case Shape::Area:
    return "area";
  case Shape::None:
    return "none";
  }
  return "none";
}

Ring InterventionGeometry::circle(const PointXY &centre, double radius)
{
  Ring ring;
  ring.reserve(kCircleVertices + 1);
  for (int i = 0; i < kCircleVertices; ++i)
  {
    const double angle = 2.0 * std::numbers::pi * static_cast<double>(i) / kCircleVertices;
    ring.push_back(PointXY{centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)});
  }
  ring.push_back(ring.front());
  return ring;
}

QByteArray InterventionGeometry::ownGeometry(const Intervention &intervention)
{
  switch (shapeOf(intervention))
  {
  case Shape::Drawn:
    return GeoPackageGeometry::encodeMultiPolygon({intervention.boundary});
  case Shape::Circle:
    return GeoPackageGeometry::encodeMultiPolygon({{circle(*intervention.centre, intervention.radius)}});
  case Shape::Area:
  case Shape::None:
    break;
  }
  return QByteArray();
}

Result<void> InterventionGeometry::refreshAreaShapes(sqlite3 *db, const QString &areaCode)
{
  auto statement = SqliteStatement::prepare(db, "UPDATE interventions SET geom = (SELECT a.geom FROM areas AS a WHERE a.code = "
                                                "interventions.area) WHERE shape = 'area' AND (?1 IS NULL OR area = ?1)");
  if (!statement)
    return statement.error();
  if (areaCode.isEmpty())
    statement->bindNull(1);
  else
    statement->bindText(1, areaCode);
  return statement->execute(QCoreApplication::translate("IncidentStore", "The interventions' treated areas could not be updated."));
}

} // namespace lagesbild
