#include "stockholmtime.h"

#include <QTimeZone>

#include <algorithm>

namespace lagesbild
{
namespace
{
constexpr std::int64_t kSecondsPerDay = 86400;
const QDate kEpoch(1970, 1, 1);

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0)))
    --q;
  return q;
}
} // namespace

const StockholmTime &StockholmTime::instance()
{
  static const StockholmTime sInstance;
  return sInstance;
}

StockholmTime::StockholmTime()
{
  const QTimeZone zone(QByteArrayLiteral("Europe/Stockholm"));
  // Central European rules: CET (+1) in winter, CEST (+2) in summer. If the system has no zone
  // data we still fall back to the EU rule, computed below, so results never silently use UTC.
  if (zone.isValid())
  {
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    mOffsetBeforeFirst = zone.offsetFromUtc(from);
    const auto transitions = zone.transitions(from, to);
    mTransitions.reserve(static_cast<std::size_t>(transitions.size()));
    for (const auto &t : transitions)
      mTransitions.push_back({t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc});
  }
  // Zone data may end in 2037 (32-bit tzfile) or be missing: continue with the EU rule since
  // 1996 (last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC) up to 2100.
  const int firstRuleYear =
    mTransitions.empty() ? 1970 : QDateTime::fromSecsSinceEpoch(mTransitions.back().atUtc, Qt::UTC).date().year() + 1;
  if (mTransitions.empty())
    mOffsetBeforeFirst = 3600;
  for (int year = firstRuleYear; year < 2100; ++year)
  {
    auto lastSunday = [year](int month)
    {
      QDate d(year, month, QDate(year, month, 1).daysInMonth());
      while (d.dayOfWeek() != 7)
        d = d.addDays(-1);
      return d;
    };
    const std::int64_t spring = dayNumber(lastSunday(3)) * kSecondsPerDay + 3600;
    const std::int64_t autumn = dayNumber(lastSunday(10)) * kSecondsPerDay + 3600;
    mTransitions.push_back({spring, 7200});
    mTransitions.push_back({autumn, 3600});
  }
}

int StockholmTime::offsetAt(std::int64_t utcSeconds) const
{
  auto it = std::upper_bound(mTransitions.begin(), mTransitions.end(), utcSeconds,
                             [](std::int64_t value, const Transition &t) { return value < t.atUtc; });
  if (it == mTransitions.begin())
    return mOffsetBeforeFirst;
  return std::prev(it)->offsetAfter;
}

LocalParts StockholmTime::toLocal(std::int64_t utcSeconds) const
{
  const std::int64_t local = utcSeconds + offsetAt(utcSeconds);
  const std::int64_t day = floorDiv(local, kSecondsPerDay);
  const std::int64_t secondOfDay = local - day * kSecondsPerDay;
  LocalParts parts;
  parts.dayNumber = static_cast<std::int32_t>(day);
  parts.hour = static_cast<int>(secondOfDay / 3600);
  parts.minute = static_cast<int>((secondOfDay % 3600) / 60);
  // 1970-01-01 was a Thursday (ISO 4).
  parts.weekday = static_cast<int>(((day % 7) + 7 + 3) % 7) + 1;
  const QDate date = dateFromDayNumber(parts.dayNumber);
  parts.year = date.year();
  parts.month = date.month();
  return parts;
}

std::int64_t StockholmTime::toUtc(const QDate &date, const QTime &time, LocalTimeChoice choice, bool *wasAdjusted) const
{
  const std::int64_t local = static_cast<std::int64_t>(dayNumber(date)) * kSecondsPerDay + time.msecsSinceStartOfDay() / 1000;
  // A local time maps to at most two instants: local - 3600 (winter) and local - 7200 (summer).
  std::vector<std::int64_t> candidates;
  for (const int offset : {7200, 3600})
  {
    const std::int64_t utc = local - offset;
    if (offsetAt(utc) == offset)
      candidates.push_back(utc);
  }
  if (wasAdjusted)
    *wasAdjusted = candidates.size() != 1;
  if (candidates.size() == 1)
    return candidates.front();
  if (candidates.size() == 2)
    return choice == LocalTimeChoice::Earlier ? candidates.front() : candidates.back();
  // In the spring gap (02:00-03:00 does not exist): move forward by the gap, as clocks do.
  return local - 3600;
}

std::int64_t StockholmTime::startOfDayUtc(const QDate &date) const
{
  return toUtc(date, QTime(0, 0));
}

QDate StockholmTime::localDate(std::int64_t utcSeconds) const
{
  return dateFromDayNumber(toLocal(utcSeconds).dayNumber);
}

std::int32_t StockholmTime::dayNumber(const QDate &date)
{
  return static_cast<std::int32_t>(kEpoch.daysTo(date));
}

QDate StockholmTime::dateFromDayNumber(std::int32_t dayNumber)
{
  return kEpoch.addDays(dayNumber);
}

QString StockholmTime::formatIso(std::int64_t utcSeconds) const
{
  const int offset = offsetAt(utcSeconds);
  const QDateTime dt = QDateTime::fromSecsSinceEpoch(utcSeconds + offset, Qt::UTC);
  return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset == 7200 ? QStringLiteral("+02:00") : QStringLiteral("+01:00"));
}

} // namespace lagesbild
