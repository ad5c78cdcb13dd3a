// Cell counts: how many incidents fall in each cell of a grid (the `count` method, and the
// observations of Gi*). A point on a cell's west or south edge belongs to that cell.
#pragma once

#include "grid.h"
#include "model/reference.h"

#include <vector>

namespace lagesbild
{

//! Counts per cell in Grid::index order; points outside the grid are skipped and, when
//! outside is given, counted there.
std::vector<double> countPointsPerCell(const Grid &grid, const std::vector<PointXY> &points, std::size_t *outside = nullptr);

//! How many points fall outside the grid (what countPointsPerCell reports, without the counts).
std::size_t countPointsOutside(const Grid &grid, const std::vector<PointXY> &points);

} // namespace lagesbild
