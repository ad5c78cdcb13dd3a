// ClosePairs: every pair of points closer than a distance, found through a grid of cells as
// wide as that distance (each point is compared with its own cell and half of the eight
// neighbours), never through all n² pairs. Used by the Knox test for the pairs within its largest
// finite space band.
#pragma once

#include "common/result.h"
#include "model/reference.h"

#include <cstdint>
#include <vector>

namespace lagesbild
{

enum class KnoxDistance
{
  Euclidean, //!< √(dx² + dy²)
  Manhattan, //!< |dx| + |dy|
};

struct PointPair
{
    std::uint32_t first = 0; //!< index into the points given, first < second
    std::uint32_t second = 0;
    double distance = 0.0;
};

class ClosePairs
{
  public:
    //! Pairs with distance < limit (limit > 0). Distances are computed as R's dist() does
    //! (sqrt(dx·dx + dy·dy), or |dx| + |dy|), so band edges agree with R to the last bit.
    //! Fails on non-finite coordinates or a grid too fine for the extent.
    static Result<std::vector<PointPair>> within(const std::vector<PointXY> &points, double limit, KnoxDistance distance);

    //! The distance between two points, as within() measures it.
    static double distance(const PointXY &a, const PointXY &b, KnoxDistance distance);
};

} // namespace lagesbild
