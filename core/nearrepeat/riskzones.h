// RiskZones: where and for how long the near-repeat risk is raised now — for each incident of the
// last days before a reference day, the zone (the significant distance around it) and the days
// left of the significant time span. The app draws them on the map for night walkers and guards.
#pragma once

#include "knoxsummary.h"

#include <QDate>

#include <vector>

namespace lagesbild
{

struct RiskZone
{
    double x = 0.0; //!< the incident's place
    double y = 0.0;
    QDate incidentDay; //!< local day of the incident
    int daysLeft = 0;  //!< days of raised risk left, the reference day included (≥ 1)
    QDate lastDay;     //!< the last day of raised risk
};

class RiskZones
{
  public:
    //! Zones of the incidents whose local day lies in the `lastDays` days up to `today` (today
    //! included) and whose raised risk (zone.days whole days from the incident's day, that day
    //! counted as the first) has not ended by `today`. Newest first.
    static std::vector<RiskZone> of(const std::vector<KnoxEvent> &events, const NearRepeatZone &zone, const QDate &today, int lastDays);
};

} // namespace lagesbild
