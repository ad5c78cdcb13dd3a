// TextEncoding: detects how an imported text file is encoded (UTF-8 with or without BOM,
// UTF-16 with BOM, or Windows-1252 as older Swedish Excel exports are) and decodes byte spans
// to QString. Works on Qt 5 and Qt 6 alike: Windows-1252 is decoded with our own table.
#pragma once

#include <QByteArray>
#include <QString>

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
    int bomLength = 0; //!< bytes to skip at the start (3 for a UTF-8 BOM)
};

//! Looks at the BOM, then checks whether all bytes are valid UTF-8; otherwise Windows-1252.
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
