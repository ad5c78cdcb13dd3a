#include "identitynumbermasker.h"

namespace lagesbild::importer
{
namespace
{
constexpr int kShortLength = 10;
constexpr int kLongLength = 12;
constexpr int kCoordinationDayOffset = 60;

bool isAsciiDigit(QChar c)
{
  return c.unicode() >= '0' && c.unicode() <= '9';
}

int digitAt(const QString &text, int i)
{
  return text.at(i).unicode() - '0';
}
} // namespace

QString IdentityNumberMasker::replacement()
{
  return QStringLiteral("[personnummer]");
}

bool IdentityNumberMasker::isValidTenDigits(const QString &digits)
{
  if (digits.size() != kShortLength)
    return false;
  for (const QChar c : digits)
    if (!isAsciiDigit(c))
      return false;
  const int month = digitAt(digits, 2) * 10 + digitAt(digits, 3);
  int day = digitAt(digits, 4) * 10 + digitAt(digits, 5);
  if (day > kCoordinationDayOffset)
    day -= kCoordinationDayOffset;
  if (month < 1 || month > 12 || day < 1 || day > 31)
    return false;
  // Luhn: weights 2,1,2,1,… over all ten digits; the sum of the products' digits is a multiple of 10.
  int sum = 0;
  for (int i = 0; i < kShortLength; ++i)
  {
    int product = digitAt(digits, i) * (i % 2 == 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 == 0;
}

int IdentityNumberMasker::mask(QString &text)
{
  int digitCount = 0;
  for (const QChar c : text)
    digitCount += isAsciiDigit(c) ? 1 : 0;
  if (digitCount < kShortLength)
    return 0;

  int masked = 0;
  const int size = static_cast<int>(text.size());
  int i = 0;
  while (i < size)
  {
    if (!isAsciiDigit(text.at(i)) || (i > 0 && isAsciiDigit(text.at(i - 1))))
    {
      ++i;
      continue;
    }
    int runEnd = i;
    while (runEnd < size && isAsciiDigit(text.at(runEnd)))
      ++runEnd;
    const int runLength = runEnd - i;
    int matchEnd = -1;
    QString digits;
    if (runLength == kShortLength || runLength == kLongLength)
    {
      digits = text.mid(i, runLength);
      matchEnd = runEnd;
    }
    else if ((runLength == 6 || runLength == 8) && runEnd + 5 <= size &&
             (text.at(runEnd) == QLatin1Char('-') || text.at(runEnd) == QLatin1Char('+')))
    {
      int tailEnd = runEnd + 1;
      while (tailEnd < size && isAsciiDigit(text.at(tailEnd)))
        ++tailEnd;
      if (tailEnd - runEnd - 1 == 4)
      {
        digits = text.mid(i, runLength) + text.mid(runEnd + 1, 4);
        matchEnd = tailEnd;
      }
    }
    if (matchEnd < 0)
    {
      i = runEnd;
      continue;
    }
    bool valid = true;
    if (digits.size() == kLongLength)
    {
      const int century = digitAt(digits, 0) * 10 + digitAt(digits, 1);
      valid = century >= 18 && century <= 20;
      digits = digits.mid(2);
    }
    if (valid && isValidTenDigits(digits))
    {
      text.replace(i, matchEnd - i, replacement());
      ++masked;
      return masked + mask(text); // positions moved; rescan the rest (rare)
    }
    i = matchEnd;
  }
  return masked;
}

} // namespace lagesbild::importer
