// Benjamini–Hochberg false discovery rate: adjusted p-values for many simultaneous tests
// (one per grid cell), as R's p.adjust(p, "BH"): p_fdr(i) = min over k ≥ rank(i) of n·p(k)/k,
// capped at 1.
#pragma once

#include <vector>

namespace lagesbild
{

//! BH-adjusted p-values in the input order; NaN p-values stay NaN and do not count as tests.
std::vector<double> benjaminiHochberg(const std::vector<double> &pValues);

} // namespace lagesbild
