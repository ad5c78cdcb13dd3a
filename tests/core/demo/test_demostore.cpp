// The Kungsör demo written into a real store: the seed's figures through the store's query API,
// determinism of the stored content, areas, interventions and the basement's repeat address.
#include "demo/demofigures.h"
#include "demo/demogenerator.h"
#include "demo/demointerventions.h"
#include "demo/demostorewriter.h"
#include "demotestsupport.h"
#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace lagesbild;
using namespace lagesbild::demo;

namespace
{
std::int64_t storeCount(const IncidentStore &store, IncidentKind kind, const DateRange &period)
{
  IncidentFilter filter;
  filter.kind = kind;
  filter.period = period;
  const auto n = store.count(filter);
  REQUIRE(n.ok());
  return *n;
}

std::unique_ptr<IncidentStore> writeDemo(const QString &path, int scale = 1)
{
  DemoOptions options;
  options.scale = scale;
  const auto summary = DemoStoreWriter::write(path, options);
  INFO((summary ? QString() : summary.error().toString()).toStdString());
  REQUIRE(summary.ok());
  auto store = GeoPackageStore::open(path);
  REQUIRE(store.ok());
  return std::move(*store);
}

QByteArray storedFingerprint(const IncidentStore &store)
{
  const auto incidents = store.incidents(IncidentFilter::all());
  REQUIRE(incidents.ok());
  return test::fingerprint(*incidents);
}
} // namespace

TEST_CASE("The demo store reproduces the seed's figures through count()", "[demo]")
{
  QTemporaryDir dir;
  const auto store = writeDemo(dir.filePath(QStringLiteral("demo.gpkg")));

  const std::int64_t crimesA = storeCount(*store, IncidentKind::Crime, DateRange(QDate(2020, 1, 1), QDate(2020, 12, 12)));
  const std::int64_t crimesB = storeCount(*store, IncidentKind::Crime, DateRange(QDate(2021, 1, 1), QDate(2021, 12, 12)));
  CHECK(crimesB - crimesA == -94);
  CHECK(std::round(1000.0 * static_cast<double>(crimesB - crimesA) / static_cast<double>(crimesA)) / 10.0 == Approx(-12.0));

  const std::int64_t reportsA = storeCount(*store, IncidentKind::Report, DateRange(QDate(2020, 6, 1), QDate(2020, 11, 30)));
  const std::int64_t reportsB = storeCount(*store, IncidentKind::Report, DateRange(QDate(2021, 6, 1), QDate(2021, 11, 30)));
  CHECK(std::round(1000.0 * static_cast<double>(reportsB - reportsA) / static_cast<double>(reportsA)) / 10.0 == Approx(-32.1));

  // The whole store holds what the generator planned.
  const auto generator = DemoGenerator::create();
  const auto all = store->count(IncidentFilter::all());
  REQUIRE(all.ok());
  CHECK(*all == generator->plannedCount());
}

TEST_CASE("The demo store's content is the same on every run", "[demo]")
{
  QTemporaryDir dir;
  const auto first = writeDemo(dir.filePath(QStringLiteral("first.gpkg")));
  const auto second = writeDemo(dir.filePath(QStringLiteral("second.gpkg")));
  const QByteArray stored = storedFingerprint(*first);
  CHECK(stored == storedFingerprint(*second));
  // What the store holds is exactly what the generator made.
  CHECK(stored == test::fingerprint(DemoGenerator::create()->generateAll()));
}

TEST_CASE("The demo store has the areas, interventions and taxonomy", "[demo]")
{
  QTemporaryDir dir;
  const auto store = writeDemo(dir.filePath(QStringLiteral("demo.gpkg")));
  const auto areas = store->areas();
  REQUIRE(areas.ok());
  QStringList codes;
  for (const Area &area : *areas)
    codes << area.code;
  for (const char *code :
       {"kungsor-kommun", "kungsor-tatort", "centrum", "stationsomradet", "skolomradet", "hagaberg", "kungsparken", "hamnen"})
    CHECK(codes.contains(QString::fromLatin1(code)));

  const auto interventions = store->interventions();
  REQUIRE(interventions.ok());
  CHECK(interventions->size() == DemoGenerator::create()->interventions().size());
  const auto basement = std::find_if(interventions->begin(), interventions->end(),
                                     [](const Intervention &i) { return i.title.contains(DemoInterventions::basementAddress()); });
  REQUIRE(basement != interventions->end());
  CHECK(basement->type == QLatin1String("police_presence"));
  CHECK(basement->actors.size() >= 3);

  // Every kind of partner reports.
  IncidentFilter reports;
  reports.kind = IncidentKind::Report;
  const auto bySource = store->countBy(reports, {GroupField::Source});
  REQUIRE(bySource.ok());
  QStringList sources;
  for (const GroupCount &row : *bySource)
    sources << row.keys.front();
  for (const char *code : {"bostadsbolaget", "vaktare", "nattvandrare", "skolan", "kommunen"})
    CHECK(sources.contains(QString::fromLatin1(code)));
}

TEST_CASE("In the demo store the basement is the top repeat address, then it calms down", "[demo]")
{
  QTemporaryDir dir;
  const auto store = writeDemo(dir.filePath(QStringLiteral("demo.gpkg")));
  const QDate start = DemoInterventions::basementInterventionStart();
  IncidentFilter filter;
  filter.kind = IncidentKind::Report;
  filter.areas = QStringList{DemoInterventions::basementArea()};
  filter.period = DateRange(QDate(2020, 6, 1), start.addDays(-1));
  const auto before = store->countBy(filter, {GroupField::Address});
  REQUIRE(before.ok());
  REQUIRE(!before->empty());
  const auto top =
    std::max_element(before->begin(), before->end(), [](const GroupCount &a, const GroupCount &b) { return a.count < b.count; });
  CHECK(top->keys.front() == DemoInterventions::basementAddress());

  filter.period = DateRange(start, start.addDays(static_cast<int>(QDate(2020, 6, 1).daysTo(start)) - 1));
  const auto after = store->countBy(filter, {GroupField::Address});
  REQUIRE(after.ok());
  std::int64_t basementAfter = 0;
  for (const GroupCount &row : *after)
  {
    if (row.keys.front() == DemoInterventions::basementAddress())
      basementAfter = row.count;
  }
  CHECK(basementAfter * 3 < top->count);
}

TEST_CASE("The demo writer refuses an existing file and leaves it alone", "[demo]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("existing.gpkg"));
  {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
  }
  const auto summary = DemoStoreWriter::write(path, DemoOptions{});
  REQUIRE_FALSE(summary.ok());
  QFile file(path);
  REQUIRE(file.open(QIODevice::ReadOnly));
  CHECK(file.readAll() == QByteArray("keep me"));
}
