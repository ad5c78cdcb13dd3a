// HotspotGrid and HotspotComparison: the results of the hot-spot methods on one grid, as the
// writers and the map consume them. Layers a method does not produce are left empty.
#pragma once

#include "grid.h"
#include "hotspotclass.h"
#include "hotspottrend.h"

#include <vector>

namespace lagesbild
{

enum class HotspotMethod
{
  KernelDensity, //!< values: kernel sums or density per km²
  GiStar,        //!< z, p, pFdr, classes
  Count,         //!< counts only
};

struct HotspotGrid
{
    Grid grid;
    HotspotMethod method = HotspotMethod::Count;
    std::vector<double> counts; //!< incidents per cell (left empty where the output does not use them: gridOutputUsesCounts)
    std::vector<double> values; //!< kde: the heat-map value
    std::vector<double> z;
    std::vector<double> p;
    std::vector<double> pFdr;
    std::vector<HotspotClass> classes;
};

//! Gi* hot spots of periods A (reference) and B on the same grid, with the change per cell.
struct HotspotComparison
{
    Grid grid;
    std::vector<double> countsA;
    std::vector<double> countsB;
    std::vector<double> zA;
    std::vector<double> zB;
    std::vector<HotspotClass> classesA;
    std::vector<HotspotClass> classesB;
    std::vector<HotspotTrend> trends;
};

} // namespace lagesbild
