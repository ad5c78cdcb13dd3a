#include "daterange.h"

#include "stockholmtime.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cassert>

namespace lagesbild
{
namespace
{
Result<QDate> parseDay(const QString &text, const QString &whole, const char *which)
{
  static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
  const auto match = pattern.match(text);
  if (!match.hasMatch())
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("DateRange", "Invalid date \"%1\" in \"%2\" (%3): write YYYY-MM-DD, e.g. 2021-03-05")
                       .arg(text, whole, QLatin1String(which)));
  const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
  if (!date.isValid())
    return makeError(
      ErrorCode::BadInput,
      QCoreApplication::translate("DateRange", "The date %1 does not exist (in \"%2\", %3)").arg(text, whole, QLatin1String(which)));
  return date;
}
} // namespace

DateRange::DateRange(const QDate &from, const QDate &to) : mFrom(from), mTo(to)
{
  assert(from.isValid() && to.isValid() && from <= to);
}

Result<DateRange> DateRange::parse(const QString &input)
{
  const QString text = input.trimmed();
  if (text.isEmpty())
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("DateRange", "Empty period: write FROM..TO, e.g. 2021-01-01..2021-12-12"));
  const int separator = text.indexOf(QStringLiteral(".."));
  QString fromText = text;
  QString toText = text;
  if (separator >= 0)
  {
    fromText = text.left(separator).trimmed();
    toText = text.mid(separator + 2).trimmed();
    if (fromText.isEmpty() || toText.isEmpty())
      return makeError(ErrorCode::BadInput,
                       QCoreApplication::translate("DateRange", "The period \"%1\" lacks a start or end date: write FROM..TO").arg(text));
  }
  const auto from = parseDay(fromText, text, "from");
  if (!from)
    return from.error();
  const auto to = parseDay(toText, text, "to");
  if (!to)
    return to.error();
  if (*from > *to)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("DateRange", "The period \"%1\" ends before it starts").arg(text));
  return DateRange(*from, *to);
}

std::int64_t DateRange::startUtc() const
{
  return StockholmTime::instance().startOfDayUtc(mFrom);
}

std::int64_t DateRange::endUtcExclusive() const
{
  return StockholmTime::instance().startOfDayUtc(mTo.addDays(1));
}

DateRange DateRange::sameDaysPreviousYear() const
{
  auto back = [](const QDate &d)
  {
    const QDate shifted = d.addYears(-1); // Qt maps 29 Feb to 28 Feb
    return shifted;
  };
  return DateRange(back(mFrom), back(mTo));
}

DateRange DateRange::previousPeriod() const
{
  const int days = dayCount();
  return DateRange(mFrom.addDays(-days), mFrom.addDays(-1));
}

QString DateRange::toString() const
{
  return mFrom.toString(Qt::ISODate) + QStringLiteral("..") + mTo.toString(Qt::ISODate);
}

} // namespace lagesbild
