// HeatmapTask: computes the heat map's kernel-density grid with core/hotspots on a QGIS task
// thread, so the map stays responsive; cancel reaches the kernel sum. The filtered incidents
// come as a PointDensityIndex: they are first counted per grid cell (the view's cells and a
// radius around them), and the kernels are summed from the counted cell centres, each weighted
// by its count — a shift of at most half a cell (a screen pixel) for a sum over a handful of
// occupied cells instead of millions of points.
#pragma once

#include "common/feedback.h"
#include "hotspots/grid.h"
#include "hotspots/kerneldensity.h"
#include "map/pointdensityindex.h"

#include <qgstaskmanager.h>

#include <memory>
#include <vector>

namespace lagesbild
{

class HeatmapTask : public QgsTask
{
    Q_OBJECT

  public:
    HeatmapTask(std::shared_ptr<const PointDensityIndex> index, Grid grid, KernelDensityOptions options);

    bool run() override;
    void cancel() override;

    const Grid &grid() const { return mGrid; }
    const std::vector<double> &values() const { return mValues; }
    QString errorMessage() const { return mError; }

    //! The counted cell centres (and their counts as weights) that reach grid with radius.
    static void cellCentres(const PointDensityIndex &index, const Grid &grid, double radius, std::vector<PointXY> &centres,
                            std::vector<double> &weights);

  private:
    std::shared_ptr<const PointDensityIndex> mIndex;
    Grid mGrid;
    KernelDensityOptions mOptions;
    Feedback mFeedback;
    std::vector<double> mValues;
    QString mError;
};

} // namespace lagesbild
