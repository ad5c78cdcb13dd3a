#include "datetext.h"

#include <QRegularExpression>
#include <QStringList>

namespace lagesbild
{
namespace
{
int monthFromName(const QString &word)
{
  static const QStringList swedish = {QStringLiteral("januari"), QStringLiteral("februari"), QStringLiteral("mars"),
                                      QStringLiteral("april"),   QStringLiteral("maj"),      QStringLiteral("juni"),
                                      QStringLiteral("juli"),    QStringLiteral("augusti"),  QStringLiteral("september"),
                                      QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("december")};
  static const QStringList english = {QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
                                      QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
                                      QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
                                      QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
  const QString name = word.toLower().remove(QLatin1Char('.'));
  if (name.size() < 3)
    return 0;
  for (int month = 0; month < 12; ++month)
  {
    if (swedish.at(month).startsWith(name) || english.at(month).startsWith(name))
      return month + 1;
  }
  return 0;
}

int fullYear(const QString &digits)
{
  const int year = digits.toInt();
  return digits.size() == 2 ? 2000 + year : year;
}

std::optional<QDate> valid(int year, int month, int day)
{
  const QDate date(year, month, day);
  if (!date.isValid() || year < 1900 || year > 2200)
    return std::nullopt;
  return date;
}
} // namespace

std::optional<QDate> DateText::parse(const QString &text)
{
  const QString input = text.trimmed();
  // 2021-03-05, 2021-3-5, 2021/03/05, 2021.03.05
  static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
  // 20210305
  static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
  // 5/3 2021, 5/3-2021, 5.3.2021, 5-3-2021, 5/3/21
  static const QRegularExpression dayMonthYear(QStringLiteral("^(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[\\s/.-]\\s*(\\d{4}|\\d{2})$"));
  // 5 mars 2021, 5 mar. 2021, 5:e mars 2021
  static const QRegularExpression named(QStringLiteral("^(\\d{1,2})(?::e|:a)?\\.?\\s+([^\\d\\s]+)\\s+(\\d{4}|\\d{2})$"),
                                        QRegularExpression::UseUnicodePropertiesOption);
  if (const auto match = iso.match(input); match.hasMatch())
    return valid(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
  if (const auto match = compact.match(input); match.hasMatch())
    return valid(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
  if (const auto match = dayMonthYear.match(input); match.hasMatch())
    return valid(fullYear(match.captured(3)), match.captured(2).toInt(), match.captured(1).toInt());
  if (const auto match = named.match(input); match.hasMatch())
  {
    const int month = monthFromName(match.captured(2));
    if (month == 0)
      return std::nullopt;
    return valid(fullYear(match.captured(3)), month, match.captured(1).toInt());
  }
  return std::nullopt;
}

bool DateText::couldBecomeDate(const QString &text)
{
  static const QRegularExpression allowed(QStringLiteral("^[\\d\\s/.:\\-\\p{L}]*$"), QRegularExpression::UseUnicodePropertiesOption);
  return text.size() <= 24 && allowed.match(text).hasMatch();
}

} // namespace lagesbild
