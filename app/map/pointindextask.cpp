#include "pointindextask.h"

#include "store/incidentstore.h"

namespace lagesbild
{
namespace
{
constexpr double kReadShare = 70.0;      // percent of the task spent reading, the rest indexing
constexpr int kLongestDeferralMs = 1000; // the positions wait at most this long for refine()
} // namespace

PointIndexTask::PointIndexTask(const QString &storePath, const IncidentFilter &filter)
  : QgsTask(tr("Reading incident positions for the map"), QgsTask::CanCancel | QgsTask::CancelWithoutPrompt), mStorePath(storePath),
    mFilter(filter)
{
}

std::shared_ptr<const PointDensityIndex> PointIndexTask::index() const
{
  const QMutexLocker lock(&mIndexMutex);
  return mIndex;
}

void PointIndexTask::cancel()
{
  mRefine.release(); // a deferred task ends at once
  QgsTask::cancel();
}

bool PointIndexTask::run()
{
  auto store = IncidentStore::open(mStorePath, StoreAccess::Read);
  if (!store)
  {
    mError = store.error().toString();
    return false;
  }
  // The layer draws what the filter matches, municipality-level points included when it does.
  auto points = (*store)->pointsForDensity(mFilter);
  if (!points)
  {
    mError = points.error().toString();
    return false;
  }
  if (isCanceled())
    return false;
  setProgress(kReadShare);
  for (const auto detail : {PointDensityIndex::Detail::Counts, PointDensityIndex::Detail::Positions})
  {
    auto index = std::make_shared<const PointDensityIndex>(*points, detail);
    if (isCanceled())
      return false;
    {
      const QMutexLocker lock(&mIndexMutex);
      mIndex = std::move(index);
    }
    Q_EMIT indexBuilt();
    if (detail == PointDensityIndex::Detail::Counts && mDeferPositions)
      mRefine.tryAcquire(1, kLongestDeferralMs);
  }
  if (mFilter.includeMunicipalityPrecision)
  {
    // The same incidents without the municipality-level ones: when none are left out, the
    // street-level views can share this index.
    IncidentFilter streetLevel = mFilter;
    streetLevel.includeMunicipalityPrecision = false;
    const auto placed = (*store)->count(streetLevel);
    mHasMunicipalityPoints = !placed || *placed != static_cast<std::int64_t>(points->size());
  }
  return !isCanceled();
}

} // namespace lagesbild
