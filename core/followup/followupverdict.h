// FollowUpVerdict: what an intervention's follow-up says, as a value the UI, the CLI and the
// printed report share; codes are stable for JSON, titles are translatable for people.
#pragma once

#include <QString>

#include <optional>

namespace lagesbild
{

enum class FollowUpVerdict
{
  TooFewIncidents,           //!< counts too small (or zero where a ratio needs them) to say anything
  NoEffect,                  //!< R did not drop relative to C (success measure ≥ 0)
  DiffusionOfBenefits,       //!< R dropped and B dropped too (WDQ > 0)
  NoDisplacement,            //!< R dropped, B followed C (WDQ ≈ 0)
  PartialDisplacement,       //!< R dropped, B rose by less than R's gain (−1 ≤ WDQ < 0)
  DisplacementExceedsEffect, //!< R dropped, B rose by more than R's gain (WDQ < −1): worse than nothing
};

//! Why the counts are too few to judge; several may hold at once.
struct TooFewReasons
{
    bool treatedNoneBefore = false;   //!< Rb = 0: nothing could drop
    bool controlNoneBefore = false;   //!< Cb = 0: no trend to compare with (division by zero)
    bool controlNoneAfter = false;    //!< Ca = 0: as above
    bool treatedBelowMinimum = false; //!< Rb + Ra below the minimum

    bool any() const { return treatedNoneBefore || controlNoneBefore || controlNoneAfter || treatedBelowMinimum; }
};

//! Stable code for JSON/CSV: "too_few", "no_effect", "diffusion", "no_displacement",
//! "partial_displacement", "displacement_exceeds_effect".
QString verdictCode(FollowUpVerdict verdict);
std::optional<FollowUpVerdict> verdictFromCode(const QString &code);
//! Short translatable title, e.g. "Diffusion of benefits".
QString verdictTitle(FollowUpVerdict verdict);

} // namespace lagesbild
