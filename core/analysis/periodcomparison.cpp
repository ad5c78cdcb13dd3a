#include "periodcomparison.h"

#include "benjaminihochberg.h"
#include "periodexposure.h"
#include "poissontest.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace lagesbild
{
namespace
{
constexpr double kSecondsPer30Days = 30.0 * 86400.0;

//! Counts per key for one period; months "YYYY-MM" pooled by calendar month "MM".
Result<QHash<QString, std::int64_t>> countsPerKey(const IncidentQueries &queries, const IncidentFilter &filter, GroupField field)
{
  const auto groups = queries.countBy(filter, {field});
  if (!groups)
    return groups.error();
  QHash<QString, std::int64_t> counts;
  for (const GroupCount &group : *groups)
  {
    QString key = group.keys.value(0);
    if (field == GroupField::Month)
      key = key.mid(5, 2);
    counts[key] += group.count;
  }
  return counts;
}

std::int64_t sum(const QHash<QString, std::int64_t> &counts)
{
  std::int64_t total = 0;
  for (auto it = counts.cbegin(); it != counts.cend(); ++it)
    total += it.value();
  return total;
}

//! The time of the period in which incidents with this key can occur.
std::int64_t exposureFor(const PeriodExposure &exposure, GroupField field, const QString &key)
{
  bool ok = false;
  const int index = key.toInt(&ok);
  switch (field)
  {
  case GroupField::Hour:
    return ok && index >= 0 && index < 24 ? exposure.hourSeconds[static_cast<std::size_t>(index)] : 0;
  case GroupField::Weekday:
    return ok && index >= 1 && index <= 7 ? exposure.weekdaySeconds[static_cast<std::size_t>(index - 1)] : 0;
  case GroupField::Month:
    return ok && index >= 1 && index <= 12 ? exposure.monthSeconds[static_cast<std::size_t>(index - 1)] : 0;
  default:
    return exposure.totalSeconds;
  }
}

bool hasNaturalOrder(GroupField field)
{
  return field == GroupField::Hour || field == GroupField::Weekday || field == GroupField::Month;
}

ComparisonSide makeSide(const DateRange &period, std::int64_t total)
{
  ComparisonSide side;
  side.period = period;
  side.total = total;
  side.exposureSeconds = period.durationSeconds();
  side.ratePer30Days = PeriodComparison::ratePer30Days(total, side.exposureSeconds).value_or(0.0);
  return side;
}
} // namespace

std::optional<double> PeriodComparison::changePercent(std::int64_t a, std::int64_t b)
{
  if (a == 0)
    return std::nullopt;
  return 100.0 * static_cast<double>(b - a) / static_cast<double>(a);
}

std::optional<double> PeriodComparison::ratePer30Days(std::int64_t count, std::int64_t exposureSeconds)
{
  if (exposureSeconds <= 0)
    return std::nullopt;
  return static_cast<double>(count) * kSecondsPer30Days / static_cast<double>(exposureSeconds);
}

Result<ComparisonResult> PeriodComparison::compare(const IncidentQueries &queries, const IncidentFilter &filter, const DateRange &a,
                                                   const DateRange &b, std::optional<GroupField> groupBy)
{
  if (!a.isValid() || !b.isValid())
    return makeError(ErrorCode::Usage, QCoreApplication::translate("PeriodComparison", "Both periods must be given"));
  if (groupBy == GroupField::Day)
    return makeError(ErrorCode::Usage,
                     QCoreApplication::translate("PeriodComparison", "Two periods cannot be compared day by day: their days differ"));

  IncidentFilter filterA = filter;
  filterA.period = a;
  IncidentFilter filterB = filter;
  filterB.period = b;

  ComparisonResult result;
  result.groupBy = groupBy;
  std::int64_t totalA = 0;
  std::int64_t totalB = 0;
  if (!groupBy)
  {
    const auto countA = queries.count(filterA);
    if (!countA)
      return countA.error();
    const auto countB = queries.count(filterB);
    if (!countB)
      return countB.error();
    totalA = *countA;
    totalB = *countB;
  }
  else
  {
    const auto countsA = countsPerKey(queries, filterA, *groupBy);
    if (!countsA)
      return countsA.error();
    const auto countsB = countsPerKey(queries, filterB, *groupBy);
    if (!countsB)
      return countsB.error();
    totalA = sum(*countsA);
    totalB = sum(*countsB);

    QStringList keys = countsA->keys();
    for (auto it = countsB->cbegin(); it != countsB->cend(); ++it)
    {
      if (!countsA->contains(it.key()))
        keys.append(it.key());
    }
    const PeriodExposure exposureA = PeriodExposure::of(a);
    const PeriodExposure exposureB = PeriodExposure::of(b);
    std::vector<std::optional<double>> pValues;
    for (const QString &key : keys)
    {
      ComparisonRow row;
      row.key = key;
      row.a = countsA->value(key);
      row.b = countsB->value(key);
      row.change = row.b - row.a;
      row.changePercent = changePercent(row.a, row.b);
      const std::int64_t secondsA = exposureFor(exposureA, *groupBy, key);
      const std::int64_t secondsB = exposureFor(exposureB, *groupBy, key);
      row.ratePer30DaysA = ratePer30Days(row.a, secondsA);
      row.ratePer30DaysB = ratePer30Days(row.b, secondsB);
      if (secondsA > 0 && secondsB > 0)
        row.pValue = PoissonTest::twoSidedPValue(row.a, row.b, static_cast<double>(secondsA), static_cast<double>(secondsB));
      result.rows.push_back(row);
    }

    const bool natural = hasNaturalOrder(*groupBy);
    std::sort(result.rows.begin(), result.rows.end(),
              [natural](const ComparisonRow &l, const ComparisonRow &r)
              {
                if (natural)
                  return l.key.toInt() < r.key.toInt();
                if (l.a + l.b != r.a + r.b)
                  return l.a + l.b > r.a + r.b;
                return l.key < r.key;
              });
    for (const ComparisonRow &row : result.rows)
      pValues.push_back(row.pValue);
    const auto adjusted = adjustBenjaminiHochberg(pValues);
    for (std::size_t i = 0; i < result.rows.size(); ++i)
      result.rows[i].pAdjusted = adjusted[i];
  }

  result.a = makeSide(a, totalA);
  result.b = makeSide(b, totalB);
  result.change = totalB - totalA;
  result.changePercent = changePercent(totalA, totalB);
  result.pValue = PoissonTest::twoSidedPValue(totalA, totalB, static_cast<double>(result.a.exposureSeconds),
                                              static_cast<double>(result.b.exposureSeconds));
  return result;
}

} // namespace lagesbild
