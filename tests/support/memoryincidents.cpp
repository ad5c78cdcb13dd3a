#include "memoryincidents.h"

#include "time/stockholmtime.h"

#include <algorithm>
#include <map>

namespace lagesbild::test
{
namespace
{
bool listAllows(const QStringList &allowed, const QString &value)
{
  return allowed.isEmpty() || allowed.contains(value);
}

template<typename T> bool listAllows(const std::vector<T> &allowed, T value)
{
  return allowed.empty() || std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}
} // namespace

bool MemoryIncidents::matches(const Incident &incident, const IncidentFilter &filter)
{
  if (filter.period && !filter.period->containsUtc(incident.occurredFrom))
    return false;
  if (filter.kind && *filter.kind != incident.kind)
    return false;
  if (!listAllows(filter.categories, incident.category) || !listAllows(filter.sources, incident.source) ||
      !listAllows(filter.areas, incident.area))
    return false;
  if (filter.bbox && (incident.x < filter.bbox->xMin || incident.x > filter.bbox->xMax || incident.y < filter.bbox->yMin ||
                      incident.y > filter.bbox->yMax))
    return false;
  const LocalParts local = StockholmTime::instance().toLocal(incident.occurredFrom);
  if (!listAllows(filter.hours, local.hour) || !listAllows(filter.weekdays, local.weekday))
    return false;
  if (!filter.includeMunicipalityPrecision && incident.precision == LocationPrecision::Municipality)
    return false;
  return true;
}

QString MemoryIncidents::keyOf(const Incident &incident, GroupField field)
{
  const LocalParts local = StockholmTime::instance().toLocal(incident.occurredFrom);
  const QDate day = StockholmTime::dateFromDayNumber(local.dayNumber);
  switch (field)
  {
  case GroupField::Category:
    return incident.category;
  case GroupField::Source:
    return incident.source;
  case GroupField::Area:
    return incident.area;
  case GroupField::Hour:
    return QString::number(local.hour);
  case GroupField::Weekday:
    return QString::number(local.weekday);
  case GroupField::Month:
    return day.toString(QStringLiteral("yyyy-MM"));
  case GroupField::Day:
    return day.toString(Qt::ISODate);
  case GroupField::Address:
    return incident.address;
  case GroupField::Kind:
    return kindCode(incident.kind);
  }
  return {};
}

Result<std::int64_t> MemoryIncidents::count(const IncidentFilter &filter) const
{
  std::int64_t total = 0;
  for (const Incident &incident : mIncidents)
  {
    if (matches(incident, filter))
      ++total;
  }
  return total;
}

Result<std::vector<GroupCount>> MemoryIncidents::countBy(const IncidentFilter &filter, const std::vector<GroupField> &fields) const
{
  std::map<QStringList, std::int64_t> counts;
  for (const Incident &incident : mIncidents)
  {
    if (!matches(incident, filter))
      continue;
    QStringList keys;
    for (const GroupField field : fields)
      keys.append(keyOf(incident, field));
    ++counts[keys];
  }
  std::vector<GroupCount> groups;
  for (const auto &[keys, count] : counts)
    groups.push_back({keys, count});
  return groups;
}

Result<std::vector<PointXY>> MemoryIncidents::points(const IncidentFilter &filter) const
{
  std::vector<PointXY> result;
  for (const Incident &incident : mIncidents)
  {
    if (matches(incident, filter))
      result.push_back({incident.x, incident.y});
  }
  return result;
}

} // namespace lagesbild::test
