// IncidentStore: interventions (insatser) and the incidents that triggered them.
#include "auditlog.h"
#include "geopackagecontents.h"
#include "geopackagegeometry.h"
#include "incidentstore.h"
#include "isotimetext.h"
#include "sqlitestatement.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <cmath>
#include <map>

namespace lagesbild
{
namespace
{
QString tr(const char *text)
{
  return QCoreApplication::translate("IncidentStore", text);
}

QString validateIntervention(const Intervention &intervention)
{
  if (intervention.type.trimmed().isEmpty())
    return tr("the type is empty");
  if (!intervention.centre && intervention.areaCode.isEmpty())
    return tr("it needs a centre point or an area");
  if (intervention.centre && (!std::isfinite(intervention.centre->x) || !std::isfinite(intervention.centre->y)))
    return tr("the centre coordinates are not numbers");
  if (!std::isfinite(intervention.radius) || intervention.radius < 0)
    return tr("the radius is negative");
  if (intervention.endUtc && *intervention.endUtc < intervention.startUtc)
    return tr("it ends before it starts");
  return QString();
}

QJsonObject interventionJson(const Intervention &intervention)
{
  const StockholmTime &time = StockholmTime::instance();
  QJsonObject json;
  json.insert(QStringLiteral("id"), static_cast<double>(intervention.id));
  json.insert(QStringLiteral("type"), intervention.type);
  json.insert(QStringLiteral("title"), intervention.title);
  if (intervention.centre)
  {
    json.insert(QStringLiteral("x"), intervention.centre->x);
    json.insert(QStringLiteral("y"), intervention.centre->y);
  }
  json.insert(QStringLiteral("radius_m"), intervention.radius);
  json.insert(QStringLiteral("area"), intervention.areaCode);
  json.insert(QStringLiteral("start"), time.formatIso(intervention.startUtc));
  json.insert(QStringLiteral("end"), intervention.endUtc ? QJsonValue(time.formatIso(*intervention.endUtc)) : QJsonValue());
  json.insert(QStringLiteral("actors"), QJsonArray::fromStringList(intervention.actors));
  json.insert(QStringLiteral("note"), intervention.note);
  QJsonArray triggers;
  for (const std::int64_t id : intervention.triggerIncidents)
    triggers.append(static_cast<double>(id));
  json.insert(QStringLiteral("trigger_incidents"), triggers);
  return json;
}

//! Binds ?1..?11 of an INSERT or UPDATE of interventions.
void bindIntervention(SqliteStatement &s, const Intervention &intervention, QByteArray &geometry)
{
  if (intervention.centre)
  {
    geometry = GeoPackageGeometry::encodePoint(intervention.centre->x, intervention.centre->y);
    s.bindBlobStatic(1, geometry.constData(), static_cast<int>(geometry.size()));
  }
  else
    s.bindNull(1);
  s.bindText(2, intervention.type.trimmed());
  s.bindText(3, intervention.title, true);
  s.bindDouble(4, intervention.radius);
  s.bindText(5, intervention.areaCode, true);
  s.bindText(6, IsoTimeText::utcText(intervention.startUtc));
  s.bindInt64(7, intervention.startUtc);
  if (intervention.endUtc)
  {
    s.bindText(8, IsoTimeText::utcText(*intervention.endUtc));
    s.bindInt64(9, *intervention.endUtc);
  }
  else
  {
    s.bindNull(8);
    s.bindNull(9);
  }
  s.bindText(10, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(intervention.actors)).toJson(QJsonDocument::Compact)));
  s.bindText(11, intervention.note, true);
}

Result<void> writeTriggers(sqlite3 *db, std::int64_t interventionId, const std::vector<std::int64_t> &incidentIds)
{
  auto clear = SqliteStatement::prepare(db, "DELETE FROM intervention_incidents WHERE intervention_id = ?1");
  if (!clear)
    return clear.error();
  clear->bindInt64(1, interventionId);
  if (auto done = clear->execute(tr("The intervention's incidents could not be saved.")); !done)
    return done;
  auto insert = SqliteStatement::prepare(db, "INSERT OR IGNORE INTO intervention_incidents (intervention_id, incident_id) VALUES (?1, ?2)");
  if (!insert)
    return insert.error();
  for (const std::int64_t incidentId : incidentIds)
  {
    insert->bindInt64(1, interventionId);
    insert->bindInt64(2, incidentId);
    if (auto done = insert->execute(tr("Incident %1, which triggered the intervention, does not exist.").arg(incidentId)); !done)
    {
      Error error = done.error();
      error.code = ErrorCode::BadInput;
      return error;
    }
  }
  return {};
}

Result<std::optional<Intervention>> readIntervention(const IncidentStore &store, std::int64_t id)
{
  auto all = store.interventions();
  if (!all)
    return all.error();
  for (Intervention &intervention : *all)
    if (intervention.id == id)
      return std::optional<Intervention>(std::move(intervention));
  return std::optional<Intervention>();
}

Envelope envelopeOf(const Intervention &intervention)
{
  if (!intervention.centre)
    return Envelope{};
  return Envelope{intervention.centre->x, intervention.centre->x, intervention.centre->y, intervention.centre->y, false};
}
} // namespace

Result<std::int64_t> IncidentStore::insertIntervention(const Intervention &intervention, const QString &user)
{
  if (const QString problem = validateIntervention(intervention); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, tr("The intervention cannot be stored: %1.").arg(problem));
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done.error();
  auto statement =
    SqliteStatement::prepare(mDb, "INSERT INTO interventions (geom, intervention_type, title, radius_m, area, start_at, "
                                  "start_utc, end_at, end_utc, actors, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  if (!statement)
    return statement.error();
  QByteArray geometry;
  bindIntervention(*statement, intervention, geometry);
  if (auto done = statement->execute(tr("The intervention could not be saved (is its area known?).")); !done)
    return done.error();
  Intervention stored = intervention;
  stored.id = sqlite3_last_insert_rowid(mDb);
  if (auto done = writeTriggers(mDb, stored.id, intervention.triggerIncidents); !done)
    return done.error();
  if (auto done = GeoPackageContents::touch(mDb, "interventions", envelopeOf(intervention)); !done)
    return done.error();
  if (auto done = AuditLog::append(mDb, user, QStringLiteral("insert"), QStringLiteral("interventions"), stored.id, QJsonObject(),
                                   interventionJson(stored));
      !done)
    return done.error();
  if (auto done = transaction.commit(); !done)
    return done.error();
  return stored.id;
}

Result<void> IncidentStore::updateIntervention(const Intervention &intervention, const QString &user)
{
  if (const QString problem = validateIntervention(intervention); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, tr("Intervention %1 cannot be stored: %2.").arg(intervention.id).arg(problem));
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done;
  auto before = readIntervention(*this, intervention.id);
  if (!before)
    return before.error();
  if (!before->has_value())
    return makeError(ErrorCode::NotFound, tr("There is no intervention %1.").arg(intervention.id));
  auto statement = SqliteStatement::prepare(mDb, "UPDATE interventions SET geom = ?1, intervention_type = ?2, title = ?3, radius_m = ?4, "
                                                 "area = ?5, start_at = ?6, start_utc = ?7, end_at = ?8, end_utc = ?9, actors = ?10, "
                                                 "note = ?11 WHERE fid = ?12");
  if (!statement)
    return statement.error();
  QByteArray geometry;
  bindIntervention(*statement, intervention, geometry);
  statement->bindInt64(12, intervention.id);
  if (auto done = statement->execute(tr("Intervention %1 could not be saved.").arg(intervention.id)); !done)
    return done;
  if (auto done = writeTriggers(mDb, intervention.id, intervention.triggerIncidents); !done)
    return done;
  if (auto done = GeoPackageContents::touch(mDb, "interventions", envelopeOf(intervention)); !done)
    return done;
  if (auto done = AuditLog::append(mDb, user, QStringLiteral("update"), QStringLiteral("interventions"), intervention.id,
                                   interventionJson(**before), interventionJson(intervention));
      !done)
    return done;
  return transaction.commit();
}

Result<void> IncidentStore::deleteIntervention(std::int64_t id, const QString &user)
{
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done;
  auto before = readIntervention(*this, id);
  if (!before)
    return before.error();
  if (!before->has_value())
    return makeError(ErrorCode::NotFound, tr("There is no intervention %1.").arg(id));
  auto statement = SqliteStatement::prepare(mDb, "DELETE FROM interventions WHERE fid = ?1");
  if (!statement)
    return statement.error();
  statement->bindInt64(1, id);
  if (auto done = statement->execute(tr("Intervention %1 could not be deleted.").arg(id)); !done)
    return done;
  if (auto done = GeoPackageContents::touch(mDb, "interventions"); !done)
    return done;
  if (auto done = AuditLog::append(mDb, user, QStringLiteral("delete"), QStringLiteral("interventions"), id, interventionJson(**before),
                                   QJsonObject());
      !done)
    return done;
  return transaction.commit();
}

Result<std::vector<Intervention>> IncidentStore::interventions() const
{
  auto statement =
    SqliteStatement::prepare(mDb, "SELECT fid, geom, intervention_type, title, radius_m, area, start_utc, end_utc, actors, note "
                                  "FROM interventions ORDER BY start_utc, fid");
  if (!statement)
    return statement.error();
  std::vector<Intervention> out;
  std::map<std::int64_t, std::size_t> byId;
  while (statement->step() == SQLITE_ROW)
  {
    Intervention intervention;
    intervention.id = statement->columnInt64(0);
    int size = 0;
    const unsigned char *blob = statement->columnBlob(1, &size);
    if (blob && size > 0)
      intervention.centre = GeoPackageGeometry::decodePoint(blob, size);
    intervention.type = statement->columnText(2);
    intervention.title = statement->columnText(3);
    intervention.radius = statement->columnDouble(4);
    intervention.areaCode = statement->columnText(5);
    intervention.startUtc = statement->columnInt64(6);
    intervention.endUtc = statement->columnOptionalInt64(7);
    for (const QJsonValue &actor : QJsonDocument::fromJson(statement->columnText(8).toUtf8()).array())
      intervention.actors.append(actor.toString());
    intervention.note = statement->columnText(9);
    byId[intervention.id] = out.size();
    out.push_back(std::move(intervention));
  }
  auto links =
    SqliteStatement::prepare(mDb, "SELECT intervention_id, incident_id FROM intervention_incidents ORDER BY intervention_id, id");
  if (!links)
    return links.error();
  while (links->step() == SQLITE_ROW)
    if (const auto it = byId.find(links->columnInt64(0)); it != byId.end())
      out[it->second].triggerIncidents.push_back(links->columnInt64(1));
  return out;
}

} // namespace lagesbild
