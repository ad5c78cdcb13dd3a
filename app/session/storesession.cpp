#include "session/storesession.h"

#include "common/systemuser.h"

#include "importer/identitynumbermasker.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lagesbild
{
namespace
{
//! Incidents dated further ahead than this are taken for mistakes: they do not set the last day.
constexpr int kYearsAhead = 100;

//! Personal identity numbers never reach the store from the form either.
Incident masked(Incident incident)
{
  importer::IdentityNumberMasker::mask(incident.description);
  importer::IdentityNumberMasker::mask(incident.address);
  return incident;
}
} // namespace

StoreSession::StoreSession(QObject *parent) : QObject(parent) {}

StoreSession::~StoreSession() = default;

QString StoreSession::path() const
{
  return mStore ? mStore->location() : QString();
}

Result<void> StoreSession::open(const QString &path)
{
  // Writable when the file and its folder are; a colleague's store on a read-only share opens
  // read-only. A server store is writable as far as the login's role allows.
  const QString location = IncidentStore::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
  auto opened = IncidentStore::open(location, StoreAccess::WriteIfPossible);
  if (!opened)
    return opened.error();
  mStore = std::move(opened).value();
  return refresh();
}

std::shared_ptr<const geocoding::Geocoder> StoreSession::places()
{
  if (mPlaces || !mStore)
    return mPlaces;
  auto addresses = mStore->addresses();
  if (!addresses)
    return nullptr;
  mPlaces = std::make_shared<const geocoding::Geocoder>(std::move(*addresses), mAreas);
  return mPlaces;
}

Result<void> StoreSession::refresh()
{
  mPlaces.reset();
  if (!mStore)
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("StoreSession", "No store is open"));
  auto categories = mStore->categories();
  if (!categories)
    return categories.error();
  auto sources = mStore->sources();
  if (!sources)
    return sources.error();
  auto areas = mStore->areas();
  if (!areas)
    return areas.error();
  mCategories = std::move(categories).value();
  mSources = std::move(sources).value();
  mAreas = std::move(areas).value();

  return findDataSpan();
}

Result<std::optional<QDate>> StoreSession::firstDayFrom(const QDate &day) const
{
  IncidentFilter from = IncidentFilter::all();
  from.period = DateRange(day, QDate::currentDate().addYears(kYearsAhead));
  auto first = mStore->incidents(from, 1);
  if (!first)
    return first.error();
  if (first->empty())
    return std::optional<QDate>();
  return std::optional<QDate>(StockholmTime::instance().localDate(first->front().occurredFrom));
}

Result<void> StoreSession::findDataSpan()
{
  // The first and last day by a few look-ups in the store's time index (the first incident on or
  // after a day), halving the days between: counting a decade of a police region by day would
  // keep the window waiting for seconds.
  mFirstDay = QDate();
  mLastDay = QDate();
  auto first = mStore->incidents(IncidentFilter::all(), 1);
  if (!first)
    return first.error();
  if (first->empty())
    return {};
  mFirstDay = StockholmTime::instance().localDate(first->front().occurredFrom);
  QDate known = mFirstDay;                                       // a day with an incident
  QDate beyond = QDate::currentDate().addYears(kYearsAhead + 1); // no incident on or after it
  while (known.daysTo(beyond) > 1)
  {
    const QDate middle = known.addDays(known.daysTo(beyond) / 2);
    auto found = firstDayFrom(middle);
    if (!found)
      return found.error();
    if (*found)
      known = **found;
    else
      beyond = middle;
  }
  mLastDay = known;
  return {};
}

QString StoreSession::layerSubsetString(const IncidentFilter &filter) const
{
  return mStore ? mStore->layerFilter(filter) : QString();
}

Result<std::int64_t> StoreSession::addIncident(const Incident &incident)
{
  if (!mStore)
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("StoreSession", "No store is open"));
  auto id = mStore->insertIncident(masked(incident), SystemUser::name());
  if (id)
    Q_EMIT incidentsChanged();
  return id;
}

Result<void> StoreSession::updateIncident(const Incident &incident)
{
  if (!mStore)
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("StoreSession", "No store is open"));
  auto result = mStore->updateIncident(masked(incident), SystemUser::name());
  if (result)
    Q_EMIT incidentsChanged();
  return result;
}

Result<void> StoreSession::deleteIncident(std::int64_t id)
{
  if (!mStore)
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("StoreSession", "No store is open"));
  auto result = mStore->deleteIncident(id, SystemUser::name());
  if (result)
    Q_EMIT incidentsChanged();
  return result;
}

} // namespace lagesbild
