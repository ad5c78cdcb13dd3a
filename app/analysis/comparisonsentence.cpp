#include "comparisonsentence.h"

#include "cli/swedishformat.h"

#include <QCoreApplication>

#include <cstdlib>

namespace lagesbild
{
namespace
{
QString tr(const char *text)
{
  return QCoreApplication::translate("ComparisonSentence", text);
}
} // namespace

QString ComparisonSentence::noun(std::optional<IncidentKind> kind)
{
  if (!kind)
    return tr("incidents");
  return *kind == IncidentKind::Crime ? tr("reported crimes") : tr("reports");
}

QString ComparisonSentence::sentence(const ComparisonResult &result, std::optional<IncidentKind> kind)
{
  using cli::SwedishFormat;
  const QString count = SwedishFormat::integer(std::llabs(result.change));
  QString change;
  if (result.change < 0)
    change = tr("Decrease of %1 %2").arg(count, noun(kind));
  else if (result.change > 0)
    change = tr("Increase of %1 %2").arg(count, noun(kind));
  else
    change = tr("No change in the number of %1").arg(noun(kind));
  if (result.changePercent)
    change += QStringLiteral(" (%1)").arg(SwedishFormat::changePercent(result.changePercent));
  const QString p = SwedishFormat::pValue(result.pValue);
  const QString pText = p.startsWith(QLatin1Char('<')) ? QStringLiteral("p %1").arg(p) : QStringLiteral("p = %1").arg(p);
  if (result.pValue < kSignificanceLevel)
    return tr("%1, statistically significant (%2)").arg(change, pText);
  return tr("%1, may be chance (%2)").arg(change, pText);
}

} // namespace lagesbild
