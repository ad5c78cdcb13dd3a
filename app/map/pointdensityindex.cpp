#include "pointdensityindex.h"

#include <algorithm>
#include <cmath>

namespace lagesbild
{

PointDensityIndex::PointDensityIndex(const std::vector<PointXY> &points, Detail detail)
{
  bool any = false;
  for (const PointXY &point : points)
  {
    if (std::isnan(point.x) || std::isnan(point.y))
      continue;
    if (!any)
      mExtent = BoundingBox{point.x, point.y, point.x, point.y};
    any = true;
    mExtent.xMin = std::min(mExtent.xMin, point.x);
    mExtent.yMin = std::min(mExtent.yMin, point.y);
    mExtent.xMax = std::max(mExtent.xMax, point.x);
    mExtent.yMax = std::max(mExtent.yMax, point.y);
  }
  if (!any)
    return;
  // Square buckets; a point on the far edge falls in the last one.
  const double side = std::max({mExtent.xMax - mExtent.xMin, mExtent.yMax - mExtent.yMin, 1.0});
  mBucketSize = side / kBucketsPerSide;
  mColumns = std::max(1, static_cast<int>(std::ceil((mExtent.xMax - mExtent.xMin) / mBucketSize)));
  mRows = std::max(1, static_cast<int>(std::ceil((mExtent.yMax - mExtent.yMin) / mBucketSize)));
  if (detail == Detail::Positions)
    sortPositions(points);
  else
    countBuckets(points);
  sumCounts();
}

void PointDensityIndex::countBuckets(const std::vector<PointXY> &points)
{
  // One pass and no positions kept: a tenth of the work of sortPositions.
  const std::size_t buckets = static_cast<std::size_t>(mColumns) * static_cast<std::size_t>(mRows);
  mBucketStart.assign(buckets + 1, 0);
  for (const PointXY &point : points)
  {
    if (std::isnan(point.x) || std::isnan(point.y))
      continue;
    const int column =
      std::min(mColumns - 1, static_cast<int>(static_cast<double>(static_cast<float>(point.x - mExtent.xMin)) / mBucketSize));
    const int row = std::min(mRows - 1, static_cast<int>(static_cast<double>(static_cast<float>(point.y - mExtent.yMin)) / mBucketSize));
    ++mBucketStart[static_cast<std::size_t>(row) * static_cast<std::size_t>(mColumns) + static_cast<std::size_t>(column) + 1];
  }
  for (std::size_t b = 0; b < buckets; ++b)
    mBucketStart[b + 1] += mBucketStart[b];
  mSize = mBucketStart.back();
}

void PointDensityIndex::sortPositions(const std::vector<PointXY> &points)
{
  // A counting sort by bucket in two passes, by grid row and then by column within each row:
  // each pass writes through a few hundred cursors that stay in the CPU's caches, where one pass
  // over all buckets would scatter millions of points over a quarter of a million cursors. The
  // buckets are computed again rather than stored, and the arrays are not zeroed first: fresh
  // memory costs more to touch than the arithmetic.
  // From the stored offsets, so a point's bucket agrees with the offsets the queries compare.
  const auto offset = [](double value, double origin) { return static_cast<float>(value - origin); };
  const auto columnOf = [this](float x) { return std::min(mColumns - 1, static_cast<int>(static_cast<double>(x) / mBucketSize)); };
  const auto rowOf = [this](float y) { return std::min(mRows - 1, static_cast<int>(static_cast<double>(y) / mBucketSize)); };
  const std::size_t buckets = static_cast<std::size_t>(mColumns) * static_cast<std::size_t>(mRows);
  std::vector<std::uint32_t> rowStart(static_cast<std::size_t>(mRows) + 1, 0);
  for (const PointXY &point : points)
    if (!std::isnan(point.x) && !std::isnan(point.y))
      ++rowStart[static_cast<std::size_t>(rowOf(offset(point.y, mExtent.yMin))) + 1];
  for (int row = 0; row < mRows; ++row)
    rowStart[static_cast<std::size_t>(row) + 1] += rowStart[static_cast<std::size_t>(row)];
  mSize = rowStart.back();
  mX.reset(new float[mSize]);
  mY.reset(new float[mSize]);
  std::uint32_t largestRow = 0;
  {
    std::vector<std::uint32_t> next(rowStart.begin(), rowStart.end() - 1);
    for (const PointXY &point : points)
    {
      if (std::isnan(point.x) || std::isnan(point.y))
        continue;
      const float y = offset(point.y, mExtent.yMin);
      const std::uint32_t at = next[static_cast<std::size_t>(rowOf(y))]++;
      mX[at] = offset(point.x, mExtent.xMin);
      mY[at] = y;
    }
    for (int row = 0; row < mRows; ++row)
      largestRow = std::max(largestRow, rowStart[static_cast<std::size_t>(row) + 1] - rowStart[static_cast<std::size_t>(row)]);
  }
  mBucketStart.assign(buckets + 1, 0);
  std::vector<float> rowX(largestRow);
  std::vector<float> rowY(largestRow);
  std::vector<std::uint32_t> next(static_cast<std::size_t>(mColumns));
  for (int row = 0; row < mRows; ++row)
  {
    const std::uint32_t from = rowStart[static_cast<std::size_t>(row)];
    const std::uint32_t to = rowStart[static_cast<std::size_t>(row) + 1];
    std::copy(mX.get() + from, mX.get() + to, rowX.begin());
    std::copy(mY.get() + from, mY.get() + to, rowY.begin());
    std::uint32_t *starts = mBucketStart.data() + static_cast<std::size_t>(row) * static_cast<std::size_t>(mColumns);
    for (std::uint32_t k = 0; k < to - from; ++k)
      ++starts[columnOf(rowX[k]) + 1];
    starts[0] = from;
    for (int column = 0; column < mColumns; ++column)
    {
      starts[column + 1] += starts[column];
      next[static_cast<std::size_t>(column)] = starts[column];
    }
    for (std::uint32_t k = 0; k < to - from; ++k)
    {
      const std::uint32_t at = next[static_cast<std::size_t>(columnOf(rowX[k]))]++;
      mX[at] = rowX[k];
      mY[at] = rowY[k];
    }
  }
}

void PointDensityIndex::sumCounts()
{
  mSummed.assign(static_cast<std::size_t>(mColumns + 1) * static_cast<std::size_t>(mRows + 1), 0);
  const auto summed = [this](int column, int row) -> std::uint64_t &
  { return mSummed[static_cast<std::size_t>(row) * static_cast<std::size_t>(mColumns + 1) + static_cast<std::size_t>(column)]; };
  for (int row = 0; row < mRows; ++row)
    for (int column = 0; column < mColumns; ++column)
    {
      const std::size_t b = static_cast<std::size_t>(row) * static_cast<std::size_t>(mColumns) + static_cast<std::size_t>(column);
      summed(column + 1, row + 1) =
        (mBucketStart[b + 1] - mBucketStart[b]) + summed(column, row + 1) + summed(column + 1, row) - summed(column, row);
    }
}

bool PointDensityIndex::bucketRange(double from, double to, double origin, int buckets, int &first, int &last) const
{
  const double low = std::floor((from - origin) / mBucketSize);
  const double high = std::floor((to - origin) / mBucketSize);
  if (!(high >= 0.0 && low <= buckets - 1.0))
    return false; // also NaN
  first = static_cast<int>(std::max(0.0, low));
  last = static_cast<int>(std::min(buckets - 1.0, high));
  return true;
}

std::size_t PointDensityIndex::countNear(const BoundingBox &box) const
{
  int firstColumn = 0;
  int lastColumn = 0;
  int firstRow = 0;
  int lastRow = 0;
  if (mSize == 0 || !bucketRange(box.xMin, box.xMax, mExtent.xMin, mColumns, firstColumn, lastColumn) ||
      !bucketRange(box.yMin, box.yMax, mExtent.yMin, mRows, firstRow, lastRow))
    return 0;
  const auto summed = [this](int column, int row)
  { return mSummed[static_cast<std::size_t>(row) * static_cast<std::size_t>(mColumns + 1) + static_cast<std::size_t>(column)]; };
  return static_cast<std::size_t>(summed(lastColumn + 1, lastRow + 1) - summed(firstColumn, lastRow + 1) -
                                  summed(lastColumn + 1, firstRow) + summed(firstColumn, firstRow));
}

std::vector<std::uint32_t> PointDensityIndex::countPerCell(const BoundingBox &box, int columns, int rows) const
{
  std::vector<std::uint32_t> cells(static_cast<std::size_t>(std::max(0, columns)) * static_cast<std::size_t>(std::max(0, rows)), 0);
  int firstColumn = 0;
  int lastColumn = 0;
  int firstRow = 0;
  int lastRow = 0;
  if (cells.empty() || !(box.xMax > box.xMin && box.yMax > box.yMin) ||
      !bucketRange(box.xMin, box.xMax, mExtent.xMin, mColumns, firstColumn, lastColumn) ||
      !bucketRange(box.yMin, box.yMax, mExtent.yMin, mRows, firstRow, lastRow))
    return cells;
  // In the index's offsets, so each point costs two subtractions and two multiplications.
  const double left = box.xMin - mExtent.xMin;
  const double right = box.xMax - mExtent.xMin;
  const double bottom = box.yMin - mExtent.yMin;
  const double top = box.yMax - mExtent.yMin;
  const double columnsPerMetre = columns / (right - left);
  const double rowsPerMetre = rows / (top - bottom);
  if (!hasPositions())
  {
    // Counts only: each bucket's incidents in the cell of its centre (buckets are smaller than
    // the cells of an overview; zoomed in, the bucket shows as a block until positions are read).
    for (int row = firstRow; row <= lastRow; ++row)
      for (int column = firstColumn; column <= lastColumn; ++column)
      {
        const std::size_t b = static_cast<std::size_t>(row) * static_cast<std::size_t>(mColumns) + static_cast<std::size_t>(column);
        const std::uint32_t count = mBucketStart[b + 1] - mBucketStart[b];
        const double x = (column + 0.5) * mBucketSize;
        const double y = (row + 0.5) * mBucketSize;
        if (count == 0 || x < left || x > right || y < bottom || y > top)
          continue;
        const int cellColumn = std::min(columns - 1, static_cast<int>((x - left) * columnsPerMetre));
        const int cellRow = std::min(rows - 1, static_cast<int>((top - y) * rowsPerMetre));
        cells[static_cast<std::size_t>(cellRow) * static_cast<std::size_t>(columns) + static_cast<std::size_t>(cellColumn)] += count;
      }
    return cells;
  }
  for (int row = firstRow; row <= lastRow; ++row)
  {
    const std::size_t rowStart = static_cast<std::size_t>(row) * static_cast<std::size_t>(mColumns);
    // The buckets of one grid row are contiguous: one run of points.
    const std::uint32_t from = mBucketStart[rowStart + static_cast<std::size_t>(firstColumn)];
    const std::uint32_t to = mBucketStart[rowStart + static_cast<std::size_t>(lastColumn) + 1];
    for (std::uint32_t k = from; k < to; ++k)
    {
      const double x = mX[k];
      const double y = mY[k];
      if (x < left || x > right || y < bottom || y > top)
        continue;
      const int column = std::min(columns - 1, static_cast<int>((x - left) * columnsPerMetre));
      const int cellRow = std::min(rows - 1, static_cast<int>((top - y) * rowsPerMetre));
      ++cells[static_cast<std::size_t>(cellRow) * static_cast<std::size_t>(columns) + static_cast<std::size_t>(column)];
    }
  }
  return cells;
}

} // namespace lagesbild
