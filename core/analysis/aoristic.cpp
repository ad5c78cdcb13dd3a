#include "aoristic.h"

#include <algorithm>

namespace lagesbild
{
namespace
{
constexpr std::int64_t kSecondsPerHour = 3600;
constexpr std::int64_t kSecondsPerDay = 86400;

std::int64_t nextHourBoundary(std::int64_t instant)
{
  // Floor division: instants before 1970 are negative.
  const std::int64_t hour = instant >= 0 ? instant / kSecondsPerHour : -((-instant + kSecondsPerHour - 1) / kSecondsPerHour);
  return (hour + 1) * kSecondsPerHour;
}

QString monthKey(int year, int month)
{
  return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}
} // namespace

void Aoristic::spread(std::int64_t from, std::int64_t to, std::int64_t clipFrom, std::int64_t clipTo,
                      const std::function<void(const LocalParts &, double)> &visit)
{
  const StockholmTime &clock = StockholmTime::instance();
  if (to <= from)
  {
    if (from >= clipFrom && from < clipTo)
      visit(clock.toLocal(from), 1.0);
    return;
  }
  const auto length = static_cast<double>(to - from);
  std::int64_t start = std::max(from, clipFrom);
  const std::int64_t end = std::min(to, clipTo);
  while (start < end)
  {
    const std::int64_t pieceEnd = std::min(end, nextHourBoundary(start));
    visit(clock.toLocal(start), static_cast<double>(pieceEnd - start) / length);
    start = pieceEnd;
  }
}

AoristicTally Aoristic::tally(const std::vector<Incident> &incidents, const DateRange &period, std::int64_t limitSeconds)
{
  AoristicTally tally;
  tally.period = period;
  tally.limitSeconds = limitSeconds;
  if (!period.isValid())
    return tally;
  for (QDate month(period.from().year(), period.from().month(), 1); month <= period.to(); month = month.addMonths(1))
    tally.months[monthKey(month.year(), month.month())] = 0.0;
  const std::int64_t clipFrom = period.startUtc();
  const std::int64_t clipTo = period.endUtcExclusive();

  for (const Incident &incident : incidents)
  {
    std::int64_t to = incident.occurredTo.value_or(incident.occurredFrom);
    const bool tooLong = to - incident.occurredFrom > limitSeconds;
    if (tooLong)
      to = incident.occurredFrom;
    double weight = 0.0;
    spread(incident.occurredFrom, to, clipFrom, clipTo,
           [&](const LocalParts &local, double share)
           {
             const auto weekday = static_cast<std::size_t>(local.weekday - 1);
             const auto hour = static_cast<std::size_t>(local.hour);
             tally.hourByWeekday[weekday][hour] += share;
             tally.hours[hour] += share;
             tally.weekdays[weekday] += share;
             tally.calendarMonths[static_cast<std::size_t>(local.month - 1)] += share;
             tally.months[monthKey(local.year, local.month)] += share;
             weight += share;
           });
    if (weight <= 0.0)
      continue;
    tally.total += weight;
    tally.categories[incident.category] += weight;
    tally.sources[incident.source] += weight;
    tally.areas[incident.area] += weight;
    ++tally.incidents;
    if (tooLong)
      ++tally.countedAtStart;
    else if (to > incident.occurredFrom)
      ++tally.spread;
  }
  return tally;
}

IncidentFilter Aoristic::fetchFilter(const IncidentFilter &filter, const DateRange &period, std::int64_t limitSeconds)
{
  IncidentFilter widened = filter;
  const auto days = (std::max<std::int64_t>(limitSeconds, 0) + kSecondsPerDay - 1) / kSecondsPerDay + 1;
  widened.period = DateRange(period.from().addDays(-days), period.to());
  return widened;
}

} // namespace lagesbild
