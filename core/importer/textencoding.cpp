#include "textencoding.h"

#include <array>
#include <cstring>

namespace lagesbild::importer
{
namespace
{
// Windows-1252 differs from Latin-1 only in 0x80..0x9F. Undefined bytes (0x81, 0x8D, 0x8F,
// 0x90, 0x9D) map to the C1 control of the same value, as Windows' own converter does.
constexpr std::array<char16_t, 32> kHighControls = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};
} // namespace

char16_t windows1252ToUnicode(unsigned char byte)
{
  if (byte >= 0x80 && byte <= 0x9F)
    return kHighControls[byte - 0x80];
  return static_cast<char16_t>(byte);
}

QString decodeWindows1252(std::string_view bytes)
{
  QString text(static_cast<int>(bytes.size()), Qt::Uninitialized);
  QChar *out = text.data();
  for (const char c : bytes)
    *out++ = QChar(windows1252ToUnicode(static_cast<unsigned char>(c)));
  return text;
}

namespace
{
//! Length of the well-formed UTF-8 sequence at p (1 for ASCII), or 0 when it is not one.
int sequenceLength(const unsigned char *p, const unsigned char *end)
{
  const unsigned char c = *p;
  if (c < 0x80)
    return 1;
  int length = 0;
  std::uint32_t codePoint = 0;
  if ((c & 0xE0) == 0xC0)
  {
    length = 2;
    codePoint = c & 0x1F;
  }
  else if ((c & 0xF0) == 0xE0)
  {
    length = 3;
    codePoint = c & 0x0F;
  }
  else if ((c & 0xF8) == 0xF0)
  {
    length = 4;
    codePoint = c & 0x07;
  }
  else
    return 0;
  if (end - p < length)
    return 0;
  for (int i = 1; i < length; ++i)
  {
    if ((p[i] & 0xC0) != 0x80)
      return 0;
    codePoint = (codePoint << 6) | (p[i] & 0x3F);
  }
  // Overlong forms, surrogates and values above U+10FFFF are not UTF-8.
  static constexpr std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (codePoint < kMinimum[length] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
    return 0;
  return length;
}

//! Skips ASCII eight bytes at a time.
const unsigned char *skipAscii(const unsigned char *p, const unsigned char *end)
{
  while (end - p >= 8)
  {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    if ((word & 0x8080808080808080ULL) != 0)
      break;
    p += 8;
  }
  return p;
}
} // namespace

bool isValidUtf8(std::string_view bytes)
{
  const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
  const auto *end = p + bytes.size();
  while (p < end)
  {
    p = skipAscii(p, end);
    if (p >= end)
      break;
    const int length = sequenceLength(p, end);
    if (length == 0)
      return false;
    p += length;
  }
  return true;
}

void countUtf8Sequences(std::string_view bytes, std::int64_t &multibyte, std::int64_t &invalid)
{
  multibyte = 0;
  invalid = 0;
  const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
  const auto *end = p + bytes.size();
  while (p < end)
  {
    p = skipAscii(p, end);
    if (p >= end)
      break;
    const int length = sequenceLength(p, end);
    if (length == 0)
    {
      ++invalid;
      ++p;
      continue;
    }
    if (length > 1)
      ++multibyte;
    p += length;
  }
}

DetectedEncoding detectEncoding(std::string_view bytes)
{
  DetectedEncoding detected;
  if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF && static_cast<unsigned char>(bytes[1]) == 0xBB &&
      static_cast<unsigned char>(bytes[2]) == 0xBF)
    detected.bomLength = 3;
  countUtf8Sequences(bytes.substr(static_cast<std::size_t>(detected.bomLength)), detected.multibyteSequences, detected.invalidSequences);
  // A BOM says UTF-8 outright; otherwise the evidence decides.
  if (detected.bomLength == 0 && detected.invalidSequences > detected.multibyteSequences)
    detected.encoding = TextEncoding::Windows1252;
  return detected;
}

bool convertUtf16ToUtf8(const QByteArray &data, QByteArray &utf8)
{
  if (data.size() < 2)
    return false;
  const auto b0 = static_cast<unsigned char>(data[0]);
  const auto b1 = static_cast<unsigned char>(data[1]);
  const bool littleEndian = b0 == 0xFF && b1 == 0xFE;
  const bool bigEndian = b0 == 0xFE && b1 == 0xFF;
  if (!littleEndian && !bigEndian)
    return false;
  const int units = static_cast<int>((data.size() - 2) / 2);
  QString text(units, Qt::Uninitialized);
  for (int i = 0; i < units; ++i)
  {
    const auto lo = static_cast<unsigned char>(data[2 + 2 * i + (littleEndian ? 0 : 1)]);
    const auto hi = static_cast<unsigned char>(data[2 + 2 * i + (littleEndian ? 1 : 0)]);
    text[i] = QChar(static_cast<char16_t>(hi << 8 | lo));
  }
  utf8 = text.toUtf8();
  return true;
}

} // namespace lagesbild::importer
