#include "followupverdict.h"

#include <QCoreApplication>

#include <array>

namespace lagesbild
{
namespace
{
struct VerdictName
{
    FollowUpVerdict verdict;
    const char *code;
};

constexpr std::array<VerdictName, 6> kVerdictNames = {{
  {FollowUpVerdict::TooFewIncidents, "too_few"},
  {FollowUpVerdict::NoEffect, "no_effect"},
  {FollowUpVerdict::DiffusionOfBenefits, "diffusion"},
  {FollowUpVerdict::NoDisplacement, "no_displacement"},
  {FollowUpVerdict::PartialDisplacement, "partial_displacement"},
  {FollowUpVerdict::DisplacementExceedsEffect, "displacement_exceeds_effect"},
}};
} // namespace

QString verdictCode(FollowUpVerdict verdict)
{
  for (const VerdictName &name : kVerdictNames)
  {
    if (name.verdict == verdict)
      return QString::fromLatin1(name.code);
  }
  return {};
}

std::optional<FollowUpVerdict> verdictFromCode(const QString &code)
{
  for (const VerdictName &name : kVerdictNames)
  {
    if (code == QLatin1String(name.code))
      return name.verdict;
  }
  return std::nullopt;
}

QString verdictTitle(FollowUpVerdict verdict)
{
  switch (verdict)
  {
  case FollowUpVerdict::TooFewIncidents:
    return QCoreApplication::translate("FollowUp", "Too few incidents to say anything");
  case FollowUpVerdict::NoEffect:
    return QCoreApplication::translate("FollowUp", "No effect in the treated area");
  case FollowUpVerdict::DiffusionOfBenefits:
    return QCoreApplication::translate("FollowUp", "Diffusion of benefits");
  case FollowUpVerdict::NoDisplacement:
    return QCoreApplication::translate("FollowUp", "No displacement or diffusion");
  case FollowUpVerdict::PartialDisplacement:
    return QCoreApplication::translate("FollowUp", "Partial displacement");
  case FollowUpVerdict::DisplacementExceedsEffect:
    return QCoreApplication::translate("FollowUp", "Displacement larger than the effect");
  }
  return {};
}

} // namespace lagesbild
