// IncidentStore: the local store — one SQLite file that is also a valid OGC GeoPackage.
// Owns every SQL statement of the product (no SQL outside core/store). Writes run in
// transactions (WAL, foreign keys), so a crash leaves the store as before; the next open rolls
// back what a killed process left and puts the store back in WAL. A second writer waits its
// turn (busywait.h). Reading commands open the store for reading and never write it; a store
// whose file or folder cannot be written opens read-only (see StoreAccess).
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "geocoding/addresspoint.h"
#include "model/incident.h"
#include "model/incidentqueries.h"
#include "model/reference.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace lagesbild
{

class BusyWait;

//! How a command uses the store it opens.
enum class StoreAccess
{
  Write,           //!< imports and edits: an error when the file or its folder cannot be written
  Read,            //!< reading commands: nothing is written (only a killed writer's leftovers are
                   //!< rolled back, and an older store upgraded); a read-only store opens too
  WriteIfPossible, //!< the app: writable when the file and its folder are, else read-only
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

class IncidentStore final : public IncidentQueries
{
    // Messages of the store, in the "IncidentStore" translation context (core/store uses it throughout).
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)

  public:
    ~IncidentStore() override;
    IncidentStore(const IncidentStore &) = delete;
    IncidentStore &operator=(const IncidentStore &) = delete;

    //! The schema version this build writes.
    static int currentSchemaVersion();

    //! Creates a new store (error if the file exists), seeded with the default taxonomy and sources.
    static Result<std::unique_ptr<IncidentStore>> create(const QString &path);
    //! Opens an existing store, migrating it forward; refuses (unchanged) a store from a newer
    //! version, and names a file that is not a store, or is damaged or truncated, without
    //! leaving files beside it. Recovers from a process killed while writing (a hot rollback
    //! journal, a store left out of WAL). Waits while another connection holds a lock it
    //! needs, telling feedback that it waits (see BusyWait).
    static Result<std::unique_ptr<IncidentStore>> open(const QString &path, StoreAccess access = StoreAccess::Write,
                                                       Feedback *feedback = nullptr);
    //! Opens when the file exists, creates it otherwise.
    static Result<std::unique_ptr<IncidentStore>> openOrCreate(const QString &path);

    QString path() const { return mPath; }
    int schemaVersion() const;
    //! The store cannot be written here (file or folder not writable): it was opened read-only.
    bool isReadOnly() const { return mReadOnly; }
    //! Writes are refused: opened with StoreAccess::Read, or read-only.
    bool isOpenForReading() const { return mReading; }

    // Reference data -------------------------------------------------------------------------
    Result<std::vector<Category>> categories() const;
    //! Inserts or updates by code.
    Result<void> upsertCategory(const Category &category);
    Result<std::vector<Source>> sources() const;
    Result<void> upsertSource(const Source &source);
    Result<std::vector<Area>> areas() const;
    //! Inserts or updates by code, and re-assigns the incidents the area covers (before or
    //! after the change) to the smallest area containing them, in the same transaction.
    Result<void> upsertArea(const Area &area);

    // Address register (geocoding) ------------------------------------------------------------
    //! Replaces the whole register in one transaction (a failure or cancel leaves the old one).
    Result<void> replaceAddresses(const std::vector<geocoding::AddressPoint> &addresses, const QString &user, Feedback *feedback = nullptr);
    Result<std::vector<geocoding::AddressPoint>> addresses() const;
    Result<std::int64_t> addressCount() const;
    //! The nearest register street address within maxDistance metres of the point.
    Result<std::optional<geocoding::AddressPoint>> nearestAddress(double x, double y, double maxDistance) const;
    //! How far a reverse-geocoded address may lie from the point.
    static constexpr double kDerivedAddressDistance = 50.0;

    // Incidents ------------------------------------------------------------------------------
    //! Inserts all incidents in one transaction with prepared statements, keeping the R-tree
    //! index correct. Duplicates (same de-duplication key) are skipped and counted. Unknown
    //! category or source codes are an error (nothing is written) unless createMissingReferences,
    //! which creates them under their own name. When importRecord is given, an `imports` row is
    //! written in the same transaction and the incidents point to it. Cancel through feedback
    //! rolls back everything. A large batch into a store nobody else has open is written under
    //! SQLite's rollback journal instead of the WAL (written once instead of twice; still
    //! rolled back when the process dies).
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
    Result<InsertSummary> insertBatch(const std::vector<Incident> &incidents, const InsertOptions &options, Feedback *feedback = nullptr);

    // Every write gives an incident without an area the smallest store area containing its point
    // (an edit that moves the point re-assigns it); manual entry and edits give an incident
    // without an address the nearest register address within kDerivedAddressDistance, marked
    // as derived (addressDerived).
    //! Manual entry: inserts one incident with an audit row; returns its id.
    Result<std::int64_t> insertIncident(const Incident &incident, const QString &user);
    //! Updates by incident.id with an audit row (before/after).
    Result<void> updateIncident(const Incident &incident, const QString &user);
    //! Deletes by id with an audit row.
    Result<void> deleteIncident(std::int64_t id, const QString &user);

    Result<std::optional<Incident>> incident(std::int64_t id) const;
    //! The stored incidents whose source code and external id are one of the given pairs (an
    //! importer compares them with a file's rows of the same ids). One scan of the ids.
    Result<std::vector<Incident>> incidentsWithExternalIds(const std::vector<std::pair<QString, QString>> &sourceAndIds) const;
    //! Matching incidents ordered by time; limit < 0 means all.
    Result<std::vector<Incident>> incidents(const IncidentFilter &filter, std::int64_t limit = -1) const;

    // IncidentQueries ------------------------------------------------------------------------
    Result<std::int64_t> count(const IncidentFilter &filter) const override;
    Result<std::vector<GroupCount>> countBy(const IncidentFilter &filter, const std::vector<GroupField> &fields) const override;
    Result<std::vector<PointXY>> points(const IncidentFilter &filter) const override;
    //! The centres of the incidents' R-tree boxes (within 0.25 m of the points here): the leaf
    //! nodes hold 50 boxes in 1.2 KB where the table holds 50 rows in 10 KB (incidentstorepoints.cpp).
    Result<std::vector<PointXY>> pointsForDensity(const IncidentFilter &filter) const override;

    // Interventions --------------------------------------------------------------------------
    // Each needs a centre, a named area or a drawn boundary (rings of >= 3 points, read back
    // closed). The interventions layer draws its treated area: the boundary, else the circle
    // of radius around centre, else the named area (see storeschema.h).
    Result<std::int64_t> insertIntervention(const Intervention &intervention, const QString &user);
    Result<void> updateIntervention(const Intervention &intervention, const QString &user);
    Result<void> deleteIntervention(std::int64_t id, const QString &user);
    Result<std::vector<Intervention>> interventions() const;

    // Imports and audit ----------------------------------------------------------------------
    Result<std::vector<ImportRecord>> imports() const;
    //! True when an import with this file checksum is already recorded.
    Result<bool> hasImportWithChecksum(const QString &checksum) const;
    Result<std::vector<AuditEntry>> auditLog(std::int64_t limit = 1000) const;

  private:
    IncidentStore(QString path, sqlite3 *db);
    static Result<std::unique_ptr<IncidentStore>> openWritable(const QString &path, StoreAccess access, Feedback *feedback);
    static Result<std::unique_ptr<IncidentStore>> openReadOnly(const QString &path, bool immutable);
    //! An error when writes are refused (opened for reading, or read-only).
    Result<void> checkWritable() const;

    QString mPath;
    sqlite3 *mDb = nullptr;
    std::unique_ptr<BusyWait> mBusyWait;
    bool mReadOnly = false;
    bool mReading = false;
};

} // namespace lagesbild
