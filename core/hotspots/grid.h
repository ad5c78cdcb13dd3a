// Grid: the cell grid every hot-spot method works on. Cells are aligned to multiples of the cell
// size in EPSG:3006 (cell (i, j) covers [i·c, (i+1)·c) × [j·c, (j+1)·c), its centre is at
// ((i+0.5)·c, (j+0.5)·c)), so two grids with the same cell size always line up. Local column and
// row indices start at the grid's south-west cell; rows run from south to north.
#pragma once

#include "common/result.h"
#include "model/incidentfilter.h"
#include "model/reference.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lagesbild
{

class Grid
{
  public:
    //! A grid may not have more cells than this (memory and time stay bounded).
    static constexpr std::int64_t maximumCellCount = 100'000'000;

    Grid() = default;

    //! The smallest aligned grid covering the extent (snapped outwards to multiples of cellSize).
    static Result<Grid> covering(const BoundingBox &extent, double cellSize);
    //! The aligned grid holding every point's cell, grown by margin metres on each side.
    static Result<Grid> aroundPoints(const std::vector<PointXY> &points, double cellSize, double margin);

    double cellSize() const { return mCellSize; }
    //! Global index of the westmost column (xMin / cellSize).
    std::int64_t firstColumn() const { return mFirstColumn; }
    //! Global index of the southmost row (yMin / cellSize).
    std::int64_t firstRow() const { return mFirstRow; }
    int columns() const { return mColumns; }
    int rows() const { return mRows; }
    std::size_t cellCount() const { return static_cast<std::size_t>(mColumns) * static_cast<std::size_t>(mRows); }
    bool isEmpty() const { return cellCount() == 0; }

    double xMin() const { return static_cast<double>(mFirstColumn) * mCellSize; }
    double yMin() const { return static_cast<double>(mFirstRow) * mCellSize; }
    double xMax() const { return static_cast<double>(mFirstColumn + mColumns) * mCellSize; }
    double yMax() const { return static_cast<double>(mFirstRow + mRows) * mCellSize; }

    //! x of the centre of a local column: (firstColumn + column + 0.5) · cellSize.
    double centreX(int column) const { return (static_cast<double>(mFirstColumn + column) + 0.5) * mCellSize; }
    //! y of the centre of a local row: (firstRow + row + 0.5) · cellSize.
    double centreY(int row) const { return (static_cast<double>(mFirstRow + row) + 0.5) * mCellSize; }

    //! Index of a cell in row-major order (rows from south).
    std::size_t index(int column, int row) const
    {
      return static_cast<std::size_t>(row) * static_cast<std::size_t>(mColumns) + static_cast<std::size_t>(column);
    }
    //! Local column and row of the cell holding the point; false when it lies outside the grid.
    bool cellOf(const PointXY &point, int &column, int &row) const;

    bool operator==(const Grid &other) const
    {
      return mCellSize == other.mCellSize && mFirstColumn == other.mFirstColumn && mFirstRow == other.mFirstRow &&
             mColumns == other.mColumns && mRows == other.mRows;
    }
    bool operator!=(const Grid &other) const { return !(*this == other); }

  private:
    static Result<Grid> fromIndices(double cellSize, std::int64_t column0, std::int64_t row0, std::int64_t column1, std::int64_t row1);

    double mCellSize = 0.0;
    std::int64_t mFirstColumn = 0;
    std::int64_t mFirstRow = 0;
    int mColumns = 0;
    int mRows = 0;
};

//! Checks a cell size (finite, > 0); the error names the option.
Result<void> checkCellSize(double cellSize);

} // namespace lagesbild
