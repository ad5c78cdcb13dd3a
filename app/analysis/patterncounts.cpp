#include "patterncounts.h"

#include "cli/swedishformat.h"

#include <algorithm>
#include <cmath>

namespace lagesbild
{

PatternCounts PatternCounts::fromPatterns(const TimePatternsResult &result)
{
  PatternCounts counts;
  counts.period = result.period;
  counts.total = static_cast<double>(result.total);
  for (std::size_t day = 0; day < 7; ++day)
  {
    for (std::size_t hour = 0; hour < 24; ++hour)
      counts.hourByWeekday[day][hour] = static_cast<double>(result.hourByWeekday[day][hour]);
  }
  for (const KeyCount &month : result.months)
    counts.months.emplace_back(month.key, static_cast<double>(month.count));
  for (const KeyCount &category : result.categories)
    counts.categories.emplace_back(category.key, static_cast<double>(category.count));
  return counts;
}

PatternCounts PatternCounts::fromAoristic(const AoristicTally &tally)
{
  PatternCounts counts;
  counts.period = tally.period;
  counts.total = tally.total;
  counts.hourByWeekday = tally.hourByWeekday;
  for (const auto &[month, count] : tally.months)
    counts.months.emplace_back(month, count);
  for (auto it = tally.categories.begin(); it != tally.categories.end(); ++it)
    counts.categories.emplace_back(it.key(), it.value());
  std::sort(counts.categories.begin(), counts.categories.end(),
            [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  counts.aoristic = true;
  counts.spread = tally.spread;
  counts.countedAtStart = tally.countedAtStart;
  counts.limitSeconds = tally.limitSeconds;
  return counts;
}

double PatternCounts::category(const QString &code) const
{
  for (const auto &[key, count] : categories)
  {
    if (key == code)
      return count;
  }
  return 0.0;
}

QString PatternCounts::format(double count) const
{
  if (aoristic)
    return cli::SwedishFormat::decimal(count, 1);
  return cli::SwedishFormat::integer(std::llround(count));
}

QVariant PatternCounts::value(double count) const
{
  if (aoristic)
    return count;
  return QVariant::fromValue<qlonglong>(std::llround(count));
}

} // namespace lagesbild
