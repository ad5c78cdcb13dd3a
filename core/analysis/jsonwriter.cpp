#include "jsonwriter.h"

#include <QLocale>

#include <cassert>
#include <cmath>

namespace lagesbild
{

void JsonWriter::beforeValue()
{
  if (mAfterKey)
  {
    mAfterKey = false;
    return;
  }
  if (!mHasItems.empty())
  {
    if (mHasItems.back())
      mText += QLatin1Char(',');
    mHasItems.back() = true;
  }
}

void JsonWriter::beginObject()
{
  beforeValue();
  mText += QLatin1Char('{');
  mHasItems.push_back(false);
}

void JsonWriter::endObject()
{
  assert(!mHasItems.empty() && !mAfterKey);
  mHasItems.pop_back();
  mText += QLatin1Char('}');
}

void JsonWriter::beginArray()
{
  beforeValue();
  mText += QLatin1Char('[');
  mHasItems.push_back(false);
}

void JsonWriter::endArray()
{
  assert(!mHasItems.empty() && !mAfterKey);
  mHasItems.pop_back();
  mText += QLatin1Char(']');
}

JsonWriter &JsonWriter::key(const QString &name)
{
  assert(!mHasItems.empty() && !mAfterKey);
  if (mHasItems.back())
    mText += QLatin1Char(',');
  mHasItems.back() = true;
  mText += quoted(name);
  mText += QLatin1Char(':');
  mAfterKey = true;
  return *this;
}

void JsonWriter::value(std::int64_t number)
{
  beforeValue();
  mText += QString::number(number);
}

void JsonWriter::value(double number)
{
  beforeValue();
  if (!std::isfinite(number))
    mText += QStringLiteral("null");
  else
    mText += QString::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::value(const QString &text)
{
  beforeValue();
  mText += quoted(text);
}

void JsonWriter::value(const std::optional<double> &number)
{
  if (number)
    value(*number);
  else
    null();
}

void JsonWriter::boolean(bool flag)
{
  beforeValue();
  mText += flag ? QStringLiteral("true") : QStringLiteral("false");
}

void JsonWriter::null()
{
  beforeValue();
  mText += QStringLiteral("null");
}

QString JsonWriter::quoted(const QString &text)
{
  QString result;
  result.reserve(text.size() + 2);
  result += QLatin1Char('"');
  for (const QChar c : text)
  {
    switch (c.unicode())
    {
    case '"':
      result += QStringLiteral("\\\"");
      break;
    case '\\':
      result += QStringLiteral("\\\\");
      break;
    case '\n':
      result += QStringLiteral("\\n");
      break;
    case '\r':
      result += QStringLiteral("\\r");
      break;
    case '\t':
      result += QStringLiteral("\\t");
      break;
    default:
      if (c.unicode() < 0x20)
        result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
      else
        result += c;
    }
  }
  result += QLatin1Char('"');
  return result;
}

} // namespace lagesbild
