// TimeLabels: names of weekdays and months for lagesbild-cli's human tables (translatable).
#pragma once

#include <QString>

namespace lagesbild::cli
{

class TimeLabels
{
  public:
    //! ISO weekday 1 (Monday)..7
    static QString weekday(int isoWeekday);
    //! Three-letter form for the hour × weekday matrix
    static QString weekdayShort(int isoWeekday);
    //! Month 1..12
    static QString month(int month);
    //! "18–19" for hour 18
    static QString hourSpan(int hour);
};

} // namespace lagesbild::cli
