// PostgresStore: counting and reading incidents for the analyses — count, countBy (grouped on
// the server, keys and order as the GeoPackage gives them), points (binary COPY) and the layer
// filter. For a login that sees every incident, counts and the points for a density map come
// from the daily summary (schemasqlversion3.cpp) when the filter has neither hours nor a box.
#include "postgresfiltersql.h"
#include "postgrespointcopy.h"
#include "postgresstore.h"

#include <algorithm>
#include <unordered_map>

namespace lagesbild
{
namespace
{
//! Key texts of ids (categories, sources, areas), 0 as "".
Result<std::unordered_map<std::int64_t, QString>> labels(PostgresConnection &db, const QString &sql)
{
  const auto rows = db.query(sql);
  if (!rows)
    return rows.error();
  std::unordered_map<std::int64_t, QString> map{{0, QString()}};
  for (int r = 0; r < rows->rows(); ++r)
    map.emplace(rows->integer(r, 0), rows->text(r, 1));
  return map;
}
} // namespace

Result<std::int64_t> PostgresStore::count(const IncidentFilter &filter) const
{
  if (mSummaryReadable && PostgresFilterSql::summaryCanAnswer(filter))
  {
    const PostgresFilterSql where(filter, QStringLiteral("s"), 1, PostgresFilterSql::Table::DailySummary);
    const auto rows = mConnection->query(QStringLiteral("SELECT coalesce(sum(s.incidents), 0)::bigint FROM lagesbild.daily_summary AS s") +
                                           where.whereClause(),
                                         where.parameters());
    if (!rows)
      return rows.error();
    return rows->integer(0, 0);
  }
  const PostgresFilterSql where(filter, QStringLiteral("i"));
  const auto rows =
    mConnection->query(QStringLiteral("SELECT count(*) FROM lagesbild.incidents AS i") + where.whereClause(), where.parameters());
  if (!rows)
    return rows.error();
  return rows->integer(0, 0);
}

Result<std::vector<GroupCount>> PostgresStore::countBy(const IncidentFilter &filter, const std::vector<GroupField> &fields) const
{
  if (fields.empty())
  {
    auto total = count(filter);
    if (!total)
      return total.error();
    if (*total == 0)
      return std::vector<GroupCount>();
    return std::vector<GroupCount>{GroupCount{QStringList(), *total}};
  }
  // The summary has neither hours nor addresses.
  const bool fromSummary =
    mSummaryReadable && PostgresFilterSql::summaryCanAnswer(filter) &&
    std::none_of(fields.begin(), fields.end(), [](GroupField field) { return field == GroupField::Hour || field == GroupField::Address; });
  // The local day of a row: the summary's key, or the incident's time in Stockholm.
  const QString day = fromSummary ? QStringLiteral("s.day") : QStringLiteral("i.occurred_from AT TIME ZONE 'Europe/Stockholm'");
  const QString p = fromSummary ? QStringLiteral("s.") : QStringLiteral("i.");
  QStringList columns;
  std::vector<std::optional<std::unordered_map<std::int64_t, QString>>> coded(fields.size());
  for (std::size_t c = 0; c < fields.size(); ++c)
  {
    QString labelSql;
    switch (fields[c])
    {
    case GroupField::Category:
      columns << p + QStringLiteral("category");
      labelSql = QStringLiteral("SELECT id, code FROM lagesbild.categories");
      break;
    case GroupField::Source:
      columns << p + QStringLiteral("source");
      labelSql = QStringLiteral("SELECT id, code FROM lagesbild.sources");
      break;
    case GroupField::Area:
      columns << (fromSummary ? QStringLiteral("s.area") : QStringLiteral("coalesce(i.area, 0)"));
      labelSql = QStringLiteral("SELECT fid, code FROM lagesbild.areas");
      break;
    case GroupField::Hour:
      columns << QStringLiteral("i.local_hour");
      break;
    case GroupField::Weekday:
      columns << (fromSummary ? QStringLiteral("extract(isodow FROM s.day)::integer") : QStringLiteral("i.local_weekday"));
      break;
    case GroupField::Month:
      columns << QStringLiteral("to_char(%1, 'YYYY-MM')").arg(day);
      break;
    case GroupField::Day:
      columns << QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(day);
      break;
    case GroupField::Address:
      columns << QStringLiteral("coalesce(i.address, '')");
      break;
    case GroupField::Kind:
      columns << p + QStringLiteral("kind");
      coded[c] = std::unordered_map<std::int64_t, QString>{{1, QStringLiteral("crime")}, {2, QStringLiteral("report")}};
      break;
    }
    if (!labelSql.isEmpty())
    {
      auto map = labels(*mConnection, labelSql);
      if (!map)
        return map.error();
      coded[c] = std::move(*map);
    }
  }
  QStringList positions;
  for (std::size_t c = 0; c < fields.size(); ++c)
    positions << QString::number(c + 1);
  const PostgresFilterSql where(filter, fromSummary ? QStringLiteral("s") : QStringLiteral("i"), 1,
                                fromSummary ? PostgresFilterSql::Table::DailySummary : PostgresFilterSql::Table::Incidents);
  const QString sql = fromSummary ? QStringLiteral("SELECT %1, sum(s.incidents)::bigint FROM lagesbild.daily_summary AS s%2 GROUP BY %3 "
                                                   "HAVING sum(s.incidents) > 0")
                                  : QStringLiteral("SELECT %1, count(*) FROM lagesbild.incidents AS i%2 GROUP BY %3");
  const auto rows = mConnection->query(
    sql.arg(columns.join(QStringLiteral(", ")), where.whereClause(), positions.join(QStringLiteral(", "))), where.parameters());
  if (!rows)
    return rows.error();
  std::vector<GroupCount> out;
  out.reserve(static_cast<std::size_t>(rows->rows()));
  for (int r = 0; r < rows->rows(); ++r)
  {
    GroupCount group;
    for (std::size_t c = 0; c < fields.size(); ++c)
    {
      const int column = static_cast<int>(c);
      if (coded[c])
      {
        const auto found = coded[c]->find(rows->integer(r, column));
        group.keys << (found != coded[c]->end() ? found->second : QString());
      }
      else
        group.keys << rows->text(r, column);
    }
    group.count = rows->integer(r, static_cast<int>(fields.size()));
    out.push_back(std::move(group));
  }
  // The GeoPackage's order: hour and weekday as numbers, every other key by its UTF-8 bytes.
  std::sort(out.begin(), out.end(),
            [&fields](const GroupCount &a, const GroupCount &b)
            {
              for (std::size_t c = 0; c < fields.size(); ++c)
              {
                const int i = static_cast<int>(c);
                if (fields[c] == GroupField::Hour || fields[c] == GroupField::Weekday)
                {
                  const int x = a.keys[i].toInt();
                  const int y = b.keys[i].toInt();
                  if (x != y)
                    return x < y;
                  continue;
                }
                const int order = a.keys[i].toUtf8().compare(b.keys[i].toUtf8());
                if (order != 0)
                  return order < 0;
              }
              return false;
            });
  return out;
}

Result<std::vector<PointXY>> PostgresStore::points(const IncidentFilter &filter) const
{
  // Binary COPY (postgrespointcopy.h): the filter as literals, as for a map layer.
  const QString conditions = layerFilter(filter);
  // x and y (generated from geom, schema version 2; null when geom is): with a period alone an
  // index-only scan of incidents_time_points.
  return PostgresPointCopy::read(*mConnection, QStringLiteral("SELECT x, y FROM lagesbild.incidents WHERE ") +
                                                 (conditions.isEmpty() ? QString() : conditions + QStringLiteral(" AND ")) +
                                                 QStringLiteral("x IS NOT NULL"));
}

Result<std::vector<PointXY>> PostgresStore::pointsForDensity(const IncidentFilter &filter) const
{
  if (!mSummaryReadable || !PostgresFilterSql::summaryCanAnswer(filter))
    return points(filter);
  const QString conditions = PostgresFilterSql::literal(
    filter, [this](const QString &text) { return mConnection->quoteLiteral(text); }, PostgresFilterSql::Table::DailySummary);
  const QString where = QStringLiteral(" WHERE ") + (conditions.isEmpty() ? QString() : conditions + QStringLiteral(" AND ")) +
                        QStringLiteral("octet_length(points) > 0");
  // The table's estimated size reserves the result once (fresh memory is costly to touch): a
  // catalog read, where counting the summary's points first cost a scan of it.
  const auto estimate =
    mConnection->query(QStringLiteral("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'lagesbild.incidents'::regclass"));
  if (!estimate)
    return estimate.error();
  return PostgresPointCopy::readPackedCentimetres(*mConnection, QStringLiteral("SELECT points FROM lagesbild.daily_summary") + where,
                                                  static_cast<std::size_t>(estimate->rows() > 0 ? estimate->integer(0, 0) : 0));
}

QString PostgresStore::layerFilter(const IncidentFilter &filter) const
{
  return PostgresFilterSql::literal(filter, [this](const QString &text) { return mConnection->quoteLiteral(text); });
}

} // namespace lagesbild
