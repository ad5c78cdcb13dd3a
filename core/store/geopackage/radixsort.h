// RadixSort: sorts 64-bit values by their upper 32 bits, stably, in linear time. Callers put a
// sort key in the upper half and each item's position in the lower half, then gather their
// items in the sorted order: how the large-batch paths sort a million incidents by time or a
// million R-tree cells by coordinate without n log n comparisons; and sorts a batch's million
// de-duplication keys (hashes, spread evenly over the 64 bits).
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
    //! Sorts signed values ascending: by their upper 32 bits in four passes, then an insertion
    //! pass orders the values that share them (linear time for values spread like hashes; still
    //! correct, but quadratic, for many values sharing their upper half). scratch is reused memory.
    static void ascending(std::vector<std::int64_t> &values, std::vector<std::int64_t> &scratch);
};

} // namespace lagesbild
