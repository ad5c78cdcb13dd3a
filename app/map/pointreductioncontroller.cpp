#include "pointreductioncontroller.h"

#include "map/pointreductionrenderer.h"

#include <qgsapplication.h>
#include <qgsvectorlayer.h>

namespace lagesbild
{

PointReductionController::PointReductionController(QObject *parent) : QObject(parent) {}

PointReductionController::~PointReductionController()
{
  if (mTask)
    mTask->cancel();
}

void PointReductionController::attach(QgsVectorLayer *layer)
{
  mLayer = layer;
  if (mLayer && mLayer->renderer() && !PointReductionRenderer::of(mLayer))
    mLayer->setRenderer(new PointReductionRenderer(mLayer->renderer()->clone()));
  applyToRenderer();
}

void PointReductionController::deferPositions()
{
  if (mTask)
    mTask->deferPositions();
}

void PointReductionController::refine()
{
  if (mTask)
    mTask->refine();
}

void PointReductionController::invalidate()
{
  mSourceKey.clear();
}

void PointReductionController::setSource(const QString &storePath, const IncidentFilter &filter, qint64 matchCount, const QString &key)
{
  // The same filter again (the panel's echo, a restored session): the index read or being read
  // stays; reading millions of positions twice would only delay the map.
  const QString sourceKey = storePath + QLatin1Char('\n') + key;
  if (sourceKey == mSourceKey && (mIndex || mPending))
    return;
  mSourceKey = sourceKey;
  if (mTask)
    mTask->cancel();
  const int generation = ++mGeneration;
  mIndex.reset();
  mHasMunicipalityPoints = true; // until the task has looked
  mPending = matchCount > static_cast<qint64>(mBudget) && !storePath.isEmpty();
  applyToRenderer();
  if (!mPending)
    return;
  auto *task = new PointIndexTask(storePath, filter);
  mTask = task;
  connect(task, &PointIndexTask::indexBuilt, this,
          [this, task, generation]()
          {
            if (generation != mGeneration)
              return;
            mIndex = task->index();
            mPending = false;
            applyToRenderer();
            if (mLayer)
              mLayer->triggerRepaint();
            Q_EMIT indexReady();
          });
  connect(task, &QgsTask::taskCompleted, this,
          [this, task, generation]()
          {
            if (generation != mGeneration)
              return;
            mHasMunicipalityPoints = task->hasMunicipalityPoints();
            Q_EMIT indexChecked();
          });
  connect(task, &QgsTask::taskTerminated, this,
          [this, task, generation]()
          {
            if (generation == mGeneration && !task->errorMessage().isEmpty())
              Q_EMIT failed(task->errorMessage());
          });
  QgsApplication::taskManager()->addTask(task);
}

void PointReductionController::setPointBudget(std::size_t budget)
{
  mBudget = budget;
  applyToRenderer();
}

void PointReductionController::applyToRenderer()
{
  if (PointReductionRenderer *renderer = PointReductionRenderer::of(mLayer))
  {
    renderer->setPointBudget(mBudget);
    renderer->setIndex(mIndex, mPending);
  }
}

} // namespace lagesbild
