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

} // namespace lagesbild
