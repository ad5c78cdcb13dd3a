#include "valueparsers.h"

#include <QDateTime>

#include <charconv>
#include <cstring>

namespace lagesbild::importer
{
namespace
{
bool isDigit(char c)
{
  return c >= '0' && c <= '9';
}

//! Reads 1..maxDigits digits at pos; returns the count read (0: none).
int readDigits(std::string_view text, std::size_t &pos, int maxDigits, int &value)
{
  int count = 0;
  value = 0;
  while (pos < text.size() && count < maxDigits && isDigit(text[pos]))
  {
    value = value * 10 + (text[pos] - '0');
    ++pos;
    ++count;
  }
  return count;
}

bool atDigit(std::string_view text, std::size_t pos)
{
  return pos < text.size() && isDigit(text[pos]);
}

void skipSpaces(std::string_view text, std::size_t &pos)
{
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t'))
    ++pos;
}

bool startsWithNoCase(std::string_view text, std::size_t pos, const char *word)
{
  const std::size_t length = std::strlen(word);
  if (text.size() - pos < length)
    return false;
  for (std::size_t i = 0; i < length; ++i)
  {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i])
      return false;
  }
  return true;
}

//! Time of day at pos: H[H][:.]MM[[:.]SS[.fff]], or HHMM when it is the whole rest.
bool parseTimeOfDay(std::string_view text, std::size_t &pos, ParsedMoment &moment)
{
  const std::size_t start = pos;
  int hour = 0;
  const int hourDigits = readDigits(text, pos, 2, hour);
  if (hourDigits == 0)
    return false;
  int minute = 0;
  int second = 0;
  if (pos < text.size() && (text[pos] == ':' || text[pos] == '.') && atDigit(text, pos + 1))
  {
    ++pos;
    if (readDigits(text, pos, 2, minute) != 2)
      return false;
    if (pos < text.size() && (text[pos] == ':' || text[pos] == '.') && atDigit(text, pos + 1))
    {
      ++pos;
      if (readDigits(text, pos, 2, second) != 2)
        return false;
      if (pos < text.size() && (text[pos] == '.' || text[pos] == ',') && atDigit(text, pos + 1))
      {
        ++pos;
        int fraction = 0;
        while (atDigit(text, pos))
          readDigits(text, pos, 9, fraction);
      }
    }
  }
  else if (hourDigits == 2 && pos + 2 <= text.size() && isDigit(text[pos]) && isDigit(text[pos + 1]))
  {
    // "2230"
    readDigits(text, pos, 2, minute);
  }
  else
  {
    pos = start;
    return false;
  }
  if (hour > 23 || minute > 59 || second > 60)
    return false;
  moment.hasTime = true;
  moment.hour = hour;
  moment.minute = minute;
  moment.second = second == 60 ? 59 : second;
  return true;
}

//! Offset at pos: Z, UTC, GMT, +HH, +HHMM, +HH:MM (also after spaces).
bool parseOffset(std::string_view text, std::size_t &pos, ParsedMoment &moment)
{
  skipSpaces(text, pos);
  if (pos >= text.size())
    return true;
  if (text[pos] == 'Z' || text[pos] == 'z')
  {
    ++pos;
    moment.offsetSeconds = 0;
    return true;
  }
  if (startsWithNoCase(text, pos, "utc") || startsWithNoCase(text, pos, "gmt"))
  {
    pos += 3;
    if (pos >= text.size())
    {
      moment.offsetSeconds = 0;
      return true;
    }
  }
  if (text[pos] != '+' && text[pos] != '-')
    return false;
  const int sign = text[pos] == '-' ? -1 : 1;
  ++pos;
  int hours = 0;
  if (readDigits(text, pos, 2, hours) != 2)
    return false;
  int minutes = 0;
  if (pos < text.size() && text[pos] == ':')
    ++pos;
  if (atDigit(text, pos) && readDigits(text, pos, 2, minutes) != 2)
    return false;
  // UTC offsets in use run from −12:00 to +14:00; nothing beyond ±14:00 is a time zone.
  if (minutes > 59 || hours * 60 + minutes > 14 * 60)
    return false;
  moment.offsetSeconds = sign * (hours * 3600 + minutes * 60);
  return true;
}
} // namespace

std::string_view trimmed(std::string_view text)
{
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
    ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r'))
    --end;
  return text.substr(begin, end - begin);
}

bool parseNumber(std::string_view text, double &value)
{
  text = trimmed(text);
  if (text.empty() || text.size() > 64)
    return false;
  char buffer[64];
  std::size_t length = 0;
  bool hasComma = false;
  bool hasPoint = false;
  for (const char c : text)
  {
    hasComma = hasComma || c == ',';
    hasPoint = hasPoint || c == '.';
  }
  for (std::size_t i = 0; i < text.size(); ++i)
  {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    if (c == ' ' || u == 0xA0)
      continue; // thousands separator (also the no-break space of Windows-1252)
    if (u == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0)
    {
      ++i; // UTF-8 no-break space
      continue;
    }
    if (c == '.' && hasComma)
      continue; // "6.592.123,5"
    buffer[length++] = c == ',' ? '.' : c;
  }
  if (length == 0)
    return false;
  const char *begin = buffer;
  if (*begin == '+')
    ++begin;
  const auto [end, error] = std::from_chars(begin, buffer + length, value);
  return error == std::errc() && end == buffer + length && value == value;
}

std::int64_t daysFromCivil(int year, int month, int day)
{
  // Howard Hinnant's days_from_civil.
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = static_cast<unsigned>((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool isValidDate(int year, int month, int day)
{
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1)
    return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

DateTimeParser::DateTimeParser(const QString &customFormat) : mCustomFormat(customFormat)
{
  const auto dayAt = customFormat.indexOf(QLatin1Char('d'));
  const auto monthAt = customFormat.indexOf(QLatin1Char('M'));
  if (dayAt >= 0 && monthAt >= 0)
    mOrder = dayAt < monthAt ? DayMonthOrder::DayFirst : DayMonthOrder::MonthFirst;
}

MomentStatus DateTimeParser::parse(std::string_view text, ParsedMoment &moment, DayMonthOrder *evidence) const
{
  moment = ParsedMoment();
  text = trimmed(text);
  if (text.empty())
    return MomentStatus::Invalid;
  std::size_t pos = 0;
  if (startsWithNoCase(text, 0, "kl"))
  {
    pos = 2;
    if (pos < text.size() && text[pos] == '.')
      ++pos;
    skipSpaces(text, pos);
  }
  int first = 0;
  const int firstDigits = readDigits(text, pos, 8, first);
  if (firstDigits == 0)
    return parseCustom(text, moment);
  const char separator = pos < text.size() ? text[pos] : '\0';
  bool ambiguous = false;
  if (firstDigits == 4 && (separator == '-' || separator == '/' || separator == '.'))
  {
    // Year first: 2021-03-05, 2021/03/05 (as OGR writes), 2021.03.05.
    int month = 0;
    int day = 0;
    ++pos;
    if (readDigits(text, pos, 2, month) == 0 || pos >= text.size() || text[pos] != separator)
      return parseCustom(text, moment);
    ++pos;
    if (readDigits(text, pos, 2, day) == 0)
      return parseCustom(text, moment);
    moment.year = first;
    moment.month = month;
    moment.day = day;
  }
  else if (firstDigits == 8 && (separator == '\0' || separator == 'T' || separator == ' '))
  {
    moment.year = first / 10000;
    moment.month = first / 100 % 100;
    moment.day = first % 100;
  }
  else if (firstDigits <= 2 && (separator == '/' || separator == '.' || separator == '-') && atDigit(text, pos + 1))
  {
    // Day and month first: 05.03.2021, 05-03-2021 (day first), 5/3/2021 (ask the order).
    const std::size_t secondStart = pos + 1;
    std::size_t p = secondStart;
    int second = 0;
    int year = 0;
    if (readDigits(text, p, 2, second) == 0 || p >= text.size() || text[p] != separator)
    {
      // Not a date: maybe a time such as 22.30.
      pos = 0;
      if (startsWithNoCase(text, 0, "kl"))
      {
        pos = 2;
        if (pos < text.size() && text[pos] == '.')
          ++pos;
        skipSpaces(text, pos);
      }
      if (!parseTimeOfDay(text, pos, moment))
        return parseCustom(text, moment);
      skipSpaces(text, pos);
      return pos == text.size() ? MomentStatus::Ok : parseCustom(text, moment);
    }
    ++p;
    const int yearDigits = readDigits(text, p, 4, year);
    if (yearDigits == 2)
      year += 2000;
    else if (yearDigits != 4)
      return parseCustom(text, moment);
    pos = p;
    moment.year = year;
    DayMonthOrder order = separator == '/' ? mOrder : DayMonthOrder::DayFirst;
    if (separator == '/')
    {
      const DayMonthOrder proven = first > 12 ? DayMonthOrder::DayFirst : second > 12 ? DayMonthOrder::MonthFirst : DayMonthOrder::Unknown;
      if (evidence && proven != DayMonthOrder::Unknown)
        *evidence = proven;
      if (proven != DayMonthOrder::Unknown)
        order = proven;
      else if (first == second)
        order = DayMonthOrder::DayFirst; // 3/3/2021 is the same either way
      else if (order == DayMonthOrder::Unknown)
        ambiguous = true;
    }
    moment.day = order == DayMonthOrder::MonthFirst ? second : first;
    moment.month = order == DayMonthOrder::MonthFirst ? first : second;
  }
  else
  {
    // No date: a time of day alone.
    pos = 0;
    if (startsWithNoCase(text, 0, "kl"))
    {
      pos = 2;
      if (pos < text.size() && text[pos] == '.')
        ++pos;
      skipSpaces(text, pos);
    }
    if (!parseTimeOfDay(text, pos, moment))
      return parseCustom(text, moment);
    if (!parseOffset(text, pos, moment) || pos != text.size())
      return parseCustom(text, moment);
    return MomentStatus::Ok;
  }
  if (!ambiguous && !isValidDate(moment.year, moment.month, moment.day))
    return parseCustom(text, moment);
  moment.hasDate = true;
  // Optional time: after 'T', spaces, or ", kl".
  if (pos < text.size())
  {
    if (text[pos] == 'T' || text[pos] == 't')
      ++pos;
    else
    {
      const std::size_t before = pos;
      if (text[pos] == ',')
        ++pos;
      skipSpaces(text, pos);
      if (startsWithNoCase(text, pos, "kl"))
      {
        pos += 2;
        if (pos < text.size() && text[pos] == '.')
          ++pos;
        skipSpaces(text, pos);
      }
      if (pos == before)
        return parseCustom(text, moment);
    }
    if (pos < text.size() && !parseTimeOfDay(text, pos, moment))
      return parseCustom(text, moment);
    if (!parseOffset(text, pos, moment) || pos != text.size())
      return parseCustom(text, moment);
  }
  if (ambiguous)
  {
    // Both readings are valid dates (or one of them is not): let the caller decide.
    return isValidDate(moment.year, moment.month, moment.day) || isValidDate(moment.year, moment.day, moment.month)
             ? MomentStatus::Ambiguous
             : MomentStatus::Invalid;
  }
  return MomentStatus::Ok;
}

MomentStatus DateTimeParser::parseCustom(std::string_view text, ParsedMoment &moment) const
{
  if (mCustomFormat.isEmpty())
    return MomentStatus::Invalid;
  const QString value = QString::fromUtf8(text.data(), static_cast<int>(text.size()));
  moment = ParsedMoment();
  const QDateTime dateTime = QDateTime::fromString(value, mCustomFormat);
  if (dateTime.isValid())
  {
    moment.hasDate = moment.hasTime = true;
    moment.year = dateTime.date().year();
    moment.month = dateTime.date().month();
    moment.day = dateTime.date().day();
    moment.hour = dateTime.time().hour();
    moment.minute = dateTime.time().minute();
    moment.second = dateTime.time().second();
    if (dateTime.timeSpec() == Qt::OffsetFromUTC || dateTime.timeSpec() == Qt::UTC)
      moment.offsetSeconds = dateTime.offsetFromUtc();
    return MomentStatus::Ok;
  }
  const QDate date = QDate::fromString(value, mCustomFormat);
  if (date.isValid())
  {
    moment.hasDate = true;
    moment.year = date.year();
    moment.month = date.month();
    moment.day = date.day();
    return MomentStatus::Ok;
  }
  return MomentStatus::Invalid;
}

} // namespace lagesbild::importer
