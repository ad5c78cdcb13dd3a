// RadixSort: sorts 64-bit values by their upper 32 bits, stably, in linear time. Callers put a
// sort key in the upper half and each item's position in the lower half, then gather their
// items in the sorted order: how the large-batch paths sort a million incidents by time or a
// million R-tree cells by coordinate without n log n comparisons.
#pragma once

#include <cstdint>
#include <vector>

namespace lagesbild
{

class RadixSort
{
  public:
    //! Sorts values by (value >> 32); equal keys keep their order. scratch is reused memory.
    static void byUpperHalf(std::vector<std::uint64_t> &values, std::vector<std::uint64_t> &scratch);
};

} // namespace lagesbild
