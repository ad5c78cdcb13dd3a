#include "reportwording.h"

#include <QHash>

#include <cmath>

namespace lagesbild
{
namespace
{
const QChar kMinus(0x2212);
const QChar kThinSpace(QLatin1Char(' '));

QString groupThousands(QString digits)
{
  for (int position = digits.size() - 3; position > 0; position -= 3)
    digits.insert(position, kThinSpace);
  return digits;
}
} // namespace

QString ReportWording::integer(std::int64_t value)
{
  const QString digits = groupThousands(QString::number(value < 0 ? -value : value));
  return value < 0 ? kMinus + digits : digits;
}

QString ReportWording::signedInteger(std::int64_t value)
{
  return value > 0 ? QStringLiteral("+") + integer(value) : integer(value);
}

QString ReportWording::decimal(double value, int decimals)
{
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(value * scale) / scale;
  QString text = QString::number(std::fabs(rounded), 'f', decimals);
  const int point = text.indexOf(QLatin1Char('.'));
  QString whole = point < 0 ? text : text.left(point);
  QString result = groupThousands(whole);
  if (point >= 0)
    result += QLatin1Char(',') + text.mid(point + 1);
  return rounded < 0 ? kMinus + result : result;
}

QString ReportWording::changePercent(const std::optional<double> &value)
{
  if (!value)
    return QStringLiteral("–");
  const double rounded = std::round(*value * 10.0) / 10.0;
  return (rounded > 0 ? QStringLiteral("+") : QString()) + decimal(rounded, 1) + QStringLiteral(" %");
}

QString ReportWording::pValue(double value)
{
  if (value < 0.001)
    return QStringLiteral("p < 0,001");
  return QStringLiteral("p = ") + decimal(value, 3);
}

QString ReportWording::significance(double pValue)
{
  return pValue < 0.05 ? QStringLiteral("statistiskt säkerställd") : QStringLiteral("kan vara slump");
}

QString ReportWording::date(const QDate &day)
{
  static const char *const months[] = {"januari", "februari", "mars",      "april",   "maj",      "juni",
                                       "juli",    "augusti",  "september", "oktober", "november", "december"};
  return QStringLiteral("%1 %2 %3").arg(day.day()).arg(QString::fromUtf8(months[day.month() - 1])).arg(day.year());
}

QString ReportWording::period(const DateRange &period)
{
  if (period.from() == period.to())
    return date(period.from());
  QString from = date(period.from());
  if (period.from().year() == period.to().year())
    from = from.left(from.lastIndexOf(QLatin1Char(' ')));
  return from + QStringLiteral("–") + date(period.to());
}

QString ReportWording::weekday(int isoWeekday, bool shortName)
{
  static const char *const names[] = {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"};
  const QString name = QString::fromUtf8(names[(isoWeekday - 1) % 7]);
  return shortName ? name.left(3) : name;
}

QString ReportWording::kind(const std::optional<IncidentKind> &kind)
{
  if (!kind)
    return QStringLiteral("Alla händelser");
  return *kind == IncidentKind::Crime ? QStringLiteral("Anmälda brott") : QStringLiteral("Lägesrapporter");
}

QString ReportWording::municipality(const Municipality &municipality)
{
  if (municipality.name.isEmpty())
    return QStringLiteral("kommun %1").arg(municipality.code);
  // The names the municipalities use themselves where the rule below does not give them.
  static const QHash<QString, QString> exceptions = {{QStringLiteral("0980"), QStringLiteral("Region Gotland")},
                                                     {QStringLiteral("0180"), QStringLiteral("Stockholms stad")},
                                                     {QStringLiteral("1480"), QStringLiteral("Göteborgs Stad")},
                                                     {QStringLiteral("1280"), QStringLiteral("Malmö stad")},
                                                     {QStringLiteral("2080"), QStringLiteral("Falu kommun")}};
  if (const auto found = exceptions.constFind(municipality.code); found != exceptions.constEnd())
    return found.value();
  // Genitive s after a consonant ("Kungsörs kommun"), none after a vowel, s, x or z ("Uppsala
  // kommun", "Västerås kommun").
  const QChar last = municipality.name.back().toLower();
  const bool bare = QStringLiteral("aeiouyåäösxz").contains(last);
  return municipality.name + (bare ? QString() : QStringLiteral("s")) + QStringLiteral(" kommun");
}

} // namespace lagesbild
