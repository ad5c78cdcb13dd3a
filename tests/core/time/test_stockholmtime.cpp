#include "time/stockholmtime.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

#include <random>

using namespace lagesbild;

namespace
{
std::int64_t utc(int y, int m, int d, int h, int min = 0)
{
  return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("Local parts agree with QTimeZone for random instants 1990-2040", "[time]")
{
  const QTimeZone zone(QByteArrayLiteral("Europe/Stockholm"));
  REQUIRE(zone.isValid());
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<std::int64_t> dist(utc(1990, 1, 1, 0), utc(2040, 1, 1, 0));
  for (int i = 0; i < 20000; ++i)
  {
    const std::int64_t t = dist(rng);
    const QDateTime reference = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toTimeZone(zone);
    const LocalParts parts = StockholmTime::instance().toLocal(t);
    INFO("instant " << t);
    REQUIRE(parts.hour == reference.time().hour());
    REQUIRE(parts.minute == reference.time().minute());
    REQUIRE(parts.weekday == reference.date().dayOfWeek());
    REQUIRE(StockholmTime::dateFromDayNumber(parts.dayNumber) == reference.date());
    REQUIRE(parts.month == reference.date().month());
  }
}

TEST_CASE("02:30 on the autumn change day happens twice, once per resolution choice", "[time][dst]")
{
  const auto &clock = StockholmTime::instance();
  bool adjusted = false;
  const auto first = clock.toUtc(QDate(2021, 10, 31), QTime(2, 30), LocalTimeChoice::Earlier, &adjusted);
  CHECK(adjusted);
  const auto second = clock.toUtc(QDate(2021, 10, 31), QTime(2, 30), LocalTimeChoice::Later);
  CHECK(first == utc(2021, 10, 31, 0, 30));
  CHECK(second == utc(2021, 10, 31, 1, 30));
  CHECK(clock.toLocal(first).hour == 2);
  CHECK(clock.toLocal(second).hour == 2);
  CHECK(clock.formatIso(first) == QStringLiteral("2021-10-31T02:30:00+02:00"));
  CHECK(clock.formatIso(second) == QStringLiteral("2021-10-31T02:30:00+01:00"));
}

TEST_CASE("02:30 on the spring change day does not exist and moves forward an hour", "[time][dst]")
{
  const auto &clock = StockholmTime::instance();
  bool adjusted = false;
  const auto t = clock.toUtc(QDate(2021, 3, 28), QTime(2, 30), LocalTimeChoice::Earlier, &adjusted);
  CHECK(adjusted);
  CHECK(t == utc(2021, 3, 28, 1, 30));
  CHECK(clock.toLocal(t).hour == 3);
  bool ordinary = true;
  CHECK(clock.toUtc(QDate(2021, 7, 1), QTime(22, 0), LocalTimeChoice::Earlier, &ordinary) == utc(2021, 7, 1, 20));
  CHECK_FALSE(ordinary);
}

TEST_CASE("Weekdays are ISO, Monday = 1", "[time]")
{
  const auto &clock = StockholmTime::instance();
  CHECK(clock.toLocal(utc(2021, 12, 12, 12)).weekday == 7);     // Sunday
  CHECK(clock.toLocal(utc(2021, 12, 13, 12)).weekday == 1);     // Monday
  CHECK(clock.toLocal(utc(2021, 12, 12, 23, 30)).weekday == 1); // 00:30 local on Monday
}
