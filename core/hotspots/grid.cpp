#include "grid.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace lagesbild
{

namespace
{
// Beyond this a cell index does not fit a double exactly and alignment would be lost.
constexpr double maximumIndex = 1e15;

bool indexFor(double coordinate, double cellSize, bool roundUp, std::int64_t &index)
{
  const double cells = coordinate / cellSize;
  if (!std::isfinite(cells) || std::fabs(cells) > maximumIndex)
    return false;
  index = static_cast<std::int64_t>(roundUp ? std::ceil(cells) : std::floor(cells));
  return true;
}

Error coordinatesTooLarge()
{
  return makeError(ErrorCode::BadInput,
                   QCoreApplication::translate("hotspots", "The extent is not finite or too far from the origin for this cell size "
                                                           "(coordinates must be EPSG:3006 metres)."));
}
} // namespace

Result<void> checkCellSize(double cellSize)
{
  if (!std::isfinite(cellSize) || cellSize <= 0.0)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("hotspots", "The cell size must be a positive number of metres (got %1).").arg(cellSize));
  return {};
}

Result<Grid> Grid::fromIndices(double cellSize, std::int64_t column0, std::int64_t row0, std::int64_t column1, std::int64_t row1)
{
  if (column1 <= column0)
    column1 = column0 + 1;
  if (row1 <= row0)
    row1 = row0 + 1;
  const std::int64_t columns = column1 - column0;
  const std::int64_t rows = row1 - row0;
  const double cells = static_cast<double>(columns) * static_cast<double>(rows);
  if (cells > static_cast<double>(maximumCellCount))
    return makeError(ErrorCode::BadInput, QCoreApplication::translate(
                                            "hotspots", "The grid would have %1 cells (%2 columns × %3 rows); the limit is 100 million. "
                                                        "Use a larger cell size or a smaller extent.")
                                            .arg(cells, 0, 'f', 0)
                                            .arg(columns)
                                            .arg(rows));
  Grid grid;
  grid.mCellSize = cellSize;
  grid.mFirstColumn = column0;
  grid.mFirstRow = row0;
  grid.mColumns = static_cast<int>(columns);
  grid.mRows = static_cast<int>(rows);
  return grid;
}

Result<Grid> Grid::covering(const BoundingBox &extent, double cellSize)
{
  if (auto checked = checkCellSize(cellSize); !checked)
    return checked.error();
  if (!(extent.xMax >= extent.xMin) || !(extent.yMax >= extent.yMin))
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "The extent %1,%2,%3,%4 is empty or inverted "
                                                                                  "(expected XMIN,YMIN,XMAX,YMAX).")
                                            .arg(extent.xMin)
                                            .arg(extent.yMin)
                                            .arg(extent.xMax)
                                            .arg(extent.yMax));
  std::int64_t column0 = 0, row0 = 0, column1 = 0, row1 = 0;
  if (!indexFor(extent.xMin, cellSize, false, column0) || !indexFor(extent.yMin, cellSize, false, row0) ||
      !indexFor(extent.xMax, cellSize, true, column1) || !indexFor(extent.yMax, cellSize, true, row1))
    return coordinatesTooLarge();
  return fromIndices(cellSize, column0, row0, column1, row1);
}

Result<Grid> Grid::aroundPoints(const std::vector<PointXY> &points, double cellSize, double margin)
{
  if (auto checked = checkCellSize(cellSize); !checked)
    return checked.error();
  if (points.empty())
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("hotspots", "No incidents match the selection; there is nothing to map."));
  if (!std::isfinite(margin) || margin < 0.0)
    margin = 0.0;
  BoundingBox box{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
                  -std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
  for (const PointXY &point : points)
  {
    box.xMin = std::min(box.xMin, point.x);
    box.yMin = std::min(box.yMin, point.y);
    box.xMax = std::max(box.xMax, point.x);
    box.yMax = std::max(box.yMax, point.y);
  }
  std::int64_t column0 = 0, row0 = 0, column1 = 0, row1 = 0;
  // The cell holding the max coordinate is included: its index is floor(max / c), so the end is one past it.
  if (!indexFor(box.xMin - margin, cellSize, false, column0) || !indexFor(box.yMin - margin, cellSize, false, row0) ||
      !indexFor(box.xMax + margin, cellSize, false, column1) || !indexFor(box.yMax + margin, cellSize, false, row1))
    return coordinatesTooLarge();
  return fromIndices(cellSize, column0, row0, column1 + 1, row1 + 1);
}

bool Grid::cellOf(const PointXY &point, int &column, int &row) const
{
  const double cx = std::floor(point.x / mCellSize) - static_cast<double>(mFirstColumn);
  const double cy = std::floor(point.y / mCellSize) - static_cast<double>(mFirstRow);
  if (!(cx >= 0.0 && cx < mColumns && cy >= 0.0 && cy < mRows))
    return false;
  column = static_cast<int>(cx);
  row = static_cast<int>(cy);
  return true;
}

} // namespace lagesbild
