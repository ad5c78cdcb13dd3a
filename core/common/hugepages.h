// Huge pages for large arrays. Each first touch of a fresh 4 KiB page is a page fault, and in a
// virtual machine a costly one: a heat map's working arrays (tens of megabytes) spent more time
// in page faults than in the kernel sums. Advising the kernel to back such an array with 2 MiB
// pages (Linux transparent huge pages, "madvise" mode) makes that 512 times fewer faults. Only
// advice: the contents and the program's behaviour stay the same, and elsewhere it does nothing.
#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace lagesbild
{

//! Advises huge pages for the whole 2 MiB blocks inside [data, data + bytes); call before first use.
void adviseHugePages(const void *data, std::size_t bytes);

//! Memory for bytes: from 2 MiB on, aligned to and rounded up to whole huge pages and advised
//! (every page of it huge); below, plain malloc. Throws std::bad_alloc when there is none.
void *allocateInHugePages(std::size_t bytes);
void freeInHugePages(void *data) noexcept;

//! An allocator for a large std::vector that lives in huge pages from its first byte to its last.
//! Its resize(n) leaves new elements of a trivial type uninitialised (no pass of zeros over tens
//! of megabytes): for arrays whose every element is written before it is read.
template<typename T> struct HugePageAllocator
{
    using value_type = T;
    HugePageAllocator() = default;
    template<typename U> HugePageAllocator(const HugePageAllocator<U> &) noexcept {}
    T *allocate(std::size_t count) { return static_cast<T *>(allocateInHugePages(count * sizeof(T))); }
    void deallocate(T *data, std::size_t) noexcept { freeInHugePages(data); }
    //! Default-initialises (a trivial type: no write at all), where std::allocator would zero.
    template<typename U> void construct(U *at) noexcept(std::is_nothrow_default_constructible_v<U>) { ::new (static_cast<void *>(at)) U; }
    template<typename U, typename... Args> void construct(U *at, Args &&...args)
    {
      ::new (static_cast<void *>(at)) U(std::forward<Args>(args)...);
    }
    template<typename U> bool operator==(const HugePageAllocator<U> &) const noexcept { return true; }
    template<typename U> bool operator!=(const HugePageAllocator<U> &) const noexcept { return false; }
};

//! A vector in huge pages (see HugePageAllocator).
template<typename T> using HugePageVector = std::vector<T, HugePageAllocator<T>>;

//! Reserves room for count elements of a vector with the usual allocator (a result handed on as
//! std::vector), advising huge pages for the whole 2 MiB blocks inside it; the vector stays as it was.
template<typename T> void reserveInHugePages(std::vector<T> &values, std::size_t count)
{
  if (count <= values.capacity())
    return;
  values.reserve(count);
  adviseHugePages(values.data() + values.size(), (values.capacity() - values.size()) * sizeof(T));
}

} // namespace lagesbild
