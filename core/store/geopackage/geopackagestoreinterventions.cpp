// GeoPackageStore: interventions (insatser) and the incidents that triggered them.
#include "auditlog.h"
#include "geopackagecontents.h"
#include "geopackagegeometry.h"
#include "geopackagestore.h"
#include "interventiongeometry.h"
#include "sqlitestatement.h"
#include "store/interventionrules.h"
#include "store/isotimetext.h"
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
  QJsonArray rings;
  for (const Ring &ring : intervention.boundary)
  {
    QJsonArray points;
    for (const PointXY &p : ring)
      points.append(QJsonArray{p.x, p.y});
    rings.append(points);
  }
  json.insert(QStringLiteral("boundary"), rings);
  json.insert(QStringLiteral("shape"), QString::fromLatin1(InterventionGeometry::shapeCode(InterventionGeometry::shapeOf(intervention))));
  json.insert(QStringLiteral("closed"), intervention.closed);
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

// The columns ?1..?15 of an INSERT or UPDATE; a named area's polygons are copied from areas.
constexpr const char *kColumnValues =
  "geom = CASE WHEN ?4 = 'area' THEN (SELECT a.geom FROM areas AS a WHERE a.code = ?8) ELSE ?1 END, intervention_type = ?2, "
  "title = ?3, shape = ?4, centre_x = ?5, centre_y = ?6, radius_m = ?7, area = ?8, closed = ?9, start_at = ?10, start_utc = ?11, "
  "end_at = ?12, end_utc = ?13, actors = ?14, note = ?15";
constexpr const char *kInsertSql =
  "INSERT INTO interventions (geom, intervention_type, title, shape, centre_x, centre_y, radius_m, area, closed, start_at, start_utc, "
  "end_at, end_utc, actors, note) VALUES (CASE WHEN ?4 = 'area' THEN (SELECT a.geom FROM areas AS a WHERE a.code = ?8) ELSE ?1 END, "
  "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";

//! Binds ?1..?15 of an INSERT or UPDATE of interventions.
void bindIntervention(SqliteStatement &s, const Intervention &intervention, QByteArray &geometry)
{
  const InterventionGeometry::Shape shape = InterventionGeometry::shapeOf(intervention);
  geometry = InterventionGeometry::ownGeometry(intervention);
  if (geometry.isEmpty())
    s.bindNull(1);
  else
    s.bindBlobStatic(1, geometry.constData(), static_cast<int>(geometry.size()));
  s.bindText(2, intervention.type.trimmed());
  s.bindText(3, intervention.title, true);
  s.bindUtf8Static(4, InterventionGeometry::shapeCode(shape), -1);
  if (intervention.centre)
  {
    s.bindDouble(5, intervention.centre->x);
    s.bindDouble(6, intervention.centre->y);
  }
  else
  {
    s.bindNull(5);
    s.bindNull(6);
  }
  s.bindDouble(7, intervention.radius);
  s.bindText(8, intervention.areaCode, true);
  s.bindInt64(9, intervention.closed ? 1 : 0);
  s.bindText(10, IsoTimeText::utcText(intervention.startUtc));
  s.bindInt64(11, intervention.startUtc);
  if (intervention.endUtc)
  {
    s.bindText(12, IsoTimeText::utcText(*intervention.endUtc));
    s.bindInt64(13, *intervention.endUtc);
  }
  else
  {
    s.bindNull(12);
    s.bindNull(13);
  }
  s.bindText(14, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(intervention.actors)).toJson(QJsonDocument::Compact)));
  s.bindText(15, intervention.note, true);
}

Result<void> writeTriggers(sqlite3 *db, std::int64_t interventionId, const std::vector<std::int64_t> &incidentIds)
{
  auto clear = SqliteStatement::prepare(db, "DELETE FROM intervention_incidents WHERE intervention_id = ?1");
  if (!clear)
    return clear.error();
  clear->bindInt64(1, interventionId);
  if (auto done = clear->execute(QCoreApplication::translate("IncidentStore", "The intervention's incidents could not be saved.")); !done)
    return done;
  auto insert = SqliteStatement::prepare(db, "INSERT OR IGNORE INTO intervention_incidents (intervention_id, incident_id) VALUES (?1, ?2)");
  if (!insert)
    return insert.error();
  for (const std::int64_t incidentId : incidentIds)
  {
    insert->bindInt64(1, interventionId);
    insert->bindInt64(2, incidentId);
    if (auto done = insert->execute(
          QCoreApplication::translate("IncidentStore", "Incident %1, which triggered the intervention, does not exist.").arg(incidentId));
        !done)
    {
      Error error = done.error();
      error.code = ErrorCode::BadInput;
      return error;
    }
  }
  return {};
}

Result<std::optional<Intervention>> readIntervention(const GeoPackageStore &store, std::int64_t id)
{
  auto all = store.interventions();
  if (!all)
    return all.error();
  for (Intervention &intervention : *all)
    if (intervention.id == id)
      return std::optional<Intervention>(std::move(intervention));
  return std::optional<Intervention>();
}

//! The extent of an intervention's stored treated area (empty when it has none).
Envelope storedEnvelope(sqlite3 *db, std::int64_t id)
{
  auto statement = SqliteStatement::prepare(db, "SELECT geom FROM interventions WHERE fid = ?1");
  if (!statement)
    return Envelope{};
  statement->bindInt64(1, id);
  if (statement->step() != SQLITE_ROW)
    return Envelope{};
  int size = 0;
  const unsigned char *blob = statement->columnBlob(0, &size);
  if (!blob || size <= 0)
    return Envelope{};
  return GeoPackageGeometry::envelope(blob, size).value_or(Envelope{});
}
} // namespace

Result<std::int64_t> GeoPackageStore::insertIntervention(const Intervention &intervention, const QString &user)
{
  if (auto writable = checkWritable(); !writable)
    return writable.error();
  if (const QString problem = InterventionRules::problem(intervention); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, tr("The intervention cannot be stored: %1.").arg(problem));
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done.error();
  auto statement = SqliteStatement::prepare(mDb, kInsertSql);
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
  if (auto done = GeoPackageContents::touch(mDb, "interventions", storedEnvelope(mDb, stored.id)); !done)
    return done.error();
  if (auto done = AuditLog::append(mDb, user, QStringLiteral("insert"), QStringLiteral("interventions"), stored.id, QJsonObject(),
                                   interventionJson(stored));
      !done)
    return done.error();
  if (auto done = transaction.commit(); !done)
    return done.error();
  return stored.id;
}

Result<void> GeoPackageStore::updateIntervention(const Intervention &intervention, const QString &user)
{
  if (auto writable = checkWritable(); !writable)
    return writable;
  if (const QString problem = InterventionRules::problem(intervention); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, tr("Intervention %1 cannot be stored: %2.").arg(intervention.id).arg(problem));
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done;
  auto before = readIntervention(*this, intervention.id);
  if (!before)
    return before.error();
  if (!before->has_value())
    return makeError(ErrorCode::NotFound, tr("There is no intervention %1.").arg(intervention.id));
  auto statement = SqliteStatement::prepare(mDb, std::string("UPDATE interventions SET ") + kColumnValues + " WHERE fid = ?16");
  if (!statement)
    return statement.error();
  QByteArray geometry;
  bindIntervention(*statement, intervention, geometry);
  statement->bindInt64(16, intervention.id);
  if (auto done = statement->execute(tr("Intervention %1 could not be saved.").arg(intervention.id)); !done)
    return done;
  if (auto done = writeTriggers(mDb, intervention.id, intervention.triggerIncidents); !done)
    return done;
  if (auto done = GeoPackageContents::touch(mDb, "interventions", storedEnvelope(mDb, intervention.id)); !done)
    return done;
  if (auto done = AuditLog::append(mDb, user, QStringLiteral("update"), QStringLiteral("interventions"), intervention.id,
                                   interventionJson(**before), interventionJson(intervention));
      !done)
    return done;
  return transaction.commit();
}

Result<void> GeoPackageStore::deleteIntervention(std::int64_t id, const QString &user)
{
  if (auto writable = checkWritable(); !writable)
    return writable;
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

Result<std::vector<Intervention>> GeoPackageStore::interventions() const
{
  auto statement =
    SqliteStatement::prepare(mDb, "SELECT fid, geom, intervention_type, title, shape, centre_x, centre_y, radius_m, area, closed, "
                                  "start_utc, end_utc, actors, note FROM interventions ORDER BY start_utc, fid");
  if (!statement)
    return statement.error();
  std::vector<Intervention> out;
  std::map<std::int64_t, std::size_t> byId;
  while (statement->step() == SQLITE_ROW)
  {
    Intervention intervention;
    intervention.id = statement->columnInt64(0);
    intervention.type = statement->columnText(2);
    intervention.title = statement->columnText(3);
    if (statement->columnText(4) == QLatin1String("drawn"))
    {
      int size = 0;
      const unsigned char *blob = statement->columnBlob(1, &size);
      if (blob && size > 0)
        if (auto polygons = GeoPackageGeometry::decodeMultiPolygon(blob, size); polygons && !polygons->empty())
          intervention.boundary = std::move(polygons->front());
    }
    if (!statement->columnIsNull(5) && !statement->columnIsNull(6))
      intervention.centre = PointXY{statement->columnDouble(5), statement->columnDouble(6)};
    intervention.radius = statement->columnDouble(7);
    intervention.areaCode = statement->columnText(8);
    intervention.closed = statement->columnInt64(9) != 0;
    intervention.startUtc = statement->columnInt64(10);
    intervention.endUtc = statement->columnOptionalInt64(11);
    for (const QJsonValue &actor : QJsonDocument::fromJson(statement->columnText(12).toUtf8()).array())
      intervention.actors.append(actor.toString());
    intervention.note = statement->columnText(13);
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
