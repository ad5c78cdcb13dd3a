// AoristicComparison: two periods compared on aoristic (fractional) counts, overall and per
// category, source, area, hour, weekday or calendar month. No p-values: the exact Poisson test
// of PeriodComparison needs whole counts, and a spread incident is not a Poisson event in each
// hour it touches — the comparison says so instead of testing.
#pragma once

#include "aoristic.h"

#include <optional>
#include <vector>

namespace lagesbild
{

struct AoristicRow
{
    QString key; //!< as ComparisonRow's keys: codes, hour "0".."23", weekday "1".."7", month "01".."12"
    double a = 0.0;
    double b = 0.0;
    double change = 0.0;
    std::optional<double> changePercent; //!< none when a is 0
};

struct AoristicComparisonResult
{
    AoristicTally a;
    AoristicTally b;
    double change = 0.0;
    std::optional<double> changePercent;
    std::optional<GroupField> groupBy;
    std::vector<AoristicRow> rows;
};

class AoristicComparison
{
  public:
    //! groupBy: Category, Source, Area, Hour, Weekday or Month (calendar month, years pooled).
    static AoristicComparisonResult compare(AoristicTally a, AoristicTally b, std::optional<GroupField> groupBy);
};

} // namespace lagesbild
