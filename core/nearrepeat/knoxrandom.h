// KnoxRandom: the random permutations of a Knox test's Monte Carlo simulation. Simulation k of
// a run with seed S draws from its own stream (SplitMix64 seeded from S and k), so a simulation's
// permutation depends only on S and k: results are the same whichever thread runs it and however
// many threads there are, and a test can replay any simulation.
#pragma once

#include <cstdint>
#include <vector>

namespace lagesbild
{

class KnoxRandom
{
  public:
    //! The stream of simulation `simulation` (0-based) of a run with `seed`.
    KnoxRandom(std::uint64_t seed, std::uint64_t simulation);

    std::uint64_t next();
    //! Uniform in [0, range), unbiased (Lemire's multiply-and-reject); range ≥ 1.
    std::uint32_t below(std::uint32_t range);

    //! Fisher–Yates: fills `permutation` with a random permutation of 0..n−1
    //! (the simulated time of event i is the observed time of event permutation[i]).
    void permutation(std::uint32_t n, std::vector<std::uint32_t> &permutation);

  private:
    std::uint64_t mState;
};

} // namespace lagesbild
