#include "riskzones.h"

#include "time/stockholmtime.h"

#include <algorithm>
#include <cmath>

namespace lagesbild
{

std::vector<RiskZone> RiskZones::of(const std::vector<KnoxEvent> &events, const NearRepeatZone &zone, const QDate &today, int lastDays)
{
  std::vector<RiskZone> zones;
  const auto riskDays = static_cast<int>(std::ceil(zone.days));
  const StockholmTime &clock = StockholmTime::instance();
  for (const KnoxEvent &event : events)
  {
    const QDate day = clock.localDate(event.time);
    const auto age = static_cast<int>(day.daysTo(today));
    if (age < 0 || age >= lastDays)
      continue;
    const int daysLeft = riskDays - age;
    if (daysLeft <= 0)
      continue;
    zones.push_back({event.x, event.y, day, daysLeft, day.addDays(riskDays - 1)});
  }
  std::stable_sort(zones.begin(), zones.end(), [](const RiskZone &l, const RiskZone &r) { return l.incidentDay > r.incidentDay; });
  return zones;
}

} // namespace lagesbild
