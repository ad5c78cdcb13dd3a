#include "swedishformat.h"

#include <QRegularExpression>

#include <cmath>

namespace lagesbild::cli
{
namespace
{
const QChar kMinus(0x2212);
const QChar kThousandsSeparator(0x00A0); // no-break space: a number never breaks over lines
constexpr double kSmallestShownP = 0.001;

//! Groups the digits of a non-negative integer text in threes.
QString grouped(const QString &digits)
{
  QString result;
  const auto length = digits.size();
  for (qsizetype i = 0; i < length; ++i)
  {
    if (i > 0 && (length - i) % 3 == 0)
      result += kThousandsSeparator;
    result += digits.at(i);
  }
  return result;
}
} // namespace

QString SwedishFormat::integer(std::int64_t value)
{
  const QString digits = QString::number(value < 0 ? -static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value));
  return (value < 0 ? QString(kMinus) : QString()) + grouped(digits);
}

QString SwedishFormat::signedInteger(std::int64_t value)
{
  return (value > 0 ? QStringLiteral("+") : QString()) + integer(value);
}

QString SwedishFormat::decimal(double value, int decimals)
{
  if (!std::isfinite(value))
    return missing();
  const QString text = QString::number(std::fabs(value), 'f', decimals);
  const auto point = text.indexOf(QLatin1Char('.'));
  const QString whole = point < 0 ? text : text.left(point);
  const QString fraction = point < 0 ? QString() : QLatin1Char(',') + text.mid(point + 1);
  // No "−0,0": a value that rounds to zero is shown without sign.
  const bool negative = value < 0 && text.contains(QRegularExpression(QStringLiteral("[1-9]")));
  return (negative ? QString(kMinus) : QString()) + grouped(whole) + fraction;
}

QString SwedishFormat::changePercent(const std::optional<double> &value)
{
  if (!value)
    return missing();
  const QString number = decimal(*value, 1);
  const bool positive = *value > 0 && number != QStringLiteral("0,0");
  return (positive ? QStringLiteral("+") : QString()) + number + QStringLiteral("\u00a0%");
}

QString SwedishFormat::pValue(const std::optional<double> &value)
{
  if (!value)
    return missing();
  if (*value < kSmallestShownP)
    return QStringLiteral("<\u00a00,001");
  return decimal(*value, 3);
}

QString SwedishFormat::missing()
{
  return QStringLiteral("–");
}

} // namespace lagesbild::cli
