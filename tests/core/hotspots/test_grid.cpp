#include "hotspots/cellcounts.h"
#include "hotspots/grid.h"

#include <catch2/catch.hpp>

using namespace lagesbild;

TEST_CASE("grid cells are aligned to multiples of the cell size", "[hotspots]")
{
  const auto grid = Grid::covering(BoundingBox{500012.0, 6500003.0, 500101.0, 6500050.0}, 25.0);
  REQUIRE(grid.ok());
  CHECK(grid->xMin() == 500000.0);
  CHECK(grid->yMin() == 6500000.0);
  CHECK(grid->xMax() == 500125.0);
  CHECK(grid->yMax() == 6500050.0);
  CHECK(grid->columns() == 5);
  CHECK(grid->rows() == 2);
  CHECK(grid->firstColumn() == 20000);
  CHECK(grid->firstRow() == 260000);
  // centre of cell (i, j) is ((i + 0.5)·c, (j + 0.5)·c) in global indices
  CHECK(grid->centreX(0) == 500012.5);
  CHECK(grid->centreY(1) == 6500037.5);
  CHECK(grid->centreX(4) == (20004 + 0.5) * 25.0);
}

TEST_CASE("two grids with the same cell size line up", "[hotspots]")
{
  const auto a = Grid::covering(BoundingBox{1003.0, 2001.0, 1400.0, 2300.0}, 50.0);
  const auto b = Grid::covering(BoundingBox{1207.0, 2222.0, 1900.0, 2900.0}, 50.0);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(std::fmod(a->xMin(), 50.0) == 0.0);
  CHECK(std::fmod(b->xMin(), 50.0) == 0.0);
  CHECK(std::fmod(b->centreX(3) - a->centreX(0), 50.0) == 0.0);
}

TEST_CASE("grid around points holds every point and the margin", "[hotspots]")
{
  const std::vector<PointXY> points = {{1010.0, 2020.0}, {1090.0, 2020.0}, {1100.0, 2100.0}};
  const auto grid = Grid::aroundPoints(points, 10.0, 25.0);
  REQUIRE(grid.ok());
  CHECK(grid->xMin() == 980.0); // floor((1010 − 25) / 10) · 10
  CHECK(grid->yMin() == 1990.0);
  CHECK(grid->xMax() == 1130.0); // the cell holding 1125 ends at 1130
  CHECK(grid->yMax() == 2130.0);
  std::size_t outside = 99;
  const std::vector<double> counts = countPointsPerCell(*grid, points, &outside);
  CHECK(outside == 0);
  double total = 0.0;
  for (double count : counts)
    total += count;
  CHECK(total == 3.0);
  int column = 0, row = 0;
  REQUIRE(grid->cellOf({1010.0, 2020.0}, column, row)); // on the west/south edges: that cell
  CHECK(grid->xMin() + column * 10.0 == 1010.0);
  CHECK(grid->yMin() + row * 10.0 == 2020.0);
  CHECK(counts[grid->index(column, row)] == 1.0);
}

TEST_CASE("a single point gets a one-cell grid", "[hotspots]")
{
  const auto grid = Grid::aroundPoints({{505.0, 505.0}}, 50.0, 0.0);
  REQUIRE(grid.ok());
  CHECK(grid->cellCount() == 1);
  CHECK(grid->centreX(0) == 525.0);
}

TEST_CASE("grids refuse bad cell sizes and more than 100 million cells", "[hotspots]")
{
  const BoundingBox extent{400000.0, 6200000.0, 900000.0, 7700000.0};
  for (double cell : {0.0, -10.0, std::nan("")})
  {
    const auto grid = Grid::covering(extent, cell);
    REQUIRE_FALSE(grid.ok());
    CHECK(grid.error().code == ErrorCode::BadInput);
    CHECK(grid.error().message.contains(QStringLiteral("cell size")));
  }
  const auto huge = Grid::covering(extent, 10.0); // 50 000 × 150 000 cells
  REQUIRE_FALSE(huge.ok());
  CHECK(huge.error().code == ErrorCode::BadInput);
  CHECK(huge.error().message.contains(QStringLiteral("100 million")));
  CHECK(Grid::covering(extent, 100.0).ok()); // 5 000 × 15 000 = 75 million
  const auto inverted = Grid::covering(BoundingBox{10.0, 10.0, 0.0, 20.0}, 1.0);
  REQUIRE_FALSE(inverted.ok());
  CHECK(inverted.error().message.contains(QStringLiteral("inverted")));
  const auto none = Grid::aroundPoints({}, 10.0, 0.0);
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().message.contains(QStringLiteral("No incidents")));
}
