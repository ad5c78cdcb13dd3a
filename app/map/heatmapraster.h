// HeatmapRaster: turns a kernel-density grid from core/hotspots into a QGIS raster layer —
// written as a GeoTIFF in a temporary folder (GDAL), drawn with a transparent-to-red colour
// ramp so the base map shows through where nothing happens.
#pragma once

#include "hotspots/grid.h"

#include <QString>

#include <vector>

class QgsRasterLayer;

namespace lagesbild
{

class HeatmapRaster
{
  public:
    //! Writes values (row-major, rows from south) to path as a GeoTIFF and returns a styled
    //! raster layer on it (owned by the caller), or nullptr when writing failed.
    static QgsRasterLayer *createLayer(const Grid &grid, const std::vector<double> &values, const QString &path, const QString &name);

    //! Applies the heat-map colour ramp with its maximum at maximum (values ≤ 0 are transparent).
    static void applyStyle(QgsRasterLayer *layer, double maximum);
};

} // namespace lagesbild
