#include "model/incidentfilter.h"

#include <catch2/catch.hpp>

using namespace lagesbild;

TEST_CASE("Hour spans wrap over midnight and exclude the end hour", "[model]")
{
  const auto evening = IncidentFilter::parseHours(QStringLiteral("18-02"));
  REQUIRE(evening.has_value());
  CHECK(*evening == std::vector<int>{0, 1, 18, 19, 20, 21, 22, 23});
  const auto list = IncidentFilter::parseHours(QStringLiteral("8,9, 17"));
  REQUIRE(list.has_value());
  CHECK(*list == std::vector<int>{8, 9, 17});
  const auto mixed = IncidentFilter::parseHours(QStringLiteral("22-24,3"));
  REQUIRE(mixed.has_value());
  CHECK(*mixed == std::vector<int>{3, 22, 23});
}

TEST_CASE("Nonsense hours are refused", "[model]")
{
  CHECK_FALSE(IncidentFilter::parseHours(QStringLiteral("")).has_value());
  CHECK_FALSE(IncidentFilter::parseHours(QStringLiteral("25")).has_value());
  CHECK_FALSE(IncidentFilter::parseHours(QStringLiteral("18-18")).has_value());
  CHECK_FALSE(IncidentFilter::parseHours(QStringLiteral("evening")).has_value());
}

TEST_CASE("Kind codes round-trip", "[model]")
{
  CHECK(kindCode(IncidentKind::Crime) == QStringLiteral("crime"));
  CHECK(kindFromCode(QStringLiteral("report")) == IncidentKind::Report);
  CHECK(kindFromCode(QStringLiteral(" Crime ")) == IncidentKind::Crime);
  CHECK_FALSE(kindFromCode(QStringLiteral("x")).has_value());
}
