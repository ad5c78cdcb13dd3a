// The behaviour suite, part 1: batches and queries. Each scenario runs through IncidentStore only,
// on a GeoPackage and on the server (behaviourstores.h), and checks the same numbers: fixed
// ones, and a brute-force count (MemoryIncidents) of the rows read back for every filter field
// and every grouping; the map's layer filter evaluated by the database itself gives count().
#include "behaviourdata.h"
#include "behaviourstores.h"
#include "memoryincidents.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace lagesbild;
using namespace lagesbild::test;

namespace
{
std::string text(const Error &error)
{
  return error.toString().toStdString();
}

void storeStandardData(IncidentStore &store)
{
  for (const Area &area : behaviourAreas())
    REQUIRE(store.upsertArea(area));
  const auto inserted = store.insertBatch(behaviourIncidents(), IncidentStore::InsertOptions());
  INFO((inserted ? std::string() : text(inserted.error())));
  REQUIRE(inserted);
  REQUIRE(inserted->inserted == 600);
}

std::vector<std::pair<double, double>> sortedPoints(const std::vector<PointXY> &points)
{
  std::vector<std::pair<double, double>> sorted;
  for (const PointXY &p : points)
    sorted.emplace_back(p.x, p.y);
  std::sort(sorted.begin(), sorted.end());
  return sorted;
}
//! The stores' documented order of groups: hour and weekday as numbers, other keys as text
//! (UTF-8 bytes, as SQLite's BINARY); the reference orders every key as text.
std::vector<GroupCount> storeOrder(std::vector<GroupCount> groups, const std::vector<GroupField> &fields)
{
  std::sort(groups.begin(), groups.end(),
            [&fields](const GroupCount &a, const GroupCount &b)
            {
              for (std::size_t c = 0; c < fields.size(); ++c)
              {
                const int i = static_cast<int>(c);
                const bool numeric = fields[c] == GroupField::Hour || fields[c] == GroupField::Weekday;
                const int order = numeric ? a.keys[i].toInt() - b.keys[i].toInt() : a.keys[i].toUtf8().compare(b.keys[i].toUtf8());
                if (order != 0)
                  return order < 0;
              }
              return false;
            });
  return groups;
}
} // namespace

TEST_CASE("Behaviour: a batch is stored once, duplicates are counted and a re-import adds nothing", "[behaviour]")
{
  forEachBackend(
    [](BehaviourStore &s)
    {
      IncidentStore &store = *s.store;
      std::vector<Incident> batch = behaviourIncidents();
      batch.push_back(batch[0]); // the same record twice in one batch
      batch.push_back(batch[1]);
      const auto first = store.insertBatch(batch, IncidentStore::InsertOptions());
      INFO((first ? std::string() : text(first.error())));
      REQUIRE(first);
      CHECK(first->inserted == 600);
      CHECK(first->duplicates == 2);
      const auto again = store.insertBatch(batch, IncidentStore::InsertOptions());
      REQUIRE(again);
      CHECK(again->inserted == 0);
      CHECK(again->duplicates == 602);
      CHECK(*store.count(IncidentFilter::all()) == 600);

      // An edited record with an external id is the same record (same source and id).
      std::vector<Incident> edited{behaviourIncidents()[0]};
      edited[0].description = QStringLiteral("edited upstream");
      CHECK(store.insertBatch(edited, IncidentStore::InsertOptions())->duplicates == 1);

      // An unknown code: an error and nothing written; with createMissingReferences it is created.
      Incident unknown = makeIncident(IncidentKind::Report, QStringLiteral("ny_kategori"), QStringLiteral("ny_kalla"), 562500, 6582500,
                                      localUtc(QDate(2021, 5, 5), QTime(12, 0)), QStringLiteral("new-1"));
      const auto refused = store.insertBatch({unknown}, IncidentStore::InsertOptions());
      REQUIRE_FALSE(refused);
      CHECK(refused.error().code == ErrorCode::BadInput);
      CHECK(refused.error().message.contains(QStringLiteral("ny_kategori")));
      CHECK(*store.count(IncidentFilter::all()) == 600);
      IncidentStore::InsertOptions create;
      create.createMissingReferences = true;
      const auto created = store.insertBatch({unknown}, create);
      INFO((created ? std::string() : text(created.error())));
      REQUIRE(created);
      CHECK(created->inserted == 1);
      const auto categories = *store.categories();
      CHECK(std::any_of(categories.begin(), categories.end(), [](const Category &c) { return c.code == QLatin1String("ny_kategori"); }));
      const auto sources = *store.sources();
      CHECK(std::any_of(sources.begin(), sources.end(), [](const Source &c) { return c.code == QLatin1String("ny_kalla"); }));

      // Read back as written.
      const auto found = store.incidentsWithExternalIds({{QStringLiteral("nattvandrare"), QStringLiteral("new-1")}});
      CHECK(found->empty());
      const auto mine = store.incidentsWithExternalIds({{QStringLiteral("ny_kalla"), QStringLiteral("new-1")}});
      REQUIRE(mine->size() == 1);
      const Incident &back = mine->front();
      CHECK(back.category == unknown.category);
      CHECK(back.x == unknown.x);
      CHECK(back.y == unknown.y);
      CHECK(back.occurredFrom == unknown.occurredFrom);
      CHECK(back.description == unknown.description);
      CHECK(back.kind == IncidentKind::Report);
      CHECK(back.importBatch == 0);
    });
}

TEST_CASE("Behaviour: count, countBy, points and incidents agree with a brute-force count for every filter field", "[behaviour]")
{
  forEachBackend(
    [](BehaviourStore &s)
    {
      IncidentStore &store = *s.store;
      storeStandardData(store);
      const auto stored = store.incidents(IncidentFilter::all());
      REQUIRE(stored);
      REQUIRE(stored->size() == 600);
      CHECK(std::is_sorted(stored->begin(), stored->end(),
                           [](const Incident &a, const Incident &b) { return a.occurredFrom < b.occurredFrom; }));
      const MemoryIncidents reference(*stored);
      // Fixed figures (the same for both backends): areas assigned on insert.
      IncidentFilter housing;
      housing.areas = QStringList{QStringLiteral("bostad")};
      CHECK(*store.count(housing) == *reference.count(housing));
      CHECK(*store.count(housing) == 114); // 120 placed there, 6 of municipality precision go to the district

      const std::vector<GroupField> fields{GroupField::Category, GroupField::Source,  GroupField::Area,
                                           GroupField::Hour,     GroupField::Weekday, GroupField::Month,
                                           GroupField::Day,      GroupField::Address, GroupField::Kind};
      for (const auto &[name, filter] : behaviourFilters())
      {
        INFO("filter: " << name.toStdString());
        const std::int64_t expected = *reference.count(filter);
        CHECK(*store.count(filter) == expected);
        CHECK(static_cast<std::int64_t>(store.incidents(filter)->size()) == expected);
        CHECK(sortedPoints(*store.points(filter)) == sortedPoints(*reference.points(filter)));
        if (expected > 2)
          CHECK(store.incidents(filter, 2)->size() == 2);
        for (const GroupField field : fields)
        {
          INFO("field " << static_cast<int>(field));
          const auto got = store.countBy(filter, {field});
          REQUIRE(got);
          const auto want = storeOrder(*reference.countBy(filter, {field}), {field});
          REQUIRE(got->size() == want.size());
          for (std::size_t g = 0; g < want.size(); ++g)
          {
            CHECK(got->at(g).keys == want[g].keys);
            CHECK(got->at(g).count == want[g].count);
          }
        }
        // Two fields at once, as the patterns view asks.
        const auto pairs = *store.countBy(filter, {GroupField::Weekday, GroupField::Hour});
        const auto wantPairs =
          storeOrder(*reference.countBy(filter, {GroupField::Weekday, GroupField::Hour}), {GroupField::Weekday, GroupField::Hour});
        REQUIRE(pairs.size() == wantPairs.size());
        for (std::size_t g = 0; g < wantPairs.size(); ++g)
          CHECK((pairs[g].keys == wantPairs[g].keys && pairs[g].count == wantPairs[g].count));
        // The map layer's filter, evaluated by the database, selects the same rows.
        CHECK(countWithLayerFilter(s, store.layerFilter(filter)) == expected);
      }
      CHECK(store.layerFilter(IncidentFilter::all()).isEmpty());
      // A code with a quote in it is escaped, not executed.
      IncidentFilter quoted;
      quoted.categories = QStringList{QStringLiteral("x' OR '1'='1")};
      CHECK(countWithLayerFilter(s, store.layerFilter(quoted)) == 0);
      CHECK(*store.count(quoted) == 0);
    });
}

TEST_CASE("Behaviour: a period holds its first day from 00:00:00 and its last to 23:59:59 local time, across DST", "[behaviour]")
{
  struct Case
  {
      DateRange period;
      QDate before, first, last, after;
  };
  const std::vector<Case> cases = {
    {DateRange(QDate(2021, 6, 1), QDate(2021, 6, 30)), QDate(2021, 5, 31), QDate(2021, 6, 1), QDate(2021, 6, 30), QDate(2021, 7, 1)},
    {DateRange(QDate(2021, 1, 1), QDate(2021, 1, 31)), QDate(2020, 12, 31), QDate(2021, 1, 1), QDate(2021, 1, 31), QDate(2021, 2, 1)},
    // ends on the spring change day (23 hours), starts on it
    {DateRange(QDate(2021, 3, 1), QDate(2021, 3, 28)), QDate(2021, 2, 28), QDate(2021, 3, 1), QDate(2021, 3, 28), QDate(2021, 3, 29)},
    {DateRange(QDate(2021, 3, 28), QDate(2021, 4, 3)), QDate(2021, 3, 27), QDate(2021, 3, 28), QDate(2021, 4, 3), QDate(2021, 4, 4)},
    // ends on the autumn change day (25 hours), starts on it
    {DateRange(QDate(2020, 10, 1), QDate(2020, 10, 25)), QDate(2020, 9, 30), QDate(2020, 10, 1), QDate(2020, 10, 25), QDate(2020, 10, 26)},
    {DateRange(QDate(2020, 10, 25), QDate(2020, 10, 31)), QDate(2020, 10, 24), QDate(2020, 10, 25), QDate(2020, 10, 31),
     QDate(2020, 11, 1)},
  };
  forEachBackend(
    [&cases](BehaviourStore &s)
    {
      IncidentStore &store = *s.store;
      std::vector<Incident> batch;
      const QTime midnight(0, 0, 0);
      const QTime lastSecond(23, 59, 59);
      // Each case's four incidents at an x of their own, so a box picks them out.
      for (std::size_t c = 0; c < cases.size(); ++c)
      {
        const double x = 561000 + 100.0 * static_cast<double>(c);
        const Case &k = cases[c];
        int n = 0;
        for (const auto &[date, time] :
             {std::pair(k.before, lastSecond), std::pair(k.first, midnight), std::pair(k.last, lastSecond), std::pair(k.after, midnight)})
          batch.push_back(makeIncident(IncidentKind::Crime, QStringLiteral("brott_misshandel"), QStringLiteral("polisen"), x, 6581000,
                                       localUtc(date, time), QStringLiteral("edge-%1-%2").arg(c).arg(n++)));
      }
      // Both sides of the spring change hour and the repeated autumn hour.
      batch.push_back(makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), 565000, 6585000,
                                   localUtc(QDate(2021, 3, 28), QTime(1, 30)), QStringLiteral("dst-1")));
      batch.push_back(makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), 565000, 6585000,
                                   localUtc(QDate(2021, 3, 28), QTime(3, 30)), QStringLiteral("dst-2")));
      batch.push_back(makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), 565000, 6585000,
                                   QDateTime(QDate(2020, 10, 25), QTime(1, 30), Qt::UTC).toSecsSinceEpoch(), QStringLiteral("dst-3")));
      REQUIRE(store.insertBatch(batch, IncidentStore::InsertOptions())->inserted == static_cast<std::int64_t>(batch.size()));

      for (std::size_t c = 0; c < cases.size(); ++c)
      {
        INFO("case " << c << ": " << cases[c].period.from().toString(Qt::ISODate).toStdString());
        IncidentFilter filter;
        filter.period = cases[c].period;
        const double x = 561000 + 100.0 * static_cast<double>(c);
        filter.bbox = BoundingBox{x - 1, 6580999, x + 1, 6581001};
        CHECK(*store.count(filter) == 2);
        std::set<QString> ids;
        const auto found = store.incidents(filter);
        REQUIRE(found);
        for (const Incident &incident : *found)
          ids.insert(incident.externalId);
        CHECK(ids == std::set<QString>{QStringLiteral("edge-%1-1").arg(c), QStringLiteral("edge-%1-2").arg(c)});
        const auto days = *store.countBy(filter, {GroupField::Day});
        REQUIRE(days.size() == 2);
        CHECK(days[0].keys.front() == cases[c].first.toString(Qt::ISODate));
        CHECK(days[1].keys.front() == cases[c].last.toString(Qt::ISODate));
        const auto hours = *store.countBy(filter, {GroupField::Hour});
        REQUIRE(hours.size() == 2);
        CHECK(hours[0].keys.front() == QLatin1String("0"));
        CHECK(hours[1].keys.front() == QLatin1String("23"));
        CHECK(countWithLayerFilter(s, store.layerFilter(filter)) == 2);
      }
      IncidentFilter dst;
      dst.sources = QStringList{QStringLiteral("vaktare")};
      const auto hours = *store.countBy(dst, {GroupField::Hour});
      REQUIRE(hours.size() == 3);
      CHECK(hours[0].keys.front() == QLatin1String("1"));
      CHECK(hours[1].keys.front() == QLatin1String("2")); // 01:30 UTC on 25 October 2020 is 02:30 local (CET)
      CHECK(hours[2].keys.front() == QLatin1String("3"));
      const auto weekdays = *store.countBy(dst, {GroupField::Weekday});
      REQUIRE(weekdays.size() == 1);
      CHECK(weekdays[0].keys.front() == QLatin1String("7"));
      CHECK(weekdays[0].count == 3);
    });
}
