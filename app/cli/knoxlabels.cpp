#include "knoxlabels.h"

#include "cli/swedishformat.h"
#include "nearrepeat/knoxsummary.h"

#include <QCoreApplication>

#include <cmath>

namespace lagesbild::cli
{
namespace
{
//! A break without needless decimals, Swedish style: "200", "0,5".
QString amount(double value)
{
  if (value == std::floor(value))
    return SwedishFormat::integer(static_cast<std::int64_t>(value));
  return SwedishFormat::decimal(value, 1);
}
} // namespace

QString KnoxLabels::spaceBand(const KnoxBands &bands, int band)
{
  const auto to = bands.to(band);
  if (!to)
    return QCoreApplication::translate("cli", "≥ %1 m").arg(amount(bands.from(band)));
  if (band == 0 && *to == 1.0)
    return QCoreApplication::translate("cli", "Same location");
  return QCoreApplication::translate("cli", "%1–%2 m").arg(amount(bands.from(band)), amount(*to));
}

QString KnoxLabels::timeBand(const KnoxBands &bands, int band, KnoxTimeDifference difference)
{
  const auto to = bands.to(band);
  if (!to)
    return QCoreApplication::translate("cli", "≥ %1 days").arg(amount(bands.from(band)));
  if (difference == KnoxTimeDifference::WholeDays)
  {
    const auto first = static_cast<std::int64_t>(std::ceil(bands.from(band)));
    const auto last = static_cast<std::int64_t>(std::ceil(*to)) - 1;
    if (first == last)
      return QCoreApplication::translate("cli", "%1 days").arg(first);
    return QCoreApplication::translate("cli", "%1–%2 days").arg(first).arg(last);
  }
  return QCoreApplication::translate("cli", "%1–%2 days").arg(amount(bands.from(band)), amount(*to));
}

QString KnoxLabels::ratio(const KnoxCell &cell)
{
  if (!cell.ratio)
    return SwedishFormat::missing();
  return SwedishFormat::decimal(*cell.ratio, 2) + (cell.significant ? QStringLiteral("*") : QString());
}

QString KnoxLabels::sentence(const KnoxResult &result, const QString &what)
{
  const auto headline = KnoxSummary::headline(result);
  if (!headline)
    return QCoreApplication::translate("cli",
                                       "No combination of distance and time has significantly more pairs than chance gives (p ≤ %1).")
      .arg(SwedishFormat::decimal(result.options.significanceLevel, 2));
  const QString incident = what.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(what);
  return QCoreApplication::translate("cli",
                                     "Within %1 m and %2 days of an incident%3, the risk of another is %4 times the expected (p = %5).")
    .arg(amount(*headline->spaceTo), amount(*headline->timeTo), incident, SwedishFormat::decimal(*headline->ratio, 1),
         SwedishFormat::decimal(headline->pValue, 3));
}

QString KnoxLabels::convention()
{
  return QCoreApplication::translate("cli", "Bands include their lower bound and exclude their upper one: 100–200 m is [100, 200) "
                                            "metres, 0–6 days is a difference of 0 to 6 whole days, [0, 7). The Near Repeat "
                                            "Calculator's \"101 to 200\" is the same [100, 200).");
}

} // namespace lagesbild::cli
