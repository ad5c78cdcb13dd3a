#include "knoxsummary.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace lagesbild
{

std::optional<KnoxCell> KnoxSummary::headline(const KnoxResult &result)
{
  std::optional<KnoxCell> best;
  for (const KnoxCell &cell : result.cells)
  {
    if (!cell.significant || !cell.spaceTo || !cell.timeTo || !cell.ratio)
      continue;
    if (!best || *cell.ratio > *best->ratio)
      best = cell;
  }
  return best;
}

std::optional<NearRepeatZone> KnoxSummary::zone(const KnoxResult &result)
{
  const auto best = headline(result);
  if (!best)
    return std::nullopt;
  // The significant cells with finite bounds that touch the headline cell through each other
  // (sharing a side in the table): an isolated significant cell far away does not stretch the zone.
  const int columns = result.options.timeBands.finiteCount();
  const int rows = result.options.spaceBands.finiteCount();
  auto significant = [&](int s, int t) { return s >= 0 && t >= 0 && s < rows && t < columns && result.cell(s, t).significant; };
  std::vector<bool> seen(static_cast<std::size_t>(rows * columns), false);
  std::vector<std::pair<int, int>> queue{{best->spaceBand, best->timeBand}};
  seen[static_cast<std::size_t>(best->spaceBand * columns + best->timeBand)] = true;
  NearRepeatZone zone{*best->spaceTo, *best->timeTo};
  while (!queue.empty())
  {
    const auto [s, t] = queue.back();
    queue.pop_back();
    const KnoxCell &cell = result.cell(s, t);
    zone.radius = std::max(zone.radius, *cell.spaceTo);
    zone.days = std::max(zone.days, *cell.timeTo);
    for (const auto &[ds, dt] : {std::pair{1, 0}, std::pair{-1, 0}, std::pair{0, 1}, std::pair{0, -1}})
    {
      const int ns = s + ds;
      const int nt = t + dt;
      if (significant(ns, nt) && !seen[static_cast<std::size_t>(ns * columns + nt)])
      {
        seen[static_cast<std::size_t>(ns * columns + nt)] = true;
        queue.emplace_back(ns, nt);
      }
    }
  }
  return zone;
}

} // namespace lagesbild
