#include "poissontest.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace lagesbild
{
namespace
{
//! R's binom.test counts outcomes with d(i) <= d(x) * (1 + 1e-7) as "no more likely".
constexpr double kRelativeTolerance = 1.0 + 1e-7;
//! A tail sum stops once a term adds less than this fraction of the sum.
constexpr double kNegligibleTerm = 1e-17;

class Binomial
{
  public:
    Binomial(std::int64_t n, double p) : mN(n), mP(p), mLogP(std::log(p)), mLog1mP(std::log1p(-p)), mLogNFactorial(std::lgamma(n + 1.0)) {}

    double logPmf(std::int64_t k) const
    {
      const auto kk = static_cast<double>(k);
      const auto rest = static_cast<double>(mN - k);
      return mLogNFactorial - std::lgamma(kk + 1.0) - std::lgamma(rest + 1.0) + kk * mLogP + rest * mLog1mP;
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
    double mLogP;
    double mLog1mP;
    double mLogNFactorial;
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
