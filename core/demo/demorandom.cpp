#include "demorandom.h"

#include <algorithm>
#include <cassert>

namespace lagesbild::demo
{
namespace
{
std::uint64_t splitMix64(std::uint64_t &state)
{
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t rotateLeft(std::uint64_t value, int bits)
{
  return (value << bits) | (value >> (64 - bits));
}
} // namespace

DemoRandom::DemoRandom(std::uint64_t seed)
{
  std::uint64_t state = seed;
  for (std::uint64_t &word : mState)
    word = splitMix64(state);
}

std::uint64_t DemoRandom::next()
{
  const std::uint64_t result = rotateLeft(mState[1] * 5, 7) * 9;
  const std::uint64_t t = mState[1] << 17;
  mState[2] ^= mState[0];
  mState[3] ^= mState[1];
  mState[1] ^= mState[2];
  mState[0] ^= mState[3];
  mState[2] ^= t;
  mState[3] = rotateLeft(mState[3], 45);
  return result;
}

double DemoRandom::uniform()
{
  return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

std::uint32_t DemoRandom::below(std::uint32_t bound)
{
  assert(bound > 0);
  std::uint64_t product = (next() >> 32) * bound;
  auto low = static_cast<std::uint32_t>(product);
  if (low < bound)
  {
    const std::uint32_t threshold = static_cast<std::uint32_t>(-bound) % bound;
    while (low < threshold)
    {
      product = (next() >> 32) * bound;
      low = static_cast<std::uint32_t>(product);
    }
  }
  return static_cast<std::uint32_t>(product >> 32);
}

std::size_t DemoRandom::pick(const std::vector<double> &cumulative)
{
  return pick(cumulative.data(), cumulative.size());
}

std::size_t DemoRandom::pick(const double *cumulative, std::size_t size)
{
  assert(size > 0);
  const double target = uniform() * cumulative[size - 1];
  const double *found = std::upper_bound(cumulative, cumulative + size, target);
  // Zero-weight entries at the end share the total; never return past the last entry.
  return std::min(static_cast<std::size_t>(found - cumulative), size - 1);
}

} // namespace lagesbild::demo
