#include "analysis/poissontest.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace lagesbild;

namespace
{
struct BinomialCase
{
    std::int64_t k;
    std::int64_t n;
    double p;
    double expected;
};

// Reference p-values from scipy 1.10.1 (Debian python3-scipy), whose binomtest implements R's
// binom.test two-sided rule (outcomes with d(i) <= d(k) * (1 + 1e-7)):
//   /usr/bin/python3 -c "from scipy.stats import binomtest; print(repr(binomtest(k, n, p).pvalue))"
// The R call is binom.test(k, n, p)$p.value. Cases with n < 3000 were also summed exactly with
// mpmath at 50 digits and agree to 1e-13.
const BinomialCase kBinomialCases[] = {
  {5, 5, 0.5, 0.0625},                                    // binom.test(5, 5)
  {20, 30, 0.5, 0.09873714670538905},                     // binom.test(20, 30)
  {3, 10, 0.5, 0.34375},                                  // binom.test(3, 10): symmetric ties
  {0, 7, 0.5, 0.015625},                                  // binom.test(0, 7)
  {689, 1472, 346.0 / 693.0, 0.017669901193752502},       // binom.test(689, 1472, 346/693)
  {15, 18, 20.0 / 30.0, 0.2092674685566256},              // binom.test(15, 18, 2/3)
  {2, 18, 20.0 / 30.0, 1.6751824398218676e-06},           // binom.test(2, 18, 2/3)
  {1, 10, 0.01, 0.09561792499119552},                     // binom.test(1, 10, 0.01)
  {9, 10, 0.3, 0.00014368589999999996},                   // binom.test(9, 10, 0.3)
  {1002500, 2002500, 0.5, 0.07740312631506968},           // binom.test(1002500, 2002500)
  {501000, 1001000, 31.0 / 61.0, 1.5704112408445432e-53}, // binom.test(501000, 1001000, 31/61)
  {1234567, 2500000, 0.4937, 0.6884138282003858},         // binom.test(1234567, 2500000, 0.4937)
  {5, 3000000, 1e-6, 0.23452366514774053},                // binom.test(5, 3e6, 1e-6)
};
} // namespace

TEST_CASE("Binomial two-sided p-values match R's binom.test", "[analysis][poisson]")
{
  for (const BinomialCase &c : kBinomialCases)
  {
    INFO("binom.test(" << c.k << ", " << c.n << ", " << c.p << ")");
    CHECK(PoissonTest::binomialTwoSided(c.k, c.n, c.p) == Approx(c.expected).epsilon(1e-12));
  }
}

TEST_CASE("Binomial edge cases", "[analysis][poisson]")
{
  CHECK(PoissonTest::binomialTwoSided(0, 0, 0.3) == 1.0);
  CHECK(PoissonTest::binomialTwoSided(5, 10, 0.5) == 1.0); // k equals n p exactly
  CHECK(PoissonTest::binomialTwoSided(0, 10, 0.0) == 1.0);
  CHECK(PoissonTest::binomialTwoSided(1, 10, 0.0) == 0.0);
  CHECK(PoissonTest::binomialTwoSided(10, 10, 1.0) == 1.0);
  // binom.test(900000, 1900000)$p.value underflows to 0 in R and scipy; it must be tiny, not NaN.
  const double extreme = PoissonTest::binomialTwoSided(900000, 1900000, 0.5);
  CHECK(extreme >= 0.0);
  CHECK(extreme < 1e-300);
}

TEST_CASE("Two Poisson counts: exact conditional test over the period lengths", "[analysis][poisson]")
{
  SECTION("no incidents at all: nothing to reject")
  {
    CHECK(PoissonTest::twoSidedPValue(0, 0, 10.0, 20.0) == 1.0);
  }
  SECTION("a = 0 over equal periods is binom.test(5, 5, 0.5)")
  {
    CHECK(PoissonTest::twoSidedPValue(0, 5, 86400.0, 86400.0) == Approx(0.0625).epsilon(1e-12));
  }
  SECTION("equal periods: p0 = 1/2, binom.test(20, 30)")
  {
    CHECK(PoissonTest::twoSidedPValue(10, 20, 7.0, 7.0) == Approx(0.09873714670538905).epsilon(1e-12));
  }
  SECTION("unequal periods: 2020-01-01..2020-12-12 is 347 days, 2021-01-01..2021-12-12 346 days")
  {
    // binom.test(689, 783 + 689, 346/693) — the demo's reported-crime comparison.
    CHECK(PoissonTest::twoSidedPValue(783, 689, 347.0 * 86400, 346.0 * 86400) == Approx(0.017669901193752502).epsilon(1e-12));
  }
  SECTION("B twice as long as A: binom.test(15, 18, 2/3) and binom.test(2, 18, 2/3)")
  {
    CHECK(PoissonTest::twoSidedPValue(3, 15, 10.0, 20.0) == Approx(0.2092674685566256).epsilon(1e-12));
    CHECK(PoissonTest::twoSidedPValue(16, 2, 10.0, 20.0) == Approx(1.6751824398218676e-06).epsilon(1e-12));
  }
  SECTION("swapping the periods swaps nothing in the answer")
  {
    CHECK(PoissonTest::twoSidedPValue(40, 61, 30.0, 31.0) == Approx(PoissonTest::twoSidedPValue(61, 40, 31.0, 30.0)).epsilon(1e-12));
  }
}

TEST_CASE("Large counts are fast and finite", "[analysis][poisson]")
{
  const auto start = std::chrono::steady_clock::now();
  double sum = 0.0;
  for (int i = 0; i < 100; ++i)
    sum += PoissonTest::twoSidedPValue(1000000 + i, 1002500, 1.0, 1.0);
  const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(std::isfinite(sum));
  CHECK(PoissonTest::twoSidedPValue(1000000, 1002500, 1.0, 1.0) == Approx(0.07740312631506968).epsilon(1e-12));
  // A hundred tests with n ≈ 2 million: generous bound, catches an O(n) lgamma loop only.
  CHECK(elapsed < 2.0);
}
