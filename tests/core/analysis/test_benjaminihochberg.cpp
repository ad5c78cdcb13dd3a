#include "analysis/benjaminihochberg.h"

#include <catch2/catch.hpp>

using namespace lagesbild;

namespace
{
std::vector<std::optional<double>> adjust(const std::vector<double> &values)
{
  return adjustBenjaminiHochberg(std::vector<std::optional<double>>(values.begin(), values.end()));
}

void checkAll(const std::vector<std::optional<double>> &actual, const std::vector<double> &expected)
{
  REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i)
  {
    INFO("index " << i);
    REQUIRE(actual[i].has_value());
    CHECK(*actual[i] == Approx(expected[i]).epsilon(1e-12));
  }
}
} // namespace

// Expected values: R's p.adjust(p, "BH"), here evaluated from its definition
// adjusted_i = min over p_j >= p_i of min(1, m p_j / rank_j) in Python (independent of the
// cumulative-minimum algorithm under test).
TEST_CASE("Benjamini-Hochberg matches R's p.adjust(method = 'BH')", "[analysis][fdr]")
{
  SECTION("p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), 'BH') is all 0.05")
  {
    checkAll(adjust({0.01, 0.02, 0.03, 0.04, 0.05}), {0.05, 0.05, 0.05, 0.05, 0.05});
  }
  SECTION("ten p-values")
  {
    checkAll(adjust({0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216}),
             {0.01, 0.04, 0.084, 0.084, 0.084, 0.1, 0.10571428571428572, 0.216, 0.216, 0.216});
  }
  SECTION("ties and an unsorted input keep their positions")
  {
    checkAll(adjust({0.5, 0.01, 0.5, 0.9, 0.02, 0.02}), {0.6, 0.04, 0.6, 0.9, 0.04, 0.04});
  }
  SECTION("one test is not adjusted")
  {
    checkAll(adjust({0.3}), {0.3});
  }
  SECTION("never above 1")
  {
    checkAll(adjust({0.9, 0.95, 1.0}), {1.0, 1.0, 1.0});
  }
}

TEST_CASE("Missing p-values stay missing and are not counted as tests", "[analysis][fdr]")
{
  // p.adjust(c(NA, 0.01, 0.04, NA), "BH") = NA 0.02 0.04 NA
  const auto adjusted = adjustBenjaminiHochberg({std::nullopt, 0.01, 0.04, std::nullopt});
  REQUIRE(adjusted.size() == 4);
  CHECK_FALSE(adjusted[0].has_value());
  CHECK(*adjusted[1] == Approx(0.02));
  CHECK(*adjusted[2] == Approx(0.04));
  CHECK_FALSE(adjusted[3].has_value());
  CHECK(adjustBenjaminiHochberg({}).empty());
}
