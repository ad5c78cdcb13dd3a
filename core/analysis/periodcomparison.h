// PeriodComparison: "is it better or worse than before, where, and is that more than chance?"
// Counts two periods A and B under one filter, overall and per group (category, source, area,
// hour, weekday, month), with the change, the change in percent, rates per 30 days and an exact
// Poisson p-value per row (PoissonTest) adjusted across rows by Benjamini–Hochberg.
#pragma once

#include "common/result.h"
#include "model/incidentfilter.h"
#include "model/incidentqueries.h"
#include "time/daterange.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lagesbild
{

//! One period of a comparison.
struct ComparisonSide
{
    DateRange period;
    std::int64_t total = 0;
    std::int64_t exposureSeconds = 0; //!< exact length of the period
    double ratePer30Days = 0.0;       //!< total per 30 × 24 h of the period's length
};

//! One group (category, hour …) compared across the two periods.
struct ComparisonRow
{
    //! Group key: a category, source or area code ("" for incidents outside every area), hour
    //! "0".."23", ISO weekday "1".."7", or calendar month "01".."12" (months of any year pooled,
    //! so January 2020 lines up with January 2021).
    QString key;
    std::int64_t a = 0;
    std::int64_t b = 0;
    std::int64_t change = 0;              //!< b − a
    std::optional<double> changePercent;  //!< 100 (b − a) / a; none when a is 0
    std::optional<double> ratePer30DaysA; //!< per 30 days of the time this group can occur in A
    std::optional<double> ratePer30DaysB;
    //! Exact test on this row's counts against the time the group can occur in each period (all
    //! of it, or the hours/weekdays/months of the key); none when the key cannot occur in a period.
    std::optional<double> pValue;
    std::optional<double> pAdjusted; //!< Benjamini–Hochberg across the rows
};

struct ComparisonResult
{
    ComparisonSide a;
    ComparisonSide b;
    std::int64_t change = 0;
    std::optional<double> changePercent; //!< none when A's total is 0
    double pValue = 1.0;                 //!< exact test on the totals over the period lengths
    std::optional<GroupField> groupBy;
    //! Union of the keys found in either period. Hours, weekdays and months in their natural
    //! order; other keys by a + b, largest first, then by key.
    std::vector<ComparisonRow> rows;
};

class PeriodComparison
{
  public:
    //! Compares A and B under `filter` (its period is ignored). groupBy may be Category, Source,
    //! Area, Hour, Weekday, Month, Address or Kind; Day is refused (days of two periods never match).
    //! Two queries: a count (or countBy) per period.
    static Result<ComparisonResult> compare(const IncidentQueries &queries, const IncidentFilter &filter, const DateRange &a,
                                            const DateRange &b, std::optional<GroupField> groupBy = std::nullopt);

    //! 100 (b − a) / a, none when a is 0.
    static std::optional<double> changePercent(std::int64_t a, std::int64_t b);
    //! count per 30 days of the exposure; none when the exposure is 0.
    static std::optional<double> ratePer30Days(std::int64_t count, std::int64_t exposureSeconds);
};

} // namespace lagesbild
