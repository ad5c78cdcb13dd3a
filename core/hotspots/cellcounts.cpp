#include "cellcounts.h"

namespace lagesbild
{

std::vector<double> countPointsPerCell(const Grid &grid, const std::vector<PointXY> &points, std::size_t *outside)
{
  std::vector<double> counts(grid.cellCount(), 0.0);
  std::size_t missed = 0;
  for (const PointXY &point : points)
  {
    int column = 0, row = 0;
    if (grid.cellOf(point, column, row))
      counts[grid.index(column, row)] += 1.0;
    else
      ++missed;
  }
  if (outside)
    *outside = missed;
  return counts;
}

std::size_t countPointsOutside(const Grid &grid, const std::vector<PointXY> &points)
{
  std::size_t missed = 0;
  for (const PointXY &point : points)
  {
    int column = 0, row = 0;
    if (!grid.cellOf(point, column, row))
      ++missed;
  }
  return missed;
}

} // namespace lagesbild
