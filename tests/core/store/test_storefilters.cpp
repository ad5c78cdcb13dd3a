// Every IncidentFilter field and every GroupField, checked against a brute-force evaluation of
// the same filter over the inserted list (local parts from StockholmTime::toLocal, periods from
// DateRange::containsUtc), and the DST rules at the autumn and spring changes.
#include "storetestsupport.h"

#include "store/incidentstore.h"
#include "time/stockholmtime.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
bool matches(const Incident &incident, const IncidentFilter &filter)
{
  const LocalParts local = StockholmTime::instance().toLocal(incident.occurredFrom);
  if (filter.period && !filter.period->containsUtc(incident.occurredFrom))
    return false;
  if (filter.kind && incident.kind != *filter.kind)
    return false;
  if (!filter.categories.isEmpty() && !filter.categories.contains(incident.category))
    return false;
  if (!filter.sources.isEmpty() && !filter.sources.contains(incident.source))
    return false;
  if (!filter.areas.isEmpty() && !filter.areas.contains(incident.area))
    return false;
  if (filter.bbox && (incident.x < filter.bbox->xMin || incident.x > filter.bbox->xMax || incident.y < filter.bbox->yMin ||
                      incident.y > filter.bbox->yMax))
    return false;
  if (!filter.hours.empty() && std::find(filter.hours.begin(), filter.hours.end(), local.hour) == filter.hours.end())
    return false;
  if (!filter.weekdays.empty() && std::find(filter.weekdays.begin(), filter.weekdays.end(), local.weekday) == filter.weekdays.end())
    return false;
  if (!filter.includeMunicipalityPrecision && incident.precision == LocationPrecision::Municipality)
    return false;
  return true;
}

std::int64_t bruteCount(const std::vector<Incident> &incidents, const IncidentFilter &filter)
{
  return std::count_if(incidents.begin(), incidents.end(), [&](const Incident &i) { return matches(i, filter); });
}

QString key(const Incident &incident, GroupField field)
{
  const LocalParts local = StockholmTime::instance().toLocal(incident.occurredFrom);
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
    return StockholmTime::instance().localDate(incident.occurredFrom).toString(QStringLiteral("yyyy-MM"));
  case GroupField::Day:
    return StockholmTime::instance().localDate(incident.occurredFrom).toString(QStringLiteral("yyyy-MM-dd"));
  case GroupField::Address:
    return incident.address;
  case GroupField::Kind:
    return kindCode(incident.kind);
  }
  return QString();
}

std::map<QStringList, std::int64_t> bruteGroups(const std::vector<Incident> &incidents, const IncidentFilter &filter,
                                                const std::vector<GroupField> &fields)
{
  std::map<QStringList, std::int64_t> groups;
  for (const Incident &incident : incidents)
  {
    if (!matches(incident, filter))
      continue;
    QStringList keys;
    for (const GroupField field : fields)
      keys.append(key(incident, field));
    ++groups[keys];
  }
  return groups;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<IncidentStore> store;
    std::vector<Incident> incidents;

    Fixture()
    {
      store = makeStore(dir);
      incidents = syntheticIncidents(4000);
      REQUIRE(store);
      REQUIRE(store->insertBatch(incidents, {}));
      // A second, small batch goes through the R-tree triggers instead of the packed rebuild.
      auto more = syntheticIncidents(150, 17, QStringLiteral("small"));
      REQUIRE(store->insertBatch(more, {}));
      incidents.insert(incidents.end(), more.begin(), more.end());
      assignTestAreas(incidents); // the store placed those without an area in theirs
    }
};

std::vector<IncidentFilter> singleFieldFilters()
{
  std::vector<IncidentFilter> filters;
  filters.push_back(IncidentFilter::all());
  IncidentFilter f;
  f.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 12));
  filters.push_back(f);
  f = {};
  f.period = DateRange(QDate(2020, 10, 25), QDate(2020, 10, 25)); // autumn change day
  filters.push_back(f);
  f = {};
  f.period = DateRange(QDate(2021, 3, 28), QDate(2021, 3, 28)); // spring change day
  filters.push_back(f);
  f = {};
  f.kind = IncidentKind::Crime;
  filters.push_back(f);
  f = {};
  f.kind = IncidentKind::Report;
  filters.push_back(f);
  f = {};
  f.categories = QStringList{QStringLiteral("klotter"), QStringLiteral("brott_skadegorelse"), QStringLiteral("brand")};
  filters.push_back(f);
  f = {};
  f.sources = QStringList{QStringLiteral("polisen"), QStringLiteral("nattvandrare")};
  filters.push_back(f);
  f = {};
  f.areas = QStringList{QStringLiteral("omr2")};
  filters.push_back(f);
  f = {};
  f.areas = QStringList{QStringLiteral("omr1"), QString()}; // "" = incidents without area
  filters.push_back(f);
  f = {};
  f.bbox = BoundingBox{560000.0, 6580000.0, 561234.5, 6580777.7};
  filters.push_back(f);
  f = {};
  f.bbox = BoundingBox{500000.0, 6500000.0, 600000.0, 6600000.0}; // everything
  filters.push_back(f);
  f = {};
  f.hours = IncidentFilter::parseHours(QStringLiteral("18-02")).value();
  filters.push_back(f);
  f = {};
  f.hours = {2};
  filters.push_back(f);
  f = {};
  f.weekdays = {5, 6};
  filters.push_back(f);
  f = {};
  f.weekdays = {7};
  filters.push_back(f);
  f = {};
  f.includeMunicipalityPrecision = false;
  filters.push_back(f);
  return filters;
}
} // namespace

TEST_CASE("count, points and incidents apply each filter field as brute force does", "[store]")
{
  Fixture fixture;
  const auto filters = singleFieldFilters();
  for (std::size_t i = 0; i < filters.size(); ++i)
  {
    INFO("filter " << i);
    const std::int64_t expected = bruteCount(fixture.incidents, filters[i]);
    const auto counted = fixture.store->count(filters[i]);
    REQUIRE(counted);
    CHECK(*counted == expected);
    const auto points = fixture.store->points(filters[i]);
    REQUIRE(points);
    CHECK(static_cast<std::int64_t>(points->size()) == expected);
    const auto rows = fixture.store->incidents(filters[i]);
    REQUIRE(rows);
    CHECK(static_cast<std::int64_t>(rows->size()) == expected);
    CHECK(std::is_sorted(rows->begin(), rows->end(), [](const Incident &a, const Incident &b) { return a.occurredFrom < b.occurredFrom; }));
    for (const Incident &row : *rows)
      CHECK(matches(row, filters[i]));
  }
  // The near-trivial cases are not what this test is about: make sure they are not all zero.
  CHECK(bruteCount(fixture.incidents, filters[2]) > 0);
  CHECK(bruteCount(fixture.incidents, filters[10]) > 0);
  CHECK(bruteCount(fixture.incidents, filters[10]) < static_cast<std::int64_t>(fixture.incidents.size()));
}

TEST_CASE("Combined filters agree with brute force", "[store]")
{
  Fixture fixture;
  std::mt19937_64 rng(3);
  std::uniform_int_distribution<int> pick(0, 1000);
  const auto single = singleFieldFilters();
  for (int round = 0; round < 60; ++round)
  {
    IncidentFilter filter;
    for (const IncidentFilter &f : single)
    {
      if (pick(rng) % 4 != 0)
        continue;
      if (f.period)
        filter.period = f.period;
      if (f.kind)
        filter.kind = f.kind;
      if (!f.categories.isEmpty())
        filter.categories = f.categories;
      if (!f.sources.isEmpty())
        filter.sources = f.sources;
      if (!f.areas.isEmpty())
        filter.areas = f.areas;
      if (f.bbox)
        filter.bbox = f.bbox;
      if (!f.hours.empty())
        filter.hours = f.hours;
      if (!f.weekdays.empty())
        filter.weekdays = f.weekdays;
      if (!f.includeMunicipalityPrecision)
        filter.includeMunicipalityPrecision = false;
    }
    INFO("round " << round);
    CHECK(fixture.store->count(filter).value() == bruteCount(fixture.incidents, filter));
  }
  // The benchmark's query: one year, three categories, hours 18-02.
  IncidentFilter evening;
  evening.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 31));
  evening.categories = QStringList{QStringLiteral("klotter"), QStringLiteral("skadegorelse"), QStringLiteral("brott_skadegorelse")};
  evening.hours = IncidentFilter::parseHours(QStringLiteral("18-02")).value();
  CHECK(fixture.store->count(evening).value() == bruteCount(fixture.incidents, evening));
  CHECK(bruteCount(fixture.incidents, evening) > 10);
}

TEST_CASE("countBy groups by every field as brute force does", "[store]")
{
  Fixture fixture;
  IncidentFilter filter;
  filter.period = DateRange(QDate(2020, 3, 1), QDate(2021, 10, 31));
  const std::vector<std::vector<GroupField>> groupings = {
    {GroupField::Category},
    {GroupField::Source},
    {GroupField::Area},
    {GroupField::Hour},
    {GroupField::Weekday},
    {GroupField::Month},
    {GroupField::Day},
    {GroupField::Address},
    {GroupField::Kind},
    {GroupField::Weekday, GroupField::Hour},
    {GroupField::Kind, GroupField::Category, GroupField::Month},
  };
  for (const auto &fields : groupings)
  {
    const auto groups = fixture.store->countBy(filter, fields);
    REQUIRE(groups);
    const auto expected = bruteGroups(fixture.incidents, filter, fields);
    REQUIRE(groups->size() == expected.size());
    for (const GroupCount &group : *groups)
    {
      INFO(group.keys.join(QLatin1Char('|')).toStdString());
      REQUIRE(expected.count(group.keys) == 1);
      CHECK(expected.at(group.keys) == group.count);
    }
  }
  const auto hours = fixture.store->countBy(filter, {GroupField::Hour});
  REQUIRE(hours);
  CHECK(hours->size() == 24);
  CHECK(hours->front().keys.front() == QStringLiteral("0")); // numeric order
  CHECK(hours->back().keys.front() == QStringLiteral("23"));
  const auto total = fixture.store->countBy(filter, {});
  REQUIRE(total);
  REQUIRE(total->size() == 1);
  CHECK(total->front().count == bruteCount(fixture.incidents, filter));
}

TEST_CASE("Hours are local across DST: 02:30 on the autumn change day twice is two incidents at hour 2", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  std::vector<Incident> incidents;
  auto add = [&](std::int64_t t, const char *id)
  {
    Incident incident;
    incident.category = QStringLiteral("brand");
    incident.source = QStringLiteral("polisen");
    incident.x = 560100.0;
    incident.y = 6580100.0;
    incident.occurredFrom = t;
    incident.externalId = QString::fromLatin1(id);
    incidents.push_back(incident);
  };
  // 2021-10-31: 03:00 CEST becomes 02:00 CET; local 02:30 happens at 00:30 and at 01:30 UTC.
  add(utc(2021, 10, 31, 0, 30), "first-0230");
  add(utc(2021, 10, 31, 1, 30), "second-0230");
  add(utc(2021, 10, 30, 23, 59), "0159"); // local 01:59 CEST
  add(utc(2021, 10, 31, 2, 0), "0300");   // local 03:00 CET
  // 2021-03-28: 02:00 CET becomes 03:00 CEST; local hour 2 does not exist.
  add(utc(2021, 3, 28, 0, 59, 59), "spring-0159"); // local 01:59:59
  add(utc(2021, 3, 28, 1, 0), "spring-0300");      // local 03:00
  add(utc(2021, 3, 27, 23, 30), "spring-0030");    // local 00:30 on 28 March, UTC day before
  REQUIRE(store->insertBatch(incidents, {}));

  IncidentFilter autumn;
  autumn.period = DateRange(QDate(2021, 10, 31), QDate(2021, 10, 31));
  autumn.hours = {2};
  CHECK(store->count(autumn).value() == 2);
  autumn.hours = {1, 3};
  CHECK(store->count(autumn).value() == 2); // local 01:59 CEST and 03:00 CET
  autumn.hours.clear();
  const auto byHour = store->countBy(autumn, {GroupField::Hour});
  REQUIRE(byHour);
  std::map<QString, std::int64_t> hours;
  for (const GroupCount &g : *byHour)
    hours[g.keys.front()] = g.count;
  CHECK(hours[QStringLiteral("1")] == 1);
  CHECK(hours[QStringLiteral("2")] == 2);
  CHECK(hours[QStringLiteral("3")] == 1);

  IncidentFilter spring;
  spring.period = DateRange(QDate(2021, 3, 28), QDate(2021, 3, 28));
  CHECK(store->count(spring).value() == 3);
  spring.hours = {2};
  CHECK(store->count(spring).value() == 0);
  IncidentFilter springDay;
  springDay.period = spring.period;
  const auto springHours = store->countBy(springDay, {GroupField::Hour, GroupField::Weekday, GroupField::Day});
  REQUIRE(springHours);
  REQUIRE(springHours->size() == 3);
  CHECK(springHours->at(0).keys == QStringList{QStringLiteral("0"), QStringLiteral("7"), QStringLiteral("2021-03-28")});
  CHECK(springHours->at(1).keys == QStringList{QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("2021-03-28")});
  CHECK(springHours->at(2).keys == QStringList{QStringLiteral("3"), QStringLiteral("7"), QStringLiteral("2021-03-28")});
}
