#include "hotspots/hotspotwriter.h"
#include "hotspots/repeatlocations.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace lagesbild;

namespace
{
GroupCount group(const QString &address, std::int64_t count)
{
  return GroupCount{QStringList{address}, count};
}
} // namespace

TEST_CASE("repeat locations are ranked with shares and the half-of-incidents concentration", "[hotspots]")
{
  const std::vector<GroupCount> counts = {
    group(QStringLiteral("Storgatan 1"), 30),
    group(QStringLiteral("storgatan  1 "), 5),
    group(QStringLiteral("Stationsgatan 4"), 20),
    group(QStringLiteral("Skolvägen 2"), 10),
    group(QStringLiteral("Parkvägen 9"), 10),
    group(QStringLiteral("Torget"), 5),
    group(QString(), 20),
  };
  const RepeatLocationSummary summary = rankRepeatLocations(counts);
  CHECK(summary.totalIncidents == 100);
  CHECK(summary.withoutAddress == 20);
  REQUIRE(summary.places.size() == 5);
  CHECK(summary.places[0].address == QStringLiteral("Storgatan 1")); // merged, most common spelling
  CHECK(summary.places[0].count == 35);
  CHECK(summary.places[0].share == Approx(0.35));
  CHECK(summary.places[1].address == QStringLiteral("Stationsgatan 4"));
  CHECK(summary.places[1].cumulativeShare == Approx(0.55));
  CHECK(summary.places[2].address == QStringLiteral("Parkvägen 9")); // tie on 10: by address
  CHECK(summary.places[3].address == QStringLiteral("Skolvägen 2"));
  CHECK(summary.places[4].rank == 5);
  CHECK(summary.placesForHalf == 2); // 35 + 20 = 55 ≥ 50 of 100
  CHECK(summary.shareOfPlacesForHalf == Approx(0.4));
  CHECK(normalisedAddressKey(QStringLiteral("  STORGATAN\t1 ")) == QStringLiteral("storgatan 1"));
}

TEST_CASE("repeat locations that never reach half, and none at all", "[hotspots]")
{
  const RepeatLocationSummary few = rankRepeatLocations({group(QStringLiteral("A"), 2), group(QString(), 10)});
  CHECK(few.placesForHalf == 0);
  CHECK(few.places.size() == 1);
  const RepeatLocationSummary none = rankRepeatLocations({});
  CHECK(none.places.empty());
  CHECK(none.totalIncidents == 0);
}

TEST_CASE("repeat locations CSV quotes addresses with commas", "[hotspots]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("places.csv"));
  const auto summary = rankRepeatLocations({group(QStringLiteral("Torget, Kungsör"), 3), group(QStringLiteral("Storgatan 1"), 1)});
  REQUIRE(writeRepeatLocationsCsv(summary, path).ok());
  QFile file(path);
  REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
  CHECK(file.readLine() == QByteArray("rank,address,count,share,cumulative_share\n"));
  CHECK(file.readLine() == QByteArray("1,\"Torget, Kungsör\",3,0.75,0.75\n"));
  CHECK(file.readLine() == QByteArray("2,Storgatan 1,1,0.25,1\n"));
}
