#include "messagetext.h"

#include <QCoreApplication>

namespace lagesbild::importer
{

QString MessageText::cut(const QString &value, int maxLength)
{
  QString shown = value.size() > maxLength ? value.left(maxLength) + QStringLiteral("…") : value;
  for (QChar &c : shown)
    if (c.unicode() < 0x20 || c.unicode() == 0x7F)
      c = QLatin1Char(' ');
  return shown;
}

QString MessageText::quoted(const QString &value, int maxLength)
{
  return QLatin1Char('"') + cut(value, maxLength) + QLatin1Char('"');
}

QString MessageText::columnList(const QStringList &columns)
{
  constexpr int kMaxColumnName = 30;
  QStringList shown;
  for (int i = 0; i < columns.size() && i < kMaxListedColumns; ++i)
    shown.append(quoted(columns.at(i).trimmed(), kMaxColumnName));
  QString text = shown.join(QStringLiteral(", "));
  const int more = static_cast<int>(columns.size()) - kMaxListedColumns;
  if (more > 0)
    text += QCoreApplication::translate("importer", " and %n more", nullptr, more);
  return text;
}

} // namespace lagesbild::importer
