// DateRange: an inclusive range of local days in Europe/Stockholm, written FROM..TO on the
// command line and in the UI, and the exact UTC instants it covers. A local day can be 23 or
// 25 hours long across the DST changes, so lengths are measured in instants, not days × 24 h.
#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace lagesbild
{

class DateRange
{
  public:
    DateRange() = default;
    //! Both days inclusive; from must not be after to (checked by parse, asserted here).
    DateRange(const QDate &from, const QDate &to);

    //! Parses "2021-01-01..2021-12-12" or a single day "2021-03-05".
    static Result<DateRange> parse(const QString &text);

    bool isValid() const { return mFrom.isValid() && mTo.isValid(); }
    QDate from() const { return mFrom; }
    QDate to() const { return mTo; }

    //! First instant of the range: local midnight starting `from`, as UTC seconds.
    std::int64_t startUtc() const;
    //! First instant after the range: local midnight after `to`, as UTC seconds.
    std::int64_t endUtcExclusive() const;
    //! Exact length in seconds (DST days included as 23 or 25 h).
    std::int64_t durationSeconds() const { return endUtcExclusive() - startUtc(); }
    //! Number of calendar days, both ends included.
    int dayCount() const { return static_cast<int>(mFrom.daysTo(mTo)) + 1; }

    bool containsUtc(std::int64_t utcSeconds) const { return utcSeconds >= startUtc() && utcSeconds < endUtcExclusive(); }
    bool contains(const QDate &day) const { return day >= mFrom && day <= mTo; }

    //! The same days one year earlier (29 Feb maps to 28 Feb).
    DateRange sameDaysPreviousYear() const;
    //! The period of equal day count that ends the day before this one starts.
    DateRange previousPeriod() const;

    //! "2021-01-01..2021-12-12"
    QString toString() const;

    bool operator==(const DateRange &other) const { return mFrom == other.mFrom && mTo == other.mTo; }
    bool operator!=(const DateRange &other) const { return !(*this == other); }

  private:
    QDate mFrom;
    QDate mTo;
};

} // namespace lagesbild
