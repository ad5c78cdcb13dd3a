// Points for a kernel density come from the R-tree's leaf boxes: the same incidents as the
// table's points, each within half a metre, for every incident and for a filtered selection, after
// packed, incremental and triggered writes and a delete.
#include "storetestsupport.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
//! How many of exact have no unused point of approximate within tolerance (0 when they match one to one).
std::size_t unmatched(const std::vector<PointXY> &exact, const std::vector<PointXY> &approximate, double tolerance)
{
  std::multimap<double, double> left;
  for (const PointXY &point : approximate)
    left.emplace(point.x, point.y);
  std::size_t missing = 0;
  for (const PointXY &point : exact)
  {
    auto match = left.end();
    for (auto it = left.lower_bound(point.x - tolerance); it != left.end() && it->first <= point.x + tolerance; ++it)
      if (std::abs(it->second - point.y) <= tolerance)
      {
        match = it;
        break;
      }
    if (match == left.end())
      ++missing;
    else
      left.erase(match);
  }
  return missing + left.size();
}
} // namespace

TEST_CASE("Points for a density are the table's points at the R-tree's precision", "[store][points]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  REQUIRE(store->insertBatch(syntheticIncidents(3000, 41, QStringLiteral("a")), {}));
  REQUIRE(store->insertBatch(syntheticIncidents(2000, 42, QStringLiteral("b")), {})); // incremental index
  REQUIRE(store->insertBatch(syntheticIncidents(20, 43, QStringLiteral("c")), {}));   // triggered
  REQUIRE(store->deleteIncident(7, QStringLiteral("test")));
  constexpr double kHalfMetre = 0.5;

  const auto exactAll = store->points(IncidentFilter::all());
  const auto indexAll = store->pointsForDensity(IncidentFilter::all());
  REQUIRE(exactAll);
  REQUIRE(indexAll);
  CHECK(exactAll->size() == 5019);
  CHECK(indexAll->size() == exactAll->size());
  CHECK(unmatched(*exactAll, *indexAll, kHalfMetre) == 0);

  IncidentFilter reports;
  reports.kind = IncidentKind::Report;
  reports.includeMunicipalityPrecision = false;
  const auto exactReports = store->points(reports);
  const auto indexReports = store->pointsForDensity(reports);
  REQUIRE(exactReports);
  REQUIRE(indexReports);
  CHECK(exactReports->size() > 2000);
  CHECK(indexReports->size() == exactReports->size());
  CHECK(unmatched(*exactReports, *indexReports, kHalfMetre) == 0);
  // A point moved by more than the tolerance is noticed.
  std::vector<PointXY> moved = *indexReports;
  moved.front().y += 1.0;
  CHECK(unmatched(*exactReports, moved, kHalfMetre) == 1 + 1);
}
