// PatternCounts: what the time-patterns tab shows of one period — the hour × weekday matrix, the
// months and the categories — from either plain counts (TimePatterns) or aoristic weights
// (Aoristic: incidents spread over their time windows, fractional counts). The tab draws this one
// form, so both modes share every table and chart.
#pragma once

#include "analysis/aoristic.h"
#include "analysis/timepatterns.h"

#include <QString>
#include <QVariant>

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace lagesbild
{

struct PatternCounts
{
    DateRange period;
    double total = 0.0;
    //! [weekday − 1][hour]: ISO weekday 1 (Monday)..7, local hour 0..23.
    std::array<std::array<double, 24>, 7> hourByWeekday{};
    //! Every month the period touches, "YYYY-MM", in order.
    std::vector<std::pair<QString, double>> months;
    //! Category codes, largest first, then by code.
    std::vector<std::pair<QString, double>> categories;
    bool aoristic = false;
    std::int64_t spread = 0;         //!< aoristic: incidents spread over a window
    std::int64_t countedAtStart = 0; //!< aoristic: windows over the limit, counted at their start
    std::int64_t limitSeconds = 0;   //!< aoristic: the window limit

    static PatternCounts fromPatterns(const TimePatternsResult &result);
    static PatternCounts fromAoristic(const AoristicTally &tally);

    //! The count of a category (0 when absent).
    double category(const QString &code) const;
    //! A count as the tab writes it: whole numbers, or one decimal when aoristic.
    QString format(double count) const;
    //! A count as a table cell's raw value (sorting, export): whole numbers, or the fraction when aoristic.
    QVariant value(double count) const;
};

} // namespace lagesbild
