// ClosePairs against all pairs, and the band conventions of KnoxBands.
#include "nearrepeat/closepairs.h"
#include "nearrepeat/knoxbands.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>
#include <utility>

using namespace lagesbild;

TEST_CASE("ClosePairs finds exactly the pairs closer than the limit", "[nearrepeat]")
{
  std::mt19937 random(5);
  std::uniform_real_distribution<double> coordinate(0.0, 2000.0);
  std::vector<PointXY> points;
  for (int i = 0; i < 400; ++i)
    points.push_back({562000.0 + coordinate(random), 6587000.0 + coordinate(random)});
  // Exact repeats and points on a cell edge.
  points.push_back(points[3]);
  points.push_back({562000.0, 6587000.0});
  points.push_back({562150.0, 6587000.0});

  for (const KnoxDistance kind : {KnoxDistance::Euclidean, KnoxDistance::Manhattan})
  {
    for (const double limit : {1.0, 150.0, 333.3})
    {
      std::set<std::pair<std::uint32_t, std::uint32_t>> expected;
      for (std::uint32_t i = 0; i < points.size(); ++i)
        for (std::uint32_t j = i + 1; j < points.size(); ++j)
          if (ClosePairs::distance(points[i], points[j], kind) < limit)
            expected.insert({i, j});
      const auto found = ClosePairs::within(points, limit, kind);
      REQUIRE(found.ok());
      std::set<std::pair<std::uint32_t, std::uint32_t>> got;
      for (const PointPair &pair : *found)
      {
        CHECK(pair.first < pair.second);
        got.insert({pair.first, pair.second});
      }
      CHECK(got.size() == found->size());
      CHECK(got == expected);
    }
  }
}

TEST_CASE("Knox bands are closed on the left, open on the right, the last one open-ended", "[nearrepeat]")
{
  const auto bands = KnoxBands::parse(QStringLiteral("0, 1,100,200"));
  REQUIRE(bands.ok());
  CHECK(bands->count() == 4);
  CHECK(bands->finiteCount() == 3);
  CHECK(bands->bandOf(0.0) == 0);
  CHECK(bands->bandOf(0.999) == 0);
  CHECK(bands->bandOf(1.0) == 1);
  CHECK(bands->bandOf(199.99) == 2);
  CHECK(bands->bandOf(200.0) == 3);
  CHECK(bands->bandOf(1e9) == 3);
  CHECK_FALSE(bands->to(3).has_value());
  CHECK(*bands->to(2) == 200.0);

  CHECK_FALSE(KnoxBands::parse(QStringLiteral("1,100")).ok());
  CHECK_FALSE(KnoxBands::parse(QStringLiteral("0")).ok());
  CHECK_FALSE(KnoxBands::parse(QStringLiteral("0,100,50")).ok());
  CHECK_FALSE(KnoxBands::parse(QStringLiteral("0,x")).ok());
}
