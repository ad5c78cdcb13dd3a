#include "heatmaptask.h"

#include <cmath>

namespace lagesbild
{

HeatmapTask::HeatmapTask(std::shared_ptr<const PointDensityIndex> index, Grid grid, KernelDensityOptions options)
  : QgsTask(tr("Heat map"), QgsTask::CanCancel | QgsTask::CancelWithoutPrompt), mIndex(std::move(index)), mGrid(grid), mOptions(options),
    mFeedback([this](double percent) { setProgress(percent); })
{
}

void HeatmapTask::cellCentres(const PointDensityIndex &index, const Grid &grid, double radius, std::vector<PointXY> &centres,
                              std::vector<double> &weights)
{
  centres.clear();
  weights.clear();
  if (grid.isEmpty())
    return;
  // The grid's cells and a margin of whole cells as wide as the radius: a point further out
  // reaches no cell centre.
  const double cell = grid.cellSize();
  const int margin = static_cast<int>(std::ceil(radius / cell));
  const int columns = grid.columns() + 2 * margin;
  const int rows = grid.rows() + 2 * margin;
  const double left = grid.xMin() - margin * cell;
  const double top = grid.yMax() + margin * cell;
  const std::vector<std::uint32_t> counts =
    index.countPerCell(BoundingBox{left, grid.yMin() - margin * cell, grid.xMax() + margin * cell, top}, columns, rows);
  for (int row = 0; row < rows; ++row)
    for (int column = 0; column < columns; ++column)
    {
      const std::uint32_t count =
        counts[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) + static_cast<std::size_t>(column)];
      if (count == 0)
        continue;
      centres.push_back(PointXY{left + (column + 0.5) * cell, top - (row + 0.5) * cell});
      weights.push_back(static_cast<double>(count));
    }
}

bool HeatmapTask::run()
{
  std::vector<PointXY> centres;
  std::vector<double> weights;
  cellCentres(*mIndex, mGrid, mOptions.radius, centres, weights);
  if (isCanceled())
    return false;
  const KernelDensity density(mOptions);
  auto result = density.compute(mGrid, centres, weights, &mFeedback);
  if (!result)
  {
    mError = result.error().toString();
    return false;
  }
  mValues = std::move(result).value();
  return !isCanceled();
}

void HeatmapTask::cancel()
{
  mFeedback.cancel();
  QgsTask::cancel();
}

} // namespace lagesbild
