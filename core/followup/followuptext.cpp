#include "followuptext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace lagesbild
{
namespace
{
QString fromTo(const ZoneCounts &counts)
{
  return QCoreApplication::translate("FollowUp", "from %1 to %2").arg(counts.before).arg(counts.after);
}

QString formatQuotient(double value)
{
  return QLocale().toString(value, 'f', 2);
}
} // namespace

QString FollowUpText::formatPValue(double pValue)
{
  if (pValue < 0.001)
    return QCoreApplication::translate("FollowUp", "p < %1").arg(QLocale().toString(0.001, 'f', 3));
  return QCoreApplication::translate("FollowUp", "p = %1").arg(QLocale().toString(pValue, 'f', 3));
}

QString FollowUpText::tooFewExplanation(const DisplacementQuotient &displacement)
{
  const TooFewReasons reasons = displacement.tooFewReasons();
  QStringList parts;
  if (reasons.treatedNoneBefore)
    parts << QCoreApplication::translate("FollowUp", "the treated area had no incidents before the intervention, so nothing could drop");
  if (reasons.controlNoneBefore || reasons.controlNoneAfter)
    parts << QCoreApplication::translate(
      "FollowUp", "the control area had no incidents in one of the periods, so there is no general trend to compare with "
                  "and the displacement quotient cannot be computed");
  if (reasons.treatedBelowMinimum && !reasons.treatedNoneBefore)
    parts << QCoreApplication::translate(
               "FollowUp", "the treated area had only %1 incidents in both periods together (at least %2 are needed), and a change "
                           "that small can easily be chance")
               .arg(displacement.treated().before + displacement.treated().after)
               .arg(displacement.thresholds().minimumTreatedIncidents);
  return QCoreApplication::translate("FollowUp", "Too few incidents to say anything: %1.").arg(parts.join(QStringLiteral("; ")));
}

QString FollowUpText::explanation(const DisplacementQuotient &displacement, double treatedPValue, double significanceLevel)
{
  const ZoneCounts &r = displacement.treated();
  const ZoneCounts &b = displacement.buffer();
  const ZoneCounts &c = displacement.control();
  const QString wdq = displacement.quotient() ? formatQuotient(*displacement.quotient()) : QString();

  QString text;
  switch (displacement.verdict())
  {
  case FollowUpVerdict::TooFewIncidents:
    return tooFewExplanation(displacement);
  case FollowUpVerdict::NoEffect:
    text = QCoreApplication::translate(
             "FollowUp", "No effect in the treated area: incidents there went %1, which is no drop compared with the control area "
                         "(%2). Displacement is only measured when the treated area improved.")
             .arg(fromTo(r), fromTo(c));
    break;
  case FollowUpVerdict::DiffusionOfBenefits:
    text = QCoreApplication::translate(
             "FollowUp", "Diffusion of benefits: the treated area improved compared with the control area (incidents there went %1, "
                         "in the control area %2), and the surrounding buffer improved too (%3). WDQ = %4: the intervention seems to have "
                         "helped beyond its own area.")
             .arg(fromTo(r), fromTo(c), fromTo(b), wdq);
    if (displacement.quotient() && *displacement.quotient() > 1.0)
      text += QLatin1Char(' ') + QCoreApplication::translate("FollowUp", "The buffer even improved more than the treated area itself.");
    break;
  case FollowUpVerdict::NoDisplacement:
    text =
      QCoreApplication::translate(
        "FollowUp", "No displacement or diffusion: the treated area improved compared with the control area (incidents there went %1, "
                    "in the control area %2), and the buffer changed like the control area (%3). WDQ = %4: the problem does not seem to "
                    "have moved next door.")
        .arg(fromTo(r), fromTo(c), fromTo(b), wdq);
    break;
  case FollowUpVerdict::PartialDisplacement:
    text = QCoreApplication::translate(
             "FollowUp", "Partial displacement: the treated area improved compared with the control area (incidents there went %1, "
                         "in the control area %2), but some incidents seem to have moved to the buffer (%3). WDQ = %4: the displacement is "
                         "smaller than the gain, so the net effect is still positive.")
             .arg(fromTo(r), fromTo(c), fromTo(b), wdq);
    break;
  case FollowUpVerdict::DisplacementExceedsEffect:
    text = QCoreApplication::translate(
             "FollowUp",
             "Displacement larger than the effect: the treated area improved compared with the control area (incidents "
             "there went %1, in the control area %2), but the buffer got worse by more than that (%3). WDQ = %4: overall it is worse than "
             "if nothing had been done.")
             .arg(fromTo(r), fromTo(c), fromTo(b), wdq);
    break;
  }

  const QString p = formatPValue(treatedPValue);
  if (treatedPValue < significanceLevel)
    text += QLatin1Char(' ') +
            QCoreApplication::translate("FollowUp", "The change in the treated area is statistically significant (%1).").arg(p);
  else
    text += QLatin1Char(' ') +
            QCoreApplication::translate("FollowUp", "The change in the treated area could be chance (%1), so read this with care.").arg(p);
  return text;
}

} // namespace lagesbild
