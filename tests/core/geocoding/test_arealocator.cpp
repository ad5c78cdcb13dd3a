// Point-in-polygon with nested areas and holes.
#include "geocoding/arealocator.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lagesbild;
using namespace lagesbild::geocoding;

namespace
{
Area square(const char *code, double x0, double y0, double size)
{
  Area area;
  area.code = QString::fromLatin1(code);
  area.polygons = {{{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}}}};
  return area;
}
} // namespace

TEST_CASE("area locator: the smallest containing area wins", "[geocoding]")
{
  const AreaLocator locator({square("kommun", 0, 0, 1000), square("centrum", 100, 100, 100), square("torget", 120, 120, 10)});
  CHECK(locator.codeAt(500, 500) == QStringLiteral("kommun"));
  CHECK(locator.codeAt(150, 150) == QStringLiteral("centrum"));
  CHECK(locator.codeAt(125, 125) == QStringLiteral("torget"));
  CHECK(locator.codeAt(2000, 2000).isEmpty());
}

TEST_CASE("area locator: holes and many-edged boundaries", "[geocoding]")
{
  Area ring = square("ring", 0, 0, 100);
  ring.polygons.front().push_back({{40, 40}, {60, 40}, {60, 60}, {40, 60}, {40, 40}});
  // A 2,000-edge circle: every band of the index is used.
  Area circle;
  circle.code = QStringLiteral("circle");
  Ring boundary;
  for (int i = 0; i <= 2000; ++i)
    boundary.push_back({1000 + 100 * std::cos(i * 2 * M_PI / 2000), 1000 + 100 * std::sin(i * 2 * M_PI / 2000)});
  circle.polygons = {{boundary}};
  const AreaLocator locator({ring, circle});
  CHECK(locator.codeAt(10, 10) == QStringLiteral("ring"));
  CHECK(locator.codeAt(50, 50).isEmpty());
  CHECK(locator.codeAt(1000, 1099) == QStringLiteral("circle"));
  CHECK(locator.codeAt(1071, 1071).isEmpty());
  CHECK(locator.codeAt(1070, 1070) == QStringLiteral("circle"));
  const PointXY inside = locator.interiorPoint(1);
  CHECK(locator.contains(1, inside.x, inside.y));
}
