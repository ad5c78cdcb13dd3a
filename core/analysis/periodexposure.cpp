#include "periodexposure.h"

#include "time/stockholmtime.h"

namespace lagesbild
{
namespace
{
constexpr std::int64_t kSecondsPerHour = 3600;
constexpr std::int64_t kSecondsPerDay = 86400;
} // namespace

PeriodExposure PeriodExposure::of(const DateRange &period)
{
  PeriodExposure exposure;
  if (!period.isValid())
    return exposure;
  const StockholmTime &time = StockholmTime::instance();
  std::int64_t dayStart = time.startOfDayUtc(period.from());
  for (QDate day = period.from(); day <= period.to(); day = day.addDays(1))
  {
    const std::int64_t nextDayStart = time.startOfDayUtc(day.addDays(1));
    const std::int64_t length = nextDayStart - dayStart;
    exposure.totalSeconds += length;
    exposure.weekdaySeconds[static_cast<std::size_t>(day.dayOfWeek() - 1)] += length;
    exposure.weekdayCount[static_cast<std::size_t>(day.dayOfWeek() - 1)] += 1;
    exposure.monthSeconds[static_cast<std::size_t>(day.month() - 1)] += length;
    if (length == kSecondsPerDay)
    {
      for (auto &seconds : exposure.hourSeconds)
        seconds += kSecondsPerHour;
    }
    else
    {
      // A DST day: one local hour is missing (spring) or occurs twice (autumn). Offsets are whole
      // hours, so the day is made of whole UTC hours.
      for (std::int64_t instant = dayStart; instant < nextDayStart; instant += kSecondsPerHour)
        exposure.hourSeconds[static_cast<std::size_t>(time.toLocal(instant).hour)] += kSecondsPerHour;
    }
    dayStart = nextDayStart;
  }
  return exposure;
}

} // namespace lagesbild
