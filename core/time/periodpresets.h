// PeriodPresets: the periods a coordinator picks most — this week, last week, this month,
// this quarter, this year, the same period last year, the previous period of equal length —
// computed from a reference day in the Swedish calendar (weeks start on Monday, ISO weeks).
#pragma once

#include "daterange.h"

#include <QDate>
#include <QString>

#include <vector>

namespace lagesbild
{

enum class PeriodPreset
{
  ThisWeek,
  LastWeek,
  ThisMonth,
  LastMonth,
  ThisQuarter,
  LastQuarter,
  ThisYear,
  LastYear,
  Last30Days,
  Last12Months,
};

class PeriodPresets
{
  public:
    //! The preset's days relative to today (inclusive of today for the "this …" presets).
    static DateRange range(PeriodPreset preset, const QDate &today);
    //! All presets in menu order.
    static std::vector<PeriodPreset> all();
    //! Translatable English name ("This week" …).
    static QString name(PeriodPreset preset);
};

} // namespace lagesbild
