#include "demoplaces.h"

#include "demogeometry.h"
#include "demoinputs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>
#include <optional>

namespace lagesbild::demo
{
namespace
{
Error inputError(const QString &file, const QString &what)
{
  return makeError(ErrorCode::Internal, QCoreApplication::translate("DemoPlaces", "Invalid demo input %1: %2").arg(file, what));
}

std::optional<PointXY> toPoint(const QJsonValue &value)
{
  const QJsonArray pair = value.toArray();
  if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
    return std::nullopt;
  return PointXY{pair.at(0).toDouble(), pair.at(1).toDouble()};
}

std::optional<Ring> toRing(const QJsonValue &value)
{
  Ring ring;
  for (const QJsonValue &vertex : value.toArray())
  {
    const auto point = toPoint(vertex);
    if (!point)
      return std::nullopt;
    ring.push_back(*point);
  }
  if (ring.size() < 4)
    return std::nullopt;
  return ring;
}

Result<Area> municipalityFromGeoJson(const QByteArray &geoJson)
{
  const QString file = QStringLiteral("kungsor-boundary-epsg3006.geojson");
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(geoJson, &parseError);
  if (document.isNull())
    return inputError(file, parseError.errorString());
  const QJsonArray features = document.object().value(QStringLiteral("features")).toArray();
  if (features.isEmpty())
    return inputError(file, QStringLiteral("no features"));
  const QJsonObject feature = features.at(0).toObject();
  const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
  if (geometry.value(QStringLiteral("type")).toString() != QLatin1String("MultiPolygon"))
    return inputError(file, QStringLiteral("geometry is not a MultiPolygon"));

  Area area;
  area.code = QStringLiteral("kungsor-kommun");
  area.name = QStringLiteral("Kungsörs kommun");
  area.type = QStringLiteral("municipality");
  for (const QJsonValue &polygonValue : geometry.value(QStringLiteral("coordinates")).toArray())
  {
    std::vector<Ring> polygon;
    for (const QJsonValue &ringValue : polygonValue.toArray())
    {
      const auto ring = toRing(ringValue);
      if (!ring)
        return inputError(file, QStringLiteral("a ring has fewer than four valid vertices"));
      polygon.push_back(*ring);
    }
    area.polygons.push_back(std::move(polygon));
  }
  if (area.polygons.empty())
    return inputError(file, QStringLiteral("empty geometry"));
  return area;
}
} // namespace

Result<DemoPlaces> DemoPlaces::embedded()
{
  return fromJson(QByteArray(kDemoPlacesJson), QByteArray(kDemoBoundaryGeoJson));
}

Result<DemoPlaces> DemoPlaces::fromJson(const QByteArray &placesJson, const QByteArray &boundaryGeoJson)
{
  DemoPlaces result;
  auto municipality = municipalityFromGeoJson(boundaryGeoJson);
  if (!municipality)
    return municipality.error();
  result.mAreas.push_back(std::move(*municipality));

  const QString file = QStringLiteral("kungsor-places.json");
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(placesJson, &parseError);
  if (document.isNull())
    return inputError(file, parseError.errorString());
  const QJsonObject root = document.object();

  for (const QJsonValue &value : root.value(QStringLiteral("areas")).toArray())
  {
    const QJsonObject object = value.toObject();
    Area area;
    area.code = object.value(QStringLiteral("code")).toString();
    area.name = object.value(QStringLiteral("name")).toString();
    area.type = object.value(QStringLiteral("type")).toString();
    const auto ring = toRing(object.value(QStringLiteral("ring")));
    if (area.code.isEmpty() || !ring)
      return inputError(file, QStringLiteral("area \"%1\" lacks a code or a valid ring").arg(area.code));
    area.polygons.push_back({*ring});
    result.mAreas.push_back(std::move(area));
  }

  for (const QJsonValue &value : root.value(QStringLiteral("places")).toArray())
  {
    const QJsonObject object = value.toObject();
    DemoPlace place;
    place.code = object.value(QStringLiteral("code")).toString();
    place.name = object.value(QStringLiteral("name")).toString();
    place.profile = object.value(QStringLiteral("profile")).toString();
    place.jitter = object.value(QStringLiteral("jitter")).toDouble();
    place.crimesPerYear = object.value(QStringLiteral("crimesPerYear")).toDouble();
    place.reportsPerYear = object.value(QStringLiteral("reportsPerYear")).toDouble();
    for (const QJsonValue &addressValue : object.value(QStringLiteral("addresses")).toArray())
    {
      const QJsonArray fields = addressValue.toArray();
      if (fields.size() != 4 || !fields.at(0).isString() || !fields.at(1).isDouble() || !fields.at(2).isDouble() ||
          !fields.at(3).isDouble())
        return inputError(file, QStringLiteral("place \"%1\": an address is not [name, x, y, weight]").arg(place.code));
      place.addresses.push_back(
        {fields.at(0).toString(), PointXY{fields.at(1).toDouble(), fields.at(2).toDouble()}, fields.at(3).toDouble()});
    }
    if (place.code.isEmpty() || place.profile.isEmpty())
      return inputError(file, QStringLiteral("a place lacks a code or a profile"));
    result.mPlaces.push_back(std::move(place));
  }

  result.mAreasBySize.resize(result.mAreas.size());
  std::iota(result.mAreasBySize.begin(), result.mAreasBySize.end(), std::size_t{0});
  std::vector<double> sizes;
  for (const Area &area : result.mAreas)
    sizes.push_back(areaSquareMetres(area));
  std::stable_sort(result.mAreasBySize.begin(), result.mAreasBySize.end(),
                   [&sizes](std::size_t a, std::size_t b) { return sizes[a] < sizes[b]; });
  return result;
}

const Area *DemoPlaces::area(const QString &code) const
{
  const auto found = std::find_if(mAreas.begin(), mAreas.end(), [&code](const Area &area) { return area.code == code; });
  return found == mAreas.end() ? nullptr : &*found;
}

QString DemoPlaces::areaCodeAt(double x, double y) const
{
  for (const std::size_t index : mAreasBySize)
  {
    if (areaContains(mAreas[index], x, y))
      return mAreas[index].code;
  }
  return {};
}

} // namespace lagesbild::demo
