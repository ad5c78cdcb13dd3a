// HotspotLayer: the hot-spot grid on the map — Getis-Ord Gi* computed by core/hotspots on the
// filtered incidents, written as a GeoPackage of cells (the same writer as the CLI) and drawn
// with hot cells in reds and cold cells in blues by significance, non-significant cells hidden.
#pragma once

#include "model/reference.h"

#include <QString>

#include <vector>

class QgsVectorLayer;

namespace lagesbild
{

struct HotspotLayerOptions
{
    double cellSize = 50.0;  //!< metres
    double distance = 125.0; //!< metres between cell centres that are neighbours
};

class HotspotLayer
{
  public:
    //! Computes Gi* for the points and returns a styled layer (owned by the caller) on a
    //! GeoPackage written to path, or nullptr with error set.
    static QgsVectorLayer *create(const std::vector<PointXY> &points, const HotspotLayerOptions &options, const QString &path,
                                  QString *error);
};

} // namespace lagesbild
