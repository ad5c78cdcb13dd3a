// HotspotClass: the significance class of a Gi* cell. A cell is a hot (z > 0) or cold (z < 0)
// spot at 99/95/90 % when its Benjamini–Hochberg adjusted p (p_fdr) is below 0.01/0.05/0.10;
// otherwise "ns". Deciding on p_fdr rather than the raw p keeps the share of false hot spots
// among all flagged cells at most 1/5/10 % even though every cell of the grid is tested.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace lagesbild
{

enum class HotspotClass : std::int8_t
{
  Cold99 = -3,
  Cold95 = -2,
  Cold90 = -1,
  NotSignificant = 0,
  Hot90 = 1,
  Hot95 = 2,
  Hot99 = 3,
};

//! "hot99", "hot95", "hot90", "ns", "cold90", "cold95", "cold99"
QString hotspotClassName(HotspotClass value);
std::optional<HotspotClass> hotspotClassFromName(const QString &name);

//! The class of a cell from its z-score and its FDR-adjusted two-sided p.
HotspotClass classifyHotspot(double z, double pFdr);

//! 0 for not a hot spot, 1/2/3 for hot at 90/95/99 %.
inline int hotLevel(HotspotClass value)
{
  return value > HotspotClass::NotSignificant ? static_cast<int>(value) : 0;
}

} // namespace lagesbild
