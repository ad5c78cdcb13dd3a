#include "hotspotcomparison.h"

#include "cellcounts.h"
#include "getisordgistar.h"

#include <QCoreApplication>

namespace lagesbild
{

Result<HotspotComparison> compareHotspots(const Grid &grid, const std::vector<PointXY> &pointsA, const std::vector<PointXY> &pointsB,
                                          double distance, Feedback *feedback)
{
  if (pointsA.empty() || pointsB.empty())
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "No incidents match the selection in the %1 period; "
                                                                                  "there is nothing to compare.")
                                            .arg(pointsA.empty() ? QCoreApplication::translate("hotspots", "reference")
                                                                 : QCoreApplication::translate("hotspots", "current")));
  HotspotComparison comparison;
  comparison.grid = grid;
  comparison.countsA = countPointsPerCell(grid, pointsA);
  comparison.countsB = countPointsPerCell(grid, pointsB);
  const GetisOrdGiStar giStar(distance);
  auto a = giStar.compute(grid, comparison.countsA);
  if (!a)
    return a.error();
  if (feedback)
  {
    if (feedback->isCancelled())
      return makeError(ErrorCode::Cancelled, QCoreApplication::translate("hotspots", "The Gi* analysis was cancelled."));
    feedback->setProgress(50.0);
  }
  auto b = giStar.compute(grid, comparison.countsB);
  if (!b)
    return b.error();
  comparison.zA = std::move(a->z);
  comparison.zB = std::move(b->z);
  comparison.classesA = std::move(a->classes);
  comparison.classesB = std::move(b->classes);
  comparison.trends.resize(grid.cellCount());
  for (std::size_t k = 0; k < grid.cellCount(); ++k)
    comparison.trends[k] = classifyTrend(comparison.classesA[k], comparison.classesB[k]);
  if (feedback)
    feedback->setProgress(100.0);
  return comparison;
}

} // namespace lagesbild
