#include "heatmaptask.h"

namespace lagesbild
{

HeatmapTask::HeatmapTask(std::shared_ptr<const std::vector<PointXY>> points, Grid grid, KernelDensityOptions options)
  : QgsTask(tr("Heat map"), QgsTask::CanCancel | QgsTask::CancelWithoutPrompt), mPoints(std::move(points)), mGrid(grid), mOptions(options),
    mFeedback([this](double percent) { setProgress(percent); })
{
}

bool HeatmapTask::run()
{
  const KernelDensity density(mOptions);
  auto result = density.compute(mGrid, *mPoints, {}, &mFeedback);
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
