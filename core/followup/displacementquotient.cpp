#include "displacementquotient.h"

#include <cmath>

namespace lagesbild
{

DisplacementQuotient DisplacementQuotient::compute(const ZoneCounts &treated, const ZoneCounts &buffer, const ZoneCounts &control)
{
  return compute(treated, buffer, control, Thresholds());
}

DisplacementQuotient DisplacementQuotient::compute(const ZoneCounts &treated, const ZoneCounts &buffer, const ZoneCounts &control,
                                                   const Thresholds &thresholds)
{
  DisplacementQuotient result;
  result.mTreated = treated;
  result.mBuffer = buffer;
  result.mControl = control;
  result.mThresholds = thresholds;

  const auto ratio = [](std::int64_t numerator, std::int64_t denominator)
  { return static_cast<double>(numerator) / static_cast<double>(denominator); };

  if (control.before > 0 && control.after > 0)
  {
    result.mSuccessMeasure = ratio(treated.after, control.after) - ratio(treated.before, control.before);
    result.mBufferDisplacementMeasure = ratio(buffer.after, control.after) - ratio(buffer.before, control.before);
    if (*result.mSuccessMeasure != 0.0)
      result.mQuotient = *result.mBufferDisplacementMeasure / *result.mSuccessMeasure;
  }
  if (control.before > 0)
  {
    const double controlTrend = ratio(control.after, control.before);
    result.mTotalNetEffect = (static_cast<double>(treated.before) * controlTrend - static_cast<double>(treated.after)) +
                             (static_cast<double>(buffer.before) * controlTrend - static_cast<double>(buffer.after));
  }

  TooFewReasons &reasons = result.mTooFewReasons;
  reasons.treatedNoneBefore = treated.before == 0;
  reasons.controlNoneBefore = control.before == 0;
  reasons.controlNoneAfter = control.after == 0;
  reasons.treatedBelowMinimum = treated.before + treated.after < thresholds.minimumTreatedIncidents;
  if (reasons.any())
  {
    result.mVerdict = FollowUpVerdict::TooFewIncidents;
    return result;
  }

  // R did not improve relative to C: there is no effect for displacement to be measured against.
  if (*result.mSuccessMeasure >= 0.0)
  {
    result.mVerdict = FollowUpVerdict::NoEffect;
    return result;
  }

  const double wdq = *result.mQuotient;
  if (std::abs(wdq) <= thresholds.neutralBand)
    result.mVerdict = FollowUpVerdict::NoDisplacement;
  else if (wdq > 0.0)
    result.mVerdict = FollowUpVerdict::DiffusionOfBenefits;
  else if (wdq >= -1.0)
    result.mVerdict = FollowUpVerdict::PartialDisplacement;
  else
    result.mVerdict = FollowUpVerdict::DisplacementExceedsEffect;
  return result;
}

} // namespace lagesbild
