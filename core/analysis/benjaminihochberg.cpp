#include "benjaminihochberg.h"

#include <algorithm>
#include <cstddef>

namespace lagesbild
{

std::vector<std::optional<double>> adjustBenjaminiHochberg(const std::vector<std::optional<double>> &pValues)
{
  std::vector<std::size_t> present;
  for (std::size_t i = 0; i < pValues.size(); ++i)
  {
    if (pValues[i])
      present.push_back(i);
  }
  // Largest p first: adjusted(rank r of m) = min over ranks >= r of m / rank * p, capped at 1.
  std::stable_sort(present.begin(), present.end(), [&](std::size_t l, std::size_t r) { return *pValues[l] > *pValues[r]; });
  std::vector<std::optional<double>> adjusted(pValues.size());
  const auto tests = static_cast<double>(present.size());
  double runningMinimum = 1.0;
  for (std::size_t position = 0; position < present.size(); ++position)
  {
    const auto rank = static_cast<double>(present.size() - position);
    runningMinimum = std::min(runningMinimum, tests / rank * *pValues[present[position]]);
    adjusted[present[position]] = runningMinimum;
  }
  return adjusted;
}

} // namespace lagesbild
