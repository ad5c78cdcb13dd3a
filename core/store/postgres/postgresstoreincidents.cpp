// PostgresStore: writing incidents — batches through COPY into a staging table and one INSERT …
// ON CONFLICT (source, dedup_key) DO NOTHING, manual entry and edits with the derived area and address.
// The audit rows of inserts, updates and deletes are the server's triggers' (as the login).
#include "copytext.h"
#include "postgresareaassignment.h"
#include "postgresfiltersql.h"
#include "postgresincidentrow.h"
#include "postgresreferenceids.h"
#include "postgresstore.h"
#include "store/deduplicationkey.h"
#include "store/derivedaddress.h"
#include "store/geopackage/incidentrowwriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lagesbild
{
namespace
{
// Rows per COPY: a cancel is seen between two.
constexpr std::size_t kCopyChunk = 50000;

constexpr const char *kStagingSql =
  "CREATE TEMP TABLE IF NOT EXISTS lagesbild_batch (dedup_key bigint, kind smallint, category integer, source integer, x float8, "
  "y float8, occurred_from bigint, occurred_to bigint, reported_at bigint, area integer, location_precision smallint, address text, "
  "description text, external_id text, address_derived boolean) ON COMMIT DELETE ROWS";

using CopyText::appendNumber;
using CopyText::appendText;

void appendRow(QByteArray &data, const Incident &incident, const PostgresReferenceIds::Ids &ids)
{
  appendNumber(data, DeduplicationKey::of(incident));
  data += incident.kind == IncidentKind::Crime ? "\t1\t" : "\t2\t";
  data += QByteArray::number(static_cast<qlonglong>(ids.category)) + '\t' + QByteArray::number(static_cast<qlonglong>(ids.source)) + '\t';
  data += QByteArray::number(incident.x, 'g', 17) + '\t' + QByteArray::number(incident.y, 'g', 17) + '\t';
  appendNumber(data, incident.occurredFrom);
  data += '\t';
  appendNumber(data, incident.occurredTo);
  data += '\t';
  appendNumber(data, incident.reportedAt);
  data += '\t';
  appendNumber(data, ids.area > 0 ? std::optional<std::int64_t>(ids.area) : std::nullopt);
  data += '\t' + QByteArray::number(static_cast<int>(incident.precision)) + '\t';
  appendText(data, incident.address);
  data += '\t';
  appendText(data, incident.description);
  data += '\t';
  appendText(data, incident.externalId);
  data += incident.addressDerived ? "\tt\n" : "\tf\n";
}

std::optional<QString> optionalNumber(std::optional<std::int64_t> value)
{
  return value ? std::optional<QString>(QString::number(*value)) : std::nullopt;
}

std::optional<QString> optionalText(const QString &text)
{
  return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

Error cancelled()
{
  return makeError(ErrorCode::Cancelled, QCoreApplication::translate("IncidentStore", "The import was cancelled; nothing was written."));
}

//! Manual entry and edits, as the GeoPackage: the area from the point when none is given (or the
//! point moved), the nearest register address when none is given (or a derived one and the point moved).
Result<void> completePlace(const PostgresStore &store, Incident &incident, const Incident *before)
{
  const bool moved = before && (before->x != incident.x || before->y != incident.y);
  if (incident.area.isEmpty() || (moved && incident.area == before->area))
  {
    auto areas = PostgresAreaAssignment::load(store.connection());
    if (!areas)
      return areas.error();
    incident.area = areas->areaCodeAt(incident.x, incident.y, incident.precision);
  }
  return DerivedAddress::complete(incident, before,
                                  [&store](double x, double y, double maxDistance) { return store.nearestAddress(x, y, maxDistance); });
}
} // namespace

Result<InsertSummary> PostgresStore::insertBatch(const std::vector<Incident> &incidents, const InsertOptions &options, Feedback *feedback)
{
  if (auto writable = checkWritable(); !writable)
    return writable.error();
  for (std::size_t i = 0; i < incidents.size(); ++i)
    if (const QString problem = IncidentRowWriter::validate(incidents[i]); !problem.isEmpty())
      return makeError(ErrorCode::BadInput, tr("Incident %1 (external id \"%2\"): %3.").arg(i + 1).arg(incidents[i].externalId, problem));

  PostgresConnection &db = *mConnection;
  if (auto staged = db.exec(QString::fromLatin1(kStagingSql)); !staged)
    return staged.error();
  InsertSummary summary;
  const auto done = db.inTransaction(
    [&]() -> Result<void>
    {
      auto codes = PostgresReferenceIds::load(db);
      if (!codes)
        return codes.error();
      std::vector<PostgresReferenceIds::Ids> ids(incidents.size());
      for (std::size_t i = 0; i < incidents.size(); ++i)
      {
        auto known = codes->check(db, incidents[i], static_cast<std::int64_t>(i + 1), options.createMissingReferences,
                                  options.newCategories, options.newSources);
        if (!known)
          return known.error();
        ids[i] = *known;
      }
      // Incidents without an area get the smallest store area containing their point.
      if (std::any_of(incidents.begin(), incidents.end(), [](const Incident &incident) { return incident.area.isEmpty(); }))
      {
        auto areas = PostgresAreaAssignment::load(db);
        if (!areas)
          return areas.error();
        if (!areas->isEmpty())
          for (std::size_t i = 0; i < incidents.size(); ++i)
            if (incidents[i].area.isEmpty())
              ids[i].area = areas->areaIdAt(incidents[i].x, incidents[i].y, incidents[i].precision);
      }
      std::optional<std::int64_t> importId;
      if (options.importRecord)
      {
        const ImportRecord &record = *options.importRecord;
        const std::int64_t at = record.importedAtUtc != 0 ? record.importedAtUtc : QDateTime::currentSecsSinceEpoch();
        const auto inserted = db.query(
          QStringLiteral("INSERT INTO lagesbild.imports (file_name, checksum, imported_at, read_count, imported_count, duplicate_count, "
                         "rejected_count, masked_count) VALUES ($1, $2, to_timestamp($3::float8), $4, $5, $6, $7, $8) RETURNING id"),
          {record.fileName, optionalText(record.checksum), QString::number(at), QString::number(record.read),
           QString::number(record.imported), QString::number(record.duplicates), QString::number(record.rejected),
           QString::number(record.masked)});
        if (!inserted)
          return inserted.error();
        importId = inserted->integer(0, 0);
        summary.importId = *importId;
      }
      for (std::size_t start = 0; start < incidents.size(); start += kCopyChunk)
      {
        if (feedback && feedback->isCancelled())
          return cancelled();
        QByteArray data;
        const std::size_t end = std::min(incidents.size(), start + kCopyChunk);
        for (std::size_t i = start; i < end; ++i)
          appendRow(data, incidents[i], ids[i]);
        if (auto copied = db.copyIn(QStringLiteral("COPY pg_temp.lagesbild_batch FROM STDIN"), data); !copied)
          return copied.error();
        if (feedback)
          feedback->setProgress(80.0 * static_cast<double>(end) / static_cast<double>(incidents.size()));
      }
      // import_id only when there is an import: a reporter may not write that column.
      const QString importColumn = importId ? QStringLiteral(", import_id") : QString();
      const QString importValue = importId ? QStringLiteral(", %1").arg(*importId) : QString();
      const auto inserted = db.query(
        QStringLiteral("INSERT INTO lagesbild.incidents (geom, kind, category, source, occurred_from, occurred_to, reported_at, area, "
                       "location_precision, address, description, external_id, dedup_key, address_derived%1) "
                       "SELECT ST_SetSRID(ST_MakePoint(b.x, b.y), 3006), b.kind, b.category, b.source, to_timestamp(b.occurred_from), "
                       "to_timestamp(b.occurred_to), to_timestamp(b.reported_at), b.area, b.location_precision, b.address, "
                       "b.description, b.external_id, b.dedup_key, b.address_derived%2 FROM pg_temp.lagesbild_batch AS b "
                       "ON CONFLICT (source, dedup_key) DO NOTHING")
          .arg(importColumn, importValue));
      if (!inserted)
        return inserted.error();
      summary.inserted = inserted->affectedRows();
      summary.duplicates = static_cast<std::int64_t>(incidents.size()) - summary.inserted;
      QJsonObject after;
      after.insert(QStringLiteral("inserted"), static_cast<double>(summary.inserted));
      after.insert(QStringLiteral("duplicates"), static_cast<double>(summary.duplicates));
      if (importId)
      {
        const auto counted =
          db.query(QStringLiteral("UPDATE lagesbild.imports SET imported_count = $1, duplicate_count = $2 WHERE id = $3"),
                   {QString::number(summary.inserted), QString::number(summary.duplicates), QString::number(*importId)});
        if (!counted)
          return counted.error();
        after.insert(QStringLiteral("file_name"), options.importRecord->fileName);
        after.insert(QStringLiteral("checksum"), options.importRecord->checksum);
        after.insert(QStringLiteral("read"), static_cast<double>(options.importRecord->read));
        after.insert(QStringLiteral("rejected"), static_cast<double>(options.importRecord->rejected));
        after.insert(QStringLiteral("masked"), static_cast<double>(options.importRecord->masked));
        // The import's own audit row (the inserts have theirs from the trigger); the login is
        // the server's session user, not options.user.
        const auto noted = db.query(QStringLiteral("SELECT lagesbild.audit_note('import', 'imports', $1, $2::jsonb)"),
                                    {QString::number(*importId), QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))});
        if (!noted)
          return noted.error();
      }
      if (feedback && feedback->isCancelled())
        return cancelled();
      return {};
    });
  if (!done)
    return done.error();
  if (feedback)
    feedback->setProgress(100.0);
  return summary;
}

Result<std::int64_t> PostgresStore::insertIncident(const Incident &incident, const QString &user)
{
  (void)user; // the audit records the login (session_user)
  if (auto writable = checkWritable(); !writable)
    return writable.error();
  if (const QString problem = IncidentRowWriter::validate(incident); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, tr("The incident cannot be stored: %1.").arg(problem));
  PostgresConnection &db = *mConnection;
  std::int64_t id = 0;
  const auto done = db.inTransaction(
    [&]() -> Result<void>
    {
      Incident stored = incident;
      if (auto placed = completePlace(*this, stored, nullptr); !placed)
        return placed;
      auto codes = PostgresReferenceIds::load(db);
      if (!codes)
        return codes.error();
      auto known = codes->check(db, stored, 0, false);
      if (!known)
        return known.error();
      const auto inserted = db.query(
        QStringLiteral("INSERT INTO lagesbild.incidents (geom, kind, category, source, occurred_from, occurred_to, reported_at, area, "
                       "location_precision, address, description, external_id, dedup_key, address_derived) "
                       "VALUES (ST_SetSRID(ST_MakePoint($1::float8, $2::float8), 3006), $3, $4, $5, to_timestamp($6::float8), "
                       "to_timestamp($7::float8), to_timestamp($8::float8), $9, $10, $11, $12, $13, $14, $15) "
                       "ON CONFLICT (source, dedup_key) DO NOTHING RETURNING fid"),
        {QString::number(stored.x, 'g', 17), QString::number(stored.y, 'g', 17), QString::number(static_cast<int>(stored.kind)),
         QString::number(known->category), QString::number(known->source), QString::number(stored.occurredFrom),
         optionalNumber(stored.occurredTo), optionalNumber(stored.reportedAt),
         known->area > 0 ? std::optional<QString>(QString::number(known->area)) : std::nullopt,
         QString::number(static_cast<int>(stored.precision)), optionalText(stored.address), optionalText(stored.description),
         optionalText(stored.externalId), QString::number(DeduplicationKey::of(stored)),
         stored.addressDerived ? QStringLiteral("t") : QStringLiteral("f")});
      if (!inserted)
        return inserted.error();
      if (inserted->rows() == 0)
        return makeError(ErrorCode::BadInput,
                         tr("The same incident is already in the store (same source and external id, or same content)."));
      id = inserted->integer(0, 0);
      return {};
    });
  if (!done)
    return done.error();
  return id;
}

Result<void> PostgresStore::updateIncident(const Incident &incident, const QString &user)
{
  (void)user; // the audit records the login (session_user)
  if (auto writable = checkWritable(); !writable)
    return writable;
  if (const QString problem = IncidentRowWriter::validate(incident); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, tr("Incident %1 cannot be stored: %2.").arg(incident.id).arg(problem));
  PostgresConnection &db = *mConnection;
  return db.inTransaction(
    [&]() -> Result<void>
    {
      const auto before = this->incident(incident.id);
      if (!before)
        return before.error();
      if (!before->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no incident %1.").arg(incident.id));
      Incident stored = incident;
      if (auto placed = completePlace(*this, stored, &**before); !placed)
        return placed;
      auto codes = PostgresReferenceIds::load(db);
      if (!codes)
        return codes.error();
      auto known = codes->check(db, stored, 0, false);
      if (!known)
        return known.error();
      std::vector<std::optional<QString>> values = {QString::number(stored.x, 'g', 17),
                                                    QString::number(stored.y, 'g', 17),
                                                    QString::number(known->category),
                                                    QString::number(stored.occurredFrom),
                                                    optionalNumber(stored.occurredTo),
                                                    optionalNumber(stored.reportedAt),
                                                    known->area > 0 ? std::optional<QString>(QString::number(known->area)) : std::nullopt,
                                                    QString::number(static_cast<int>(stored.precision)),
                                                    optionalText(stored.address),
                                                    optionalText(stored.description),
                                                    stored.addressDerived ? QStringLiteral("t") : QStringLiteral("f"),
                                                    QString::number(stored.id)};
      QString sql = QStringLiteral("UPDATE lagesbild.incidents SET geom = ST_SetSRID(ST_MakePoint($1::float8, $2::float8), 3006), "
                                   "category = $3, occurred_from = to_timestamp($4::float8), occurred_to = to_timestamp($5::float8), "
                                   "reported_at = to_timestamp($6::float8), area = $7, location_precision = $8, address = $9, "
                                   "description = $10, address_derived = $11");
      // Kind, source and external id only when they change: a reporter may not write them.
      const Incident &old = **before;
      if (stored.kind != old.kind)
      {
        values.push_back(QString::number(static_cast<int>(stored.kind)));
        sql += QStringLiteral(", kind = $%1").arg(values.size());
      }
      if (stored.source != old.source)
      {
        values.push_back(QString::number(known->source));
        sql += QStringLiteral(", source = $%1").arg(values.size());
      }
      if (stored.externalId != old.externalId)
      {
        values.push_back(optionalText(stored.externalId));
        sql += QStringLiteral(", external_id = $%1").arg(values.size());
      }
      sql += QStringLiteral(" WHERE fid = $12");
      const auto updated = db.query(sql, values);
      if (!updated)
        return updated.error();
      if (updated->affectedRows() == 0)
        return makeError(ErrorCode::StoreError,
                         tr("Incident %1 could not be saved: the server allows this login no change to it.").arg(stored.id));
      return {};
    });
}

Result<void> PostgresStore::deleteIncident(std::int64_t id, const QString &user)
{
  (void)user; // the audit records the login (session_user)
  if (auto writable = checkWritable(); !writable)
    return writable;
  const auto deleted = mConnection->query(QStringLiteral("DELETE FROM lagesbild.incidents WHERE fid = $1"), {QString::number(id)});
  if (!deleted)
    return deleted.error();
  if (deleted->affectedRows() == 0)
    return makeError(ErrorCode::NotFound, tr("There is no incident %1.").arg(id));
  return {};
}

Result<std::optional<Incident>> PostgresStore::incident(std::int64_t id) const
{
  const auto rows = mConnection->query(PostgresIncidentRow::selectSql() + QStringLiteral(" WHERE i.fid = $1"), {QString::number(id)});
  if (!rows)
    return rows.error();
  if (rows->rows() == 0)
    return std::optional<Incident>();
  return std::optional<Incident>(PostgresIncidentRow::read(*rows, 0));
}

Result<std::vector<Incident>> PostgresStore::incidentsWithExternalIds(const std::vector<std::pair<QString, QString>> &sourceAndIds) const
{
  std::vector<Incident> out;
  if (sourceAndIds.empty())
    return out;
  QStringList sources;
  QStringList ids;
  for (const auto &[source, id] : sourceAndIds)
  {
    sources << source;
    ids << id.trimmed();
  }
  const auto rows = mConnection->query(PostgresIncidentRow::selectSql() +
                                         QStringLiteral(" WHERE (s.code, i.external_id) IN (SELECT * FROM unnest($1::text[], $2::text[])) "
                                                        "ORDER BY i.fid"),
                                       {PostgresIncidentRow::textArray(sources), PostgresIncidentRow::textArray(ids)});
  if (!rows)
    return rows.error();
  for (int r = 0; r < rows->rows(); ++r)
    out.push_back(PostgresIncidentRow::read(*rows, r));
  return out;
}

Result<std::vector<Incident>> PostgresStore::incidents(const IncidentFilter &filter, std::int64_t limit) const
{
  const PostgresFilterSql where(filter, QStringLiteral("i"));
  std::vector<std::optional<QString>> parameters = where.parameters();
  QString sql = PostgresIncidentRow::selectSql() + where.whereClause() + QStringLiteral(" ORDER BY i.occurred_from, i.fid");
  if (limit >= 0)
    sql += QStringLiteral(" LIMIT %1").arg(limit);
  const auto rows = mConnection->query(sql, parameters);
  if (!rows)
    return rows.error();
  std::vector<Incident> out;
  out.reserve(static_cast<std::size_t>(rows->rows()));
  for (int r = 0; r < rows->rows(); ++r)
    out.push_back(PostgresIncidentRow::read(*rows, r));
  return out;
}

} // namespace lagesbild
