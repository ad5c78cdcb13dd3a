#include "hugepages.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace lagesbild
{

namespace
{
constexpr std::uintptr_t kHugePageSize = std::uintptr_t(2) << 20;
}

void adviseHugePages(const void *data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  const auto begin = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t first = (begin + kHugePageSize - 1) & ~(kHugePageSize - 1);
  const std::uintptr_t last = (begin + bytes) & ~(kHugePageSize - 1);
  if (last > first)
    madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE); // advice only: a refusal changes nothing
#else
  (void)data;
  (void)bytes;
#endif
}

} // namespace lagesbild
