// DemoRandom: the demo generator's own pseudo-random numbers (xoshiro256**, seeded through
// splitmix64). Standard-library distributions differ between library versions, so the demo uses
// only this generator and plain arithmetic: the same seed gives the same store on every machine.
#pragma once

#include <cstdint>
#include <vector>

namespace lagesbild::demo
{

class DemoRandom
{
  public:
    explicit DemoRandom(std::uint64_t seed);

    //! The next 64 random bits.
    std::uint64_t next();
    //! Uniform in [0, 1), 53 random bits.
    double uniform();
    //! Uniform integer in [0, bound), bound > 0 (unbiased, Lemire's method).
    std::uint32_t below(std::uint32_t bound);
    //! Index into a cumulative weight table (ascending, last entry the total), by weight.
    std::size_t pick(const std::vector<double> &cumulative);
    //! Index into a cumulative weight table given as a pointer and size.
    std::size_t pick(const double *cumulative, std::size_t size);

  private:
    std::uint64_t mState[4];
};

} // namespace lagesbild::demo
