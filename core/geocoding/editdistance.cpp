#include "editdistance.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace lagesbild::geocoding
{

int boundedEditDistance(const QString &a, const QString &b, int limit)
{
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit)
    return limit + 1;
  // Three rows of the optimal string alignment table: on the stack for street-name lengths, so
  // scanning every street of a large register for suggestions allocates nothing.
  constexpr int kStackLength = 96;
  std::array<int, kStackLength> stack[3];
  std::vector<int> heap;
  int *rows[3];
  if (m < kStackLength)
    for (int r = 0; r < 3; ++r)
      rows[r] = stack[r].data();
  else
  {
    heap.resize(3 * static_cast<std::size_t>(m + 1));
    for (int r = 0; r < 3; ++r)
      rows[r] = heap.data() + r * (m + 1);
  }
  int *before = rows[0];
  int *previous = rows[1];
  int *current = rows[2];
  for (int j = 0; j <= m; ++j)
    previous[j] = j;
  for (int i = 1; i <= n; ++i)
  {
    current[0] = i;
    int rowMinimum = i;
    for (int j = 1; j <= m; ++j)
    {
      const int uj = j;
      const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
      int value = std::min({previous[uj] + 1, current[uj - 1] + 1, previous[uj - 1] + cost});
      if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
        value = std::min(value, before[uj - 2] + 1);
      current[uj] = value;
      rowMinimum = std::min(rowMinimum, value);
    }
    if (rowMinimum > limit)
      return limit + 1;
    int *oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return std::min(previous[m], limit + 1);
}

} // namespace lagesbild::geocoding
