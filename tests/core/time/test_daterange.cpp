#include "time/daterange.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

using namespace lagesbild;

namespace
{
std::int64_t utc(int y, int m, int d, int h, int min = 0)
{
  return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("A range of whole local days maps to UTC instants", "[time]")
{
  const auto range = DateRange::parse(QStringLiteral("2021-01-01..2021-12-12"));
  REQUIRE(range.ok());
  CHECK(range->from() == QDate(2021, 1, 1));
  CHECK(range->to() == QDate(2021, 12, 12));
  CHECK(range->dayCount() == 346);
  // Local midnight in winter is 23:00 UTC the day before.
  CHECK(range->startUtc() == utc(2020, 12, 31, 23));
  CHECK(range->endUtcExclusive() == utc(2021, 12, 12, 23));
  CHECK(range->toString() == QStringLiteral("2021-01-01..2021-12-12"));
}

TEST_CASE("Days across the DST changes are 23 and 25 hours long", "[time][dst]")
{
  SECTION("spring forward: 2021-03-28 has 23 hours")
  {
    const auto day = DateRange::parse(QStringLiteral("2021-03-28"));
    REQUIRE(day.ok());
    CHECK(day->durationSeconds() == 23 * 3600);
    CHECK(day->startUtc() == utc(2021, 3, 27, 23));
    CHECK(day->endUtcExclusive() == utc(2021, 3, 28, 22));
  }
  SECTION("fall back: 2021-10-31 has 25 hours")
  {
    const auto day = DateRange::parse(QStringLiteral("2021-10-31..2021-10-31"));
    REQUIRE(day.ok());
    CHECK(day->durationSeconds() == 25 * 3600);
  }
  SECTION("a whole year is 365 × 24 hours, the two changes cancel out")
  {
    const auto year = DateRange::parse(QStringLiteral("2021-01-01..2021-12-31"));
    REQUIRE(year.ok());
    CHECK(year->durationSeconds() == 365LL * 24 * 3600);
  }
  SECTION("a summer half-year loses one hour")
  {
    const auto range = DateRange::parse(QStringLiteral("2021-03-01..2021-06-30"));
    REQUIRE(range.ok());
    CHECK(range->durationSeconds() == 122LL * 24 * 3600 - 3600);
  }
}

TEST_CASE("The leap day is a day of its own", "[time]")
{
  const auto range = DateRange::parse(QStringLiteral("2020-02-28..2020-03-01"));
  REQUIRE(range.ok());
  CHECK(range->dayCount() == 3);
  CHECK(range->contains(QDate(2020, 2, 29)));
  const auto previous = range->sameDaysPreviousYear();
  CHECK(previous.from() == QDate(2019, 2, 28));
  CHECK(previous.to() == QDate(2019, 3, 1));
  CHECK(DateRange(QDate(2020, 2, 29), QDate(2020, 2, 29)).sameDaysPreviousYear().from() == QDate(2019, 2, 28));
}

TEST_CASE("Bad ranges are refused with a message naming the problem", "[time]")
{
  const auto check = [](const char *text, const char *expectedWords)
  {
    const auto range = DateRange::parse(QString::fromUtf8(text));
    REQUIRE_FALSE(range.ok());
    CHECK(range.error().code == ErrorCode::BadInput);
    INFO(range.error().message.toStdString());
    CHECK(range.error().message.contains(QString::fromUtf8(expectedWords)));
  };
  check("2021-02-30", "2021-02-30");
  check("2021-05-01..2021-04-01", "ends before it starts");
  check("", "Empty period");
  check("   ", "Empty period");
  check("2021-01-01..", "lacks a start or end");
  check("..2021-01-01", "lacks a start or end");
  check("2021-1-1..2021-02-01", "YYYY-MM-DD");
  check("yesterday", "YYYY-MM-DD");
  check("2021-13-01", "does not exist");
}

TEST_CASE("Previous period of equal length ends the day before", "[time]")
{
  const DateRange range(QDate(2021, 6, 1), QDate(2021, 11, 30));
  const DateRange previous = range.previousPeriod();
  CHECK(previous.dayCount() == range.dayCount());
  CHECK(previous.to() == QDate(2021, 5, 31));
  CHECK(previous.from() == QDate(2020, 11, 30));
}

TEST_CASE("containsUtc is inclusive of the first and exclusive of the next day's first instant", "[time]")
{
  const DateRange day(QDate(2021, 10, 31), QDate(2021, 10, 31));
  CHECK(day.containsUtc(day.startUtc()));
  CHECK(day.containsUtc(day.endUtcExclusive() - 1));
  CHECK_FALSE(day.containsUtc(day.endUtcExclusive()));
  CHECK_FALSE(day.containsUtc(day.startUtc() - 1));
}
