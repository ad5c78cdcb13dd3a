// DisplacementQuotient: the weighted displacement quotient of Bowers & Johnson (2003) and the
// measures around it (as in Guerette 2009, POP tool guide 10), from incident counts before (b)
// and after (a) in the treated area R, the buffer B and the control area C:
//   success measure              SM  = Ra/Ca − Rb/Cb   (negative: R improved relative to C)
//   buffer displacement measure  BDM = Ba/Ca − Bb/Cb   (positive: B got worse relative to C)
//   weighted displacement quotient WDQ = BDM / SM
//   total net effect             TNE = (Rb·Ca/Cb − Ra) + (Bb·Ca/Cb − Ba)   (incidents saved, net)
// and a verdict. A zero count in the control area or none in R before makes the ratios
// meaningless: the measures are then absent, never a division by zero.
#pragma once

#include "followupverdict.h"

#include <cstdint>
#include <optional>

namespace lagesbild
{

//! Incidents in one zone before and after the intervention.
struct ZoneCounts
{
    std::int64_t before = 0;
    std::int64_t after = 0;
};

class DisplacementQuotient
{
  public:
    struct Thresholds
    {
        //! Fewer incidents than this in R (before + after) is too few to judge.
        std::int64_t minimumTreatedIncidents = 10;
        //! |WDQ| up to this counts as "no displacement or diffusion" (the buffer followed the control).
        double neutralBand = 0.1;
    };

    static DisplacementQuotient compute(const ZoneCounts &treated, const ZoneCounts &buffer, const ZoneCounts &control);
    static DisplacementQuotient compute(const ZoneCounts &treated, const ZoneCounts &buffer, const ZoneCounts &control,
                                        const Thresholds &thresholds);

    const ZoneCounts &treated() const { return mTreated; }
    const ZoneCounts &buffer() const { return mBuffer; }
    const ZoneCounts &control() const { return mControl; }
    const Thresholds &thresholds() const { return mThresholds; }

    //! Ra/Ca − Rb/Cb; absent when Ca or Cb is 0.
    std::optional<double> successMeasure() const { return mSuccessMeasure; }
    //! Ba/Ca − Bb/Cb; absent when Ca or Cb is 0.
    std::optional<double> bufferDisplacementMeasure() const { return mBufferDisplacementMeasure; }
    //! BDM / SM; absent when either is absent or SM is 0.
    std::optional<double> quotient() const { return mQuotient; }
    //! (Rb·Ca/Cb − Ra) + (Bb·Ca/Cb − Ba); absent when Cb is 0.
    std::optional<double> totalNetEffect() const { return mTotalNetEffect; }

    FollowUpVerdict verdict() const { return mVerdict; }
    //! Why the counts are too few (empty unless the verdict is TooFewIncidents).
    TooFewReasons tooFewReasons() const { return mTooFewReasons; }

  private:
    ZoneCounts mTreated;
    ZoneCounts mBuffer;
    ZoneCounts mControl;
    Thresholds mThresholds;
    std::optional<double> mSuccessMeasure;
    std::optional<double> mBufferDisplacementMeasure;
    std::optional<double> mQuotient;
    std::optional<double> mTotalNetEffect;
    FollowUpVerdict mVerdict = FollowUpVerdict::TooFewIncidents;
    TooFewReasons mTooFewReasons;
};

} // namespace lagesbild
