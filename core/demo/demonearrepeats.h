// DemoNearRepeats: the near-repeat pattern of the demo's residential burglaries. After a
// burglary the risk of another nearby stays raised for some days (a burglar comes back to a
// street where it worked), so a share of the residential burglaries is moved to a house close to
// a burglary of the last days. Only the place (and with it the named area) moves — day, hour and
// category stay — so every count by period, hour, weekday and category is what it was; burglaries
// near an intervention in the months around it are left alone so its follow-up counts stay too.
// Its own random stream: the rest of the demo draws the same numbers as without it.
#pragma once

#include "demorandom.h"
#include "model/incident.h"
#include "model/incidentfilter.h"
#include "model/reference.h"

#include <deque>
#include <vector>

namespace lagesbild::demo
{

class DemoPlaces;

class DemoNearRepeats
{
  public:
    static constexpr double kFollowShare = 0.6;             //!< burglaries that follow a recent one, when there is one
    static constexpr int kFollowDays = 7;                   //!< how recent the burglary followed is
    static constexpr double kFollowRadius = 150.0;          //!< metres from it
    static constexpr double kInterventionClearance = 500.0; //!< metres around an intervention where nothing moves …
    static constexpr int kInterventionMarginDays = 120;     //!< … from this many days before it to as many after

    DemoNearRepeats(std::uint64_t seed, const DemoPlaces &places, const std::vector<Intervention> &interventions);

    //! Takes the incidents in time order; may move a residential burglary close to a recent one.
    void apply(Incident &incident);

    //! Burglaries moved so far.
    int moved() const { return mMoved; }

  private:
    //! A place and time of an intervention where nothing moves.
    struct Frozen
    {
        BoundingBox box; //!< the intervention's place grown by the clearance
        std::int64_t fromUtc = 0;
        std::int64_t toUtc = 0;
    };

    bool nearIntervention(double x, double y, std::int64_t utc) const;

    const DemoPlaces &mPlaces;
    DemoRandom mRandom;
    std::vector<Frozen> mFrozen;
    std::deque<Incident> mRecent; //!< burglaries of the last kFollowDays, oldest first
    int mMoved = 0;
};

} // namespace lagesbild::demo
