#include "postgresincidentrow.h"

namespace lagesbild
{

QString PostgresIncidentRow::selectSql()
{
  return QStringLiteral(
    "SELECT i.fid, i.kind, c.code, s.code, ST_X(i.geom), ST_Y(i.geom), extract(epoch FROM i.occurred_from)::bigint, "
    "extract(epoch FROM i.occurred_to)::bigint, extract(epoch FROM i.reported_at)::bigint, i.address, i.description, a.code, "
    "i.external_id, coalesce(i.import_id, 0), i.location_precision, i.address_derived "
    "FROM lagesbild.incidents AS i JOIN lagesbild.categories AS c ON c.id = i.category JOIN lagesbild.sources AS s ON s.id = i.source "
    "LEFT JOIN lagesbild.areas AS a ON a.fid = i.area");
}

Incident PostgresIncidentRow::read(const PostgresResult &result, int row)
{
  Incident incident;
  incident.id = result.integer(row, 0);
  incident.kind = result.integer(row, 1) == 1 ? IncidentKind::Crime : IncidentKind::Report;
  incident.category = result.text(row, 2);
  incident.source = result.text(row, 3);
  incident.x = result.text(row, 4).toDouble();
  incident.y = result.text(row, 5).toDouble();
  incident.occurredFrom = result.integer(row, 6);
  if (!result.isNull(row, 7))
    incident.occurredTo = result.integer(row, 7);
  if (!result.isNull(row, 8))
    incident.reportedAt = result.integer(row, 8);
  incident.address = result.text(row, 9);
  incident.description = result.text(row, 10);
  incident.area = result.text(row, 11);
  incident.externalId = result.text(row, 12);
  incident.importBatch = result.integer(row, 13);
  incident.precision = static_cast<LocationPrecision>(result.integer(row, 14));
  incident.addressDerived = result.text(row, 15) == QLatin1String("t");
  return incident;
}

QString PostgresIncidentRow::textArray(const QStringList &values)
{
  QStringList quoted;
  for (QString value : values)
  {
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    quoted << QLatin1Char('"') + value + QLatin1Char('"');
  }
  return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace lagesbild
