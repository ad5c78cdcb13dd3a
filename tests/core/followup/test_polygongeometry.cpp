// PolygonGeometry: point in polygon with holes, on-edge points, concave rings, distances, bounds.
// Reference: hand-placed points, and for a square with a square hole, the plain inequalities.
#include "followup/evaluationzones.h"
#include "followup/polygongeometry.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

using namespace lagesbild;

namespace
{
Ring square(double xMin, double yMin, double xMax, double yMax, bool closed = true)
{
  Ring ring{{xMin, yMin}, {xMax, yMin}, {xMax, yMax}, {xMin, yMax}};
  if (closed)
    ring.push_back(ring.front());
  return ring;
}
} // namespace

TEST_CASE("A square with a square hole contains exactly the frame", "[followup]")
{
  // Outer 0..100, hole 40..60 (the hole ring runs clockwise, as GeoPackage holes usually do).
  Ring hole = square(40, 40, 60, 60);
  std::reverse(hole.begin(), hole.end());
  const std::vector<Ring> rings{square(0, 0, 100, 100), hole};

  CHECK(PolygonGeometry::polygonContains(rings, {10, 10}));
  CHECK(PolygonGeometry::polygonContains(rings, {50, 20}));
  CHECK_FALSE(PolygonGeometry::polygonContains(rings, {50, 50}));  // in the hole
  CHECK_FALSE(PolygonGeometry::polygonContains(rings, {150, 50})); // outside
  CHECK_FALSE(PolygonGeometry::polygonContains(rings, {-0.01, 50}));
  // Closed set: the outer edge, a vertex and the hole's edge are inside.
  CHECK(PolygonGeometry::polygonContains(rings, {0, 50}));
  CHECK(PolygonGeometry::polygonContains(rings, {100, 100}));
  CHECK(PolygonGeometry::polygonContains(rings, {40, 50}));
  CHECK(PolygonGeometry::polygonContains(rings, {60, 60}));
  // A ray through the hole's vertices (y = 40 and y = 60) must not flip the answer twice.
  CHECK(PolygonGeometry::polygonContains(rings, {20, 40}));
  CHECK(PolygonGeometry::polygonContains(rings, {20, 60}));
  CHECK_FALSE(PolygonGeometry::polygonContains(rings, {50, 59.999}));

  // Independent reference: the frame is 0 ≤ x,y ≤ 100 and not 40 < x,y < 60.
  std::mt19937 random(11);
  std::uniform_real_distribution<double> coordinate(-20.0, 120.0);
  int mismatches = 0;
  for (int i = 0; i < 20000; ++i)
  {
    const PointXY p{coordinate(random), coordinate(random)};
    const bool inOuter = p.x >= 0 && p.x <= 100 && p.y >= 0 && p.y <= 100;
    const bool inHole = p.x > 40 && p.x < 60 && p.y > 40 && p.y < 60;
    mismatches += PolygonGeometry::polygonContains(rings, p) != (inOuter && !inHole) ? 1 : 0;
  }
  CHECK(mismatches == 0);
}

TEST_CASE("A concave ring, open or closed, and a multipolygon", "[followup]")
{
  // A U shape: the notch 40..60 × 30..100 is outside.
  const Ring u{{0, 0}, {100, 0}, {100, 100}, {60, 100}, {60, 30}, {40, 30}, {40, 100}, {0, 100}};
  Ring uClosed = u;
  uClosed.push_back(u.front());
  for (const Ring &ring : {u, uClosed})
  {
    CHECK(PolygonGeometry::ringContains(ring, {20, 80}));
    CHECK(PolygonGeometry::ringContains(ring, {80, 80}));
    CHECK(PolygonGeometry::ringContains(ring, {50, 10}));
    CHECK_FALSE(PolygonGeometry::ringContains(ring, {50, 80})); // in the notch
    CHECK(PolygonGeometry::ringContains(ring, {50, 30}));       // on the notch's floor
    // A horizontal ray from (20, 100) runs along the top edges: on the boundary, so inside.
    CHECK(PolygonGeometry::ringContains(ring, {20, 100}));
    CHECK_FALSE(PolygonGeometry::ringContains(ring, {50, 100}));
  }
  CHECK_FALSE(PolygonGeometry::ringContains(Ring{{0, 0}, {1, 1}}, {0.5, 0.5})); // degenerate

  const std::vector<std::vector<Ring>> two{{square(0, 0, 10, 10)}, {square(20, 0, 30, 10, false)}};
  CHECK(PolygonGeometry::multiPolygonContains(two, {5, 5}));
  CHECK(PolygonGeometry::multiPolygonContains(two, {25, 5}));
  CHECK_FALSE(PolygonGeometry::multiPolygonContains(two, {15, 5}));
  CHECK_FALSE(PolygonGeometry::multiPolygonContains({}, {5, 5}));
}

TEST_CASE("Distances to a polygon and its bounds", "[followup]")
{
  const std::vector<std::vector<Ring>> frame{{square(0, 0, 100, 100), square(40, 40, 60, 60)}};
  CHECK(PolygonGeometry::distanceTo(frame, {10, 10}) == 0.0);
  CHECK(PolygonGeometry::distanceTo(frame, {130, 50}) == Approx(30.0));
  CHECK(PolygonGeometry::distanceTo(frame, {103, 104}) == Approx(5.0)); // to the corner: 3-4-5
  CHECK(PolygonGeometry::distanceTo(frame, {50, 52}) == Approx(8.0));   // in the hole, 8 m from its top edge
  CHECK(PolygonGeometry::distanceToBoundary(frame, {10, 20}) == Approx(10.0));
  CHECK(PolygonGeometry::distanceToSegment({5, 5}, {0, 0}, {0, 0}) == Approx(std::sqrt(50.0)));

  const auto box = PolygonGeometry::bounds({{square(-5, 3, 7, 9)}, {square(10, -2, 11, 4)}});
  REQUIRE(box.has_value());
  CHECK(box->xMin == -5);
  CHECK(box->yMin == -2);
  CHECK(box->xMax == 11);
  CHECK(box->yMax == 9);
  CHECK_FALSE(PolygonGeometry::bounds({}).has_value());
}

TEST_CASE("Zones of a circle: radius and buffer edges are closed", "[followup]")
{
  EvaluationZones zones = EvaluationZones::circle({1000, 2000}, 100, 200);
  CHECK(zones.classify({1000, 2000}) == EvaluationZone::Treated);
  CHECK(zones.classify({1100, 2000}) == EvaluationZone::Treated);
  CHECK(zones.classify({1000, 2100.001}) == EvaluationZone::Buffer);
  CHECK(zones.classify({700, 2000}) == EvaluationZone::Buffer);
  CHECK(zones.classify({699.9, 2000}) == EvaluationZone::Control); // no control polygon: everywhere else
  zones.setControlArea({{square(0, 0, 5000, 5000)}});
  CHECK(zones.classify({4000, 4000}) == EvaluationZone::Control);
  CHECK(zones.classify({6000, 4000}) == EvaluationZone::Outside);
  const BoundingBox box = zones.treatedAndBufferBounds();
  CHECK(box.xMin == 700);
  CHECK(box.yMin == 1700);
  CHECK(box.xMax == 1300);
  CHECK(box.yMax == 2300);
}
