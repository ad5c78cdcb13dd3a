#include "printextent.h"

#include <qgsgeometry.h>
#include <qgsgeometryengine.h>
#include <qgspoint.h>
#include <qgspolygon.h>

#include <algorithm>
#include <memory>

namespace lagesbild
{
namespace
{
QgsGeometry geometryOf(const Area &area)
{
  QgsMultiPolygonXY multi;
  for (const std::vector<Ring> &polygon : area.polygons)
  {
    QgsPolygonXY rings;
    for (const Ring &ring : polygon)
    {
      QgsPolylineXY line;
      for (const PointXY &p : ring)
        line << QgsPointXY(p.x, p.y);
      rings << line;
    }
    multi << rings;
  }
  return QgsGeometry::fromMultiPolygonXY(multi);
}
} // namespace

const Area *PrintExtent::townHolding(const std::vector<PointXY> &points, const std::vector<Area> &areas)
{
  if (points.empty())
    return nullptr;
  for (const Area &area : areas)
  {
    if (area.type != QLatin1String("urban"))
      continue;
    const QgsGeometry geometry = geometryOf(area);
    std::unique_ptr<QgsGeometryEngine> engine(QgsGeometry::createGeometryEngine(geometry.constGet()));
    engine->prepareGeometry();
    const QgsRectangle box = geometry.boundingBox();
    std::size_t inside = 0;
    for (const PointXY &p : points)
    {
      if (!box.contains(QgsPointXY(p.x, p.y)))
        continue;
      const QgsPoint point(p.x, p.y);
      if (engine->intersects(&point))
        ++inside;
    }
    if (static_cast<double>(inside) >= kTownShare * static_cast<double>(points.size()))
      return &area;
  }
  return nullptr;
}

std::optional<BoundingBox> PrintExtent::choose(const std::vector<PointXY> &points, const std::vector<Area> &areas)
{
  if (points.empty())
    return std::nullopt;
  if (const Area *town = townHolding(points, areas))
  {
    const QgsRectangle box = geometryOf(*town).boundingBox().buffered(kTownMargin);
    return BoundingBox{box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()};
  }
  BoundingBox box{points.front().x, points.front().y, points.front().x, points.front().y};
  for (const PointXY &p : points)
  {
    box.xMin = std::min(box.xMin, p.x);
    box.yMin = std::min(box.yMin, p.y);
    box.xMax = std::max(box.xMax, p.x);
    box.yMax = std::max(box.yMax, p.y);
  }
  return box;
}

} // namespace lagesbild
