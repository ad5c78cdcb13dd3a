// GetisOrdGiStar: local Getis–Ord Gi* hot spots on cell values (incident counts). Every cell of
// the grid is an observation, empty ones included; a cell's neighbours are the cells whose
// centres lie within the distance band of its own (binary weights, the cell itself included).
// The analytic z-score is that of R spdep's localG() with include.self() and style "B" (and of
// PySAL esda G_Local(star=True)):
//   z_i = (Σ_j w_ij x_j − x̄ W_i) / sqrt(s² (n S1_i − W_i²) / (n − 1)),
//   x̄ = Σ x / n, s² = Σ (x − x̄)² / n, W_i = Σ_j w_ij, S1_i = Σ_j w_ij² (= W_i for binary weights),
// with the two-sided normal p, the Benjamini–Hochberg p_fdr over all cells and a HotspotClass.
// Σ_j w_ij x_j is a windowed sum over a disc of cells from row prefix sums: O(cells × rows in the disc).
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "grid.h"
#include "hotspotclass.h"

#include <vector>

namespace lagesbild
{

struct GiStarResult
{
    std::vector<double> z;
    std::vector<double> p;    //!< two-sided, from the standard normal
    std::vector<double> pFdr; //!< Benjamini–Hochberg over all cells
    std::vector<HotspotClass> classes;
    std::vector<int> neighbours; //!< W_i: cells in the band, the cell itself included
};

class GetisOrdGiStar
{
  public:
    //! distance: metres between cell centres (inclusive) that makes two cells neighbours.
    explicit GetisOrdGiStar(double distance);

    //! values: one per grid cell, row-major from the south (as Grid::index). A cell whose z is
    //! undefined (all values equal, or every cell its neighbour) gets z 0 and p 1.
    Result<GiStarResult> compute(const Grid &grid, const std::vector<double> &values, Feedback *feedback = nullptr) const;

    //! For row offsets 0..D, the largest column offset h with h² + dy² ≤ (distance/cell)²;
    //! pairs exactly at the distance count (a relative tolerance of 1e-9 absorbs rounding).
    static std::vector<int> bandHalfWidths(double distanceInCells);

  private:
    double mDistance = 0.0;
};

} // namespace lagesbild
