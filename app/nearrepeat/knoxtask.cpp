#include "knoxtask.h"

#include "store/incidentstore.h"

namespace lagesbild
{
namespace
{
constexpr double kReadingShare = 5.0; //!< percent of the progress bar for reading the store
}

KnoxTask::KnoxTask(const QString &storePath, const IncidentFilter &filter, const KnoxOptions &options)
  : QgsTask(tr("Near repeats (Knox test)"), QgsTask::CanCancel | QgsTask::CancelWithoutPrompt), mStorePath(storePath), mFilter(filter),
    mOptions(options), mFeedback([this](double percent) { setProgress(kReadingShare + percent * (100.0 - kReadingShare) / 100.0); })
{
}

bool KnoxTask::run()
{
  auto store = IncidentStore::open(mStorePath);
  if (!store)
  {
    mError = store.error().toString();
    return false;
  }
  // Points that only say which municipality would all be "the same location".
  mFilter.includeMunicipalityPrecision = false;
  const auto incidents = (*store)->incidents(mFilter);
  if (!incidents)
  {
    mError = incidents.error().toString();
    return false;
  }
  mEvents.reserve(incidents->size());
  for (const Incident &incident : *incidents)
    mEvents.push_back({incident.x, incident.y, incident.occurredFrom});
  setProgress(kReadingShare);
  if (isCanceled())
    return false;
  auto result = KnoxTest::run(mEvents, mOptions, &mFeedback);
  if (!result)
  {
    if (result.error().code != ErrorCode::Cancelled)
      mError = result.error().toString();
    return false;
  }
  mResult = std::move(result).value();
  return !isCanceled();
}

void KnoxTask::cancel()
{
  mFeedback.cancel();
  QgsTask::cancel();
}

} // namespace lagesbild
