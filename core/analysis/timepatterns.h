// TimePatterns: when incidents happen within one period — the local hour × weekday matrix,
// counts per month, category and source, and the busiest hours, weekdays and calendar days.
// Busiest hours and weekdays are ranked by the average per occurrence (a period may hold five
// Fridays and four Saturdays), so short periods are not misread.
#pragma once

#include "common/result.h"
#include "model/incidentfilter.h"
#include "model/incidentqueries.h"
#include "time/daterange.h"

#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace lagesbild
{

struct KeyCount
{
    QString key;
    std::int64_t count = 0;
};

struct TimePatternsResult
{
    DateRange period;
    std::int64_t total = 0;
    //! [weekday − 1][hour]: ISO weekday 1 (Monday)..7, local hour 0..23.
    std::array<std::array<std::int64_t, 24>, 7> hourByWeekday{};
    std::array<std::int64_t, 24> hours{};
    std::array<std::int64_t, 7> weekdays{};
    //! How often each local hour occurs in the period (the DST days make them differ by one).
    std::array<int, 24> hourOccurrences{};
    //! How many Mondays … Sundays the period has.
    std::array<int, 7> weekdayOccurrences{};
    //! Every month the period touches, "YYYY-MM", in order, zero counts included.
    std::vector<KeyCount> months;
    //! Codes by count, largest first, then by code.
    std::vector<KeyCount> categories;
    std::vector<KeyCount> sources;
    //! All 24 hours, busiest first (average per occurrence; ties: earlier hour first).
    std::vector<int> busiestHours;
    //! All 7 ISO weekdays, busiest first (average per occurrence; ties: earlier day first).
    std::vector<int> busiestWeekdays;
    //! The busiest calendar days "YYYY-MM-DD", at most kBusiestDayCount, largest first, then earlier.
    std::vector<KeyCount> busiestDays;

    static constexpr int kBusiestDayCount = 10;

    //! Average count per occurrence of the hour / weekday in the period (0 when it never occurs).
    double hourAverage(int hour) const;
    double weekdayAverage(int isoWeekday) const;
};

class TimePatterns
{
  public:
    //! Patterns of the incidents matching `filter` in `period` (the filter's own period is
    //! ignored). Two queries: counts by (day, hour) and by (category, source).
    static Result<TimePatternsResult> compute(const IncidentQueries &queries, const IncidentFilter &filter, const DateRange &period);
};

} // namespace lagesbild
