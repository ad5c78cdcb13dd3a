#include "deduplicationkeyset.h"

namespace lagesbild
{

DeduplicationKeySet::DeduplicationKeySet(std::size_t expectedKeys)
{
  std::size_t capacity = 1024;
  while (capacity < expectedKeys * 2)
    capacity *= 2;
  mSlots.assign(capacity, 0);
  mMask = capacity - 1;
}

bool DeduplicationKeySet::insert(std::int64_t key)
{
  const auto value = static_cast<std::uint64_t>(key);
  if (value == 0)
  {
    const bool added = !mHasZero;
    mHasZero = true;
    return added;
  }
  std::size_t slot = static_cast<std::size_t>(value) & mMask;
  while (mSlots[slot] != 0)
  {
    if (mSlots[slot] == value)
      return false;
    slot = (slot + 1) & mMask;
  }
  mSlots[slot] = value;
  return true;
}

} // namespace lagesbild
