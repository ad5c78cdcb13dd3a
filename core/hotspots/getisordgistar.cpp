#include "getisordgistar.h"

#include "falsediscoveryrate.h"
#include "kerneldensity.h"

#include <QCoreApplication>

#include <cmath>
#include <numbers>

namespace lagesbild
{

GetisOrdGiStar::GetisOrdGiStar(double distance) : mDistance(distance) {}

std::vector<int> GetisOrdGiStar::bandHalfWidths(double distanceInCells)
{
  const double limit = distanceInCells * distanceInCells * (1.0 + 1e-9);
  std::vector<int> halfWidths;
  for (long long dy = 0; static_cast<double>(dy * dy) <= limit; ++dy)
  {
    long long h = static_cast<long long>(std::floor(std::sqrt(std::max(0.0, limit - static_cast<double>(dy * dy)))));
    while (static_cast<double>(h * h + dy * dy) > limit)
      --h;
    while (static_cast<double>((h + 1) * (h + 1) + dy * dy) <= limit)
      ++h;
    halfWidths.push_back(static_cast<int>(h));
  }
  return halfWidths;
}

Result<GiStarResult> GetisOrdGiStar::compute(const Grid &grid, const std::vector<double> &values, Feedback *feedback) const
{
  if (auto checked = checkPositiveDistance(mDistance, QCoreApplication::translate("hotspots", "Gi* distance")); !checked)
    return checked.error();
  if (values.size() != grid.cellCount() || grid.isEmpty())
    return makeError(
      ErrorCode::BadInput,
      QCoreApplication::translate("hotspots", "There are %1 cell values for a grid of %2 cells.").arg(values.size()).arg(grid.cellCount()));
  const double distanceInCells = mDistance / grid.cellSize();
  if (distanceInCells > std::max(grid.columns(), grid.rows()) * 2.0 + 2.0)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate(
                                            "hotspots", "The Gi* distance (%1 m) spans the whole grid; every cell would be every cell's "
                                                        "neighbour. Use a smaller distance.")
                                            .arg(mDistance));
  const std::vector<int> halfWidths = bandHalfWidths(distanceInCells);
  const int band = static_cast<int>(halfWidths.size()) - 1;
  const int columns = grid.columns();
  const int rows = grid.rows();
  const double n = static_cast<double>(grid.cellCount());

  // Row prefix sums: prefix[row][c] = Σ values[row][0..c).
  std::vector<long double> prefix(static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns + 1));
  long double total = 0;
  for (int row = 0; row < rows; ++row)
  {
    long double *line = prefix.data() + static_cast<std::size_t>(row) * static_cast<std::size_t>(columns + 1);
    line[0] = 0;
    for (int column = 0; column < columns; ++column)
    {
      const double value = values[grid.index(column, row)];
      if (!std::isfinite(value))
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("hotspots", "Cell %1,%2 has no finite value.").arg(column).arg(row));
      line[column + 1] = line[column] + value;
    }
    total += line[columns];
  }
  const long double mean = total / n;
  long double squares = 0;
  for (double value : values)
    squares += (value - mean) * (value - mean);
  const long double variance = squares / n; // spdep: sum(scale(x, scale = FALSE)^2) / n

  GiStarResult result;
  result.z.assign(grid.cellCount(), 0.0);
  result.p.assign(grid.cellCount(), 1.0);
  result.neighbours.assign(grid.cellCount(), 0);
  for (int row = 0; row < rows; ++row)
  {
    if (feedback && row % 64 == 0)
    {
      if (feedback->isCancelled())
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("hotspots", "The Gi* analysis was cancelled."));
      feedback->setProgress(90.0 * row / rows);
    }
    for (int column = 0; column < columns; ++column)
    {
      long double lag = 0;
      long long weights = 0;
      for (int dy = -band; dy <= band; ++dy)
      {
        const int other = row + dy;
        if (other < 0 || other >= rows)
          continue;
        const int h = halfWidths[static_cast<std::size_t>(std::abs(dy))];
        const int from = std::max(0, column - h);
        const int to = std::min(columns, column + h + 1);
        const long double *line = prefix.data() + static_cast<std::size_t>(other) * static_cast<std::size_t>(columns + 1);
        lag += line[to] - line[from];
        weights += to - from;
      }
      const std::size_t at = grid.index(column, row);
      result.neighbours[at] = static_cast<int>(weights);
      const long double w = static_cast<long double>(weights);
      const long double varianceOfSum = variance * (n * w - w * w) / (n - 1.0); // S1_i = W_i
      if (!(varianceOfSum > 0))
        continue; // z undefined: keep 0, p 1
      const long double z = (lag - mean * w) / std::sqrt(varianceOfSum);
      result.z[at] = static_cast<double>(z);
      result.p[at] = std::erfc(std::fabs(result.z[at]) / std::numbers::sqrt2);
    }
  }
  result.pFdr = benjaminiHochberg(result.p);
  result.classes.resize(grid.cellCount());
  for (std::size_t k = 0; k < grid.cellCount(); ++k)
    result.classes[k] = classifyHotspot(result.z[k], result.pFdr[k]);
  if (feedback)
    feedback->setProgress(100.0);
  return result;
}

} // namespace lagesbild
