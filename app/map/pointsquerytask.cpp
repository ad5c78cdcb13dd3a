#include "pointsquerytask.h"

#include "pointsquery.h"

namespace lagesbild
{

PointsQueryTask::PointsQueryTask(const QString &storePath, const IncidentFilter &filter)
  : QgsTask(tr("Reading incident positions"), QgsTask::CanCancel | QgsTask::CancelWithoutPrompt), mStorePath(storePath), mFilter(filter)
{
}

bool PointsQueryTask::run()
{
  auto points = PointsQuery::run(mStorePath, mFilter);
  if (!points)
  {
    mError = points.error().toString();
    return false;
  }
  if (isCanceled())
    return false;
  mPoints = std::make_shared<const std::vector<PointXY>>(std::move(points).value());
  return true;
}

} // namespace lagesbild
