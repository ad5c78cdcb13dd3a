#include "radixsort.h"

#include <algorithm>
#include <iterator>

namespace lagesbild
{
namespace
{
//! Four stable passes of eight bits over bits 32..63 of each value as unsignedBits gives them,
//! least significant first; a pass whose digit every value shares is skipped (times of a few
//! years, coordinates of one municipality).
template<typename Value, typename UnsignedBits>
void sortByUpperHalf(std::vector<Value> &values, std::vector<Value> &scratch, UnsignedBits unsignedBits)
{
  const std::size_t n = values.size();
  scratch.resize(n);
  for (int shift = 32; shift < 64; shift += 8)
  {
    auto digit = [&unsignedBits, shift](Value value) { return static_cast<std::size_t>((unsignedBits(value) >> shift) & 0xFF); };
    std::size_t starts[257] = {};
    for (std::size_t i = 0; i < n; ++i)
      ++starts[digit(values[i]) + 1];
    if (std::find(std::begin(starts), std::end(starts), n) != std::end(starts))
      continue;
    for (int d = 0; d < 256; ++d)
      starts[d + 1] += starts[d];
    for (std::size_t i = 0; i < n; ++i)
      scratch[starts[digit(values[i])]++] = values[i];
    values.swap(scratch);
  }
}
} // namespace

void RadixSort::byUpperHalf(std::vector<std::uint64_t> &values, std::vector<std::uint64_t> &scratch)
{
  sortByUpperHalf(values, scratch, [](std::uint64_t value) { return value; });
}

void RadixSort::ascending(std::vector<std::int64_t> &values, std::vector<std::int64_t> &scratch)
{
  // The sign bit flipped, unsigned order is signed order.
  sortByUpperHalf(values, scratch, [](std::int64_t value) { return static_cast<std::uint64_t>(value) ^ (std::uint64_t(1) << 63); });
  for (std::size_t i = 1; i < values.size(); ++i)
    for (std::size_t j = i; j > 0 && values[j - 1] > values[j]; --j)
      std::swap(values[j - 1], values[j]);
}

} // namespace lagesbild
