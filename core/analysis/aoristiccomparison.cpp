#include "aoristiccomparison.h"

#include <algorithm>
#include <set>

namespace lagesbild
{
namespace
{
std::optional<double> percent(double a, double b)
{
  if (a <= 0.0)
    return std::nullopt;
  return 100.0 * (b - a) / a;
}

AoristicRow row(const QString &key, double a, double b)
{
  return AoristicRow{key, a, b, b - a, percent(a, b)};
}

std::vector<AoristicRow> fromHashes(const QHash<QString, double> &a, const QHash<QString, double> &b)
{
  std::set<QString> keys;
  for (auto it = a.cbegin(); it != a.cend(); ++it)
    keys.insert(it.key());
  for (auto it = b.cbegin(); it != b.cend(); ++it)
    keys.insert(it.key());
  std::vector<AoristicRow> rows;
  for (const QString &key : keys)
    rows.push_back(row(key, a.value(key), b.value(key)));
  std::stable_sort(rows.begin(), rows.end(), [](const AoristicRow &l, const AoristicRow &r) { return l.a + l.b > r.a + r.b; });
  return rows;
}
} // namespace

AoristicComparisonResult AoristicComparison::compare(AoristicTally a, AoristicTally b, std::optional<GroupField> groupBy)
{
  AoristicComparisonResult result;
  result.change = b.total - a.total;
  result.changePercent = percent(a.total, b.total);
  result.groupBy = groupBy;
  if (groupBy)
  {
    switch (*groupBy)
    {
    case GroupField::Category:
      result.rows = fromHashes(a.categories, b.categories);
      break;
    case GroupField::Source:
      result.rows = fromHashes(a.sources, b.sources);
      break;
    case GroupField::Area:
      result.rows = fromHashes(a.areas, b.areas);
      break;
    case GroupField::Hour:
      for (std::size_t h = 0; h < 24; ++h)
        result.rows.push_back(row(QString::number(h), a.hours[h], b.hours[h]));
      break;
    case GroupField::Weekday:
      for (std::size_t d = 0; d < 7; ++d)
        result.rows.push_back(row(QString::number(d + 1), a.weekdays[d], b.weekdays[d]));
      break;
    case GroupField::Month:
      for (std::size_t m = 0; m < 12; ++m)
      {
        if (a.calendarMonths[m] > 0.0 || b.calendarMonths[m] > 0.0)
          result.rows.push_back(row(QStringLiteral("%1").arg(m + 1, 2, 10, QLatin1Char('0')), a.calendarMonths[m], b.calendarMonths[m]));
      }
      break;
    default:
      break;
    }
  }
  result.a = std::move(a);
  result.b = std::move(b);
  return result;
}

} // namespace lagesbild
