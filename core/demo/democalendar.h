// DemoCalendar: the calendar of the Kungsör demo — its period (2019-01-01..2022-06-30), school
// holidays in Västmanland (approximate), when the municipal lägesbild reporting started
// (June 2020, as in the seed) and the slow downward trend after systematic work began mid-2020.
#pragma once

#include "model/incident.h"

#include <QDate>

namespace lagesbild::demo
{

class DemoCalendar
{
  public:
    static QDate firstDay() { return QDate(2019, 1, 1); }
    static QDate lastDay() { return QDate(2022, 6, 30); }
    //! The first day of the municipal lägesbild reporting: no reports before it.
    static QDate reportingStart() { return QDate(2020, 6, 1); }
    //! The start of systematic crime-prevention work, after which levels decline.
    static QDate systematicWorkStart() { return QDate(2020, 7, 1); }

    //! True on school-holiday days (summer, autumn, Christmas, winter sports week, Easter), approximate.
    static bool isSchoolHoliday(const QDate &day);
    //! Multiplier of the daily level of the kind on the day: 1 before the work started, then falling.
    static double trend(IncidentKind kind, const QDate &day);
};

} // namespace lagesbild::demo
