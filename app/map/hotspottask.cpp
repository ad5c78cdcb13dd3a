#include "hotspottask.h"

#include "pointsquery.h"

#include "hotspots/cellcounts.h"
#include "hotspots/getisordgistar.h"
#include "hotspots/grid.h"
#include "hotspots/hotspotcomparison.h"
#include "hotspots/hotspotgeopackage.h"
#include "hotspots/hotspotgrid.h"
#include "hotspots/hotspotwriter.h"
#include "store/incidentstore.h"

namespace lagesbild
{

HotspotTask::HotspotTask(const QString &storePath, const IncidentFilter &filter, std::optional<DateRange> reference,
                         const HotspotMapOptions &options, const QString &outputPath)
  : QgsTask(reference ? tr("Hot-spot change") : tr("Hot spots (Gi*)"), QgsTask::CanCancel | QgsTask::CancelWithoutPrompt),
    mStorePath(storePath), mFilter(filter), mReference(reference), mOptions(options), mOutputPath(outputPath),
    mFeedback([this](double percent) { setProgress(percent); })
{
  // The map's layers are GeoPackages (GDAL, which the app links anyway).
  installHotspotGeoPackageWriter();
}

bool HotspotTask::fail(const QString &message)
{
  mError = message;
  return false;
}

void HotspotTask::cancel()
{
  mFeedback.cancel();
  QgsTask::cancel();
}

bool HotspotTask::run()
{
  // One connection for both periods' queries, opened on this thread.
  auto store = IncidentStore::open(mStorePath, StoreAccess::Read);
  if (!store)
    return fail(store.error().toString());
  auto points = PointsQuery::run(**store, mFilter);
  if (!points)
    return fail(points.error().toString());
  std::vector<PointXY> referencePoints;
  if (mReference)
  {
    IncidentFilter referenceFilter = mFilter;
    referenceFilter.period = mReference;
    auto loaded = PointsQuery::run(**store, referenceFilter);
    if (!loaded)
      return fail(loaded.error().toString());
    referencePoints = std::move(loaded).value();
  }
  if (isCanceled())
    return false;
  // Only the study area's incidents, on a grid over the study area: its cells are the observations.
  const StudyArea &area = mOptions.studyArea;
  *points = area.clip(*points);
  referencePoints = area.clip(referencePoints);
  mIncidentsUsed = static_cast<long long>(points->size());
  mReferenceUsed = static_cast<long long>(referencePoints.size());
  setProgress(20);
  if (points->empty() && referencePoints.empty())
    return fail(area.isWhole() ? tr("No incidents with a street-level position match the filter")
                               : tr("No incidents with a street-level position match the filter in %1").arg(area.name));

  std::vector<PointXY> allPoints = *points;
  allPoints.insert(allPoints.end(), referencePoints.begin(), referencePoints.end());
  auto grid =
    area.isWhole() ? Grid::aroundPoints(allPoints, mOptions.cellSize, mOptions.distance) : Grid::covering(*area.extent, mOptions.cellSize);
  if (!grid)
    return fail(grid.error().toString());

  if (mReference)
  {
    auto comparison = compareHotspots(*grid, referencePoints, *points, mOptions.distance, &mFeedback);
    if (!comparison)
      return isCanceled() ? false : fail(comparison.error().toString());
    for (HotspotTrend trend : comparison->trends)
      ++mTally[static_cast<std::size_t>(trend)];
    setProgress(80);
    // Only cells that changed or carry a trend are drawn; the map needs no others.
    const auto keep = [&comparison](std::size_t at)
    { return comparison->trends[at] != HotspotTrend::None || comparison->countsA[at] != comparison->countsB[at]; };
    if (auto written = writeHotspotComparison(*comparison, mOutputPath, keep); !written)
      return fail(written.error().toString());
    return !isCanceled();
  }

  HotspotGrid result;
  result.grid = *grid;
  result.method = HotspotMethod::GiStar;
  result.counts = countPointsPerCell(*grid, *points);
  auto gi = GetisOrdGiStar(mOptions.distance).compute(*grid, result.counts, &mFeedback);
  if (!gi)
    return isCanceled() ? false : fail(gi.error().toString());
  result.z = std::move(gi->z);
  result.p = std::move(gi->p);
  result.pFdr = std::move(gi->pFdr);
  result.classes = std::move(gi->classes);
  for (HotspotClass hotspotClass : result.classes)
  {
    if (hotspotClass > HotspotClass::NotSignificant)
      ++mTally[0];
    else if (hotspotClass < HotspotClass::NotSignificant)
      ++mTally[1];
  }
  setProgress(80);
  // Only significant cells are drawn; the map needs no others.
  const auto keep = [&result](std::size_t at) { return result.classes[at] != HotspotClass::NotSignificant; };
  if (auto written = writeHotspotGrid(result, mOutputPath, keep); !written)
    return fail(written.error().toString());
  return !isCanceled();
}

} // namespace lagesbild
