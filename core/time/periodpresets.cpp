#include "periodpresets.h"

#include <QCoreApplication>

namespace lagesbild
{
namespace
{
QDate startOfQuarter(const QDate &day)
{
  return QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1);
}
} // namespace

DateRange PeriodPresets::range(PeriodPreset preset, const QDate &today)
{
  const QDate monday = today.addDays(1 - today.dayOfWeek());
  const QDate firstOfMonth(today.year(), today.month(), 1);
  switch (preset)
  {
  case PeriodPreset::ThisWeek:
    return DateRange(monday, today);
  case PeriodPreset::LastWeek:
    return DateRange(monday.addDays(-7), monday.addDays(-1));
  case PeriodPreset::ThisMonth:
    return DateRange(firstOfMonth, today);
  case PeriodPreset::LastMonth:
    return DateRange(firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1));
  case PeriodPreset::ThisQuarter:
    return DateRange(startOfQuarter(today), today);
  case PeriodPreset::LastQuarter:
  {
    const QDate start = startOfQuarter(today);
    return DateRange(start.addMonths(-3), start.addDays(-1));
  }
  case PeriodPreset::ThisYear:
    return DateRange(QDate(today.year(), 1, 1), today);
  case PeriodPreset::LastYear:
    return DateRange(QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31));
  case PeriodPreset::Last30Days:
    return DateRange(today.addDays(-29), today);
  case PeriodPreset::Last12Months:
    return DateRange(today.addMonths(-12).addDays(1), today);
  }
  return DateRange(today, today);
}

std::vector<PeriodPreset> PeriodPresets::all()
{
  return {PeriodPreset::ThisWeek,    PeriodPreset::LastWeek, PeriodPreset::ThisMonth, PeriodPreset::LastMonth,  PeriodPreset::ThisQuarter,
          PeriodPreset::LastQuarter, PeriodPreset::ThisYear, PeriodPreset::LastYear,  PeriodPreset::Last30Days, PeriodPreset::Last12Months};
}

QString PeriodPresets::name(PeriodPreset preset)
{
  switch (preset)
  {
  case PeriodPreset::ThisWeek:
    return QCoreApplication::translate("PeriodPresets", "This week");
  case PeriodPreset::LastWeek:
    return QCoreApplication::translate("PeriodPresets", "Last week");
  case PeriodPreset::ThisMonth:
    return QCoreApplication::translate("PeriodPresets", "This month");
  case PeriodPreset::LastMonth:
    return QCoreApplication::translate("PeriodPresets", "Last month");
  case PeriodPreset::ThisQuarter:
    return QCoreApplication::translate("PeriodPresets", "This quarter");
  case PeriodPreset::LastQuarter:
    return QCoreApplication::translate("PeriodPresets", "Last quarter");
  case PeriodPreset::ThisYear:
    return QCoreApplication::translate("PeriodPresets", "This year");
  case PeriodPreset::LastYear:
    return QCoreApplication::translate("PeriodPresets", "Last year");
  case PeriodPreset::Last30Days:
    return QCoreApplication::translate("PeriodPresets", "Last 30 days");
  case PeriodPreset::Last12Months:
    return QCoreApplication::translate("PeriodPresets", "Last 12 months");
  }
  return {};
}

} // namespace lagesbild
