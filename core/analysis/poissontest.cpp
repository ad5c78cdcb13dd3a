#include "poissontest.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numbers>

namespace lagesbild
{
namespace
{
//! R's binom.test counts outcomes with d(i) <= d(x) * (1 + 1e-7) as "no more likely".
constexpr double kRelativeTolerance = 1.0 + 1e-7;
//! A tail sum stops once a term adds less than this fraction of the sum.
constexpr double kNegligibleTerm = 1e-17;

//! log(n!) − log(√(2πn) (n/e)^n), the error of Stirling's formula (Loader 2000).
double stirlingError(double n)
{
  constexpr double kSmallN = 15.0;
  if (n <= kSmallN)
    return std::lgamma(n + 1.0) - (n + 0.5) * std::log(n) + n - 0.5 * std::log(2.0 * std::numbers::pi);
  const double nn = n * n;
  constexpr double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188;
  if (n > 500)
    return (s0 - s1 / nn) / n;
  if (n > 80)
    return (s0 - (s1 - s2 / nn) / nn) / n;
  if (n > 35)
    return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
  return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
}

//! x log(x / m) + m − x without cancellation when x is close to m (Loader 2000).
double deviance(double x, double m)
{
  if (std::fabs(x - m) < 0.1 * (x + m))
  {
    double v = (x - m) / (x + m);
    double sum = (x - m) * v;
    double term = 2.0 * x * v;
    v *= v;
    for (int j = 1; j < 1000; ++j)
    {
      term *= v;
      const double next = sum + term / (2 * j + 1);
      if (next == sum)
        return next;
      sum = next;
    }
    return sum;
  }
  return x * std::log(x / m) + m - x;
}

//! Binomial probabilities in log space. log P(X = k) follows Loader's saddle-point form, which
//! keeps full relative precision for n in the millions (lgamma differences lose ~1e-9 there).
class Binomial
{
  public:
    Binomial(std::int64_t n, double p) : mN(n), mP(p), mQ(1.0 - p) {}

    double logPmf(std::int64_t k) const
    {
      const auto n = static_cast<double>(mN);
      if (k == 0)
        return n * std::log1p(-mP);
      if (k == mN)
        return n * std::log(mP);
      const auto x = static_cast<double>(k);
      const double main = stirlingError(n) - stirlingError(x) - stirlingError(n - x) - deviance(x, n * mP) - deviance(n - x, n * mQ);
      return main - 0.5 * (std::log(2.0 * std::numbers::pi) + std::log(x) + std::log1p(-x / n));
    }

    //! P(X >= from), walking upward from `from`, which lies at or above the mode.
    double upperTail(std::int64_t from) const
    {
      if (from > mN)
        return 0.0;
      const double odds = mP / (1.0 - mP);
      double term = std::exp(logPmf(from));
      double sum = 0.0;
      for (std::int64_t k = from; k <= mN && term > 0.0; ++k)
      {
        sum += term;
        if (term < sum * kNegligibleTerm)
          break;
        term *= static_cast<double>(mN - k) / static_cast<double>(k + 1) * odds;
      }
      return sum;
    }

    //! P(X <= to), walking downward from `to`, which lies at or below the mode.
    double lowerTail(std::int64_t to) const
    {
      if (to < 0)
        return 0.0;
      const double inverseOdds = (1.0 - mP) / mP;
      double term = std::exp(logPmf(to));
      double sum = 0.0;
      for (std::int64_t k = to; k >= 0 && term > 0.0; --k)
      {
        sum += term;
        if (term < sum * kNegligibleTerm)
          break;
        term *= static_cast<double>(k) / static_cast<double>(mN - k + 1) * inverseOdds;
      }
      return sum;
    }

    //! Smallest k in [from, n] with logPmf(k) <= threshold (pmf is non-increasing there); n + 1 if none.
    std::int64_t firstAtOrBelow(std::int64_t from, double threshold) const
    {
      std::int64_t lo = from;
      std::int64_t hi = mN + 1;
      while (lo < hi)
      {
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (logPmf(mid) <= threshold)
          hi = mid;
        else
          lo = mid + 1;
      }
      return lo;
    }

    //! Largest k in [0, to] with logPmf(k) <= threshold (pmf is non-decreasing there); -1 if none.
    std::int64_t lastAtOrBelow(std::int64_t to, double threshold) const
    {
      std::int64_t lo = -1;
      std::int64_t hi = to;
      while (lo < hi)
      {
        const std::int64_t mid = hi - (hi - lo) / 2;
        if (logPmf(mid) <= threshold)
          lo = mid;
        else
          hi = mid - 1;
      }
      return lo;
    }

  private:
    std::int64_t mN;
    double mP;
    double mQ;
};
} // namespace

double PoissonTest::binomialTwoSided(std::int64_t k, std::int64_t n, double p)
{
  assert(n >= 0 && k >= 0 && k <= n && p >= 0.0 && p <= 1.0);
  if (n == 0)
    return 1.0;
  // Degenerate probabilities: only one outcome is possible.
  if (p <= 0.0)
    return k == 0 ? 1.0 : 0.0;
  if (p >= 1.0)
    return k == n ? 1.0 : 0.0;

  const double expected = static_cast<double>(n) * p;
  if (static_cast<double>(k) == expected)
    return 1.0;

  const Binomial binomial(n, p);
  const double threshold = binomial.logPmf(k) + std::log(kRelativeTolerance);
  double pValue = 0.0;
  if (static_cast<double>(k) < expected)
  {
    // Observed tail P(X <= k), plus the far tail of outcomes above the mean no more likely than k.
    const auto from = static_cast<std::int64_t>(std::ceil(expected));
    pValue = binomial.lowerTail(k) + binomial.upperTail(binomial.firstAtOrBelow(from, threshold));
  }
  else
  {
    const auto to = static_cast<std::int64_t>(std::floor(expected));
    pValue = binomial.upperTail(k) + binomial.lowerTail(binomial.lastAtOrBelow(to, threshold));
  }
  return std::min(1.0, pValue);
}

double PoissonTest::twoSidedPValue(std::int64_t a, std::int64_t b, double exposureA, double exposureB)
{
  assert(a >= 0 && b >= 0 && exposureA > 0.0 && exposureB > 0.0);
  const std::int64_t n = a + b;
  if (n == 0)
    return 1.0;
  return binomialTwoSided(b, n, exposureB / (exposureA + exposureB));
}

} // namespace lagesbild
