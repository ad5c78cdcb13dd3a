// DeduplicationKeySet: an open-addressing hash set of de-duplication keys for large batches —
// the keys already in the store plus those of the batch so far, in two flat arrays instead of a
// million heap nodes. Keys are hashes already, so their low bits index the table directly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lagesbild
{

class DeduplicationKeySet
{
  public:
    explicit DeduplicationKeySet(std::size_t expectedKeys);

    //! Adds key; false when it was already there.
    bool insert(std::int64_t key);
    //! Asks the CPU to fetch key's slot ahead of an insert (the table is larger than the caches).
    void prefetch(std::int64_t key) const { __builtin_prefetch(&mSlots[static_cast<std::size_t>(key) & mMask]); }

  private:
    std::vector<std::uint64_t> mSlots; //!< 0 marks an empty slot; the key 0 is kept in mHasZero
    std::size_t mMask = 0;
    bool mHasZero = false;
};

} // namespace lagesbild
