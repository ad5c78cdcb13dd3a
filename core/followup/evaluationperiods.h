// EvaluationPeriods: the local-day periods an intervention is judged over. "Before" is the given
// number of days ending the day before the intervention starts; "after" is the given number of
// days from its start day (the intervention period itself) or from the day after it ended. Between
// them, when measured from the end, lies "during". The whole span cut into ISO weeks feeds the
// weekly timeline; a week that straddles two phases is cut into one chunk per phase.
#pragma once

#include "common/result.h"
#include "model/reference.h"
#include "time/daterange.h"

#include <optional>
#include <vector>

namespace lagesbild
{

//! Where the "after" period begins.
enum class AfterPeriodStart
{
  InterventionStart, //!< the day the intervention started (it includes the intervention period)
  InterventionEnd,   //!< the day after the intervention ended
};

enum class EvaluationPhase
{
  Before,
  During, //!< between start and end when "after" is measured from the end
  After,
};

//! Part of one ISO week in one phase.
struct PeriodChunk
{
    DateRange days;
    EvaluationPhase phase = EvaluationPhase::Before;
    QDate weekStart; //!< the Monday of the ISO week
    int isoYear = 0;
    int isoWeek = 0;
};

class EvaluationPeriods
{
  public:
    //! Errors (BadInput) for day counts below 1, or InterventionEnd on an intervention without an end
    //! (or ending before it starts).
    static Result<EvaluationPeriods> of(const Intervention &intervention, int beforeDays, int afterDays, AfterPeriodStart afterStart);

    const DateRange &before() const { return mBefore; }
    const DateRange &after() const { return mAfter; }
    const std::optional<DateRange> &during() const { return mDuring; }
    //! From the first day before to the last day after.
    DateRange span() const { return DateRange(mBefore.from(), mAfter.to()); }

    EvaluationPhase phaseOf(const QDate &day) const;
    //! The span cut at ISO week boundaries (Monday) and at phase boundaries, in order.
    std::vector<PeriodChunk> weekChunks() const;

  private:
    DateRange mBefore;
    DateRange mAfter;
    std::optional<DateRange> mDuring;
};

} // namespace lagesbild
