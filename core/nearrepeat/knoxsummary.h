// KnoxSummary: what a Knox table says in one line and on the map — the headline cell (the
// significant cell with the highest ratio among the bands with an upper bound) and the near-repeat
// zone (how far and how long the risk stays raised: the largest upper bounds of the significant
// cells joined to the headline cell). The sentence and the map draw on these.
#pragma once

#include "knoxtest.h"

#include <optional>

namespace lagesbild
{

struct NearRepeatZone
{
    double radius = 0.0; //!< metres: the largest upper space bound of the zone's cells
    double days = 0.0;   //!< the largest upper time bound of the zone's cells
};

class KnoxSummary
{
  public:
    //! The significant cell with finite bounds and the highest ratio (ties: nearer, then sooner); none when no cell is.
    static std::optional<KnoxCell> headline(const KnoxResult &result);
    //! The headline cell and the significant finite cells joined to it side by side in the
    //! table (a spurious cell far away does not stretch it); none when there is no headline.
    static std::optional<NearRepeatZone> zone(const KnoxResult &result);
};

} // namespace lagesbild
