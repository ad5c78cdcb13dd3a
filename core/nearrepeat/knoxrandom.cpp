#include "knoxrandom.h"

#include <utility>

namespace lagesbild
{
namespace
{
constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ULL;

std::uint64_t mix(std::uint64_t z)
{
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}
} // namespace

KnoxRandom::KnoxRandom(std::uint64_t seed, std::uint64_t simulation) : mState(mix(seed + kGolden) ^ mix((simulation + 1) * kGolden)) {}

std::uint64_t KnoxRandom::next()
{
  mState += kGolden;
  return mix(mState);
}

std::uint32_t KnoxRandom::below(std::uint32_t range)
{
  std::uint64_t product = (next() >> 32) * range;
  auto low = static_cast<std::uint32_t>(product);
  if (low < range)
  {
    const std::uint32_t threshold = static_cast<std::uint32_t>(-range) % range;
    while (low < threshold)
    {
      product = (next() >> 32) * range;
      low = static_cast<std::uint32_t>(product);
    }
  }
  return static_cast<std::uint32_t>(product >> 32);
}

void KnoxRandom::permutation(std::uint32_t n, std::vector<std::uint32_t> &permutation)
{
  permutation.resize(n);
  for (std::uint32_t i = 0; i < n; ++i)
    permutation[i] = i;
  for (std::uint32_t i = n; i > 1; --i)
  {
    const std::uint32_t j = below(i);
    std::swap(permutation[i - 1], permutation[j]);
  }
}

} // namespace lagesbild
