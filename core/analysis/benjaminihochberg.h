// Benjamini–Hochberg adjustment of p-values for the false discovery rate, as R's
// p.adjust(p, method = "BH"): with many rows (categories, hours …) some small p-values are
// expected by chance; the adjusted values say which changes stand out after that.
#pragma once

#include <optional>
#include <vector>

namespace lagesbild
{

//! BH-adjusted p-values in the input order. Missing values stay missing and do not count
//! towards the number of tests (as R's NA handling).
std::vector<std::optional<double>> adjustBenjaminiHochberg(const std::vector<std::optional<double>> &pValues);

} // namespace lagesbild
