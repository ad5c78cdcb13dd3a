// KernelDensity: the heat map — at each cell centre, Σ over points within the radius of
// weight · K(d / r), raw or scaled to a density per km² (see KernelShape for the kernels).
//
// QGIS's heatmap loops over every point's square footprint (≈ 4r²/c² kernel evaluations per
// point). Here each output row is swept once instead: a polynomial kernel (1 − d²/r²)^k with
// d² = dx² + dy² is, along a row, a polynomial of degree 2k in x on the span where the point is
// within the radius, so each point adds its 2k+1 coefficients where its span starts and removes
// them where it ends, and running sums of the coefficients are evaluated at every cell:
// O(points in the row's band + columns) per row instead of O(points × footprint).
// Exactness: coefficients are taken about the centre of a block of 2r, restarted per block, and
// added and removed as 128-bit fixed-point integers, so the running sums are exact and a point
// that left the span leaves no trace; a cell with no point in range is exactly 0; the polynomial
// is evaluated in extended precision. Every cell carries a rigorous bound of
// its rounding error, and the rare cells whose bound exceeds 1e-10 of their value (at the fringe
// of the support, where a value is tiny next to its terms) are recomputed by the direct sum, so
// each cell equals a direct double-precision sum to better than 1e-9 relative. The triangular
// kernel, not a polynomial of d², is summed directly over each point's exact span in the row.
// Rows are shared between threads; progress and cancel go through Feedback.
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "grid.h"
#include "kernelshape.h"
#include "model/reference.h"

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

class KernelDensity
{
  public:
    explicit KernelDensity(KernelDensityOptions options);

    //! Kernel sums at every cell centre of the grid (row-major, rows from south). weights is
    //! empty (all 1) or one finite weight per point. Points outside the grid still count for
    //! cells within the radius.
    Result<std::vector<double>> compute(const Grid &grid, const std::vector<PointXY> &points, const std::vector<double> &weights = {},
                                        Feedback *feedback = nullptr) const;

    const KernelDensityOptions &options() const { return mOptions; }

  private:
    KernelDensityOptions mOptions;
};

//! Checks a radius or distance (finite, > 0); the error names what it is.
Result<void> checkPositiveDistance(double metres, const QString &what);

} // namespace lagesbild
