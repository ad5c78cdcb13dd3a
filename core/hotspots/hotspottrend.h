// HotspotTrend: how a cell's Gi* hot-spot class changed from period A (the reference, e.g. last
// year) to period B (the period looked at). "Hot" means class hot90, hot95 or hot99 (level 1–3):
//   new           not hot in A, hot in B
//   persistent    hot in both at the same level
//   intensifying  hot in both, at a higher level in B
//   diminishing   hot in both, at a lower level in B
//   disappearing  hot in A, not hot in B
//   none          hot in neither
#pragma once

#include "hotspotclass.h"

#include <QString>

#include <cstdint>

namespace lagesbild
{

enum class HotspotTrend : std::uint8_t
{
  None = 0,
  New = 1,
  Persistent = 2,
  Intensifying = 3,
  Diminishing = 4,
  Disappearing = 5,
};

//! "none", "new", "persistent", "intensifying", "diminishing", "disappearing"
QString hotspotTrendName(HotspotTrend trend);

HotspotTrend classifyTrend(HotspotClass inA, HotspotClass inB);

} // namespace lagesbild
