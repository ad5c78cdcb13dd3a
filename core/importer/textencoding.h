// TextEncoding: detects how an imported text file is encoded (UTF-8 with or without BOM,
// UTF-16 with BOM, or Windows-1252 as older Swedish Excel exports are) and decodes byte spans
// to QString. Works on Qt 5 and Qt 6 alike: Windows-1252 is decoded with our own table.
// The decision follows the evidence: well-formed multi-byte UTF-8 sequences against bytes that
// cannot be UTF-8. A file with more of the first is UTF-8 even when a few bytes are broken (the
// importer then reports those lines); a file with high bytes and no UTF-8 sequences is
// Windows-1252. Neither choice is silent: the importer reports both.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string_view>

namespace lagesbild::importer
{

enum class TextEncoding
{
  Utf8,
  Windows1252,
};

struct DetectedEncoding
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;                   //!< bytes to skip at the start (3 for a UTF-8 BOM)
    std::int64_t multibyteSequences = 0; //!< well-formed UTF-8 sequences of 2 to 4 bytes
    std::int64_t invalidSequences = 0;   //!< bytes or sequences that are not UTF-8
};

//! Counts well-formed multi-byte UTF-8 sequences and invalid ones (an invalid sequence counts
//! once and scanning goes on after its first byte).
void countUtf8Sequences(std::string_view bytes, std::int64_t &multibyte, std::int64_t &invalid);

//! Looks at the BOM, then at the evidence: UTF-8 when no byte is invalid or when well-formed
//! multi-byte sequences are at least as many as invalid ones; otherwise Windows-1252.
DetectedEncoding detectEncoding(std::string_view bytes);

//! True when the bytes are well-formed UTF-8.
bool isValidUtf8(std::string_view bytes);

//! Converts UTF-16 (with BOM) to UTF-8 when the data starts with a UTF-16 BOM; returns false otherwise.
bool convertUtf16ToUtf8(const QByteArray &data, QByteArray &utf8);

//! The Unicode code point of a Windows-1252 byte.
char16_t windows1252ToUnicode(unsigned char byte);

QString decodeWindows1252(std::string_view bytes);

inline QString decodeText(std::string_view bytes, TextEncoding encoding)
{
  if (encoding == TextEncoding::Utf8)
    return QString::fromUtf8(bytes.data(), static_cast<int>(bytes.size()));
  return decodeWindows1252(bytes);
}

} // namespace lagesbild::importer
