#include "layersubsetstring.h"

#include <QStringList>

#include <algorithm>

namespace lagesbild
{
namespace
{
QString quoted(const QString &value)
{
  QString escaped = value;
  escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
  return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString quotedList(const QStringList &values)
{
  QStringList parts;
  for (const QString &value : values)
    parts << quoted(value);
  return parts.join(QLatin1Char(','));
}

QString integerList(std::vector<int> values)
{
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  QStringList parts;
  for (const int value : values)
    parts << QString::number(value);
  return parts.join(QLatin1Char(','));
}
} // namespace

QString LayerSubsetString::forFilter(const IncidentFilter &filter)
{
  QStringList conditions;
  if (filter.period && filter.period->isValid())
    conditions
      << QStringLiteral("occurred_utc >= %1 AND occurred_utc < %2").arg(filter.period->startUtc()).arg(filter.period->endUtcExclusive());
  if (filter.kind)
    conditions << QStringLiteral("kind = %1").arg(static_cast<int>(*filter.kind));
  if (!filter.categories.isEmpty())
    conditions << QStringLiteral("category IN (SELECT id FROM categories WHERE code IN (%1))").arg(quotedList(filter.categories));
  if (!filter.sources.isEmpty())
    conditions << QStringLiteral("source IN (SELECT id FROM sources WHERE code IN (%1))").arg(quotedList(filter.sources));
  if (!filter.areas.isEmpty())
  {
    QStringList named;
    for (const QString &area : filter.areas)
      if (!area.isEmpty())
        named << area;
    QString condition;
    if (!named.isEmpty())
      condition = QStringLiteral("area IN (SELECT fid FROM areas WHERE code IN (%1))").arg(quotedList(named));
    if (named.size() != filter.areas.size())
      condition = condition.isEmpty() ? QStringLiteral("area IS NULL") : QStringLiteral("(%1 OR area IS NULL)").arg(condition);
    conditions << condition;
  }
  if (filter.bbox)
    conditions << QStringLiteral(
                    "fid IN (SELECT id FROM rtree_incidents_geom WHERE maxx >= %1 AND minx <= %2 AND maxy >= %3 AND miny <= %4)")
                    .arg(filter.bbox->xMin, 0, 'f', 3)
                    .arg(filter.bbox->xMax, 0, 'f', 3)
                    .arg(filter.bbox->yMin, 0, 'f', 3)
                    .arg(filter.bbox->yMax, 0, 'f', 3);
  if (!filter.hours.empty())
    conditions << QStringLiteral("local_hour IN (%1)").arg(integerList(filter.hours));
  if (!filter.weekdays.empty())
    conditions << QStringLiteral("local_weekday IN (%1)").arg(integerList(filter.weekdays));
  if (!filter.includeMunicipalityPrecision)
    conditions << QStringLiteral("location_precision <> 2");
  return conditions.join(QStringLiteral(" AND "));
}

} // namespace lagesbild
