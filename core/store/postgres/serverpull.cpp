#include "serverpull.h"

#include "postgresconnection.h"
#include "store/incidentstore.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <unordered_map>
#include <vector>

namespace lagesbild
{
namespace
{
constexpr const char *kCursor = "lagesbild_pull";

//! The incidents' columns, in the order rowToIncident reads them, from kIncidentTables.
constexpr const char *kIncidentColumns =
  "i.kind, c.code, s.code, ST_X(i.geom), ST_Y(i.geom), extract(epoch FROM i.occurred_from)::bigint, "
  "extract(epoch FROM i.occurred_to)::bigint, extract(epoch FROM i.reported_at)::bigint, a.code, i.location_precision, "
  "i.address, i.description, i.external_id";
//! Joined to lagesbild.incidents AS i for the codes of kIncidentColumns.
constexpr const char *kIncidentCodes = "JOIN lagesbild.categories c ON c.id = i.category JOIN lagesbild.sources s ON s.id = i.source "
                                       "LEFT JOIN lagesbild.areas a ON a.fid = i.area";

Error pullError(const Error &error)
{
  return Error{error.code, QCoreApplication::translate("PostgresStore", "Pull from the server failed: %1").arg(error.message),
               error.detail};
}

Result<int> pullCategories(PostgresConnection &server, IncidentStore &local)
{
  const auto rows = server.query(
    QStringLiteral("SELECT code, kind, name_sv, name_en, colour, category_group FROM lagesbild.categories ORDER BY sort_order, id"));
  if (!rows)
    return rows.error();
  for (int row = 0; row < rows->rows(); ++row)
  {
    Category category;
    category.code = rows->text(row, 0);
    category.kind = kindFromCode(rows->text(row, 1)).value_or(IncidentKind::Report);
    category.nameSv = rows->text(row, 2);
    category.nameEn = rows->text(row, 3);
    category.colour = rows->text(row, 4);
    category.group = rows->isNull(row, 5) ? QString() : rows->text(row, 5);
    if (auto stored = local.upsertCategory(category); !stored)
      return stored.error();
  }
  return rows->rows();
}

Result<int> pullSources(PostgresConnection &server, IncidentStore &local)
{
  const auto rows = server.query(QStringLiteral("SELECT code, name FROM lagesbild.sources ORDER BY id"));
  if (!rows)
    return rows.error();
  for (int row = 0; row < rows->rows(); ++row)
    if (auto stored = local.upsertSource({rows->text(row, 0), rows->text(row, 1)}); !stored)
      return stored.error();
  return rows->rows();
}

//! A GeoJSON MultiPolygon's coordinates as polygons of rings.
std::vector<std::vector<Ring>> polygonsFromGeoJson(const QString &json)
{
  std::vector<std::vector<Ring>> polygons;
  const QJsonArray coordinates = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("coordinates")).toArray();
  for (const QJsonValue &polygonValue : coordinates)
  {
    std::vector<Ring> polygon;
    for (const QJsonValue &ringValue : polygonValue.toArray())
    {
      Ring ring;
      for (const QJsonValue &pointValue : ringValue.toArray())
      {
        const QJsonArray point = pointValue.toArray();
        ring.push_back({point.at(0).toDouble(), point.at(1).toDouble()});
      }
      polygon.push_back(std::move(ring));
    }
    polygons.push_back(std::move(polygon));
  }
  return polygons;
}

Result<int> pullAreas(PostgresConnection &server, IncidentStore &local)
{
  const auto rows = server.query(
    QStringLiteral("SELECT code, name, area_type, ST_AsGeoJSON(geom) FROM lagesbild.areas WHERE geom IS NOT NULL ORDER BY fid"));
  if (!rows)
    return rows.error();
  for (int row = 0; row < rows->rows(); ++row)
  {
    Area area;
    area.code = rows->text(row, 0);
    area.name = rows->text(row, 1);
    area.type = rows->isNull(row, 2) ? QString() : rows->text(row, 2);
    area.polygons = polygonsFromGeoJson(rows->text(row, 3));
    if (auto stored = local.upsertArea(area); !stored)
      return stored.error();
  }
  return rows->rows();
}

std::optional<std::int64_t> optionalInteger(const PostgresResult &rows, int row, int column)
{
  return rows.isNull(row, column) ? std::nullopt : std::optional<std::int64_t>(rows.integer(row, column));
}

QStringList actorsFromText(const QString &text)
{
  if (text.trimmed().startsWith(QLatin1Char('[')))
  {
    QStringList actors;
    for (const QJsonValue &actor : QJsonDocument::fromJson(text.toUtf8()).array())
      actors.append(actor.toString());
    return actors;
  }
  QStringList actors = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
  for (QString &actor : actors)
    actor = actor.trimmed();
  return actors;
}

//! An incident from columns first … first + 12 of a row: kIncidentColumns.
Incident rowToIncident(const PostgresResult &rows, int row, int first = 0)
{
  Incident incident;
  incident.kind = rows.integer(row, first) == 1 ? IncidentKind::Crime : IncidentKind::Report;
  incident.category = rows.text(row, first + 1);
  incident.source = rows.text(row, first + 2);
  incident.x = rows.text(row, first + 3).toDouble();
  incident.y = rows.text(row, first + 4).toDouble();
  incident.occurredFrom = rows.integer(row, first + 5);
  incident.occurredTo = optionalInteger(rows, row, first + 6);
  incident.reportedAt = optionalInteger(rows, row, first + 7);
  incident.area = rows.isNull(row, first + 8) ? QString() : rows.text(row, first + 8);
  incident.precision = static_cast<LocationPrecision>(rows.integer(row, first + 9));
  incident.address = rows.isNull(row, first + 10) ? QString() : rows.text(row, first + 10);
  incident.description = rows.isNull(row, first + 11) ? QString() : rows.text(row, first + 11);
  incident.externalId = rows.isNull(row, first + 12) ? QString() : rows.text(row, first + 12);
  return incident;
}

//! The local id of a pulled incident: the row of its day, kind, category and source with its
//! time, point and external id (ids differ between the stores; content does not). 0 when the
//! local store does not hold it (a pull of another period).
Result<std::int64_t> localIncidentId(const IncidentStore &local, const Incident &incident)
{
  IncidentFilter filter;
  const QDate day = StockholmTime::instance().localDate(incident.occurredFrom);
  filter.period = DateRange(day, day);
  filter.kind = incident.kind;
  filter.categories = QStringList{incident.category};
  filter.sources = QStringList{incident.source};
  const auto candidates = local.incidents(filter);
  if (!candidates)
    return candidates.error();
  for (const Incident &candidate : *candidates)
    if (candidate.occurredFrom == incident.occurredFrom && candidate.x == incident.x && candidate.y == incident.y &&
        candidate.externalId == incident.externalId)
      return candidate.id;
  return 0;
}

//! The incidents that triggered each server intervention (by the server's intervention id), as
//! the local store's ids.
Result<std::unordered_map<std::int64_t, std::vector<std::int64_t>>> localTriggers(PostgresConnection &server, const IncidentStore &local)
{
  const auto rows = server.query(QStringLiteral("SELECT ii.intervention_id, %1 FROM lagesbild.intervention_incidents ii "
                                                "JOIN lagesbild.incidents i ON i.fid = ii.incident_id %2 WHERE i.geom IS NOT NULL "
                                                "ORDER BY ii.intervention_id, i.fid")
                                   .arg(QLatin1String(kIncidentColumns), QLatin1String(kIncidentCodes)));
  if (!rows)
    return rows.error();
  std::unordered_map<std::int64_t, std::vector<std::int64_t>> triggers;
  for (int row = 0; row < rows->rows(); ++row)
  {
    const auto id = localIncidentId(local, rowToIncident(*rows, row, 1));
    if (!id)
      return id.error();
    if (*id > 0)
      triggers[rows->integer(row, 0)].push_back(*id);
  }
  return triggers;
}

//! The server's interventions the local store lacks (same type, title and start), with the
//! incidents that triggered them that the local store holds (pulled before them).
Result<int> pullInterventions(PostgresConnection &server, IncidentStore &local, const QString &user)
{
  const auto known = local.interventions();
  if (!known)
    return known.error();
  QSet<QString> present;
  const auto identity = [](const Intervention &intervention)
  { return intervention.type + QLatin1Char('\x1f') + intervention.title + QLatin1Char('\x1f') + QString::number(intervention.startUtc); };
  for (const Intervention &intervention : *known)
    present.insert(identity(intervention));
  const auto rows = server.query(QStringLiteral(
    "SELECT intervention_type, title, shape, centre_x, centre_y, radius_m, area, closed, extract(epoch FROM start_at)::bigint, "
    "extract(epoch FROM end_at)::bigint, actors, note, ST_AsGeoJSON(geom), fid FROM lagesbild.interventions ORDER BY start_at, fid"));
  if (!rows)
    return rows.error();
  const auto triggers = localTriggers(server, local);
  if (!triggers)
    return triggers.error();
  int added = 0;
  for (int row = 0; row < rows->rows(); ++row)
  {
    Intervention intervention;
    intervention.type = rows->text(row, 0);
    intervention.title = rows->isNull(row, 1) ? QString() : rows->text(row, 1);
    const QString shape = rows->text(row, 2);
    if (shape == QLatin1String("circle") && !rows->isNull(row, 3) && !rows->isNull(row, 4))
    {
      intervention.centre = PointXY{rows->text(row, 3).toDouble(), rows->text(row, 4).toDouble()};
      intervention.radius = rows->isNull(row, 5) ? 0.0 : rows->text(row, 5).toDouble();
    }
    else if (shape == QLatin1String("area"))
      intervention.areaCode = rows->isNull(row, 6) ? QString() : rows->text(row, 6);
    else if (shape == QLatin1String("drawn") && !rows->isNull(row, 12))
    {
      const auto polygons = polygonsFromGeoJson(rows->text(row, 12));
      if (!polygons.empty())
        intervention.boundary = polygons.front();
    }
    intervention.closed = rows->text(row, 7) == QLatin1String("t");
    intervention.startUtc = rows->integer(row, 8);
    intervention.endUtc = optionalInteger(*rows, row, 9);
    intervention.actors = rows->isNull(row, 10) ? QStringList() : actorsFromText(rows->text(row, 10));
    intervention.note = rows->isNull(row, 11) ? QString() : rows->text(row, 11);
    if (const auto found = triggers->find(rows->integer(row, 13)); found != triggers->end())
      intervention.triggerIncidents = found->second;
    if (present.contains(identity(intervention)))
      continue;
    if (auto inserted = local.insertIntervention(intervention, user); !inserted)
      return inserted.error();
    present.insert(identity(intervention));
    ++added;
  }
  return added;
}

Result<void> pullIncidents(PostgresConnection &server, IncidentStore &local, const PullOptions &options, PullSummary &summary)
{
  QString select = QStringLiteral("SELECT %1 FROM lagesbild.incidents i %2 WHERE i.geom IS NOT NULL")
                     .arg(QLatin1String(kIncidentColumns), QLatin1String(kIncidentCodes));
  std::vector<std::optional<QString>> parameters;
  if (options.period)
    select += QStringLiteral(" AND i.occurred_from >= to_timestamp(%1) AND i.occurred_from < to_timestamp(%2)")
                .arg(options.period->startUtc())
                .arg(options.period->endUtcExclusive());
  QString countSql = QStringLiteral("SELECT count(*) FROM (%1) AS pulled").arg(select);
  const auto total = server.query(countSql);
  if (!total)
    return total.error();
  const long long expected = total->integer(0, 0);
  const auto skipped = server.query(QStringLiteral("SELECT count(*) FROM lagesbild.incidents WHERE geom IS NULL"));
  if (!skipped)
    return skipped.error();
  summary.withoutPoint = skipped->integer(0, 0);

  if (auto declared = server.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2 ORDER BY i.fid").arg(QLatin1String(kCursor), select));
      !declared)
    return declared;
  const QString fetch = QStringLiteral("FETCH %1 FROM %2").arg(options.batchSize).arg(QLatin1String(kCursor));
  IncidentStore::InsertOptions insertOptions;
  insertOptions.user = options.user;
  for (;;)
  {
    const auto rows = server.query(fetch);
    if (!rows)
      return rows.error();
    if (rows->rows() == 0)
      break;
    std::vector<Incident> batch;
    batch.reserve(static_cast<std::size_t>(rows->rows()));
    for (int row = 0; row < rows->rows(); ++row)
      batch.push_back(rowToIncident(*rows, row));
    const auto inserted = local.insertBatch(batch, insertOptions);
    if (!inserted)
      return inserted.error();
    summary.read += rows->rows();
    summary.inserted += inserted->inserted;
    summary.duplicates += inserted->duplicates;
    ++summary.batches;
    if (options.feedback)
    {
      options.feedback->setProgress(expected > 0 ? 100.0 * static_cast<double>(summary.read) / static_cast<double>(expected) : 100.0);
      if (options.feedback->isCancelled())
        return makeError(
          ErrorCode::Cancelled,
          QCoreApplication::translate("PostgresStore", "The pull was stopped after %1 incidents; pull again to go on.").arg(summary.read));
    }
  }
  return server.exec(QStringLiteral("CLOSE %1").arg(QLatin1String(kCursor)));
}
} // namespace

Result<PullSummary> ServerPull::run(PostgresConnection &server, IncidentStore &local, const PullOptions &options)
{
  PullSummary summary;
  const auto done = server.inTransaction(
    [&]() -> Result<void>
    {
      if (auto snapshot = server.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")); !snapshot)
        return snapshot;
      const auto categories = pullCategories(server, local);
      if (!categories)
        return categories.error();
      summary.categories = *categories;
      const auto sources = pullSources(server, local);
      if (!sources)
        return sources.error();
      summary.sources = *sources;
      const auto areas = pullAreas(server, local);
      if (!areas)
        return areas.error();
      summary.areas = *areas;
      // The incidents first: an intervention links to the local copies of its trigger incidents.
      if (auto incidents = pullIncidents(server, local, options, summary); !incidents)
        return incidents;
      const auto interventions = pullInterventions(server, local, options.user);
      if (!interventions)
        return interventions.error();
      summary.interventions = *interventions;
      return {};
    });
  if (!done)
    return pullError(done.error());
  return summary;
}

} // namespace lagesbild
