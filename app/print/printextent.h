// PrintExtent: which part of the municipality a printed map shows — the tätort (the built-up
// area, with a margin) when most of the printed incidents lie in it, so the town's streets can be
// read; otherwise the extent of the printed incidents themselves. The municipality goes into an
// overview inset (OverviewInset), so the whole is never lost.
#pragma once

#include "model/incidentfilter.h"
#include "model/reference.h"

#include <optional>
#include <vector>

namespace lagesbild
{

class PrintExtent
{
  public:
    //! Share of the incidents that must lie in one built-up area for the map to show that area.
    static constexpr double kTownShare = 0.6;
    //! Margin around the built-up area, in metres.
    static constexpr double kTownMargin = 150.0;

    //! The extent for points given the store's areas (built-up areas have type "urban"); none when
    //! there are no points (the caller falls back to its default).
    static std::optional<BoundingBox> choose(const std::vector<PointXY> &points, const std::vector<Area> &areas);
    //! The built-up area that holds at least kTownShare of the points, or nullptr.
    static const Area *townHolding(const std::vector<PointXY> &points, const std::vector<Area> &areas);
};

} // namespace lagesbild
