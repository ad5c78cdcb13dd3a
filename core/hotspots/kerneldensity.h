// KernelDensity: the heat map — at each cell centre, Σ over points within the radius of
// weight · K(d / r), raw or scaled to a density per km² (see KernelShape for the kernels).
//
// QGIS's heatmap loops over every point's square footprint (≈ 4r²/c² kernel evaluations per
// point). Here each output row is swept once instead: a polynomial kernel (1 − d²/r²)^k with
// d² = dx² + dy² is, along a row, a polynomial of degree 2k in x on the span where the point is
// within the radius, so each point adds its 2k+1 coefficients where its span starts and removes
// them where it ends, and running sums of the coefficients are evaluated at every cell:
// O(points in the row's band + columns) per row instead of O(points × footprint).
// Less work: points at exactly the same place (repeat addresses) are merged into one point with
// the sum of their weights before the sweep; the spans of a run of points are computed together
// (vectorised square roots); without weights the top coefficient ((−1)^k·w) is not carried but
// follows from the count of active points.
// Exactness: coefficients are taken about the centre of a block (uniform: the whole row,
// Epanechnikov 8r, quartic 4r, triweight 2r — wider blocks cut fewer spans but cancel more),
// restarted per block, and added and removed as 128-bit fixed-point integers, so the running
// sums are exact and a point that left the span leaves no trace; a cell with no point in range is
// exactly 0; the polynomial is evaluated in extended precision. Every cell carries a rigorous
// bound of its rounding error, and the rare cells whose bound exceeds 1e-10 of their value (at
// the fringe of the support, where a value is tiny next to its terms) are recomputed by the
// direct sum, so each cell equals a direct double-precision sum to better than 1e-9 relative
// (KernelDensityReport counts them). The triangular kernel, not a polynomial of d², is summed
// directly over each point's exact span in the row.
// Rows (and the binning and sorting of the points) are shared between threads, with results that
// do not depend on their number; the large arrays live in huge pages; progress and cancel go
// through Feedback.
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "grid.h"
#include "kernelshape.h"
#include "model/reference.h"

#include <cstddef>
#include <vector>

namespace lagesbild
{

struct KernelDensityOptions
{
    KernelShape shape = KernelShape::Quartic;
    double radius = 200.0; //!< metres
    bool scaled = false;   //!< true: density per km² (each point's kernel integrates to its weight)
    int threads = 0;       //!< 0: one per hardware thread
};

//! What a computation did, for tests and benchmarks.
struct KernelDensityReport
{
    std::size_t pointsUsed = 0;   //!< points that can reach the grid (non-zero weight), after merging
    std::size_t pointsMerged = 0; //!< points folded into another at the same place (repeat addresses)
    std::size_t directCells = 0;  //!< cells whose error bound sent them to the direct sum
    double peak = 0.0;            //!< the largest value of the grid (found by the threads, row by row)
};

class KernelDensity
{
  public:
    explicit KernelDensity(KernelDensityOptions options);

    //! Kernel sums at every cell centre of the grid (row-major, rows from south). weights is
    //! empty (all 1) or one finite weight per point. Points outside the grid still count for
    //! cells within the radius. Points at exactly the same place are swept once, with the sum of
    //! their weights.
    Result<std::vector<double>> compute(const Grid &grid, const std::vector<PointXY> &points, const std::vector<double> &weights = {},
                                        Feedback *feedback = nullptr, KernelDensityReport *report = nullptr) const;

    const KernelDensityOptions &options() const { return mOptions; }

  private:
    KernelDensityOptions mOptions;
};

//! Checks a radius or distance (finite, > 0); the error names what it is.
Result<void> checkPositiveDistance(double metres, const QString &what);

} // namespace lagesbild
