// TEMPORARY (branch store-iface only): placeholders until the pgstore branch lands; removed on merge.
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include "postgresstore.h"

namespace lagesbild
{
namespace
{
Error pending() { return makeError(ErrorCode::StoreError, QStringLiteral("not yet")); }
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const QString &, StoreAccess, Feedback *) { return pending(); }
Result<std::vector<Category>> PostgresStore::categories() const { return pending(); }
Result<void> PostgresStore::upsertCategory(const Category &category) { return pending(); }
Result<std::vector<Source>> PostgresStore::sources() const { return pending(); }
Result<void> PostgresStore::upsertSource(const Source &source) { return pending(); }
Result<std::vector<Area>> PostgresStore::areas() const { return pending(); }
Result<void> PostgresStore::upsertArea(const Area &area) { return pending(); }
Result<std::optional<Municipality>> PostgresStore::municipality() const { return pending(); }
Result<void> PostgresStore::setMunicipality(const Municipality &municipality) { return pending(); }
Result<void> PostgresStore::replaceAddresses(const std::vector<geocoding::AddressPoint> &addresses, const QString &user, Feedback *feedback) { return pending(); }
Result<std::vector<geocoding::AddressPoint>> PostgresStore::addresses() const { return pending(); }
Result<std::int64_t> PostgresStore::addressCount() const { return pending(); }
Result<std::optional<geocoding::AddressPoint>> PostgresStore::nearestAddress(double, double, double) const { return pending(); }
Result<InsertSummary> PostgresStore::insertBatch(const std::vector<Incident> &incidents, const InsertOptions &options, Feedback *feedback) { return pending(); }
Result<std::int64_t> PostgresStore::insertIncident(const Incident &incident, const QString &user) { return pending(); }
Result<void> PostgresStore::updateIncident(const Incident &incident, const QString &user) { return pending(); }
Result<void> PostgresStore::deleteIncident(std::int64_t, const QString &user) { return pending(); }
Result<std::optional<Incident>> PostgresStore::incident(std::int64_t) const { return pending(); }
Result<std::vector<Incident>> PostgresStore::incidentsWithExternalIds(const std::vector<std::pair<QString, QString>> &sourceAndIds) const { return pending(); }
Result<std::vector<Incident>> PostgresStore::incidents(const IncidentFilter &filter, std::int64_t) const { return pending(); }
Result<std::int64_t> PostgresStore::count(const IncidentFilter &filter) const { return pending(); }
Result<std::vector<GroupCount>> PostgresStore::countBy(const IncidentFilter &filter, const std::vector<GroupField> &fields) const { return pending(); }
Result<std::vector<PointXY>> PostgresStore::points(const IncidentFilter &filter) const { return pending(); }
Result<std::int64_t> PostgresStore::insertIntervention(const Intervention &intervention, const QString &user) { return pending(); }
Result<void> PostgresStore::updateIntervention(const Intervention &intervention, const QString &user) { return pending(); }
Result<void> PostgresStore::deleteIntervention(std::int64_t, const QString &user) { return pending(); }
Result<std::vector<Intervention>> PostgresStore::interventions() const { return pending(); }
Result<std::vector<ImportRecord>> PostgresStore::imports() const { return pending(); }
Result<bool> PostgresStore::hasImportWithChecksum(const QString &checksum) const { return pending(); }
Result<std::vector<AuditEntry>> PostgresStore::auditLog(std::int64_t) const { return pending(); }
Result<void> PostgresStore::checkWritable() const { return pending(); }
QString PostgresStore::layerFilter(const IncidentFilter &) const { return {}; }
}
