#include "hugepages.h"

#include <cstdint>
#include <cstdlib>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace lagesbild
{

namespace
{
constexpr std::size_t kHugePageSize = std::size_t(2) << 20;
}

void adviseHugePages(const void *data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  const auto begin = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t first = (begin + kHugePageSize - 1) & ~std::uintptr_t(kHugePageSize - 1);
  const std::uintptr_t last = (begin + bytes) & ~std::uintptr_t(kHugePageSize - 1);
  if (last > first)
    madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE); // advice only: a refusal changes nothing
#else
  (void)data;
  (void)bytes;
#endif
}

void *allocateInHugePages(std::size_t bytes)
{
  void *data = nullptr;
  if (bytes >= kHugePageSize)
  {
    const std::size_t rounded = (bytes + kHugePageSize - 1) / kHugePageSize * kHugePageSize;
    data = std::aligned_alloc(kHugePageSize, rounded);
    if (data)
      adviseHugePages(data, rounded);
  }
  else
  {
    data = std::malloc(bytes > 0 ? bytes : 1);
  }
  if (!data)
    throw std::bad_alloc();
  return data;
}

void freeInHugePages(void *data) noexcept
{
  std::free(data);
}

} // namespace lagesbild
