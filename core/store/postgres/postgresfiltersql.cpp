#include "postgresfiltersql.h"

#include <QDateTime>

#include <algorithm>

namespace lagesbild
{
namespace
{
QString integerList(std::vector<int> values)
{
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  QStringList parts;
  for (const int value : values)
    parts << QString::number(value);
  return parts.join(QLatin1Char(','));
}

QString number(double value)
{
  return QString::number(value, 'g', 17);
}
} // namespace

PostgresFilterSql::PostgresFilterSql(const IncidentFilter &filter, const QString &alias, int firstParameter, Table table)
  : mPrefix(alias.isEmpty() ? QString() : alias + QLatin1Char('.')), mFirst(firstParameter), mTable(table)
{
  Q_ASSERT(table == Table::Incidents || summaryCanAnswer(filter));
  build(filter);
}

QString PostgresFilterSql::literal(const IncidentFilter &filter, const std::function<QString(const QString &)> &quote, Table table)
{
  Q_ASSERT(table == Table::Incidents || summaryCanAnswer(filter));
  PostgresFilterSql sql;
  sql.mQuote = quote;
  sql.mTable = table;
  sql.build(filter);
  return sql.conditions();
}

bool PostgresFilterSql::summaryCanAnswer(const IncidentFilter &filter)
{
  return filter.hours.empty() && !filter.bbox;
}

QString PostgresFilterSql::timestampText(std::int64_t utcSeconds)
{
  return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("+00");
}

QString PostgresFilterSql::value(const QString &text)
{
  if (mQuote)
    return mQuote(text);
  mParameters.emplace_back(text);
  return QStringLiteral("$%1").arg(mFirst + static_cast<int>(mParameters.size()) - 1);
}

QString PostgresFilterSql::valueList(const QStringList &values)
{
  QStringList parts;
  for (const QString &text : values)
    parts << value(text);
  return parts.join(QLatin1Char(','));
}

void PostgresFilterSql::build(const IncidentFilter &filter)
{
  const QString &p = mPrefix;
  const bool summary = mTable == Table::DailySummary;
  if (filter.period && filter.period->isValid() && summary)
  {
    const QString from = value(filter.period->from().toString(Qt::ISODate));
    const QString to = value(filter.period->to().toString(Qt::ISODate));
    mConditions << QStringLiteral("%1day BETWEEN %2::date AND %3::date").arg(p, from, to);
  }
  else if (filter.period && filter.period->isValid())
  {
    // Local days inclusive = [start of the first day, start of the day after the last) in UTC:
    // one range on the time index, right across DST changes.
    const QString from = value(timestampText(filter.period->startUtc()));
    const QString to = value(timestampText(filter.period->endUtcExclusive()));
    mConditions << QStringLiteral("%1occurred_from >= %2::timestamptz AND %1occurred_from < %3::timestamptz").arg(p, from, to);
  }
  if (filter.kind)
    mConditions << QStringLiteral("%1kind = %2").arg(p).arg(static_cast<int>(*filter.kind));
  if (!filter.categories.isEmpty())
    mConditions
      << QStringLiteral("%1category IN (SELECT id FROM lagesbild.categories WHERE code IN (%2))").arg(p, valueList(filter.categories));
  if (!filter.sources.isEmpty())
    mConditions << QStringLiteral("%1source IN (SELECT id FROM lagesbild.sources WHERE code IN (%2))").arg(p, valueList(filter.sources));
  if (!filter.areas.isEmpty())
  {
    // An empty code stands for "no area", as in the GeoPackage.
    QStringList named;
    for (const QString &area : filter.areas)
      if (!area.isEmpty())
        named << area;
    QString condition;
    if (!named.isEmpty())
      condition = QStringLiteral("%1area IN (SELECT fid FROM lagesbild.areas WHERE code IN (%2))").arg(p, valueList(named));
    // The summary keeps "no area" as 0.
    const QString none = summary ? QStringLiteral("%1area = 0").arg(p) : QStringLiteral("%1area IS NULL").arg(p);
    if (named.size() != filter.areas.size())
      condition = condition.isEmpty() ? none : QStringLiteral("(%1 OR %2)").arg(condition, none);
    mConditions << condition;
  }
  if (!filter.hours.empty())
    mConditions << QStringLiteral("%1local_hour IN (%2)").arg(p, integerList(filter.hours));
  if (!filter.weekdays.empty() && summary)
    mConditions << QStringLiteral("extract(isodow FROM %1day)::integer IN (%2)").arg(p, integerList(filter.weekdays));
  else if (!filter.weekdays.empty())
    mConditions << QStringLiteral("%1local_weekday IN (%2)").arg(p, integerList(filter.weekdays));
  if (!filter.includeMunicipalityPrecision)
    mConditions << QStringLiteral("%1location_precision <> 2").arg(p);
  if (filter.bbox)
  {
    // && on a point is containment with the edges included, as the GeoPackage's BETWEEN.
    const BoundingBox &b = *filter.bbox;
    mConditions << QStringLiteral("%1geom && ST_MakeEnvelope(%2::float8, %3::float8, %4::float8, %5::float8, 3006)")
                     .arg(p, value(number(b.xMin)), value(number(b.yMin)), value(number(b.xMax)), value(number(b.yMax)));
  }
}

} // namespace lagesbild
