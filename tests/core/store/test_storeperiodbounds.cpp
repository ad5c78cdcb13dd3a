// The edges of a period, to the second: an incident at 23:59:59 local time on a period's last
// day is in it, one at 00:00:00 the next day is not (likewise 00:00:00 on the first day and
// 23:59:59 the day before). Checked for the store's own filter (count, incidents, points,
// countBy) and for the map layer's subset string evaluated by SQLite on the same file, on an
// ordinary day and on both clock-change days (Europe/Stockholm).
#include "storetestsupport.h"

#include "store/geopackage/geopackagestore.h"
#include "store/geopackage/layersubsetstring.h"
#include "time/stockholmtime.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
struct Edge
{
    QDate date;
    QTime time;
    bool inside;
};

struct PeriodCase
{
    const char *name;
    DateRange period;
    std::vector<Edge> edges;
};

std::vector<PeriodCase> periodCases()
{
  const QTime first(0, 0, 0);
  const QTime last(23, 59, 59);
  return {
    {"ordinary days (June, UTC+2)",
     DateRange(QDate(2021, 6, 1), QDate(2021, 6, 30)),
     {{QDate(2021, 5, 31), last, false},
      {QDate(2021, 6, 1), first, true},
      {QDate(2021, 6, 30), last, true},
      {QDate(2021, 7, 1), first, false}}},
    {"winter days (January, UTC+1)",
     DateRange(QDate(2021, 1, 1), QDate(2021, 1, 31)),
     {{QDate(2020, 12, 31), last, false},
      {QDate(2021, 1, 1), first, true},
      {QDate(2021, 1, 31), last, true},
      {QDate(2021, 2, 1), first, false}}},
    {"ending on the spring change day (23 hours)",
     DateRange(QDate(2021, 3, 1), QDate(2021, 3, 28)),
     {{QDate(2021, 2, 28), last, false},
      {QDate(2021, 3, 1), first, true},
      {QDate(2021, 3, 28), last, true},
      {QDate(2021, 3, 29), first, false}}},
    {"ending on the autumn change day (25 hours)",
     DateRange(QDate(2020, 10, 1), QDate(2020, 10, 25)),
     {{QDate(2020, 9, 30), last, false},
      {QDate(2020, 10, 1), first, true},
      {QDate(2020, 10, 25), last, true},
      {QDate(2020, 10, 26), first, false}}},
    {"starting the day after the autumn change",
     DateRange(QDate(2020, 10, 26), QDate(2020, 10, 31)),
     {{QDate(2020, 10, 25), last, false},
      {QDate(2020, 10, 26), first, true},
      {QDate(2020, 10, 31), last, true},
      {QDate(2020, 11, 1), first, false}}},
    {"one day, the spring change day",
     DateRange(QDate(2021, 3, 28), QDate(2021, 3, 28)),
     {{QDate(2021, 3, 27), last, false},
      {QDate(2021, 3, 28), first, true},
      {QDate(2021, 3, 28), last, true},
      {QDate(2021, 3, 29), first, false}}},
  };
}

Incident incidentAt(std::int64_t utcSeconds, int number)
{
  Incident incident;
  incident.kind = IncidentKind::Report;
  incident.category = QStringLiteral("klotter");
  incident.source = QStringLiteral("nattvandrare");
  incident.x = 562000.0 + number;
  incident.y = 6580500.0;
  incident.occurredFrom = utcSeconds;
  incident.externalId = QStringLiteral("edge-%1").arg(number);
  return incident;
}

std::int64_t subsetCount(const RawDatabase &raw, const QString &subset)
{
  const QByteArray sql = "SELECT count(*) FROM incidents WHERE " + subset.toUtf8();
  return raw.integer(sql.constData());
}
} // namespace

TEST_CASE("A period includes 23:59:59 of its last day and excludes 00:00:00 of the next day", "[store][filter][dst]")
{
  for (const PeriodCase &period : periodCases())
  {
    INFO(period.name);
    QTemporaryDir dir;
    auto store = makeStore(dir);
    REQUIRE(store);
    std::vector<Incident> incidents;
    std::int64_t inside = 0;
    for (const Edge &edge : period.edges)
    {
      const std::int64_t utc = StockholmTime::instance().toUtc(edge.date, edge.time);
      // The instant really is that local wall time (the clock-change days included).
      const LocalParts local = StockholmTime::instance().toLocal(utc);
      REQUIRE(StockholmTime::instance().localDate(utc) == edge.date);
      REQUIRE(local.hour == edge.time.hour());
      incidents.push_back(incidentAt(utc, static_cast<int>(incidents.size())));
      inside += edge.inside ? 1 : 0;
    }
    REQUIRE(store->insertBatch(incidents, {}).value().inserted == static_cast<std::int64_t>(incidents.size()));

    IncidentFilter filter;
    filter.period = period.period;

    // The rows are in the file with exactly these instants, read back through SQLite itself.
    RawDatabase raw(store->location());
    for (std::size_t k = 0; k < incidents.size(); ++k)
    {
      const QByteArray sql =
        QStringLiteral("SELECT count(*) FROM incidents WHERE occurred_utc = %1").arg(incidents[k].occurredFrom).toUtf8();
      CHECK(raw.integer(sql.constData()) == 1);
    }

    CHECK(store->count(filter).value() == inside);
    CHECK(static_cast<std::int64_t>(store->points(filter).value().size()) == inside);
    const std::vector<Incident> found = store->incidents(filter).value();
    std::set<QString> foundIds;
    for (const Incident &incident : found)
      foundIds.insert(incident.externalId);
    for (std::size_t k = 0; k < incidents.size(); ++k)
    {
      INFO(StockholmTime::instance().formatIso(incidents[k].occurredFrom).toStdString());
      CHECK((foundIds.count(incidents[k].externalId) == 1) == period.edges[k].inside);
    }
    std::int64_t grouped = 0;
    const auto groups = store->countBy(filter, {GroupField::Day}); // kept: value() refers into it
    REQUIRE(groups.ok());
    for (const GroupCount &group : groups.value())
      grouped += group.count;
    CHECK(grouped == inside);

    // The map layer's subset string, evaluated by SQLite on the store file as GDAL does.
    const QString subset = LayerSubsetString::forFilter(filter);
    REQUIRE_FALSE(subset.isEmpty());
    CHECK(subsetCount(raw, subset) == inside);
    for (std::size_t k = 0; k < incidents.size(); ++k)
    {
      INFO(StockholmTime::instance().formatIso(incidents[k].occurredFrom).toStdString());
      const QString one = QStringLiteral("(%1) AND occurred_utc = %2").arg(subset).arg(incidents[k].occurredFrom);
      CHECK(subsetCount(raw, one) == (period.edges[k].inside ? 1 : 0));
    }
  }
}
