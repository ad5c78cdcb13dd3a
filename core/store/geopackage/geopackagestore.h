// GeoPackageStore: the embedded IncidentStore — one SQLite file that is also a valid OGC
// GeoPackage, for one desk or a laptop (postgres/PostgresStore is the shared server's). Writes run
// in transactions (WAL, foreign keys), so a crash leaves the store as before; the next open rolls
// back what a killed process left and puts the store back in WAL. A second writer waits its
// turn (busywait.h). Reading commands open the store for reading and never write it; a store
// whose file or folder cannot be written opens read-only (see StoreAccess).
#pragma once

#include "store/incidentstore.h"

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace lagesbild
{

class BusyWait;

class GeoPackageStore final : public IncidentStore
{
    // The stores share one translation context (and lupdate must see it here too).
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)

  public:
    ~GeoPackageStore() override;

    //! The schema version this build writes.
    static int currentSchemaVersion();

    //! Creates a new store (error if the file exists), seeded with the default taxonomy and sources.
    static Result<std::unique_ptr<GeoPackageStore>> create(const QString &path);
    //! Opens an existing store, migrating it forward; refuses (unchanged) a store from a newer
    //! version, and names a file that is not a store, or is damaged or truncated, without
    //! leaving files beside it. Recovers from a process killed while writing (a hot rollback
    //! journal, a store left out of WAL). Waits while another connection holds a lock it
    //! needs, telling feedback that it waits (see BusyWait).
    static Result<std::unique_ptr<GeoPackageStore>> open(const QString &path, StoreAccess access = StoreAccess::Write,
                                                         Feedback *feedback = nullptr);
    //! Opens when the file exists, creates it otherwise.
    static Result<std::unique_ptr<GeoPackageStore>> openOrCreate(const QString &path);

    QString path() const { return mPath; }
    StoreBackend backend() const override { return StoreBackend::GeoPackage; }
    QString location() const override { return mPath; }
    QString displayName() const override { return mPath; }
    int schemaVersion() const override;
    //! The store cannot be written here (file or folder not writable): it was opened read-only.
    bool isReadOnly() const override { return mReadOnly; }
    bool isOpenForReading() const override { return mReading; }

    // Reference data -------------------------------------------------------------------------
    Result<std::vector<Category>> categories() const override;
    Result<void> upsertCategory(const Category &category) override;
    Result<std::vector<Source>> sources() const override;
    Result<void> upsertSource(const Source &source) override;
    Result<std::vector<Area>> areas() const override;
    Result<void> upsertArea(const Area &area) override;
    //! Kept in lagesbild_meta, else derived from a boundary area (StoreMunicipality).
    Result<std::optional<Municipality>> municipality() const override;
    Result<void> setMunicipality(const Municipality &municipality) override;

    // Address register (geocoding) ------------------------------------------------------------
    Result<void> replaceAddresses(const std::vector<geocoding::AddressPoint> &addresses, const QString &user,
                                  Feedback *feedback = nullptr) override;
    Result<std::vector<geocoding::AddressPoint>> addresses() const override;
    Result<std::int64_t> addressCount() const override;
    Result<std::optional<geocoding::AddressPoint>> nearestAddress(double x, double y, double maxDistance) const override;

    // Incidents ------------------------------------------------------------------------------
    //! Prepared statements, keeping the R-tree index correct. A large batch into a store nobody
    //! else has open is written under SQLite's rollback journal instead of the WAL (written once
    //! instead of twice; still rolled back when the process dies).
    Result<InsertSummary> insertBatch(const std::vector<Incident> &incidents, const InsertOptions &options,
                                      Feedback *feedback = nullptr) override;
    Result<std::int64_t> insertIncident(const Incident &incident, const QString &user) override;
    Result<void> updateIncident(const Incident &incident, const QString &user) override;
    Result<void> deleteIncident(std::int64_t id, const QString &user) override;
    Result<std::optional<Incident>> incident(std::int64_t id) const override;
    //! One scan of the ids.
    Result<std::vector<Incident>> incidentsWithExternalIds(const std::vector<std::pair<QString, QString>> &sourceAndIds) const override;
    Result<std::vector<Incident>> incidents(const IncidentFilter &filter, std::int64_t limit = -1) const override;
    //! SQLite's dialect, for QGIS's "ogr" provider (LayerSubsetString).
    QString layerFilter(const IncidentFilter &filter) const override;

    // IncidentQueries ------------------------------------------------------------------------
    Result<std::int64_t> count(const IncidentFilter &filter) const override;
    Result<std::vector<GroupCount>> countBy(const IncidentFilter &filter, const std::vector<GroupField> &fields) const override;
    Result<std::vector<PointXY>> points(const IncidentFilter &filter) const override;
    //! The centres of the incidents' R-tree boxes (within 0.25 m of the points here): the leaf
    //! nodes hold 50 boxes in 1.2 KB where the table holds 50 rows in 10 KB (geopackagestorepoints.cpp).
    Result<std::vector<PointXY>> pointsForDensity(const IncidentFilter &filter) const override;

    // Interventions (the layer's treated area: see storeschema.h) ------------------------------
    Result<std::int64_t> insertIntervention(const Intervention &intervention, const QString &user) override;
    Result<void> updateIntervention(const Intervention &intervention, const QString &user) override;
    Result<void> deleteIntervention(std::int64_t id, const QString &user) override;
    Result<std::vector<Intervention>> interventions() const override;

    // Imports and audit ----------------------------------------------------------------------
    Result<std::vector<ImportRecord>> imports() const override;
    Result<bool> hasImportWithChecksum(const QString &checksum) const override;
    Result<std::vector<AuditEntry>> auditLog(std::int64_t limit = 1000) const override;

  private:
    GeoPackageStore(QString path, sqlite3 *db);
    static Result<std::unique_ptr<GeoPackageStore>> openWritable(const QString &path, StoreAccess access, Feedback *feedback);
    static Result<std::unique_ptr<GeoPackageStore>> openReadOnly(const QString &path, bool immutable);
    //! An error when writes are refused (opened for reading, or read-only).
    Result<void> checkWritable() const;

    QString mPath;
    sqlite3 *mDb = nullptr;
    std::unique_ptr<BusyWait> mBusyWait;
    bool mReadOnly = false;
    bool mReading = false;
};

} // namespace lagesbild
