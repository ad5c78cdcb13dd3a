#include "hotspotcontroller.h"

#include "hotspotlayer.h"

#include <qgsapplication.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsrectangle.h>
#include <qgsvectorlayer.h>

#include <QLocale>

#include <algorithm>

namespace lagesbild
{

HotspotController::HotspotController(QgsProject *project, QObject *parent) : QObject(parent), mProject(project) {}

HotspotController::~HotspotController()
{
  // The task finishes on its own; its result is dropped with this object's connections.
  if (mRunning)
    mRunning->cancel();
}

void HotspotController::showGiStar()
{
  mMode = Mode::GiStar;
  mPeriodA.reset();
  mPeriodB.reset();
  start();
}

void HotspotController::showChange(const DateRange &a, const DateRange &b)
{
  mMode = Mode::Change;
  mPeriodA = a;
  mPeriodB = b;
  start();
}

void HotspotController::setStudyArea(const StudyArea &area)
{
  mOptions.studyArea = area;
  if (mMode != Mode::Off)
    start();
}

QgsRectangle HotspotController::resultExtent() const
{
  QgsRectangle extent;
  for (const QString &id : mLayerIds)
  {
    if (const QgsMapLayer *layer = mProject->mapLayer(id))
    {
      if (layer->extent().isNull())
        continue;
      if (extent.isNull())
        extent = layer->extent();
      else
        extent.combineExtentWith(layer->extent());
    }
  }
  return extent;
}

void HotspotController::hide()
{
  mMode = Mode::Off;
  ++mGeneration;
  if (mRunning)
    mRunning->cancel();
  removeLayers();
  Q_EMIT busyChanged(false);
}

void HotspotController::setSource(const QString &storePath, const IncidentFilter &filter)
{
  mStorePath = storePath;
  mFilter = filter;
  if (mMode != Mode::Off)
    start();
}

void HotspotController::start()
{
  if (mMode == Mode::Off || mStorePath.isEmpty())
    return;
  if (mRunning)
    mRunning->cancel();
  IncidentFilter filter = mFilter;
  std::optional<DateRange> reference;
  if (mMode == Mode::Change)
  {
    filter.period = mPeriodB;
    reference = mPeriodA;
  }
  const QString path = mFolder.filePath(QStringLiteral("hotspots-%1.gpkg").arg(++mFileCounter));
  auto *task = new HotspotTask(mStorePath, filter, reference, mOptions, path);
  const int generation = ++mGeneration;
  mRunning = task;
  mClock.start();
  connect(task, &QgsTask::taskCompleted, this, [this, task, generation]() { taskFinished(task, true, generation); });
  connect(task, &QgsTask::taskTerminated, this, [this, task, generation]() { taskFinished(task, false, generation); });
  QgsApplication::taskManager()->addTask(task);
  Q_EMIT busyChanged(true);
}

void HotspotController::taskFinished(HotspotTask *task, bool ok, int generation)
{
  if (generation != mGeneration || mMode == Mode::Off)
    return; // a newer request replaced this one
  Q_EMIT busyChanged(false);
  if (!ok)
  {
    removeLayers();
    if (!task->errorMessage().isEmpty())
      Q_EMIT failed(task->errorMessage());
    return;
  }
  QString error;
  std::vector<QgsVectorLayer *> layers;
  if (task->isComparison())
    layers = HotspotLayer::openChange(task->outputPath(), &error);
  else if (QgsVectorLayer *layer = HotspotLayer::openGiStar(task->outputPath(), &error))
    layers.push_back(layer);
  if (layers.empty())
  {
    removeLayers();
    Q_EMIT failed(error);
    return;
  }
  removeLayers();
  QgsLayerTree *root = mProject->layerTreeRoot();
  // Below the incident points (the first layer), above the heat map, areas and base maps.
  const int position = std::min(1, static_cast<int>(root->children().size()));
  QgsLayerTreeGroup *parent = root;
  if (task->isComparison())
  {
    mGroupName =
      tr("Hot-spot change %1 → %2").arg(mPeriodA ? mPeriodA->toString() : QString(), mPeriodB ? mPeriodB->toString() : QString());
    parent = root->insertGroup(position, mGroupName);
    parent->setExpanded(true);
  }
  // Layer-tree order is top first: the last (topmost) layer goes in first.
  for (auto it = layers.rbegin(); it != layers.rend(); ++it)
  {
    mProject->addMapLayer(*it, false);
    parent->insertLayer(parent == root ? position : static_cast<int>(parent->children().size()), *it);
  }
  for (QgsVectorLayer *layer : layers)
    mLayerIds << layer->id();
  // The legend says where Gi* was computed, on how many incidents, and warns when too few.
  const StudyArea &area = mOptions.studyArea;
  const QString where = area.isWhole() ? tr("all incidents") : tr("within %1").arg(area.name);
  const long long fewest = task->isComparison() ? std::min(task->incidentsUsed(), task->referenceIncidentsUsed()) : task->incidentsUsed();
  const QString counts =
    task->isComparison()
      ? tr("A %1, B %2 incidents").arg(QLocale().toString(task->referenceIncidentsUsed()), QLocale().toString(task->incidentsUsed()))
      : tr("%1 incidents").arg(QLocale().toString(task->incidentsUsed()));
  mNote = tr("Gi* %1, %2").arg(where, counts);
  if (fewest < mOptions.minimumIncidents)
    mNote += QStringLiteral(" — ") + tr("⚠ too few incidents for reliable hot spots: %1 (minimum %2)")
                                       .arg(QLocale().toString(fewest), QLocale().toString(mOptions.minimumIncidents));
  for (QgsVectorLayer *layer : layers)
    layer->setName(QStringLiteral("%1 — %2").arg(layer->name(), mNote));
  Q_EMIT updated(mClock.elapsed());
}

void HotspotController::removeLayers()
{
  for (const QString &id : std::as_const(mLayerIds))
    mProject->removeMapLayer(id);
  mLayerIds.clear();
  if (!mGroupName.isEmpty())
  {
    if (QgsLayerTreeGroup *group = mProject->layerTreeRoot()->findGroup(mGroupName))
      mProject->layerTreeRoot()->removeChildNode(group);
    mGroupName.clear();
  }
}

} // namespace lagesbild
