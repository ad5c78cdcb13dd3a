// PeriodExposure: how much time of a period falls in each local hour of the day, weekday and
// calendar month, in seconds. A comparison by hour, weekday or month tests each row against
// its own exposure: a period with 53 Mondays, or with the 25-hour autumn day, is judged fairly.
#pragma once

#include "time/daterange.h"

#include <array>
#include <cstdint>

namespace lagesbild
{

struct PeriodExposure
{
    std::int64_t totalSeconds = 0;
    std::array<std::int64_t, 24> hourSeconds{};   //!< local hour 0..23
    std::array<std::int64_t, 7> weekdaySeconds{}; //!< ISO weekday 1..7 at index 0..6
    std::array<std::int64_t, 12> monthSeconds{};  //!< calendar month 1..12 at index 0..11 (any year)
    std::array<int, 7> weekdayCount{};            //!< how many Mondays … Sundays the period has

    //! Exposure of the local days of the period (DST days counted as 23 or 25 hours).
    static PeriodExposure of(const DateRange &period);
};

} // namespace lagesbild
