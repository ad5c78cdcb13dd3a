#include "analysis/periodexposure.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

using namespace lagesbild;

namespace
{
//! Reference: walk the period in whole UTC hours with QTimeZone (not StockholmTime).
PeriodExposure referenceExposure(const DateRange &period)
{
  const QTimeZone zone(QByteArrayLiteral("Europe/Stockholm"));
  PeriodExposure exposure;
  const QDateTime start(period.from(), QTime(0, 0), zone);
  const QDateTime end(period.to().addDays(1), QTime(0, 0), zone);
  for (qint64 t = start.toSecsSinceEpoch(); t < end.toSecsSinceEpoch(); t += 3600)
  {
    const QDateTime local = QDateTime::fromSecsSinceEpoch(t, zone);
    exposure.totalSeconds += 3600;
    exposure.hourSeconds[static_cast<std::size_t>(local.time().hour())] += 3600;
    exposure.weekdaySeconds[static_cast<std::size_t>(local.date().dayOfWeek() - 1)] += 3600;
    exposure.monthSeconds[static_cast<std::size_t>(local.date().month() - 1)] += 3600;
  }
  for (QDate d = period.from(); d <= period.to(); d = d.addDays(1))
    exposure.weekdayCount[static_cast<std::size_t>(d.dayOfWeek() - 1)] += 1;
  return exposure;
}

void checkAgainstReference(const QString &text)
{
  INFO(text.toStdString());
  const auto period = DateRange::parse(text);
  REQUIRE(period.ok());
  const PeriodExposure actual = PeriodExposure::of(*period);
  const PeriodExposure expected = referenceExposure(*period);
  CHECK(actual.totalSeconds == period->durationSeconds());
  CHECK(actual.totalSeconds == expected.totalSeconds);
  CHECK(actual.hourSeconds == expected.hourSeconds);
  CHECK(actual.weekdaySeconds == expected.weekdaySeconds);
  CHECK(actual.monthSeconds == expected.monthSeconds);
  CHECK(actual.weekdayCount == expected.weekdayCount);
}
} // namespace

TEST_CASE("Exposure per hour, weekday and month matches a walk with QTimeZone", "[analysis][dst]")
{
  checkAgainstReference(QStringLiteral("2021-03-28")); // 23 h: no 02:00
  checkAgainstReference(QStringLiteral("2021-10-31")); // 25 h: 02:00 twice
  checkAgainstReference(QStringLiteral("2021-03-27..2021-03-29"));
  checkAgainstReference(QStringLiteral("2020-02-28..2020-03-01")); // leap day
  checkAgainstReference(QStringLiteral("2020-01-01..2020-12-12"));
  checkAgainstReference(QStringLiteral("2019-06-15..2022-02-03"));
}

TEST_CASE("DST days give hour 2 zero or two occurrences", "[analysis][dst]")
{
  const PeriodExposure spring = PeriodExposure::of(DateRange(QDate(2021, 3, 28), QDate(2021, 3, 28)));
  CHECK(spring.totalSeconds == 23 * 3600);
  CHECK(spring.hourSeconds[2] == 0);
  CHECK(spring.hourSeconds[3] == 3600);
  const PeriodExposure autumn = PeriodExposure::of(DateRange(QDate(2021, 10, 31), QDate(2021, 10, 31)));
  CHECK(autumn.totalSeconds == 25 * 3600);
  CHECK(autumn.hourSeconds[2] == 2 * 3600);
  CHECK(autumn.weekdayCount[6] == 1);
}
