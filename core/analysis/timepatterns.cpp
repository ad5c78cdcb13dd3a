#include "timepatterns.h"

#include "periodexposure.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>

namespace lagesbild
{
namespace
{
constexpr int kSecondsPerHour = 3600;

//! Reads the digits of "YYYY-MM-DD" without QDate's parser (called for every day × hour group).
QDate parseDay(const QString &key)
{
  if (key.size() != 10)
    return {};
  auto number = [&key](int from, int length)
  {
    int value = 0;
    for (int i = from; i < from + length; ++i)
    {
      const int digit = key.at(i).digitValue();
      if (digit < 0)
        return -1;
      value = value * 10 + digit;
    }
    return value;
  };
  return QDate(number(0, 4), number(5, 2), number(8, 2));
}

std::vector<KeyCount> sortedByCount(const QHash<QString, std::int64_t> &counts)
{
  std::vector<KeyCount> list;
  list.reserve(static_cast<std::size_t>(counts.size()));
  for (auto it = counts.cbegin(); it != counts.cend(); ++it)
    list.push_back({it.key(), it.value()});
  std::sort(list.begin(), list.end(),
            [](const KeyCount &l, const KeyCount &r)
            {
              if (l.count != r.count)
                return l.count > r.count;
              return l.key < r.key;
            });
  return list;
}

template<std::size_t N, typename Average> std::vector<int> rankByAverage(int first, Average average)
{
  std::vector<int> ranked;
  for (int i = first; i < first + static_cast<int>(N); ++i)
    ranked.push_back(i);
  std::stable_sort(ranked.begin(), ranked.end(), [&](int l, int r) { return average(l) > average(r); });
  return ranked;
}

QString monthKey(const QDate &date)
{
  return date.toString(QStringLiteral("yyyy-MM"));
}
} // namespace

double TimePatternsResult::hourAverage(int hour) const
{
  const int occurrences = hourOccurrences[static_cast<std::size_t>(hour)];
  return occurrences > 0 ? static_cast<double>(hours[static_cast<std::size_t>(hour)]) / occurrences : 0.0;
}

double TimePatternsResult::weekdayAverage(int isoWeekday) const
{
  const int occurrences = weekdayOccurrences[static_cast<std::size_t>(isoWeekday - 1)];
  return occurrences > 0 ? static_cast<double>(weekdays[static_cast<std::size_t>(isoWeekday - 1)]) / occurrences : 0.0;
}

Result<TimePatternsResult> TimePatterns::compute(const IncidentQueries &queries, const IncidentFilter &filter, const DateRange &period)
{
  if (!period.isValid())
    return makeError(ErrorCode::Usage, QCoreApplication::translate("TimePatterns", "A period must be given"));
  IncidentFilter periodFilter = filter;
  periodFilter.period = period;

  const auto byDayHour = queries.countBy(periodFilter, {GroupField::Day, GroupField::Hour});
  if (!byDayHour)
    return byDayHour.error();
  const auto byCategorySource = queries.countBy(periodFilter, {GroupField::Category, GroupField::Source});
  if (!byCategorySource)
    return byCategorySource.error();

  TimePatternsResult result;
  result.period = period;

  std::map<QString, std::int64_t> monthCounts;
  for (QDate month(period.from().year(), period.from().month(), 1); month <= period.to(); month = month.addMonths(1))
    monthCounts[monthKey(month)] = 0;

  QHash<QString, std::int64_t> dayCounts;
  for (const GroupCount &group : *byDayHour)
  {
    const QDate day = parseDay(group.keys.value(0));
    bool hourOk = false;
    const int hour = group.keys.value(1).toInt(&hourOk);
    if (!day.isValid() || !hourOk || hour < 0 || hour > 23)
      return makeError(
        ErrorCode::Internal,
        QCoreApplication::translate("TimePatterns", "Unexpected day or hour key \"%1\"").arg(group.keys.join(QLatin1Char(' '))));
    const auto weekdayIndex = static_cast<std::size_t>(day.dayOfWeek() - 1);
    const auto hourIndex = static_cast<std::size_t>(hour);
    result.hourByWeekday[weekdayIndex][hourIndex] += group.count;
    result.hours[hourIndex] += group.count;
    result.weekdays[weekdayIndex] += group.count;
    result.total += group.count;
    monthCounts[monthKey(day)] += group.count;
    dayCounts[group.keys.value(0)] += group.count;
  }

  QHash<QString, std::int64_t> categoryCounts;
  QHash<QString, std::int64_t> sourceCounts;
  for (const GroupCount &group : *byCategorySource)
  {
    categoryCounts[group.keys.value(0)] += group.count;
    sourceCounts[group.keys.value(1)] += group.count;
  }

  for (const auto &[key, count] : monthCounts)
    result.months.push_back({key, count});
  result.categories = sortedByCount(categoryCounts);
  result.sources = sortedByCount(sourceCounts);

  const PeriodExposure exposure = PeriodExposure::of(period);
  for (std::size_t hour = 0; hour < 24; ++hour)
    result.hourOccurrences[hour] = static_cast<int>(exposure.hourSeconds[hour] / kSecondsPerHour);
  result.weekdayOccurrences = exposure.weekdayCount;
  result.busiestHours = rankByAverage<24>(0, [&result](int hour) { return result.hourAverage(hour); });
  result.busiestWeekdays = rankByAverage<7>(1, [&result](int weekday) { return result.weekdayAverage(weekday); });

  std::vector<KeyCount> days = sortedByCount(dayCounts);
  if (days.size() > static_cast<std::size_t>(TimePatternsResult::kBusiestDayCount))
    days.resize(static_cast<std::size_t>(TimePatternsResult::kBusiestDayCount));
  result.busiestDays = std::move(days);
  return result;
}

} // namespace lagesbild
