// Value parsers for imported text: numbers with decimal comma or point, and dates/times as
// Swedish and international exports write them (2021-03-05 22:30, 2021-03-05T22:30:00+01:00,
// 5/3/2021 22:30, 05.03.2021 22.30, a separate "22:30" time). Hand-written for speed: a million
// rows are parsed without allocating.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace lagesbild::importer
{

//! Parses "59.4226", "59,4226", "6 592 123", "-12.5e3"; false when not a number.
bool parseNumber(std::string_view text, double &value);

//! Removes leading and trailing ASCII spaces and tabs.
std::string_view trimmed(std::string_view text);

//! How to read "5/3/2021": day first (Europe) or month first (USA).
enum class DayMonthOrder
{
  Unknown,
  DayFirst,
  MonthFirst,
};

//! A date and/or time of day as written, with the UTC offset when one was given.
struct ParsedMoment
{
    bool hasDate = false;
    bool hasTime = false;
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    std::optional<int> offsetSeconds; //!< east of UTC; none: local Europe/Stockholm time
};

enum class MomentStatus
{
  Ok,
  Invalid,
  Ambiguous, //!< a d/m/y date with both parts ≤ 12 and no known order
};

class DateTimeParser
{
  public:
    //! customFormat: a Qt date format (--date-format), e.g. "d/M/yyyy HH:mm"; it also fixes the
    //! day/month order of slash dates.
    explicit DateTimeParser(const QString &customFormat = {});

    void setOrder(DayMonthOrder order) { mOrder = order; }
    DayMonthOrder order() const { return mOrder; }

    //! Parses text; for slash dates, evidence receives the order the value proves (a part > 12).
    MomentStatus parse(std::string_view text, ParsedMoment &moment, DayMonthOrder *evidence = nullptr) const;

  private:
    MomentStatus parseCustom(std::string_view text, ParsedMoment &moment) const;

    QString mCustomFormat;
    DayMonthOrder mOrder = DayMonthOrder::Unknown;
};

//! Days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t daysFromCivil(int year, int month, int day);

//! True when year/month/day is a real calendar date.
bool isValidDate(int year, int month, int day);

} // namespace lagesbild::importer
