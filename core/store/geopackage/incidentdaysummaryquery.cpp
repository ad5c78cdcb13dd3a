#include "incidentdaysummaryquery.h"

#include "groupcounter.h"
#include "incidentdaysummary.h"
#include "incidentfiltersql.h"
#include "incidentrowwriter.h"
#include "sqlitestatement.h"
#include "store/isotimetext.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace lagesbild
{
namespace
{
using Key = IncidentDaySummary::Key;

//! A group as read: its key, count and (when asked for) its packed points.
struct SummaryGroup
{
    Key key;
    std::int64_t incidents = 0;
    const unsigned char *points = nullptr;
    std::size_t entries = 0;
};

//! keep[h] is 1 when the filter keeps a packed local hour h (every hour when it has none).
using HourTable = std::array<std::uint8_t, 256>;
HourTable keptHours(const IncidentFilter &filter)
{
  HourTable keep{};
  keep.fill(filter.hours.empty() ? 1 : 0);
  for (const int hour : filter.hours)
    if (hour >= 0 && hour < 256)
      keep[static_cast<std::size_t>(hour)] = 1;
  return keep;
}

Result<void> forEachGroup(sqlite3 *db, const IncidentFilter &filter, bool withPoints,
                          const std::function<void(const SummaryGroup &)> &visit)
{
  const IncidentFilterSql where(filter, IncidentFilterSql::Table::DaySummary);
  auto statement =
    SqliteStatement::prepare(db, std::string("SELECT i.day, i.kind, i.category, i.source, i.area, i.location_precision, "
                                             "length(i.points) / " +
                                             std::to_string(IncidentDaySummary::kEntryBytes)) +
                                   (withPoints ? ", i.points" : "") + " FROM incident_day_summary AS i" + where.whereClause());
  if (!statement)
    return statement.error();
  where.bind(*statement);
  SummaryGroup group;
  int rc = SQLITE_ROW;
  while ((rc = statement->step()) == SQLITE_ROW)
  {
    group.key.day = statement->columnInt64(0);
    group.key.kind = static_cast<int>(statement->columnInt64(1));
    group.key.category = statement->columnInt64(2);
    group.key.source = statement->columnInt64(3);
    group.key.area = statement->columnInt64(4);
    group.key.precision = static_cast<int>(statement->columnInt64(5));
    group.incidents = statement->columnInt64(6);
    if (withPoints)
    {
      int size = 0;
      group.points = statement->columnBlob(7, &size);
      group.entries = static_cast<std::size_t>(std::max(size, 0)) / IncidentDaySummary::kEntryBytes;
    }
    visit(group);
  }
  if (rc != SQLITE_DONE)
    return sqliteError(db, QCoreApplication::translate("IncidentStore", "The incidents could not be counted."));
  return {};
}

std::int64_t fieldValue(GroupField field, const Key &key)
{
  switch (field)
  {
  case GroupField::Category:
    return key.category;
  case GroupField::Source:
    return key.source;
  case GroupField::Area:
    return key.area;
  case GroupField::Kind:
    return key.kind;
  case GroupField::Weekday:
    return IncidentRowWriter::weekdayOf(key.day);
  case GroupField::Month:
  {
    const CivilDate date = IsoTimeText::civilFromDays(key.day);
    return date.year * 100 + date.month;
  }
  case GroupField::Day:
    return key.day;
  case GroupField::Hour:
  case GroupField::Address:
    break;
  }
  return 0;
}
} // namespace

Result<bool> IncidentDaySummaryQuery::canAnswer(sqlite3 *db, const IncidentFilter &filter)
{
  if (filter.bbox)
    return false;
  return IncidentDaySummary::isCurrent(db);
}

bool IncidentDaySummaryQuery::canGroupBy(const std::vector<GroupField> &fields)
{
  return std::none_of(fields.begin(), fields.end(), [](GroupField field) { return field == GroupField::Address; });
}

Result<std::int64_t> IncidentDaySummaryQuery::count(sqlite3 *db, const IncidentFilter &filter)
{
  const HourTable keep = keptHours(filter);
  const bool allHours = filter.hours.empty();
  std::int64_t total = 0;
  auto done = forEachGroup(db, filter, !allHours,
                           [&](const SummaryGroup &group)
                           {
                             if (allHours)
                             {
                               total += group.incidents;
                               return;
                             }
                             for (std::size_t i = 0; i < group.entries; ++i)
                               total += keep[group.points[i * IncidentDaySummary::kEntryBytes + 8]];
                           });
  if (!done)
    return done.error();
  return total;
}

Result<void> IncidentDaySummaryQuery::countBy(sqlite3 *db, const IncidentFilter &filter, const std::vector<GroupField> &fields,
                                              GroupCounter &counter)
{
  const HourTable keep = keptHours(filter);
  const auto hourAt = std::find(fields.begin(), fields.end(), GroupField::Hour);
  const bool byHour = hourAt != fields.end();
  const bool readHours = byHour || !filter.hours.empty();
  std::vector<std::int64_t> values(fields.size(), 0);
  return forEachGroup(db, filter, readHours,
                      [&](const SummaryGroup &group)
                      {
                        for (std::size_t c = 0; c < fields.size(); ++c)
                          values[c] = fieldValue(fields[c], group.key);
                        if (!readHours)
                        {
                          counter.addCount(values, group.incidents);
                          return;
                        }
                        // Local hours are 0..23; another program may have written others, counted one by one.
                        std::array<std::int64_t, 24> perHour{};
                        std::int64_t kept = 0;
                        const auto column = static_cast<std::size_t>(hourAt - fields.begin());
                        for (std::size_t i = 0; i < group.entries; ++i)
                        {
                          const unsigned char hour = group.points[i * IncidentDaySummary::kEntryBytes + 8];
                          if (keep[hour] == 0)
                            continue;
                          if (hour < perHour.size())
                            ++perHour[hour];
                          else if (byHour)
                          {
                            values[column] = hour;
                            counter.addCount(values, 1);
                          }
                          else
                            ++kept;
                        }
                        if (!byHour)
                        {
                          for (const std::int64_t n : perHour)
                            kept += n;
                          if (kept > 0)
                            counter.addCount(values, kept);
                          return;
                        }
                        for (std::size_t hour = 0; hour < perHour.size(); ++hour)
                        {
                          if (perHour[hour] == 0)
                            continue;
                          values[column] = static_cast<std::int64_t>(hour);
                          counter.addCount(values, perHour[hour]);
                        }
                      });
}

Result<std::vector<PointXY>> IncidentDaySummaryQuery::points(sqlite3 *db, const IncidentFilter &filter)
{
  // Fresh memory is costly to touch (a page fault a page): the result is reserved once, from the
  // groups' counts (which read no points).
  std::int64_t total = 0;
  if (auto done = forEachGroup(db, filter, false, [&total](const SummaryGroup &group) { total += group.incidents; }); !done)
    return done.error();
  const HourTable keep = keptHours(filter);
  std::vector<PointXY> out;
  out.reserve(static_cast<std::size_t>(total));
  auto done = forEachGroup(db, filter, true,
                           [&](const SummaryGroup &group)
                           {
                             const unsigned char *entry = group.points;
                             for (std::size_t i = 0; i < group.entries; ++i, entry += IncidentDaySummary::kEntryBytes)
                             {
                               if (keep[entry[8]] == 0)
                                 continue;
                               double x = 0.0;
                               double y = 0.0;
                               int hour = 0;
                               IncidentDaySummary::decode(entry, 0, x, y, hour);
                               if (std::isfinite(x))
                                 out.push_back(PointXY{x, y});
                             }
                           });
  if (!done)
    return done.error();
  return out;
}

} // namespace lagesbild
