#include "isotimetext.h"

namespace lagesbild
{
namespace
{
constexpr std::int64_t kSecondsPerDay = 86400;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0)))
    --q;
  return q;
}

void put2(char *out, int value)
{
  out[0] = static_cast<char>('0' + value / 10);
  out[1] = static_cast<char>('0' + value % 10);
}

void put4(char *out, int value)
{
  out[0] = static_cast<char>('0' + (value / 1000) % 10);
  out[1] = static_cast<char>('0' + (value / 100) % 10);
  out[2] = static_cast<char>('0' + (value / 10) % 10);
  out[3] = static_cast<char>('0' + value % 10);
}

//! Writes "YYYY-MM-DDTHH:MM:SS" (19 characters) for seconds since the epoch on a wall clock.
void writeWallClock(std::int64_t seconds, char *out)
{
  const std::int64_t days = floorDiv(seconds, kSecondsPerDay);
  const auto secondOfDay = static_cast<int>(seconds - days * kSecondsPerDay);
  const CivilDate date = IsoTimeText::civilFromDays(days);
  put4(out, date.year);
  out[4] = '-';
  put2(out + 5, date.month);
  out[7] = '-';
  put2(out + 8, date.day);
  out[10] = 'T';
  put2(out + 11, secondOfDay / 3600);
  out[13] = ':';
  put2(out + 14, (secondOfDay / 60) % 60);
  out[16] = ':';
  put2(out + 17, secondOfDay % 60);
}

bool digits(std::string_view text, std::size_t pos, std::size_t count, int &value)
{
  if (pos + count > text.size())
    return false;
  value = 0;
  for (std::size_t i = pos; i < pos + count; ++i)
  {
    if (text[i] < '0' || text[i] > '9')
      return false;
    value = value * 10 + (text[i] - '0');
  }
  return true;
}
} // namespace

CivilDate IsoTimeText::civilFromDays(std::int64_t days)
{
  // Shift the epoch to 0000-03-01 so leap days fall at the end of a 400-year era.
  const std::int64_t z = days + 719468;
  const std::int64_t era = floorDiv(z, 146097);
  const std::int64_t dayOfEra = z - era * 146097;                                                           // [0, 146096]
  const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365; // [0, 399]
  const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);            // [0, 365], from 1 March
  const std::int64_t monthIndex = (5 * dayOfYear + 2) / 153;                                                // [0, 11], 0 = March
  CivilDate date;
  date.day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
  date.month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
  date.year = static_cast<int>(yearOfEra + era * 400 + (date.month <= 2 ? 1 : 0));
  return date;
}

std::int64_t IsoTimeText::daysFromCivil(int year, int month, int day)
{
  const std::int64_t y = year - (month <= 2 ? 1 : 0);
  const std::int64_t era = floorDiv(y, 400);
  const std::int64_t yearOfEra = y - era * 400;
  const std::int64_t monthIndex = month > 2 ? month - 3 : month + 9;
  const std::int64_t dayOfYear = (153 * monthIndex + 2) / 5 + day - 1;
  const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

void IsoTimeText::writeUtc(std::int64_t utcSeconds, char *out)
{
  writeWallClock(utcSeconds, out);
  out[19] = '.';
  out[20] = '0';
  out[21] = '0';
  out[22] = '0';
  out[23] = 'Z';
}

void IsoTimeText::writeLocal(std::int64_t utcSeconds, int offsetSeconds, char *out)
{
  writeWallClock(utcSeconds + offsetSeconds, out);
  const int magnitude = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
  out[19] = offsetSeconds < 0 ? '-' : '+';
  put2(out + 20, magnitude / 3600);
  out[22] = ':';
  put2(out + 23, (magnitude / 60) % 60);
}

QString IsoTimeText::utcText(std::int64_t utcSeconds)
{
  char buffer[kUtcLength];
  writeUtc(utcSeconds, buffer);
  return QString::fromLatin1(buffer, kUtcLength);
}

std::optional<std::int64_t> IsoTimeText::parse(std::string_view text)
{
  int year = 0;
  int month = 0;
  int day = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
  if (!digits(text, 0, 4, year) || text.size() < 16 || text[4] != '-' || !digits(text, 5, 2, month) || text[7] != '-' ||
      !digits(text, 8, 2, day) || (text[10] != 'T' && text[10] != ' ') || !digits(text, 11, 2, hour) || text[13] != ':' ||
      !digits(text, 14, 2, minute))
    return std::nullopt;
  std::size_t pos = 16;
  if (pos < text.size() && text[pos] == ':')
  {
    if (!digits(text, pos + 1, 2, second))
      return std::nullopt;
    pos += 3;
    if (pos < text.size() && text[pos] == '.')
    {
      ++pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
        ++pos;
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
    return std::nullopt;
  int offset = 0;
  if (pos < text.size() && text[pos] == 'Z')
    ++pos;
  else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-'))
  {
    int offsetHours = 0;
    int offsetMinutes = 0;
    if (!digits(text, pos + 1, 2, offsetHours) || pos + 3 >= text.size() || text[pos + 3] != ':' ||
        !digits(text, pos + 4, 2, offsetMinutes))
      return std::nullopt;
    offset = (offsetHours * 3600 + offsetMinutes * 60) * (text[pos] == '-' ? -1 : 1);
    pos += 6;
  }
  if (pos != text.size())
    return std::nullopt;
  return daysFromCivil(year, month, day) * kSecondsPerDay + hour * 3600 + minute * 60 + second - offset;
}

std::optional<std::int64_t> IsoTimeText::parse(const QString &text)
{
  const QByteArray latin = text.toLatin1();
  return parse(std::string_view(latin.constData(), static_cast<std::size_t>(latin.size())));
}

} // namespace lagesbild
