// StockholmTime: fast, exact conversion between UTC instants and Europe/Stockholm local time.
// Incidents are stored as UTC seconds; hour-of-day, weekday and calendar day for filters and
// analysis are local. Converting a million instants through QTimeZone is slow, so the zone's
// transitions are read once from QTimeZone into a table and looked up by binary search.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cstdint>
#include <optional>
#include <vector>

namespace lagesbild
{

//! Local calendar parts of an instant.
struct LocalParts
{
    std::int32_t dayNumber = 0; //!< days since 1970-01-01 (local calendar)
    int hour = 0;               //!< 0..23
    int minute = 0;             //!< 0..59
    int weekday = 1;            //!< ISO: 1 = Monday .. 7 = Sunday
    int year = 1970;
    int month = 1; //!< 1..12
};

//! How to resolve a local time that occurs twice (autumn change) or not at all (spring change).
enum class LocalTimeChoice
{
  Earlier, //!< the first of two occurrences; for a gap, the instant just after it
  Later,   //!< the second of two occurrences; for a gap, the instant just after it
};

class StockholmTime
{
  public:
    //! The shared instance (built once, thread-safe after construction).
    static const StockholmTime &instance();

    //! UTC offset in seconds at a UTC instant (3600 or 7200).
    int offsetAt(std::int64_t utcSeconds) const;

    LocalParts toLocal(std::int64_t utcSeconds) const;

    //! UTC seconds of a local date and time. Ambiguous and non-existent times are resolved by
    //! choice; wasAdjusted, when given, says whether the time was ambiguous or in a gap.
    std::int64_t toUtc(const QDate &date, const QTime &time, LocalTimeChoice choice = LocalTimeChoice::Earlier,
                       bool *wasAdjusted = nullptr) const;

    //! UTC seconds of local midnight at the start of the given date.
    std::int64_t startOfDayUtc(const QDate &date) const;

    //! Local date of a UTC instant.
    QDate localDate(std::int64_t utcSeconds) const;

    //! Days since 1970-01-01 of a calendar date, and back.
    static std::int32_t dayNumber(const QDate &date);
    static QDate dateFromDayNumber(std::int32_t dayNumber);

    //! ISO 8601 with offset, e.g. 2021-03-05T22:30:00+01:00.
    QString formatIso(std::int64_t utcSeconds) const;

  private:
    StockholmTime();

    struct Transition
    {
        std::int64_t atUtc;
        int offsetAfter;
    };
    std::vector<Transition> mTransitions; //!< sorted by atUtc
    int mOffsetBeforeFirst = 3600;
};

} // namespace lagesbild
