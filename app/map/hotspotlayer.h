// HotspotLayer: opens the hot-spot grids written by HotspotTask as styled map layers — Gi*
// cells in reds (hot) and blues (cold) by significance with non-significant cells hidden, and
// for a comparison of two periods the change per cell (B − A, diverging colours) under the
// hot-spot trend classes (new, intensifying, persistent, diminishing, disappearing), each with
// a legend the layer tree shows.
#pragma once

#include <QString>

#include <vector>

class QgsVectorLayer;

namespace lagesbild
{

class HotspotLayer
{
  public:
    //! The Gi* classes of a grid written by writeHotspotGrid, or nullptr with error set.
    static QgsVectorLayer *openGiStar(const QString &path, QString *error);
    //! The two layers of a comparison written by writeHotspotComparison, bottom first: the change
    //! in incidents per cell, then the trend classes. Empty with error set on failure.
    static std::vector<QgsVectorLayer *> openChange(const QString &path, QString *error);
};

} // namespace lagesbild
