#include "identitynumbermasker.h"

#include <QDate>

namespace lagesbild::importer
{
namespace
{
constexpr int kShortLength = 10;
constexpr int kLongLength = 12;
constexpr int kDatePartLength = 6;     // YYMMDD
constexpr int kLongDatePartLength = 8; // YYYYMMDD
constexpr int kSerialLength = 4;       // NNNC
constexpr int kCoordinationDayOffset = 60;
//! Spaces allowed on each side of the separator ("811218 - 9876").
constexpr int kMaxSpaces = 2;

bool isAsciiDigit(QChar c)
{
  return c.unicode() >= '0' && c.unicode() <= '9';
}

int digitAt(const QString &text, int i)
{
  return text.at(i).unicode() - '0';
}

bool isSpace(QChar c)
{
  // Space, tab, no-break space and narrow no-break space (Swedish number formatting).
  return c.unicode() == ' ' || c.unicode() == '\t' || c.unicode() == 0x00A0 || c.unicode() == 0x202F;
}

bool isSeparator(QChar c)
{
  // Hyphen-minus, plus (100 years or older), minus sign, en dash, em dash.
  return c.unicode() == '-' || c.unicode() == '+' || c.unicode() == 0x2212 || c.unicode() == 0x2013 || c.unicode() == 0x2014;
}

int daysInMonth(int month, int year)
{
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year > 0)
    return QDate::isLeapYear(year) ? 29 : 28;
  return kDays[month - 1];
}

//! Luhn over the ten digits YYMMDDNNNC.
bool luhnValid(const QString &digits)
{
  int sum = 0;
  for (int i = 0; i < kShortLength; ++i)
  {
    const int product = digitAt(digits, i) * (i % 2 == 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 == 0;
}

//! The ten digits with the full year when known (0 otherwise): date and Luhn digit valid.
bool isValidNumber(const QString &tenDigits, int fullYear)
{
  for (const QChar c : tenDigits)
    if (!isAsciiDigit(c))
      return false;
  const int month = digitAt(tenDigits, 2) * 10 + digitAt(tenDigits, 3);
  int day = digitAt(tenDigits, 4) * 10 + digitAt(tenDigits, 5);
  if (day > kCoordinationDayOffset)
    day -= kCoordinationDayOffset;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, fullYear))
    return false;
  if (fullYear > 0 && QDate(fullYear, month, day) > QDate::currentDate())
    return false; // not born yet
  return luhnValid(tenDigits);
}

//! Where a candidate number at `start` ends, and its digits; -1 when there is none.
int candidateAt(const QString &text, int start, QString &digits)
{
  const int size = static_cast<int>(text.size());
  int runEnd = start;
  while (runEnd < size && isAsciiDigit(text.at(runEnd)))
    ++runEnd;
  const int runLength = runEnd - start;
  if (runLength == kShortLength || runLength == kLongLength)
  {
    digits = text.mid(start, runLength);
    return runEnd;
  }
  if (runLength != kDatePartLength && runLength != kLongDatePartLength)
    return -1;
  // A split number: spaces, at most one separator, spaces, then exactly four digits.
  int p = runEnd;
  for (int spaces = 0; spaces < kMaxSpaces && p < size && isSpace(text.at(p)); ++spaces)
    ++p;
  if (p < size && isSeparator(text.at(p)))
  {
    ++p;
    for (int spaces = 0; spaces < kMaxSpaces && p < size && isSpace(text.at(p)); ++spaces)
      ++p;
  }
  if (p == runEnd)
    return -1;
  int tailEnd = p;
  while (tailEnd < size && isAsciiDigit(text.at(tailEnd)))
    ++tailEnd;
  if (tailEnd - p != kSerialLength)
    return -1;
  digits = text.mid(start, runLength) + text.mid(p, kSerialLength);
  return tailEnd;
}

bool isValidCandidate(const QString &digits)
{
  if (digits.size() == kLongLength)
  {
    const int century = digitAt(digits, 0) * 10 + digitAt(digits, 1);
    if (century < 18 || century > 20)
      return false;
    const int year = century * 100 + digitAt(digits, 2) * 10 + digitAt(digits, 3);
    return isValidNumber(digits.mid(2), year);
  }
  return isValidNumber(digits, 0);
}

bool hasTenDigits(const QString &text)
{
  int digitCount = 0;
  for (const QChar c : text)
    if (isAsciiDigit(c) && ++digitCount >= kShortLength)
      return true;
  return false;
}

//! Scans text; with out, writes the masked text into it. Returns the number of valid numbers.
int scan(const QString &text, QString *out)
{
  const int size = static_cast<int>(text.size());
  int found = 0;
  int copiedUpTo = 0;
  int i = 0;
  QString digits;
  while (i < size)
  {
    if (!isAsciiDigit(text.at(i)) || (i > 0 && isAsciiDigit(text.at(i - 1))))
    {
      ++i;
      continue;
    }
    const int end = candidateAt(text, i, digits);
    if (end > 0 && isValidCandidate(digits))
    {
      ++found;
      if (out)
      {
        out->append(text.constData() + copiedUpTo, i - copiedUpTo);
        out->append(IdentityNumberMasker::replacement());
        copiedUpTo = end;
      }
      i = end;
      continue;
    }
    while (i < size && isAsciiDigit(text.at(i)))
      ++i;
  }
  if (out && found > 0)
    out->append(text.constData() + copiedUpTo, size - copiedUpTo);
  return found;
}
} // namespace

QString IdentityNumberMasker::replacement()
{
  return QStringLiteral("[personnummer]");
}

bool IdentityNumberMasker::isValidTenDigits(const QString &digits)
{
  return digits.size() == kShortLength && isValidNumber(digits, 0);
}

bool IdentityNumberMasker::contains(const QString &text)
{
  return hasTenDigits(text) && scan(text, nullptr) > 0;
}

int IdentityNumberMasker::mask(QString &text)
{
  if (!hasTenDigits(text))
    return 0;
  QString result;
  const int found = scan(text, &result);
  if (found > 0)
    text = result;
  return found;
}

} // namespace lagesbild::importer
