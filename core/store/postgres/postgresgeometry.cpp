#include "postgresgeometry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace lagesbild
{
namespace
{
QString coordinate(double value)
{
  return QString::number(value, 'g', 17);
}

std::vector<Ring> polygonFromJson(const QJsonArray &rings)
{
  std::vector<Ring> polygon;
  for (const QJsonValue &ringValue : rings)
  {
    Ring ring;
    for (const QJsonValue &point : ringValue.toArray())
      ring.push_back(PointXY{point.toArray().at(0).toDouble(), point.toArray().at(1).toDouble()});
    polygon.push_back(std::move(ring));
  }
  return polygon;
}
} // namespace

QString PostgresGeometry::multiPolygonEwkt(const MultiPolygon &polygons)
{
  QStringList polygonTexts;
  for (const std::vector<Ring> &polygon : polygons)
  {
    QStringList ringTexts;
    for (const Ring &ring : polygon)
    {
      if (ring.empty())
        continue;
      QStringList points;
      for (const PointXY &p : ring)
        points << coordinate(p.x) + QLatin1Char(' ') + coordinate(p.y);
      if (ring.front().x != ring.back().x || ring.front().y != ring.back().y || ring.size() == 1)
        points << coordinate(ring.front().x) + QLatin1Char(' ') + coordinate(ring.front().y);
      ringTexts << QLatin1Char('(') + points.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!ringTexts.isEmpty())
      polygonTexts << QLatin1Char('(') + ringTexts.join(QLatin1Char(',')) + QLatin1Char(')');
  }
  if (polygonTexts.isEmpty())
    return QString();
  return QStringLiteral("SRID=3006;MULTIPOLYGON(") + polygonTexts.join(QLatin1Char(',')) + QLatin1Char(')');
}

PostgresGeometry::MultiPolygon PostgresGeometry::fromGeoJson(const QString &json)
{
  const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
  const QString type = object.value(QStringLiteral("type")).toString();
  const QJsonArray coordinates = object.value(QStringLiteral("coordinates")).toArray();
  MultiPolygon polygons;
  if (type == QLatin1String("Polygon"))
    polygons.push_back(polygonFromJson(coordinates));
  else if (type == QLatin1String("MultiPolygon"))
    for (const QJsonValue &polygon : coordinates)
      polygons.push_back(polygonFromJson(polygon.toArray()));
  return polygons;
}

} // namespace lagesbild
