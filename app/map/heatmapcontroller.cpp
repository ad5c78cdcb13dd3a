#include "heatmapcontroller.h"

#include "heatmapraster.h"
#include "heatmaptask.h"

#include <qgsapplication.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>

#include <algorithm>
#include <cmath>

namespace lagesbild
{
namespace
{
constexpr double kPixelsPerCell = 2.0;
constexpr double kSmallestCell = 2.0;         // metres: finer than this shows nothing new
constexpr double kMinimumRadiusPixels = 12.0; // zoomed far out, the kernel stays this wide on screen
} // namespace

HeatmapController::HeatmapController(QgsMapCanvas *canvas, QgsProject *project, QObject *parent)
  : QObject(parent), mCanvas(canvas), mProject(project)
{
  mDebounce.setSingleShot(true);
  mDebounce.setInterval(150);
  connect(&mDebounce, &QTimer::timeout, this, &HeatmapController::updateNow);
  connect(mCanvas, &QgsMapCanvas::extentsChanged, this, &HeatmapController::scheduleUpdate);
}

HeatmapController::~HeatmapController()
{
  if (mRunning)
    mRunning->cancel();
  if (mQuery)
    mQuery->cancel();
}

void HeatmapController::setIndex(std::shared_ptr<const PointDensityIndex> index)
{
  ++mQueryGeneration; // points given directly replace any query under way
  if (mQuery)
    mQuery->cancel();
  mPointsStale = false;
  mIndex = std::move(index);
  if (mEnabled)
    updateNow();
}

void HeatmapController::setSource(const QString &storePath, const IncidentFilter &filter)
{
  mStorePath = storePath;
  mFilter = filter;
  mPointsStale = true;
  if (mEnabled)
    queryPoints();
}

void HeatmapController::queryPoints()
{
  if (mQuery)
    mQuery->cancel();
  if (mStorePath.isEmpty())
    return;
  IncidentFilter pointFilter = mFilter;
  pointFilter.includeMunicipalityPrecision = false; // centre points of the police feed are no places
  auto *task = new PointIndexTask(mStorePath, pointFilter);
  const int generation = ++mQueryGeneration;
  mQuery = task;
  connect(task, &QgsTask::taskCompleted, this,
          [this, task, generation]()
          {
            if (generation != mQueryGeneration)
              return;
            mPointsStale = false;
            mIndex = task->index();
            updateNow();
          });
  connect(task, &QgsTask::taskTerminated, this,
          [this, task, generation]()
          {
            if (generation == mQueryGeneration && !task->errorMessage().isEmpty())
              Q_EMIT failed(task->errorMessage());
          });
  QgsApplication::taskManager()->addTask(task);
}

void HeatmapController::setEnabled(bool enabled)
{
  if (mEnabled == enabled)
    return;
  mEnabled = enabled;
  if (mEnabled && mPointsStale)
    queryPoints();
  else if (mEnabled)
    updateNow();
  else
  {
    if (mRunning)
      mRunning->cancel();
    removeLayer();
  }
}

void HeatmapController::setRadius(double metres)
{
  mRadius = metres;
  scheduleUpdate();
}

void HeatmapController::scheduleUpdate()
{
  if (mEnabled)
    mDebounce.start();
}

void HeatmapController::updateNow()
{
  if (!mEnabled || !mIndex)
    return;
  if (mRunning)
    mRunning->cancel();
  const QgsRectangle view = mCanvas->extent();
  if (view.isEmpty())
    return;
  const double cell = std::max(kSmallestCell, mCanvas->mapUnitsPerPixel() * kPixelsPerCell);
  BoundingBox box{view.xMinimum(), view.yMinimum(), view.xMaximum(), view.yMaximum()};
  auto grid = Grid::covering(box, cell);
  if (!grid)
  {
    Q_EMIT failed(grid.error().toString());
    return;
  }
  KernelDensityOptions options;
  // Zoomed far out a 200 m kernel is a few pixels wide: keep it at least kMinimumRadiusPixels wide
  // on screen so the heat map stays readable (zoomed in, the radius in metres applies).
  options.radius = std::max(mRadius, mCanvas->mapUnitsPerPixel() * kMinimumRadiusPixels);
  auto *task = new HeatmapTask(mIndex, *grid, options);
  const int generation = ++mGeneration;
  mRunning = task;
  mClock.start();
  connect(task, &QgsTask::taskCompleted, this, [this, task, generation]() { taskFinished(task, true, generation); });
  connect(task, &QgsTask::taskTerminated, this, [this, task, generation]() { taskFinished(task, false, generation); });
  QgsApplication::taskManager()->addTask(task);
}

void HeatmapController::taskFinished(HeatmapTask *task, bool ok, int generation)
{
  if (generation != mGeneration || !mEnabled)
    return; // a newer request replaced this one
  if (!ok)
  {
    if (!task->errorMessage().isEmpty())
      Q_EMIT failed(task->errorMessage());
    return;
  }
  const QString path = mFolder.filePath(QStringLiteral("heatmap-%1.tif").arg(++mFileCounter));
  QgsRasterLayer *layer = HeatmapRaster::createLayer(task->grid(), task->values(), path, tr("Heat map"));
  if (!layer)
  {
    Q_EMIT failed(tr("The heat map could not be written to %1").arg(path));
    return;
  }
  removeLayer();
  mProject->addMapLayer(layer, false);
  QgsLayerTree *root = mProject->layerTreeRoot();
  // Below the incident points (the first layer), above areas and base maps.
  root->insertLayer(std::min(1, static_cast<int>(root->children().size())), layer);
  mLayerId = layer->id();
  Q_EMIT updated(mClock.elapsed());
}

void HeatmapController::removeLayer()
{
  if (!mLayerId.isEmpty())
  {
    mProject->removeMapLayer(mLayerId);
    mLayerId.clear();
  }
}

} // namespace lagesbild
