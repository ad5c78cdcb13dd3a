#include "timelabels.h"

#include <QCoreApplication>

namespace lagesbild::cli
{

QString TimeLabels::weekday(int isoWeekday)
{
  switch (isoWeekday)
  {
  case 1:
    return QCoreApplication::translate("cli", "Monday");
  case 2:
    return QCoreApplication::translate("cli", "Tuesday");
  case 3:
    return QCoreApplication::translate("cli", "Wednesday");
  case 4:
    return QCoreApplication::translate("cli", "Thursday");
  case 5:
    return QCoreApplication::translate("cli", "Friday");
  case 6:
    return QCoreApplication::translate("cli", "Saturday");
  case 7:
    return QCoreApplication::translate("cli", "Sunday");
  }
  return QString::number(isoWeekday);
}

QString TimeLabels::weekdayShort(int isoWeekday)
{
  switch (isoWeekday)
  {
  case 1:
    return QCoreApplication::translate("cli", "Mon");
  case 2:
    return QCoreApplication::translate("cli", "Tue");
  case 3:
    return QCoreApplication::translate("cli", "Wed");
  case 4:
    return QCoreApplication::translate("cli", "Thu");
  case 5:
    return QCoreApplication::translate("cli", "Fri");
  case 6:
    return QCoreApplication::translate("cli", "Sat");
  case 7:
    return QCoreApplication::translate("cli", "Sun");
  }
  return QString::number(isoWeekday);
}

QString TimeLabels::month(int month)
{
  static const char *const names[] = {
    QT_TRANSLATE_NOOP("cli", "January"), QT_TRANSLATE_NOOP("cli", "February"), QT_TRANSLATE_NOOP("cli", "March"),
    QT_TRANSLATE_NOOP("cli", "April"),   QT_TRANSLATE_NOOP("cli", "May"),      QT_TRANSLATE_NOOP("cli", "June"),
    QT_TRANSLATE_NOOP("cli", "July"),    QT_TRANSLATE_NOOP("cli", "August"),   QT_TRANSLATE_NOOP("cli", "September"),
    QT_TRANSLATE_NOOP("cli", "October"), QT_TRANSLATE_NOOP("cli", "November"), QT_TRANSLATE_NOOP("cli", "December")};
  if (month < 1 || month > 12)
    return QString::number(month);
  return QCoreApplication::translate("cli", names[month - 1]);
}

QString TimeLabels::hourSpan(int hour)
{
  return QStringLiteral("%1–%2").arg(hour, 2, 10, QLatin1Char('0')).arg((hour + 1) % 24, 2, 10, QLatin1Char('0'));
}

} // namespace lagesbild::cli
