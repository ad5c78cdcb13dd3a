#include "falsediscoveryrate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace lagesbild
{

std::vector<double> benjaminiHochberg(const std::vector<double> &pValues)
{
  std::vector<double> adjusted(pValues.size(), std::numeric_limits<double>::quiet_NaN());
  std::vector<std::size_t> order;
  order.reserve(pValues.size());
  for (std::size_t k = 0; k < pValues.size(); ++k)
  {
    if (!std::isnan(pValues[k]))
      order.push_back(k);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return pValues[a] < pValues[b]; });
  const double tests = static_cast<double>(order.size());
  double running = 1.0;
  for (std::size_t rank = order.size(); rank-- > 0;)
  {
    const std::size_t k = order[rank];
    running = std::min(running, pValues[k] * tests / static_cast<double>(rank + 1));
    adjusted[k] = running;
  }
  return adjusted;
}

} // namespace lagesbild
