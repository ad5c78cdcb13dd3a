// HeatmapTask: computes a kernel-density grid with core/hotspots on a QGIS task thread, from a
// snapshot of the filtered points, so the map stays responsive; cancel reaches the kernel sum.
#pragma once

#include "common/feedback.h"
#include "hotspots/grid.h"
#include "hotspots/kerneldensity.h"
#include "model/reference.h"

#include <qgstaskmanager.h>

#include <memory>
#include <vector>

namespace lagesbild
{

class HeatmapTask : public QgsTask
{
    Q_OBJECT

  public:
    HeatmapTask(std::shared_ptr<const std::vector<PointXY>> points, Grid grid, KernelDensityOptions options);

    bool run() override;
    void cancel() override;

    const Grid &grid() const { return mGrid; }
    const std::vector<double> &values() const { return mValues; }
    QString errorMessage() const { return mError; }

  private:
    std::shared_ptr<const std::vector<PointXY>> mPoints;
    Grid mGrid;
    KernelDensityOptions mOptions;
    Feedback mFeedback;
    std::vector<double> mValues;
    QString mError;
};

} // namespace lagesbild
