// PostgresStore: interventions (insatser) and the incidents that triggered them. The row's geom
// is the treated area as in the GeoPackage: the drawn boundary, else the circle, else the named
// area's polygons (copied on the server), with the choice in `shape`.
#include "postgresgeometry.h"
#include "postgresstore.h"
#include "store/geopackage/interventiongeometry.h"
#include "store/interventionrules.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <map>

namespace lagesbild
{
namespace
{
//! The values $1..$13 of an INSERT or UPDATE (see kColumns).
std::vector<std::optional<QString>> interventionValues(const Intervention &intervention)
{
  const InterventionGeometry::Shape shape = InterventionGeometry::shapeOf(intervention);
  QString ewkt;
  if (shape == InterventionGeometry::Shape::Drawn)
    ewkt = PostgresGeometry::multiPolygonEwkt({intervention.boundary});
  else if (shape == InterventionGeometry::Shape::Circle)
    ewkt = PostgresGeometry::multiPolygonEwkt({{InterventionGeometry::circle(*intervention.centre, intervention.radius)}});
  auto optional = [](const QString &text) { return text.isEmpty() ? std::nullopt : std::optional<QString>(text); };
  return {optional(ewkt),
          intervention.type.trimmed(),
          optional(intervention.title),
          QString::fromLatin1(InterventionGeometry::shapeCode(shape)),
          intervention.centre ? std::optional<QString>(QString::number(intervention.centre->x, 'g', 17)) : std::nullopt,
          intervention.centre ? std::optional<QString>(QString::number(intervention.centre->y, 'g', 17)) : std::nullopt,
          QString::number(intervention.radius, 'g', 17),
          optional(intervention.areaCode),
          intervention.closed ? QStringLiteral("t") : QStringLiteral("f"),
          QString::number(intervention.startUtc),
          intervention.endUtc ? std::optional<QString>(QString::number(*intervention.endUtc)) : std::nullopt,
          QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(intervention.actors)).toJson(QJsonDocument::Compact)),
          optional(intervention.note)};
}

// The geometry of shape 'area' is the named area's, copied on the server.
constexpr const char *kGeometry =
  "CASE WHEN $4 = 'area' THEN (SELECT a.geom FROM lagesbild.areas AS a WHERE a.code = $8) ELSE ST_Multi(ST_GeomFromEWKT($1)) END";

Result<void> writeTriggers(PostgresConnection &db, std::int64_t interventionId, const std::vector<std::int64_t> &incidentIds)
{
  const auto cleared =
    db.query(QStringLiteral("DELETE FROM lagesbild.intervention_incidents WHERE intervention_id = $1"), {QString::number(interventionId)});
  if (!cleared)
    return cleared.error();
  for (const std::int64_t incidentId : incidentIds)
  {
    const auto linked = db.query(QStringLiteral("INSERT INTO lagesbild.intervention_incidents (intervention_id, incident_id) "
                                                "VALUES ($1, $2) ON CONFLICT DO NOTHING"),
                                 {QString::number(interventionId), QString::number(incidentId)});
    if (!linked)
      return makeError(
        ErrorCode::BadInput,
        QCoreApplication::translate("IncidentStore", "Incident %1, which triggered the intervention, does not exist.").arg(incidentId),
        linked.error().toString());
  }
  return {};
}

Result<void> checkOpenForWriting(bool reading, const QString &name)
{
  // Not isReadOnly(): an analyst, who writes no incidents, does write interventions; the server decides.
  if (reading)
    return makeError(ErrorCode::StoreError,
                     QCoreApplication::translate("IncidentStore", "The store %1 was opened for reading; nothing was written.").arg(name));
  return {};
}
} // namespace

Result<std::int64_t> PostgresStore::insertIntervention(const Intervention &intervention, const QString &user)
{
  (void)user; // the audit records the login (session_user)
  if (auto writable = checkOpenForWriting(mOpenedForReading, displayName()); !writable)
    return writable.error();
  if (const QString problem = InterventionRules::problem(intervention); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, tr("The intervention cannot be stored: %1.").arg(problem));
  PostgresConnection &db = *mConnection;
  std::int64_t id = 0;
  const auto done = db.inTransaction(
    [&]() -> Result<void>
    {
      const auto inserted = db.query(
        QStringLiteral("INSERT INTO lagesbild.interventions (geom, intervention_type, title, shape, centre_x, centre_y, radius_m, area, "
                       "closed, start_at, end_at, actors, note) VALUES (%1, $2, $3, $4, $5, $6, $7, $8, $9, to_timestamp($10::float8), "
                       "to_timestamp($11::float8), $12, $13) RETURNING fid")
          .arg(QString::fromLatin1(kGeometry)),
        interventionValues(intervention));
      if (!inserted)
        return Error{inserted.error().code, tr("The intervention could not be saved (is its area known?)."), inserted.error().toString()};
      id = inserted->integer(0, 0);
      return writeTriggers(db, id, intervention.triggerIncidents);
    });
  if (!done)
    return done.error();
  return id;
}

Result<void> PostgresStore::updateIntervention(const Intervention &intervention, const QString &user)
{
  (void)user; // the audit records the login (session_user)
  if (auto writable = checkOpenForWriting(mOpenedForReading, displayName()); !writable)
    return writable;
  if (const QString problem = InterventionRules::problem(intervention); !problem.isEmpty())
    return makeError(ErrorCode::BadInput, tr("Intervention %1 cannot be stored: %2.").arg(intervention.id).arg(problem));
  PostgresConnection &db = *mConnection;
  return db.inTransaction(
    [&]() -> Result<void>
    {
      auto values = interventionValues(intervention);
      values.push_back(QString::number(intervention.id));
      const auto updated = db.query(
        QStringLiteral("UPDATE lagesbild.interventions SET geom = %1, intervention_type = $2, title = $3, shape = $4, centre_x = $5, "
                       "centre_y = $6, radius_m = $7, area = $8, closed = $9, start_at = to_timestamp($10::float8), "
                       "end_at = to_timestamp($11::float8), actors = $12, note = $13 WHERE fid = $14")
          .arg(QString::fromLatin1(kGeometry)),
        values);
      if (!updated)
        return Error{updated.error().code, tr("Intervention %1 could not be saved.").arg(intervention.id), updated.error().toString()};
      if (updated->affectedRows() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no intervention %1.").arg(intervention.id));
      return writeTriggers(db, intervention.id, intervention.triggerIncidents);
    });
}

Result<void> PostgresStore::deleteIntervention(std::int64_t id, const QString &user)
{
  (void)user; // the audit records the login (session_user)
  if (auto writable = checkOpenForWriting(mOpenedForReading, displayName()); !writable)
    return writable;
  const auto deleted = mConnection->query(QStringLiteral("DELETE FROM lagesbild.interventions WHERE fid = $1"), {QString::number(id)});
  if (!deleted)
    return deleted.error();
  if (deleted->affectedRows() == 0)
    return makeError(ErrorCode::NotFound, tr("There is no intervention %1.").arg(id));
  return {};
}

Result<std::vector<Intervention>> PostgresStore::interventions() const
{
  const auto rows = mConnection->query(QStringLiteral(
    "SELECT fid, CASE WHEN shape = 'drawn' THEN ST_AsGeoJSON(geom, 15) END, intervention_type, coalesce(title, ''), centre_x, centre_y, "
    "radius_m, coalesce(area, ''), closed, extract(epoch FROM start_at)::bigint, extract(epoch FROM end_at)::bigint, "
    "coalesce(actors, '[]'), coalesce(note, '') FROM lagesbild.interventions ORDER BY start_at, fid"));
  if (!rows)
    return rows.error();
  std::vector<Intervention> out;
  std::map<std::int64_t, std::size_t> byId;
  for (int r = 0; r < rows->rows(); ++r)
  {
    Intervention intervention;
    intervention.id = rows->integer(r, 0);
    if (!rows->isNull(r, 1))
      if (auto polygons = PostgresGeometry::fromGeoJson(rows->text(r, 1)); !polygons.empty())
        intervention.boundary = std::move(polygons.front());
    intervention.type = rows->text(r, 2);
    intervention.title = rows->text(r, 3);
    if (!rows->isNull(r, 4) && !rows->isNull(r, 5))
      intervention.centre = PointXY{rows->text(r, 4).toDouble(), rows->text(r, 5).toDouble()};
    intervention.radius = rows->text(r, 6).toDouble();
    intervention.areaCode = rows->text(r, 7);
    intervention.closed = rows->text(r, 8) == QLatin1String("t");
    intervention.startUtc = rows->integer(r, 9);
    if (!rows->isNull(r, 10))
      intervention.endUtc = rows->integer(r, 10);
    for (const QJsonValue &actor : QJsonDocument::fromJson(rows->text(r, 11).toUtf8()).array())
      intervention.actors.append(actor.toString());
    intervention.note = rows->text(r, 12);
    byId[intervention.id] = out.size();
    out.push_back(std::move(intervention));
  }
  const auto links = mConnection->query(
    QStringLiteral("SELECT intervention_id, incident_id FROM lagesbild.intervention_incidents ORDER BY intervention_id, id"));
  if (!links)
    return links.error();
  for (int r = 0; r < links->rows(); ++r)
    if (const auto it = byId.find(links->integer(r, 0)); it != byId.end())
      out[it->second].triggerIncidents.push_back(links->integer(r, 1));
  return out;
}

} // namespace lagesbild
