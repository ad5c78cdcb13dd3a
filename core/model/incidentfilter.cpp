#include "incidentfilter.h"

#include <QRegularExpression>

#include <algorithm>

namespace lagesbild
{

std::optional<std::vector<int>> IncidentFilter::parseHours(const QString &text)
{
  // "18-02" is the span from 18:00 to 02:00 (hours 18..23, 0, 1); "8,9,17" is a list; both may mix.
  std::vector<int> hours;
  const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
  if (parts.isEmpty())
    return std::nullopt;
  static const QRegularExpression span(QStringLiteral("^\\s*(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s*$"));
  static const QRegularExpression single(QStringLiteral("^\\s*(\\d{1,2})\\s*$"));
  for (const QString &part : parts)
  {
    if (const auto m = span.match(part); m.hasMatch())
    {
      const int from = m.captured(1).toInt();
      const int to = m.captured(2).toInt();
      if (from > 23 || to > 24 || from == to)
        return std::nullopt;
      for (int h = from; h != to % 24; h = (h + 1) % 24)
        hours.push_back(h);
    }
    else if (const auto s = single.match(part); s.hasMatch())
    {
      const int h = s.captured(1).toInt();
      if (h > 23)
        return std::nullopt;
      hours.push_back(h);
    }
    else
    {
      return std::nullopt;
    }
  }
  std::sort(hours.begin(), hours.end());
  hours.erase(std::unique(hours.begin(), hours.end()), hours.end());
  return hours;
}

} // namespace lagesbild
