#include "studyarea.h"

#include <qgsgeometry.h>
#include <qgsgeometryengine.h>
#include <qgsmultipolygon.h>
#include <qgspoint.h>
#include <qgspolygon.h>

#include <algorithm>
#include <memory>

namespace lagesbild
{
namespace
{
QgsGeometry geometryOf(const std::vector<std::vector<Ring>> &polygons)
{
  QgsMultiPolygonXY multi;
  for (const std::vector<Ring> &polygon : polygons)
  {
    QgsPolygonXY rings;
    for (const Ring &ring : polygon)
    {
      QgsPolylineXY line;
      for (const PointXY &point : ring)
        line << QgsPointXY(point.x, point.y);
      rings << line;
    }
    multi << rings;
  }
  return QgsGeometry::fromMultiPolygonXY(multi);
}
} // namespace

StudyArea StudyArea::fromArea(const Area &area)
{
  StudyArea result;
  result.name = area.name.isEmpty() ? area.code : area.name;
  result.polygons = area.polygons;
  bool any = false;
  BoundingBox box;
  for (const auto &polygon : area.polygons)
    for (const Ring &ring : polygon)
      for (const PointXY &point : ring)
      {
        if (!any)
          box = {point.x, point.y, point.x, point.y};
        box.xMin = std::min(box.xMin, point.x);
        box.yMin = std::min(box.yMin, point.y);
        box.xMax = std::max(box.xMax, point.x);
        box.yMax = std::max(box.yMax, point.y);
        any = true;
      }
  if (any)
    result.extent = box;
  return result;
}

StudyArea StudyArea::fromView(const BoundingBox &view, const QString &name)
{
  StudyArea result;
  result.name = name;
  result.extent = view;
  return result;
}

std::vector<PointXY> StudyArea::clip(const std::vector<PointXY> &points) const
{
  if (!extent)
    return points;
  std::vector<PointXY> inside;
  const BoundingBox &box = *extent;
  std::unique_ptr<QgsGeometryEngine> engine;
  QgsGeometry outline;
  if (!polygons.empty())
  {
    outline = geometryOf(polygons);
    engine.reset(QgsGeometry::createGeometryEngine(outline.constGet()));
    engine->prepareGeometry();
  }
  for (const PointXY &point : points)
  {
    if (point.x < box.xMin || point.x > box.xMax || point.y < box.yMin || point.y > box.yMax)
      continue;
    if (engine)
    {
      const QgsPoint candidate(point.x, point.y);
      if (!engine->intersects(&candidate))
        continue;
    }
    inside.push_back(point);
  }
  return inside;
}

} // namespace lagesbild
