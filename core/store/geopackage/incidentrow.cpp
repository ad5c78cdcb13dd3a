#include "incidentrow.h"

#include "geopackagegeometry.h"
#include "sqlitestatement.h"
#include "store/isotimetext.h"
#include "time/stockholmtime.h"

namespace lagesbild
{

const char *IncidentRow::selectColumns()
{
  return "i.fid, i.kind, c.code, s.code, i.geom, i.occurred_utc, i.occurred_to_utc, i.reported_utc, i.address, i.description, "
         "a.code, i.external_id, i.import_id, i.location_precision, i.address_derived";
}

const char *IncidentRow::fromClause()
{
  // LEFT JOINs keep incidents the outer loop, so the time index drives every query.
  return " FROM incidents AS i LEFT JOIN categories AS c ON c.id = i.category LEFT JOIN sources AS s ON s.id = i.source "
         "LEFT JOIN areas AS a ON a.fid = i.area";
}

LocationPrecision IncidentRow::precisionFromValue(std::int64_t value)
{
  switch (value)
  {
  case 1:
    return LocationPrecision::Approximate;
  case 2:
    return LocationPrecision::Municipality;
  case 3:
    return LocationPrecision::NearestNumber;
  case 4:
    return LocationPrecision::Street;
  case 5:
    return LocationPrecision::NamedPlace;
  default:
    return LocationPrecision::Exact;
  }
}

Incident IncidentRow::read(const SqliteStatement &statement, int firstColumn)
{
  int c = firstColumn;
  Incident incident;
  incident.id = statement.columnInt64(c++);
  incident.kind = statement.columnInt64(c++) == static_cast<int>(IncidentKind::Crime) ? IncidentKind::Crime : IncidentKind::Report;
  incident.category = statement.columnText(c++);
  incident.source = statement.columnText(c++);
  int size = 0;
  const unsigned char *blob = statement.columnBlob(c++, &size);
  if (const auto point = GeoPackageGeometry::decodePoint(blob, size))
  {
    incident.x = point->x;
    incident.y = point->y;
  }
  incident.occurredFrom = statement.columnInt64(c++);
  incident.occurredTo = statement.columnOptionalInt64(c++);
  incident.reportedAt = statement.columnOptionalInt64(c++);
  incident.address = statement.columnText(c++);
  incident.description = statement.columnText(c++);
  incident.area = statement.columnText(c++);
  incident.externalId = statement.columnText(c++);
  incident.importBatch = statement.columnIsNull(c) ? 0 : statement.columnInt64(c);
  ++c;
  incident.precision = precisionFromValue(statement.columnInt64(c++));
  incident.addressDerived = statement.columnInt64(c++) != 0;
  return incident;
}

const char *IncidentRow::precisionCode(LocationPrecision precision)
{
  switch (precision)
  {
  case LocationPrecision::Exact:
    return "exact";
  case LocationPrecision::Approximate:
    return "approximate";
  case LocationPrecision::Municipality:
    return "municipality";
  case LocationPrecision::NearestNumber:
    return "nearest_number";
  case LocationPrecision::Street:
    return "street";
  case LocationPrecision::NamedPlace:
    return "named_place";
  }
  return "exact";
}

LocationPrecision IncidentRow::precisionFromCode(const QString &code)
{
  if (code == QLatin1String("approximate"))
    return LocationPrecision::Approximate;
  if (code == QLatin1String("municipality"))
    return LocationPrecision::Municipality;
  if (code == QLatin1String("nearest_number"))
    return LocationPrecision::NearestNumber;
  if (code == QLatin1String("street"))
    return LocationPrecision::Street;
  if (code == QLatin1String("named_place"))
    return LocationPrecision::NamedPlace;
  return LocationPrecision::Exact;
}

QJsonObject IncidentRow::toJson(const Incident &incident)
{
  const StockholmTime &time = StockholmTime::instance();
  QJsonObject json;
  json.insert(QStringLiteral("id"), static_cast<double>(incident.id));
  json.insert(QStringLiteral("kind"), kindCode(incident.kind));
  json.insert(QStringLiteral("category"), incident.category);
  json.insert(QStringLiteral("source"), incident.source);
  json.insert(QStringLiteral("x"), incident.x);
  json.insert(QStringLiteral("y"), incident.y);
  json.insert(QStringLiteral("occurred_from"), time.formatIso(incident.occurredFrom));
  json.insert(QStringLiteral("occurred_to"), incident.occurredTo ? QJsonValue(time.formatIso(*incident.occurredTo)) : QJsonValue());
  json.insert(QStringLiteral("reported_at"), incident.reportedAt ? QJsonValue(time.formatIso(*incident.reportedAt)) : QJsonValue());
  json.insert(QStringLiteral("address"), incident.address);
  json.insert(QStringLiteral("address_derived"), incident.addressDerived);
  json.insert(QStringLiteral("description"), incident.description);
  json.insert(QStringLiteral("area"), incident.area);
  json.insert(QStringLiteral("external_id"), incident.externalId);
  json.insert(QStringLiteral("import_id"), static_cast<double>(incident.importBatch));
  json.insert(QStringLiteral("location_precision"), QString::fromLatin1(precisionCode(incident.precision)));
  return json;
}

} // namespace lagesbild
