#include "closepairs.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lagesbild
{
namespace
{
//! Cells per axis above which the cell keys would not fit comfortably in 64 bits.
constexpr double kMaximumCellsPerAxis = 1.0e9;
constexpr double kCellMargin = 1.0e-9;

struct Cell
{
    std::int64_t key = 0;
    std::uint32_t begin = 0; //!< range in the cell-sorted order
    std::uint32_t end = 0;
};
} // namespace

double ClosePairs::distance(const PointXY &a, const PointXY &b, KnoxDistance distance)
{
  const double dx = a.x - b.x;
  const double dy = a.y - b.y;
  if (distance == KnoxDistance::Manhattan)
    return std::fabs(dx) + std::fabs(dy);
  const double squared = dx * dx + dy * dy;
  return std::sqrt(squared);
}

Result<std::vector<PointPair>> ClosePairs::within(const std::vector<PointXY> &points, double limit, KnoxDistance distanceKind)
{
  std::vector<PointPair> pairs;
  if (points.size() < 2)
    return pairs;
  if (!(limit > 0.0) || !std::isfinite(limit))
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("ClosePairs", "The distance limit must be a positive number"));

  double minX = points.front().x;
  double minY = points.front().y;
  double maxX = minX;
  double maxY = minY;
  for (const PointXY &point : points)
  {
    if (!std::isfinite(point.x) || !std::isfinite(point.y))
      return makeError(ErrorCode::BadInput, QCoreApplication::translate("ClosePairs", "A point has no valid coordinates"));
    minX = std::min(minX, point.x);
    minY = std::min(minY, point.y);
    maxX = std::max(maxX, point.x);
    maxY = std::max(maxY, point.y);
  }
  // Cells a hair wider than the limit: rounding in the divisions never puts a close pair two cells apart.
  const double cellSize = limit * (1.0 + kCellMargin);
  const double columns = std::floor((maxX - minX) / cellSize) + 1.0;
  const double rows = std::floor((maxY - minY) / cellSize) + 1.0;
  if (columns > kMaximumCellsPerAxis || rows > kMaximumCellsPerAxis)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("ClosePairs", "The distance limit is too small for the extent of the points"));
  // One spare column on either side: the neighbour (column − 1, row + 1) never wraps.
  const auto stride = static_cast<std::int64_t>(columns) + 2;
  auto keyOf = [&](const PointXY &point)
  {
    const auto column = static_cast<std::int64_t>(std::floor((point.x - minX) / cellSize)) + 1;
    const auto row = static_cast<std::int64_t>(std::floor((point.y - minY) / cellSize));
    return row * stride + column;
  };

  const auto n = static_cast<std::uint32_t>(points.size());
  std::vector<std::int64_t> keys(n);
  for (std::uint32_t i = 0; i < n; ++i)
    keys[i] = keyOf(points[i]);
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0U);
  std::sort(order.begin(), order.end(),
            [&keys](std::uint32_t l, std::uint32_t r) { return keys[l] != keys[r] ? keys[l] < keys[r] : l < r; });

  std::vector<Cell> cells;
  for (std::uint32_t position = 0; position < n; ++position)
  {
    const std::int64_t key = keys[order[position]];
    if (cells.empty() || cells.back().key != key)
      cells.push_back({key, position, position});
    cells.back().end = position + 1;
  }
  // Sorted copies of the coordinates, so the inner loops read memory in order.
  std::vector<PointXY> sorted(n);
  for (std::uint32_t position = 0; position < n; ++position)
    sorted[position] = points[order[position]];

  auto addPair = [&](std::uint32_t p, std::uint32_t q)
  {
    const double d = distance(sorted[p], sorted[q], distanceKind);
    if (d < limit)
    {
      const std::uint32_t a = order[p];
      const std::uint32_t b = order[q];
      pairs.push_back({std::min(a, b), std::max(a, b), d});
    }
  };
  auto findCell = [&cells](std::int64_t key) -> const Cell *
  {
    const auto it = std::lower_bound(cells.begin(), cells.end(), key, [](const Cell &cell, std::int64_t k) { return cell.key < k; });
    return it != cells.end() && it->key == key ? &*it : nullptr;
  };

  const std::int64_t forward[] = {1, stride - 1, stride, stride + 1};
  for (const Cell &cell : cells)
  {
    for (std::uint32_t p = cell.begin; p < cell.end; ++p)
      for (std::uint32_t q = p + 1; q < cell.end; ++q)
        addPair(p, q);
    for (const std::int64_t offset : forward)
    {
      const Cell *other = findCell(cell.key + offset);
      if (!other)
        continue;
      for (std::uint32_t p = cell.begin; p < cell.end; ++p)
        for (std::uint32_t q = other->begin; q < other->end; ++q)
          addPair(p, q);
    }
  }
  return pairs;
}

} // namespace lagesbild
