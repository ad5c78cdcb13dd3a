// Aoristic: counting incidents whose time is a window ("between 17:00 Friday and 07:30 Monday")
// by spreading each over its window — every local hour receives the share of the window it
// covers. Europe/Stockholm's offsets are whole hours, so local hours start on UTC hour boundaries:
// the window is cut at those, and each piece goes to the local hour, weekday, day and month of
// its start. Across the autumn change the repeated 02:00 hour receives both of its pieces; in
// spring the missing hour receives nothing. Windows longer than a limit (default 7 days) say too
// little to spread: they are counted at their start and reported.
#pragma once

#include "model/incident.h"
#include "model/incidentfilter.h"
#include "time/daterange.h"
#include "time/stockholmtime.h"

#include <QHash>
#include <QString>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace lagesbild
{

//! Fractional counts of one period.
struct AoristicTally
{
    DateRange period;
    std::int64_t limitSeconds = 0; //!< windows longer than this were counted at their start
    double total = 0.0;            //!< sum of the weights inside the period
    //! [weekday − 1][hour]: ISO weekday 1 (Monday)..7, local hour 0..23.
    std::array<std::array<double, 24>, 7> hourByWeekday{};
    std::array<double, 24> hours{};
    std::array<double, 7> weekdays{};
    std::array<double, 12> calendarMonths{}; //!< calendar month 1..12 at 0..11 (years pooled)
    std::map<QString, double> months;        //!< every "YYYY-MM" the period touches, zeros included
    QHash<QString, double> categories;
    QHash<QString, double> sources;
    QHash<QString, double> areas;
    std::int64_t incidents = 0;      //!< incidents with some weight in the period
    std::int64_t spread = 0;         //!< of those, spread over a window longer than an instant
    std::int64_t countedAtStart = 0; //!< of those, with a window longer than the limit (counted at its start)
};

class Aoristic
{
  public:
    static constexpr std::int64_t kDefaultLimitSeconds = 7 * 24 * 3600;

    //! Visits the pieces of [from, to) that fall in [clipFrom, clipTo), one per local hour, with
    //! the local parts of the piece's start and its share of the whole window. to ≤ from is an
    //! instant: one visit with weight 1 when from lies in the clip range.
    static void spread(std::int64_t from, std::int64_t to, std::int64_t clipFrom, std::int64_t clipTo,
                       const std::function<void(const LocalParts &, double)> &visit);

    //! The weights of the incidents in the period. Incidents without occurredTo, or with a window
    //! longer than limitSeconds, count 1 at their start.
    static AoristicTally tally(const std::vector<Incident> &incidents, const DateRange &period,
                               std::int64_t limitSeconds = kDefaultLimitSeconds);

    //! The filter that fetches every incident that can reach into the period: its period starts
    //! limitSeconds (whole days, rounded up) before the period's first day.
    static IncidentFilter fetchFilter(const IncidentFilter &filter, const DateRange &period,
                                      std::int64_t limitSeconds = kDefaultLimitSeconds);
};

} // namespace lagesbild
