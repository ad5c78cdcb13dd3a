// PostgresStore: named areas (with the re-assignment of the incidents they cover) and the
// address register (reverse geocoding through the GiST index's nearest-neighbour order).
#include "postgresareaassignment.h"
#include "postgresgeometry.h"
#include "postgresstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace lagesbild
{
namespace
{
constexpr std::size_t kAddressChunk = 20000;

void appendCopyText(QByteArray &row, const QString &text)
{
  if (text.isEmpty())
  {
    row += "\\N";
    return;
  }
  for (const char c : text.toUtf8())
  {
    if (c == '\\')
      row += "\\\\";
    else if (c == '\t')
      row += "\\t";
    else if (c == '\n')
      row += "\\n";
    else if (c == '\r')
      row += "\\r";
    else
      row += c;
  }
}

constexpr const char *kAddressColumns = "coalesce(street, ''), coalesce(number, 0), coalesce(letter, ''), coalesce(postcode, ''), "
                                        "coalesce(postal_town, ''), coalesce(municipality_code, ''), coalesce(place_name, ''), "
                                        "ST_X(geom), ST_Y(geom)";

geocoding::AddressPoint readAddress(const PostgresResult &rows, int r)
{
  geocoding::AddressPoint point;
  point.street = rows.text(r, 0);
  point.number = static_cast<int>(rows.integer(r, 1));
  point.letter = rows.text(r, 2);
  point.postcode = rows.text(r, 3);
  point.postalTown = rows.text(r, 4);
  point.municipalityCode = rows.text(r, 5);
  point.placeName = rows.text(r, 6);
  point.x = rows.text(r, 7).toDouble();
  point.y = rows.text(r, 8).toDouble();
  return point;
}
} // namespace

Result<void> PostgresStore::upsertArea(const Area &area)
{
  if (auto writable = checkWritable(); !writable)
    return writable;
  const QString code = area.code.trimmed();
  if (code.isEmpty())
    return makeError(ErrorCode::BadInput, tr("An area needs a code."));
  double minX = std::numeric_limits<double>::max(), minY = minX;
  double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
  for (const auto &polygon : area.polygons)
    for (const Ring &ring : polygon)
      for (const PointXY &p : ring)
      {
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
          return makeError(ErrorCode::BadInput, tr("Area %1: a coordinate is not a number.").arg(area.code));
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
      }
  const QString ewkt = PostgresGeometry::multiPolygonEwkt(area.polygons);
  PostgresConnection &db = *mConnection;
  return db.inTransaction(
    [&]() -> Result<void>
    {
      const auto saved = db.query(
        QStringLiteral("INSERT INTO lagesbild.areas (geom, code, name, area_type) VALUES (ST_Multi(ST_GeomFromEWKT($1)), $2, $3, $4) "
                       "ON CONFLICT (code) DO UPDATE SET geom = excluded.geom, name = excluded.name, area_type = excluded.area_type "
                       "RETURNING fid"),
        {ewkt.isEmpty() ? std::nullopt : std::optional<QString>(ewkt), code, area.name.isEmpty() ? code : area.name,
         area.type.isEmpty() ? std::nullopt : std::optional<QString>(area.type)});
      if (!saved)
        return Error{saved.error().code, tr("The area %1 could not be saved.").arg(area.code), saved.error().toString()};
      // The incidents the area covers now, or had before (they keep its id), get their smallest area.
      const std::int64_t id = saved->integer(0, 0);
      const bool empty = ewkt.isEmpty();
      if (auto reassigned =
            PostgresAreaAssignment::reassign(db, empty ? 0.0 : minX, empty ? 0.0 : minY, empty ? -1.0 : maxX, empty ? -1.0 : maxY, id);
          !reassigned)
        return reassigned.error();
      // Interventions on this area draw its polygons as their treated area.
      const auto refreshed = db.query(QStringLiteral("UPDATE lagesbild.interventions SET geom = (SELECT geom FROM lagesbild.areas "
                                                     "WHERE code = $1) WHERE shape = 'area' AND area = $1"),
                                      {code});
      if (!refreshed)
        return refreshed.error();
      return {};
    });
}

Result<void> PostgresStore::replaceAddresses(const std::vector<geocoding::AddressPoint> &addresses, const QString &user, Feedback *feedback)
{
  (void)user; // the audit records the login (session_user)
  if (auto writable = checkWritable(); !writable)
    return writable;
  PostgresConnection &db = *mConnection;
  return db.inTransaction(
    [&]() -> Result<void>
    {
      if (auto cleared = db.exec(QStringLiteral("DELETE FROM lagesbild.addresses")); !cleared)
        return cleared;
      for (std::size_t start = 0; start < addresses.size(); start += kAddressChunk)
      {
        if (feedback && feedback->isCancelled())
          return makeError(ErrorCode::Cancelled, tr("The address import was cancelled; nothing was changed."));
        QByteArray data;
        const std::size_t end = std::min(addresses.size(), start + kAddressChunk);
        for (std::size_t i = start; i < end; ++i)
        {
          const geocoding::AddressPoint &p = addresses[i];
          data += "SRID=3006;POINT(" + QByteArray::number(p.x, 'g', 17) + ' ' + QByteArray::number(p.y, 'g', 17) + ")\t";
          appendCopyText(data, p.street);
          data += '\t';
          data += p.number > 0 ? QByteArray::number(p.number) : QByteArray("\\N");
          for (const QString *text : {&p.letter, &p.postcode, &p.postalTown, &p.municipalityCode, &p.placeName})
          {
            data += '\t';
            appendCopyText(data, *text);
          }
          data += '\n';
        }
        if (auto copied = db.copyIn(QStringLiteral("COPY lagesbild.addresses (geom, street, number, letter, postcode, postal_town, "
                                                   "municipality_code, place_name) FROM STDIN"),
                                    data);
            !copied)
          return copied.error();
        if (feedback)
          feedback->setProgress(100.0 * static_cast<double>(end) / static_cast<double>(addresses.size()));
      }
      QJsonObject after;
      after.insert(QStringLiteral("addresses"), static_cast<double>(addresses.size()));
      const auto noted = db.query(QStringLiteral("SELECT lagesbild.audit_note('import', 'addresses', 0, $1::jsonb)"),
                                  {QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))});
      if (!noted)
        return noted.error();
      return {};
    });
}

Result<std::vector<geocoding::AddressPoint>> PostgresStore::addresses() const
{
  const auto rows =
    mConnection->query(QStringLiteral("SELECT %1 FROM lagesbild.addresses ORDER BY fid").arg(QString::fromLatin1(kAddressColumns)));
  if (!rows)
    return rows.error();
  std::vector<geocoding::AddressPoint> out;
  out.reserve(static_cast<std::size_t>(rows->rows()));
  for (int r = 0; r < rows->rows(); ++r)
    out.push_back(readAddress(*rows, r));
  return out;
}

Result<std::int64_t> PostgresStore::addressCount() const
{
  const auto rows = mConnection->query(QStringLiteral("SELECT count(*) FROM lagesbild.addresses"));
  if (!rows)
    return rows.error();
  return rows->integer(0, 0);
}

Result<std::optional<geocoding::AddressPoint>> PostgresStore::nearestAddress(double x, double y, double maxDistance) const
{
  // A street address, not a named place (as the GeoPackage); <-> walks the GiST index.
  const auto rows =
    mConnection->query(QStringLiteral("SELECT %1 FROM lagesbild.addresses WHERE street IS NOT NULL "
                                      "AND ST_DWithin(geom, ST_SetSRID(ST_MakePoint($1::float8, $2::float8), 3006), $3::float8) "
                                      "ORDER BY geom <-> ST_SetSRID(ST_MakePoint($1::float8, $2::float8), 3006) LIMIT 1")
                         .arg(QString::fromLatin1(kAddressColumns)),
                       {QString::number(x, 'g', 17), QString::number(y, 'g', 17), QString::number(maxDistance, 'g', 17)});
  if (!rows)
    return rows.error();
  if (rows->rows() == 0)
    return std::optional<geocoding::AddressPoint>();
  return std::optional<geocoding::AddressPoint>(readAddress(*rows, 0));
}

} // namespace lagesbild
