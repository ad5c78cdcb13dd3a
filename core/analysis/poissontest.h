// PoissonTest: the exact conditional test that two Poisson counts share one rate, allowing for
// periods of unequal length. Given n = a + b, b ~ Binomial(n, tB / (tA + tB)) under the null;
// the two-sided p-value is the one R's binom.test reports (every outcome no more likely than
// the observed one, with R's relative tolerance 1e-7). Computed from log-probabilities and a
// ratio recurrence around the observed value, so it is stable and fast for n in the millions.
#pragma once

#include <cstdint>

namespace lagesbild
{

class PoissonTest
{
  public:
    //! Two-sided p-value that count a over exposure tA and count b over exposure tB come from
    //! the same Poisson rate; 1 when a + b = 0. Exposures must be positive (any unit).
    static double twoSidedPValue(std::int64_t a, std::int64_t b, double exposureA, double exposureB);

    //! Two-sided p-value of k successes in n trials with success probability p, as R's
    //! binom.test(k, n, p)$p.value.
    static double binomialTwoSided(std::int64_t k, std::int64_t n, double p);
};

} // namespace lagesbild
