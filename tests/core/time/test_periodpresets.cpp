#include "time/periodpresets.h"

#include <catch2/catch.hpp>

using namespace lagesbild;

TEST_CASE("Period presets from a Wednesday in mid-quarter", "[time]")
{
  const QDate today(2021, 11, 24); // Wednesday, ISO week 47
  CHECK(PeriodPresets::range(PeriodPreset::ThisWeek, today) == DateRange(QDate(2021, 11, 22), today));
  CHECK(PeriodPresets::range(PeriodPreset::LastWeek, today) == DateRange(QDate(2021, 11, 15), QDate(2021, 11, 21)));
  CHECK(PeriodPresets::range(PeriodPreset::ThisMonth, today) == DateRange(QDate(2021, 11, 1), today));
  CHECK(PeriodPresets::range(PeriodPreset::LastMonth, today) == DateRange(QDate(2021, 10, 1), QDate(2021, 10, 31)));
  CHECK(PeriodPresets::range(PeriodPreset::ThisQuarter, today) == DateRange(QDate(2021, 10, 1), today));
  CHECK(PeriodPresets::range(PeriodPreset::LastQuarter, today) == DateRange(QDate(2021, 7, 1), QDate(2021, 9, 30)));
  CHECK(PeriodPresets::range(PeriodPreset::ThisYear, today) == DateRange(QDate(2021, 1, 1), today));
  CHECK(PeriodPresets::range(PeriodPreset::LastYear, today) == DateRange(QDate(2020, 1, 1), QDate(2020, 12, 31)));
  CHECK(PeriodPresets::range(PeriodPreset::Last30Days, today).dayCount() == 30);
  CHECK(PeriodPresets::range(PeriodPreset::Last12Months, today) == DateRange(QDate(2020, 11, 25), today));
}

TEST_CASE("Week presets on a Monday and a Sunday, and the first quarter", "[time]")
{
  const QDate monday(2021, 1, 4);
  CHECK(PeriodPresets::range(PeriodPreset::ThisWeek, monday) == DateRange(monday, monday));
  CHECK(PeriodPresets::range(PeriodPreset::LastWeek, monday) == DateRange(QDate(2020, 12, 28), QDate(2021, 1, 3)));
  const QDate sunday(2021, 1, 10);
  CHECK(PeriodPresets::range(PeriodPreset::ThisWeek, sunday) == DateRange(monday, sunday));
  CHECK(PeriodPresets::range(PeriodPreset::LastQuarter, QDate(2021, 2, 15)) == DateRange(QDate(2020, 10, 1), QDate(2020, 12, 31)));
  CHECK(PeriodPresets::range(PeriodPreset::LastMonth, QDate(2021, 3, 31)) == DateRange(QDate(2021, 2, 1), QDate(2021, 2, 28)));
}

TEST_CASE("Every preset has a name and a valid range", "[time]")
{
  for (const PeriodPreset preset : PeriodPresets::all())
  {
    CHECK_FALSE(PeriodPresets::name(preset).isEmpty());
    const DateRange range = PeriodPresets::range(preset, QDate(2024, 2, 29));
    CHECK(range.isValid());
    CHECK(range.from() <= range.to());
  }
}
