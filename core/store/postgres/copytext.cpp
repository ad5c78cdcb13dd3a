#include "copytext.h"

namespace lagesbild::CopyText
{

void appendText(QByteArray &row, const QString &text)
{
  if (text.isEmpty())
  {
    row += "\\N";
    return;
  }
  for (const char c : text.toUtf8())
  {
    switch (c)
    {
    case '\\':
      row += "\\\\";
      break;
    case '\t':
      row += "\\t";
      break;
    case '\n':
      row += "\\n";
      break;
    case '\r':
      row += "\\r";
      break;
    default:
      row += c;
    }
  }
}

void appendNumber(QByteArray &row, std::optional<std::int64_t> value)
{
  row += value ? QByteArray::number(static_cast<qlonglong>(*value)) : QByteArray("\\N");
}

} // namespace lagesbild::CopyText
