#include "polygongeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lagesbild
{
namespace
{
//! Points closer than this to an edge count as on it (EPSG:3006 metres: a tenth of a millimetre).
constexpr double kOnEdgeTolerance = 1e-4;

template<typename Visitor> void forEachEdge(const Ring &ring, Visitor visit)
{
  const std::size_t count = ring.size();
  for (std::size_t i = 0; i < count; ++i)
    visit(ring[i], ring[(i + 1) % count]);
}

bool onRingBoundary(const Ring &ring, const PointXY &point)
{
  bool onEdge = false;
  forEachEdge(ring,
              [&](const PointXY &a, const PointXY &b)
              {
                if (!onEdge && PolygonGeometry::distanceToSegment(point, a, b) <= kOnEdgeTolerance)
                  onEdge = true;
              });
  return onEdge;
}

//! Crossing number: a ray from the point towards +x crosses the ring an odd number of times
//! when the point is strictly inside. Each edge is half-open in y, so a vertex on the ray counts once.
bool strictlyInsideRing(const Ring &ring, const PointXY &point)
{
  bool inside = false;
  forEachEdge(ring,
              [&](const PointXY &a, const PointXY &b)
              {
                if ((a.y > point.y) != (b.y > point.y))
                {
                  const double xCross = a.x + (point.y - a.y) / (b.y - a.y) * (b.x - a.x);
                  if (point.x < xCross)
                    inside = !inside;
                }
              });
  return inside;
}
} // namespace

double PolygonGeometry::distanceToSegment(const PointXY &point, const PointXY &a, const PointXY &b)
{
  const double dx = b.x - a.x;
  const double dy = b.y - a.y;
  const double lengthSquared = dx * dx + dy * dy;
  double t = 0.0;
  if (lengthSquared > 0.0)
    t = std::clamp(((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared, 0.0, 1.0);
  return std::hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
}

bool PolygonGeometry::ringContains(const Ring &ring, const PointXY &point)
{
  if (ring.size() < 3)
    return false;
  return onRingBoundary(ring, point) || strictlyInsideRing(ring, point);
}

bool PolygonGeometry::polygonContains(const std::vector<Ring> &rings, const PointXY &point)
{
  if (rings.empty() || !ringContains(rings.front(), point))
    return false;
  for (std::size_t i = 1; i < rings.size(); ++i)
  {
    if (rings[i].size() >= 3 && !onRingBoundary(rings[i], point) && strictlyInsideRing(rings[i], point))
      return false;
  }
  return true;
}

bool PolygonGeometry::multiPolygonContains(const std::vector<std::vector<Ring>> &polygons, const PointXY &point)
{
  return std::any_of(polygons.begin(), polygons.end(), [&](const std::vector<Ring> &rings) { return polygonContains(rings, point); });
}

double PolygonGeometry::distanceToBoundary(const std::vector<std::vector<Ring>> &polygons, const PointXY &point)
{
  double nearest = std::numeric_limits<double>::infinity();
  for (const auto &rings : polygons)
  {
    for (const Ring &ring : rings)
      forEachEdge(ring, [&](const PointXY &a, const PointXY &b) { nearest = std::min(nearest, distanceToSegment(point, a, b)); });
  }
  return nearest;
}

double PolygonGeometry::distanceTo(const std::vector<std::vector<Ring>> &polygons, const PointXY &point)
{
  return multiPolygonContains(polygons, point) ? 0.0 : distanceToBoundary(polygons, point);
}

std::optional<BoundingBox> PolygonGeometry::bounds(const std::vector<std::vector<Ring>> &polygons)
{
  std::optional<BoundingBox> box;
  for (const auto &rings : polygons)
  {
    for (const Ring &ring : rings)
    {
      for (const PointXY &p : ring)
      {
        if (!box)
        {
          box = BoundingBox{p.x, p.y, p.x, p.y};
          continue;
        }
        box->xMin = std::min(box->xMin, p.x);
        box->yMin = std::min(box->yMin, p.y);
        box->xMax = std::max(box->xMax, p.x);
        box->yMax = std::max(box->yMax, p.y);
      }
    }
  }
  return box;
}

} // namespace lagesbild
