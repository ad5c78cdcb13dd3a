#include "radixsort.h"

#include <algorithm>
#include <iterator>

namespace lagesbild
{

void RadixSort::byUpperHalf(std::vector<std::uint64_t> &values, std::vector<std::uint64_t> &scratch)
{
  const std::size_t n = values.size();
  scratch.resize(n);
  // Four passes of eight bits, least significant first; a pass whose digit every value shares
  // is skipped (times of a few years, coordinates of one municipality).
  for (int shift = 32; shift < 64; shift += 8)
  {
    std::size_t starts[257] = {};
    for (std::size_t i = 0; i < n; ++i)
      ++starts[((values[i] >> shift) & 0xFF) + 1];
    if (std::find(std::begin(starts), std::end(starts), n) != std::end(starts))
      continue;
    for (int d = 0; d < 256; ++d)
      starts[d + 1] += starts[d];
    for (std::size_t i = 0; i < n; ++i)
      scratch[starts[(values[i] >> shift) & 0xFF]++] = values[i];
    values.swap(scratch);
  }
}

void RadixSort::ascending(std::vector<std::int64_t> &values, std::vector<std::int64_t> &scratch)
{
  const std::size_t n = values.size();
  scratch.resize(n);
  // The sign bit flipped, unsigned order is signed order.
  auto digit = [](std::int64_t value, int shift)
  { return static_cast<std::size_t>(((static_cast<std::uint64_t>(value) ^ (std::uint64_t(1) << 63)) >> shift) & 0xFF); };
  for (int shift = 32; shift < 64; shift += 8)
  {
    std::size_t starts[257] = {};
    for (std::size_t i = 0; i < n; ++i)
      ++starts[digit(values[i], shift) + 1];
    if (std::find(std::begin(starts), std::end(starts), n) != std::end(starts))
      continue;
    for (int d = 0; d < 256; ++d)
      starts[d + 1] += starts[d];
    for (std::size_t i = 0; i < n; ++i)
      scratch[starts[digit(values[i], shift)]++] = values[i];
    values.swap(scratch);
  }
  for (std::size_t i = 1; i < n; ++i)
    for (std::size_t j = i; j > 0 && values[j - 1] > values[j]; --j)
      std::swap(values[j - 1], values[j]);
}

} // namespace lagesbild
