// Hot spots over time: Gi* on the same grid for two periods and the HotspotTrend of every cell.
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "hotspotgrid.h"
#include "model/reference.h"

#include <vector>

namespace lagesbild
{

//! pointsA: the reference period; pointsB: the period looked at. distance: the Gi* band in metres.
Result<HotspotComparison> compareHotspots(const Grid &grid, const std::vector<PointXY> &pointsA, const std::vector<PointXY> &pointsB,
                                          double distance, Feedback *feedback = nullptr);

} // namespace lagesbild
