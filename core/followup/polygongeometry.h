// PolygonGeometry: the few planar tests follow-up needs on the store's polygons (EPSG:3006
// metres): is a point inside a polygon with holes or a multipolygon, how far is it from one,
// and what box holds it. Polygons are closed sets: a point on an edge (outer ring or hole) is
// inside. Rings may be given closed (last point = first) or open.
#pragma once

#include "model/incidentfilter.h"
#include "model/reference.h"

#include <vector>

namespace lagesbild
{

class PolygonGeometry
{
  public:
    //! Inside or on the boundary of one ring (holes not considered).
    static bool ringContains(const Ring &ring, const PointXY &point);
    //! Inside the outer ring (rings[0]) and not strictly inside any hole (rings[1..]).
    static bool polygonContains(const std::vector<Ring> &rings, const PointXY &point);
    //! Inside any polygon of a multipolygon.
    static bool multiPolygonContains(const std::vector<std::vector<Ring>> &polygons, const PointXY &point);

    //! Shortest distance from the point to any edge of any ring of the multipolygon.
    static double distanceToBoundary(const std::vector<std::vector<Ring>> &polygons, const PointXY &point);
    //! 0 inside (or on the boundary), else the distance to the nearest edge.
    static double distanceTo(const std::vector<std::vector<Ring>> &polygons, const PointXY &point);

    //! The box around every vertex; nothing when there are no vertices.
    static std::optional<BoundingBox> bounds(const std::vector<std::vector<Ring>> &polygons);

    //! Distance from a point to the segment a–b.
    static double distanceToSegment(const PointXY &point, const PointXY &a, const PointXY &b);
};

} // namespace lagesbild
