#include "comparisonsentence.h"

#include "cli/swedishformat.h"

#include <QCoreApplication>

#include <cstdlib>

namespace lagesbild
{
QString ComparisonSentence::noun(std::optional<IncidentKind> kind)
{
  if (!kind)
    return QCoreApplication::translate("ComparisonSentence", "incidents");
  return *kind == IncidentKind::Crime ? QCoreApplication::translate("ComparisonSentence", "reported crimes")
                                      : QCoreApplication::translate("ComparisonSentence", "reports");
}

QString ComparisonSentence::sentence(const ComparisonResult &result, std::optional<IncidentKind> kind)
{
  using cli::SwedishFormat;
  const QString count = SwedishFormat::integer(std::llabs(result.change));
  QString change;
  if (result.change < 0)
    change = QCoreApplication::translate("ComparisonSentence", "Decrease of %1 %2").arg(count, noun(kind));
  else if (result.change > 0)
    change = QCoreApplication::translate("ComparisonSentence", "Increase of %1 %2").arg(count, noun(kind));
  else
    change = QCoreApplication::translate("ComparisonSentence", "No change in the number of %1").arg(noun(kind));
  if (result.changePercent)
    change += QStringLiteral(" (%1)").arg(SwedishFormat::changePercent(result.changePercent));
  const QString p = SwedishFormat::pValue(result.pValue);
  const QString pText = p.startsWith(QLatin1Char('<')) ? QStringLiteral("p %1").arg(p) : QStringLiteral("p = %1").arg(p);
  if (result.pValue < kSignificanceLevel)
    return QCoreApplication::translate("ComparisonSentence", "%1, statistically significant (%2)").arg(change, pText);
  return QCoreApplication::translate("ComparisonSentence", "%1, may be chance (%2)").arg(change, pText);
}

} // namespace lagesbild
