#include "addressnormalizer.h"

#include <QStringList>

namespace lagesbild::geocoding
{
namespace
{
bool isLetter(QChar c)
{
  return c.isLetter();
}

//! One word with its abbreviation written out: "drottningg." → "drottninggatan".
QString expandedWord(QString word)
{
  struct Suffix
  {
      const char *abbreviation;
      const char *full;
  };
  // Longest first, so "pl." is not read as "l." after a "p".
  static const Suffix kSuffixes[] = {{"pl.", "platsen"}, {"g.", "gatan"}, {"v.", "vägen"}};
  for (const Suffix &suffix : kSuffixes)
  {
    const QLatin1String abbreviation(suffix.abbreviation);
    if (word.endsWith(abbreviation))
      return word.left(word.size() - abbreviation.size()) + QString::fromUtf8(suffix.full);
  }
  if (word == QLatin1String("s:t") || word == QLatin1String("st:"))
    return QStringLiteral("sankt");
  return word;
}
} // namespace

QString AddressNormalizer::key(const QString &name)
{
  QString folded = name.toCaseFolded();
  // Commas, semicolons and quotes separate or decorate words; a dot ends an abbreviation.
  for (QChar &c : folded)
    if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('"') || c == QLatin1Char('\'') || c.isSpace())
      c = QLatin1Char(' ');
  const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
  QString result;
  result.reserve(folded.size() + 8);
  for (const QString &word : words)
  {
    QString expanded = expandedWord(word);
    // Stray dots (after the expansions) carry no meaning: "Torget." = "Torget".
    expanded.remove(QLatin1Char('.'));
    if (expanded.isEmpty())
      continue;
    if (!result.isEmpty())
      result += QLatin1Char(' ');
    result += expanded;
  }
  return result;
}

QString AddressNormalizer::foldedKey(const QString &key)
{
  QString folded = key;
  for (QChar &c : folded)
  {
    switch (c.unicode())
    {
    case 0x00E5: // å
    case 0x00E4: // ä
    case 0x00E0: // à
    case 0x00E1: // á
      c = QLatin1Char('a');
      break;
    case 0x00F6: // ö
    case 0x00F8: // ø
      c = QLatin1Char('o');
      break;
    case 0x00E9: // é
    case 0x00E8: // è
      c = QLatin1Char('e');
      break;
    case 0x00FC: // ü
      c = QLatin1Char('u');
      break;
    default:
      break;
    }
  }
  return folded;
}

QString AddressNormalizer::townKey(const QString &town)
{
  QString result = key(town);
  for (const QLatin1String suffix : {QLatin1String(" kommun"), QLatin1String(" stad"), QLatin1String(" län")})
    if (result.endsWith(suffix))
      result.chop(suffix.size());
  return result.trimmed();
}

ParsedAddress AddressNormalizer::parse(const QString &address)
{
  ParsedAddress parsed;
  QString text = address.trimmed();
  const qsizetype comma = text.indexOf(QLatin1Char(','));
  if (comma >= 0)
  {
    parsed.town = townKey(text.mid(comma + 1));
    text.truncate(comma);
  }
  // The number: the first digit with a letter somewhere before it ("S:t Eriksgatan 12").
  qsizetype digit = -1;
  bool sawLetter = false;
  for (qsizetype i = 0; i < text.size(); ++i)
  {
    const QChar c = text.at(i);
    if (c.isDigit() && sawLetter)
    {
      digit = i;
      break;
    }
    sawLetter = sawLetter || isLetter(c);
  }
  if (digit < 0)
  {
    parsed.streetKey = key(text);
    return parsed;
  }
  parsed.streetKey = key(text.left(digit));
  qsizetype i = digit;
  int number = 0;
  while (i < text.size() && text.at(i).isDigit() && number < 100000)
    number = number * 10 + text.at(i++).digitValue();
  parsed.number = number;
  // A letter right after the number or after spaces, when no other letter follows it ("12 A",
  // "12a", "12 b-c"), but not the start of a word ("12 lgh 1101").
  while (i < text.size() && text.at(i).isSpace())
    ++i;
  if (i < text.size() && isLetter(text.at(i)) && (i + 1 == text.size() || !isLetter(text.at(i + 1))))
    parsed.letter = text.at(i).toLower();
  return parsed;
}

} // namespace lagesbild::geocoding
