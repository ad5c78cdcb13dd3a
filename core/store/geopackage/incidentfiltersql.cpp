#include "incidentfiltersql.h"

#include "sqlitestatement.h"
#include "time/stockholmtime.h"

#include <algorithm>

namespace lagesbild
{
namespace
{
std::string integerList(std::vector<int> values)
{
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  std::string list;
  for (const int value : values)
  {
    if (!list.empty())
      list += ',';
    list += std::to_string(value);
  }
  return list;
}
} // namespace

IncidentFilterSql::IncidentFilterSql(const IncidentFilter &filter, Table table)
{
  const bool summary = table == Table::DaySummary;
  if (filter.period && filter.period->isValid() && summary)
  {
    mParameters.emplace_back(static_cast<std::int64_t>(StockholmTime::dayNumber(filter.period->from())));
    mParameters.emplace_back(static_cast<std::int64_t>(StockholmTime::dayNumber(filter.period->to())));
    addCondition("i.day BETWEEN ? AND ?");
  }
  else if (filter.period && filter.period->isValid())
  {
    mParameters.emplace_back(filter.period->startUtc());
    mParameters.emplace_back(filter.period->endUtcExclusive());
    addCondition("i.occurred_utc >= ? AND i.occurred_utc < ?");
  }
  if (filter.kind)
  {
    mParameters.emplace_back(static_cast<std::int64_t>(*filter.kind));
    addCondition("i.kind = ?");
  }
  if (!filter.categories.isEmpty())
    addCondition("i.category IN (SELECT id FROM categories WHERE code IN (" + placeholders(filter.categories) + "))");
  if (!filter.sources.isEmpty())
    addCondition("i.source IN (SELECT id FROM sources WHERE code IN (" + placeholders(filter.sources) + "))");
  if (!filter.areas.isEmpty())
  {
    QStringList named;
    for (const QString &area : filter.areas)
      if (!area.isEmpty())
        named.append(area);
    const bool withoutArea = named.size() != filter.areas.size();
    std::string condition;
    if (!named.isEmpty())
      condition = "i.area IN (SELECT fid FROM areas WHERE code IN (" + placeholders(named) + "))";
    const std::string none = summary ? "i.area = 0" : "i.area IS NULL";
    if (withoutArea)
      condition = condition.empty() ? none : "(" + condition + " OR " + none + ")";
    addCondition(condition);
  }
  if (!filter.hours.empty() && !summary)
    addCondition("i.local_hour IN (" + integerList(filter.hours) + ")");
  // 1970-01-01, local day 0, was a Thursday (ISO 4).
  if (!filter.weekdays.empty())
    addCondition((summary ? std::string("((i.day % 7) + 7 + 3) % 7 + 1") : std::string("i.local_weekday")) + " IN (" +
                 integerList(filter.weekdays) + ")");
  if (!filter.includeMunicipalityPrecision)
    addCondition("i.location_precision <> 2");
  if (filter.bbox && !summary)
  {
    const BoundingBox &b = *filter.bbox;
    // The R-tree keeps float boxes rounded outwards: a superset; the exact test follows.
    for (const double value : {b.xMax, b.xMin, b.yMax, b.yMin, b.xMin, b.xMax, b.yMin, b.yMax})
      mParameters.emplace_back(value);
    addCondition("i.fid IN (SELECT id FROM rtree_incidents_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)"
                 " AND ST_MinX(i.geom) BETWEEN ? AND ? AND ST_MinY(i.geom) BETWEEN ? AND ?");
  }
}

void IncidentFilterSql::addCondition(const std::string &condition)
{
  mWhere += mWhere.empty() ? " WHERE " : " AND ";
  mWhere += condition;
}

std::string IncidentFilterSql::placeholders(const QStringList &values)
{
  std::string list;
  for (const QString &value : values)
  {
    list += list.empty() ? "?" : ",?";
    mParameters.emplace_back(value);
  }
  return list;
}

int IncidentFilterSql::bind(SqliteStatement &statement, int firstIndex) const
{
  int index = firstIndex;
  for (const auto &parameter : mParameters)
  {
    if (const auto *integer = std::get_if<std::int64_t>(&parameter))
      statement.bindInt64(index, *integer);
    else if (const auto *real = std::get_if<double>(&parameter))
      statement.bindDouble(index, *real);
    else
      statement.bindText(index, std::get<QString>(parameter));
    ++index;
  }
  return index;
}

} // namespace lagesbild
