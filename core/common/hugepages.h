// Huge pages for large arrays. Each first touch of a fresh 4 KiB page is a page fault, and in a
// virtual machine a costly one: a heat map's working arrays (tens of megabytes) spent more time
// in page faults than in the kernel sums. Advising the kernel to back such an array with 2 MiB
// pages (Linux transparent huge pages, "madvise" mode) makes that 512 times fewer faults. Only
// advice: the contents and the program's behaviour stay the same, and elsewhere it does nothing.
#pragma once

#include <cstddef>
#include <vector>

namespace lagesbild
{

//! Advises huge pages for the whole 2 MiB blocks inside [data, data + bytes); call before first use.
void adviseHugePages(const void *data, std::size_t bytes);

//! Reserves room for count elements, in huge pages where offered; the vector stays as it was.
template<typename T> void reserveInHugePages(std::vector<T> &values, std::size_t count)
{
  if (count <= values.capacity())
    return;
  values.reserve(count);
  adviseHugePages(values.data() + values.size(), (values.capacity() - values.size()) * sizeof(T));
}

} // namespace lagesbild
