// ReportMapLayers: the map layers of a printed report, each made for one report's own project —
// the filtered incidents by category, the area outlines, the public version's grid of counts
// (small counts suppressed) and the heat map (our KernelDensity written to a temporary raster).
#pragma once

#include "common/result.h"
#include "reportdata.h"

#include <QString>

#include <optional>

class QgsRasterLayer;
class QgsVectorLayer;

namespace lagesbild
{

struct HeatMapLayer
{
    QgsRasterLayer *layer = nullptr;        //!< owned by the caller (or the project it is added to)
    std::optional<BoundingBox> denseExtent; //!< of the cells above a quarter of the peak, with a margin
};

class ReportMapLayers
{
  public:
    //! The store's incidents matching the filter, coloured by the categories that occur.
    static QgsVectorLayer *incidents(const QString &storePath, const ReportData &data);
    //! The store's named areas as grey outlines.
    static QgsVectorLayer *areas(const QString &storePath);
    //! Counts per grid cell; cells with fewer than minimumCount incidents are left out.
    static QgsVectorLayer *publicGrid(const ReportData &data, double cellSize, int minimumCount);
    //! Kernel density (quartic, radius in metres) written as a raster into directory, shown
    //! from transparent to red; an error when there are no points.
    static Result<HeatMapLayer> heatMap(const ReportData &data, const QString &directory, double radius = 300.0);
};

} // namespace lagesbild
