// IncidentStore: what the product asks of a store of incidents, whichever database holds it —
// the embedded GeoPackage (geopackage/GeoPackageStore, one SQLite file on one desk) or the shared
// PostgreSQL/PostGIS server (postgres/PostgresStore, several organisations reporting into one
// picture, roles enforced by the server). Importers, analyses, the CLI and the app depend on this
// interface only; SQL lives in the two backends. open() and create() take a location: a
// GeoPackage path, a `postgresql://…` URI or a libpq `service=NAME` (or other key=value) string.
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "geocoding/addresspoint.h"
#include "model/incident.h"
#include "model/incidentqueries.h"
#include "model/municipality.h"
#include "model/reference.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace lagesbild
{

//! How a command uses the store it opens.
enum class StoreAccess
{
  Write,           //!< imports and edits: an error when the store cannot be written
  Read,            //!< reading commands: nothing is written (only a killed writer's leftovers are
                   //!< rolled back, and an older store upgraded); a read-only store opens too
  WriteIfPossible, //!< the app: writable when the store can be written here, else read-only
};

//! Which database holds a store.
enum class StoreBackend
{
  GeoPackage, //!< one SQLite file
  PostgreSQL, //!< the shared server store (PostGIS)
};

//! One row of the audit log.
struct AuditEntry
{
    std::int64_t id = 0;
    std::int64_t atUtc = 0;
    QString user;
    QString action; //!< "insert", "update", "delete", "import" …
    QString tableName;
    std::int64_t rowId = 0;
    QString before; //!< JSON of the row before, empty for inserts
    QString after;  //!< JSON of the row after, empty for deletes
};

//! What a batch insert did.
struct InsertSummary
{
    std::int64_t inserted = 0;
    std::int64_t duplicates = 0; //!< already in the store (same de-duplication key)
    std::int64_t importId = 0;   //!< imports.id when an ImportRecord was written
};

class IncidentStore : public IncidentQueries
{
    // Messages of the stores, in the "IncidentStore" translation context.
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)

  public:
    ~IncidentStore() override = default;
    IncidentStore(const IncidentStore &) = delete;
    IncidentStore &operator=(const IncidentStore &) = delete;

    // Opening -------------------------------------------------------------------------------
    // Defined with the backends (storebackends.cpp), which choose by the location's form.
    //! Opens an existing store, migrating it forward; see GeoPackageStore::open and PostgresStore::open.
    static Result<std::unique_ptr<IncidentStore>> open(const QString &location, StoreAccess access = StoreAccess::Write,
                                                       Feedback *feedback = nullptr);
    //! Creates a new GeoPackage store (error if the file exists). A server store is created with
    //! `lagesbild-cli server init`, which needs the database's owner: an error for a connection.
    static Result<std::unique_ptr<IncidentStore>> create(const QString &location);
    //! Opens when the store exists, creates a GeoPackage otherwise.
    static Result<std::unique_ptr<IncidentStore>> openOrCreate(const QString &location);
    //! True when location names a server store rather than a file.
    static bool isServerLocation(const QString &location);
    //! How a client library that reads the store's tables itself (QGIS's providers) reaches it:
    //! the GeoPackage's path, or the server connection in libpq's key=value form.
    static QString providerConnection(const QString &location);

    virtual StoreBackend backend() const = 0;
    //! What open() takes to open this store again (a path, or the connection as given).
    virtual QString location() const = 0;
    //! The store for messages and titles: the path, or the server and database without password.
    virtual QString displayName() const = 0;
    virtual int schemaVersion() const = 0;
    //! The store cannot be written here (file or folder not writable; a role without write
    //! rights on the server): it was opened read-only.
    virtual bool isReadOnly() const = 0;
    //! Writes are refused: opened with StoreAccess::Read, or read-only.
    virtual bool isOpenForReading() const = 0;

    // Reference data -------------------------------------------------------------------------
    virtual Result<std::vector<Category>> categories() const = 0;
    //! Inserts or updates by code.
    virtual Result<void> upsertCategory(const Category &category) = 0;
    virtual Result<std::vector<Source>> sources() const = 0;
    virtual Result<void> upsertSource(const Source &source) = 0;
    virtual Result<std::vector<Area>> areas() const = 0;
    //! Inserts or updates by code, and re-assigns the incidents the area covers (before or
    //! after the change) to the smallest area containing them, in the same transaction.
    virtual Result<void> upsertArea(const Area &area) = 0;
    //! The municipality the store is for: as recorded, else from its boundary area; none when
    //! neither says.
    virtual Result<std::optional<Municipality>> municipality() const = 0;
    virtual Result<void> setMunicipality(const Municipality &municipality) = 0;

    // Address register (geocoding) ------------------------------------------------------------
    //! Replaces the whole register in one transaction (a failure or cancel leaves the old one).
    virtual Result<void> replaceAddresses(const std::vector<geocoding::AddressPoint> &addresses, const QString &user,
                                          Feedback *feedback = nullptr) = 0;
    virtual Result<std::vector<geocoding::AddressPoint>> addresses() const = 0;
    virtual Result<std::int64_t> addressCount() const = 0;
    //! The nearest register street address within maxDistance metres of the point.
    virtual Result<std::optional<geocoding::AddressPoint>> nearestAddress(double x, double y, double maxDistance) const = 0;
    //! How far a reverse-geocoded address may lie from the point.
    static constexpr double kDerivedAddressDistance = 50.0;

    // Incidents ------------------------------------------------------------------------------
    //! How insertBatch treats what the store does not know yet, and what it records.
    struct InsertOptions
    {
        bool createMissingReferences = false;
        //! Names, kinds, colours and groups of categories and sources createMissingReferences may
        //! create (an importer's new ones): created with them inside the batch's transaction.
        const std::vector<Category> *newCategories = nullptr;
        const std::vector<Source> *newSources = nullptr;
        const ImportRecord *importRecord = nullptr;
        QString user; //!< for the audit row of the import
    };
    //! Inserts all incidents in one transaction. Duplicates (same de-duplication key) are skipped
    //! and counted. Unknown category or source codes are an error (nothing is written) unless
    //! createMissingReferences, which creates them under their own name. When importRecord is
    //! given, an `imports` row is written in the same transaction and the incidents point to it.
    //! Cancel through feedback rolls back everything.
    virtual Result<InsertSummary> insertBatch(const std::vector<Incident> &incidents, const InsertOptions &options,
                                              Feedback *feedback = nullptr) = 0;

    // Every write gives an incident without an area the smallest store area containing its point
    // (an edit that moves the point re-assigns it); manual entry and edits give an incident
    // without an address the nearest register address within kDerivedAddressDistance, marked
    // as derived (addressDerived).
    //! Manual entry: inserts one incident with an audit row; returns its id.
    virtual Result<std::int64_t> insertIncident(const Incident &incident, const QString &user) = 0;
    //! Updates by incident.id with an audit row (before/after).
    virtual Result<void> updateIncident(const Incident &incident, const QString &user) = 0;
    //! Deletes by id with an audit row.
    virtual Result<void> deleteIncident(std::int64_t id, const QString &user) = 0;

    virtual Result<std::optional<Incident>> incident(std::int64_t id) const = 0;
    //! The stored incidents whose source code and external id are one of the given pairs (an
    //! importer compares them with a file's rows of the same ids).
    virtual Result<std::vector<Incident>> incidentsWithExternalIds(const std::vector<std::pair<QString, QString>> &sourceAndIds) const = 0;
    //! Matching incidents ordered by time; limit < 0 means all.
    virtual Result<std::vector<Incident>> incidents(const IncidentFilter &filter, std::int64_t limit = -1) const = 0;

    //! The filter as a self-contained WHERE clause on this store's incidents table, for a QGIS
    //! map layer reading the table directly (no bound parameters); empty when it matches all.
    virtual QString layerFilter(const IncidentFilter &filter) const = 0;

    // Interventions --------------------------------------------------------------------------
    // Each needs a centre, a named area or a drawn boundary (rings of >= 3 points, read back
    // closed). The interventions layer draws its treated area: the boundary, else the circle
    // of radius around centre, else the named area.
    virtual Result<std::int64_t> insertIntervention(const Intervention &intervention, const QString &user) = 0;
    virtual Result<void> updateIntervention(const Intervention &intervention, const QString &user) = 0;
    virtual Result<void> deleteIntervention(std::int64_t id, const QString &user) = 0;
    virtual Result<std::vector<Intervention>> interventions() const = 0;

    // Imports and audit ----------------------------------------------------------------------
    virtual Result<std::vector<ImportRecord>> imports() const = 0;
    //! True when an import with this file checksum is already recorded.
    virtual Result<bool> hasImportWithChecksum(const QString &checksum) const = 0;
    virtual Result<std::vector<AuditEntry>> auditLog(std::int64_t limit = 1000) const = 0;

  protected:
    IncidentStore() = default;
};

} // namespace lagesbild
