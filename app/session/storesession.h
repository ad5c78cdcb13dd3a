// StoreSession: the open store as the desktop app sees it — the IncidentStore, its reference
// data (categories, sources, areas), the span of days with data, and the operations the UI
// needs, so that widgets never run SQL themselves.
#pragma once

#include "common/result.h"
#include "geocoding/geocoder.h"
#include "model/incidentfilter.h"
#include "model/reference.h"
#include "store/incidentstore.h"

#include <QDate>
#include <QObject>

#include <memory>
#include <optional>

namespace lagesbild
{

class StoreSession : public QObject
{
    Q_OBJECT

  public:
    explicit StoreSession(QObject *parent = nullptr);
    ~StoreSession() override;

    //! Opens a store (migrating it forward), read-only when it cannot be written here; the
    //! previous one is closed only on success.
    Result<void> open(const QString &path);
    bool isOpen() const { return static_cast<bool>(mStore); }
    //! The open store cannot be written here (its file or folder is read-only).
    bool isReadOnly() const { return mStore && mStore->isReadOnly(); }
    //! The store's location: its path, or the server connection as given.
    QString path() const;
    //! The store for titles and messages (a server without its password).
    QString displayName() const { return mStore ? mStore->displayName() : QString(); }

    IncidentStore *store() const { return mStore.get(); }
    const std::vector<Category> &categories() const { return mCategories; }
    const std::vector<Source> &sources() const { return mSources; }
    const std::vector<Area> &areas() const { return mAreas; }
    QDate firstDay() const { return mFirstDay; }
    QDate lastDay() const { return mLastDay; }

    //! The WHERE clause for the incidents map layer, in the dialect of the store's database.
    QString layerSubsetString(const IncidentFilter &filter) const;

    //! Re-reads reference data and the span of days (after an import or an edit).
    Result<void> refresh();

    //! The address register and the areas as a geocoder (search box, forms); built on first
    //! use after open() or refresh(); null when no store is open or it cannot be read.
    std::shared_ptr<const geocoding::Geocoder> places();

  Q_SIGNALS:
    //! Incidents were added, changed or deleted.
    void incidentsChanged();

  public:
    Result<std::int64_t> addIncident(const Incident &incident);
    Result<void> updateIncident(const Incident &incident);
    Result<void> deleteIncident(std::int64_t id);

  private:
    //! The first and last local day with an incident (null without incidents).
    Result<void> findDataSpan();
    //! The local day of the first incident on or after day; none when there is none.
    Result<std::optional<QDate>> firstDayFrom(const QDate &day) const;

    std::unique_ptr<IncidentStore> mStore;
    std::vector<Category> mCategories;
    std::vector<Source> mSources;
    std::vector<Area> mAreas;
    std::shared_ptr<const geocoding::Geocoder> mPlaces;
    QDate mFirstDay;
    QDate mLastDay;
};

} // namespace lagesbild
