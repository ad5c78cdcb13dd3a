#include "demogeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lagesbild::demo
{

bool ringContains(const Ring &ring, double x, double y)
{
  bool inside = false;
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++)
  {
    const PointXY &a = ring[i];
    const PointXY &b = ring[j];
    if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x)
      inside = !inside;
  }
  return inside;
}

bool areaContains(const Area &area, double x, double y)
{
  for (const auto &polygon : area.polygons)
  {
    if (polygon.empty() || !ringContains(polygon.front(), x, y))
      continue;
    const bool inHole = std::any_of(polygon.begin() + 1, polygon.end(), [x, y](const Ring &hole) { return ringContains(hole, x, y); });
    if (!inHole)
      return true;
  }
  return false;
}

namespace
{
double ringSquareMetres(const Ring &ring)
{
  double twice = 0.0;
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++)
    twice += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
  return std::abs(twice) / 2.0;
}
} // namespace

double areaSquareMetres(const Area &area)
{
  double total = 0.0;
  for (const auto &polygon : area.polygons)
  {
    for (std::size_t i = 0; i < polygon.size(); ++i)
      total += (i == 0 ? 1.0 : -1.0) * ringSquareMetres(polygon[i]);
  }
  return total;
}

BoundingBox areaBounds(const Area &area)
{
  BoundingBox box{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(),
                  std::numeric_limits<double>::lowest()};
  for (const auto &polygon : area.polygons)
  {
    for (const Ring &ring : polygon)
    {
      for (const PointXY &p : ring)
      {
        box.xMin = std::min(box.xMin, p.x);
        box.yMin = std::min(box.yMin, p.y);
        box.xMax = std::max(box.xMax, p.x);
        box.yMax = std::max(box.yMax, p.y);
      }
    }
  }
  return box;
}

} // namespace lagesbild::demo
