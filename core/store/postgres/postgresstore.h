// PostgresStore: the shared IncidentStore on a PostgreSQL/PostGIS server (schema `lagesbild`,
// made by `server init`), for several organisations reporting into one picture. It speaks to the
// server as the login it connected with, so what it may read and write is what the server's
// roles, row-level security and column privileges allow (a refusal comes back as an error with
// the server's message); audit rows are written by the server's triggers. Times are timestamptz
// on the server and UTC seconds here; points are PostGIS geometry in EPSG:3006.
#pragma once

#include "postgresconnection.h"
#include "store/incidentstore.h"

#include <memory>
#include <optional>
#include <vector>

namespace lagesbild
{

class PostgresStore final : public IncidentStore
{
    // The stores share one translation context (and lupdate must see it here too).
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)

  public:
    ~PostgresStore() override;

    //! Connects to location (a `postgresql://…` URI, `service=NAME` or a libpq key=value string)
    //! and checks its schema: a database without `server init`, or from a newer Lägesbild, is
    //! an error naming the server (never the password). StoreAccess::Read opens a read-only
    //! session (default_transaction_read_only); a login whose role cannot write incidents
    //! opens read-only.
    static Result<std::unique_ptr<PostgresStore>> open(const QString &location, StoreAccess access = StoreAccess::Write,
                                                       Feedback *feedback = nullptr);

    StoreBackend backend() const override { return StoreBackend::PostgreSQL; }
    QString location() const override { return mLocation; }
    QString displayName() const override;
    int schemaVersion() const override { return mSchemaVersion; }
    bool isReadOnly() const override { return mReadOnly; }
    bool isOpenForReading() const override { return mReading; }
    //! The connection (the server tools: push, pull, field packages).
    PostgresConnection &connection() const { return *mConnection; }

    // Reference data -------------------------------------------------------------------------
    Result<std::vector<Category>> categories() const override;
    Result<void> upsertCategory(const Category &category) override;
    Result<std::vector<Source>> sources() const override;
    Result<void> upsertSource(const Source &source) override;
    Result<std::vector<Area>> areas() const override;
    Result<void> upsertArea(const Area &area) override;
    //! Recorded by `server init` in lagesbild.meta.
    Result<std::optional<Municipality>> municipality() const override;
    Result<void> setMunicipality(const Municipality &municipality) override;

    // Address register (geocoding) ------------------------------------------------------------
    Result<void> replaceAddresses(const std::vector<geocoding::AddressPoint> &addresses, const QString &user,
                                  Feedback *feedback = nullptr) override;
    Result<std::vector<geocoding::AddressPoint>> addresses() const override;
    Result<std::int64_t> addressCount() const override;
    Result<std::optional<geocoding::AddressPoint>> nearestAddress(double x, double y, double maxDistance) const override;

    // Incidents ------------------------------------------------------------------------------
    //! COPY into a staging table, then one INSERT … ON CONFLICT (dedup_key) DO NOTHING.
    Result<InsertSummary> insertBatch(const std::vector<Incident> &incidents, const InsertOptions &options,
                                      Feedback *feedback = nullptr) override;
    Result<std::int64_t> insertIncident(const Incident &incident, const QString &user) override;
    Result<void> updateIncident(const Incident &incident, const QString &user) override;
    Result<void> deleteIncident(std::int64_t id, const QString &user) override;
    Result<std::optional<Incident>> incident(std::int64_t id) const override;
    Result<std::vector<Incident>> incidentsWithExternalIds(const std::vector<std::pair<QString, QString>> &sourceAndIds) const override;
    Result<std::vector<Incident>> incidents(const IncidentFilter &filter, std::int64_t limit = -1) const override;
    //! PostgreSQL's dialect, for QGIS's "postgres" provider on lagesbild.incidents.
    QString layerFilter(const IncidentFilter &filter) const override;

    // IncidentQueries ------------------------------------------------------------------------
    Result<std::int64_t> count(const IncidentFilter &filter) const override;
    Result<std::vector<GroupCount>> countBy(const IncidentFilter &filter, const std::vector<GroupField> &fields) const override;
    Result<std::vector<PointXY>> points(const IncidentFilter &filter) const override;
    //! From the daily summary's packed centimetres when this login may read it and the filter
    //! has neither hours nor a box (exact to 5 mm); otherwise points().
    Result<std::vector<PointXY>> pointsForDensity(const IncidentFilter &filter) const override;

    // Interventions ----------------------------------------------------------------------------
    Result<std::int64_t> insertIntervention(const Intervention &intervention, const QString &user) override;
    Result<void> updateIntervention(const Intervention &intervention, const QString &user) override;
    Result<void> deleteIntervention(std::int64_t id, const QString &user) override;
    Result<std::vector<Intervention>> interventions() const override;

    // Imports and audit ----------------------------------------------------------------------
    Result<std::vector<ImportRecord>> imports() const override;
    Result<bool> hasImportWithChecksum(const QString &checksum) const override;
    Result<std::vector<AuditEntry>> auditLog(std::int64_t limit = 1000) const override;

  private:
    PostgresStore(QString location, std::unique_ptr<PostgresConnection> connection);
    //! An error when writes are refused (opened for reading, or read-only).
    Result<void> checkWritable() const;

    QString mLocation;
    std::unique_ptr<PostgresConnection> mConnection;
    int mSchemaVersion = 0;
    bool mReadOnly = false;
    bool mReading = false;
    bool mOpenedForReading = false; //!< StoreAccess::Read (mReading also when read-only)
    //! This login may read lagesbild.daily_summary: it sees every incident, and counts and
    //! points come from the summary where the filter allows.
    bool mSummaryReadable = false;
};

} // namespace lagesbild
