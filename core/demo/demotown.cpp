#include "demotown.h"

#include "demogeometry.h"
#include "demotowninput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace lagesbild::demo
{
namespace
{
constexpr double kBuildingStep = 30.0;       //!< metres between buildings along a street
constexpr double kMinBuildingSpacing = 17.0; //!< between building centres
constexpr double kStreetClearance = 9.0;     //!< from a building's corner to any street centre line
constexpr double kLooseStreetMargin = 40.0;  //!< a street laid out through its addresses runs on this far
constexpr double kRowGap = 8.0;              //!< between a street's row of houses and the row behind

Error townError(const QString &what)
{
  return makeError(ErrorCode::Internal,
                   QCoreApplication::translate("DemoTown", "Invalid demo input %1: %2").arg(QStringLiteral("kungsor-town.json"), what));
}

std::optional<PointXY> point(const QJsonValue &value)
{
  const QJsonArray pair = value.toArray();
  if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
    return std::nullopt;
  return PointXY{pair.at(0).toDouble(), pair.at(1).toDouble()};
}

std::optional<std::vector<PointXY>> points(const QJsonValue &value, std::size_t minimum)
{
  std::vector<PointXY> result;
  for (const QJsonValue &vertex : value.toArray())
  {
    const auto p = point(vertex);
    if (!p)
      return std::nullopt;
    result.push_back(*p);
  }
  if (result.size() < minimum)
    return std::nullopt;
  return result;
}

double distanceToSegment(const PointXY &p, const PointXY &a, const PointXY &b)
{
  const double dx = b.x - a.x;
  const double dy = b.y - a.y;
  const double length2 = dx * dx + dy * dy;
  double t = length2 > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0.0;
  t = std::clamp(t, 0.0, 1.0);
  return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

double distanceToLine(const PointXY &p, const std::vector<PointXY> &line)
{
  double best = std::numeric_limits<double>::max();
  for (std::size_t i = 1; i < line.size(); ++i)
    best = std::min(best, distanceToSegment(p, line[i - 1], line[i]));
  return best;
}

//! Direction (unit vector) of the segment of line nearest to p.
PointXY directionNear(const PointXY &p, const std::vector<PointXY> &line)
{
  double best = std::numeric_limits<double>::max();
  PointXY direction{1.0, 0.0};
  for (std::size_t i = 1; i < line.size(); ++i)
  {
    const double d = distanceToSegment(p, line[i - 1], line[i]);
    const double length = std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
    if (d < best && length > 0.0)
    {
      best = d;
      direction = PointXY{(line[i].x - line[i - 1].x) / length, (line[i].y - line[i - 1].y) / length};
    }
  }
  return direction;
}

//! A rectangle centred on c, `length` along direction u and `depth` across it (closed ring).
Ring rectangle(const PointXY &c, const PointXY &u, double length, double depth)
{
  const PointXY v{-u.y, u.x};
  const double a = length / 2.0;
  const double b = depth / 2.0;
  Ring ring;
  for (const auto &[s, t] : {std::pair{-1.0, -1.0}, std::pair{1.0, -1.0}, std::pair{1.0, 1.0}, std::pair{-1.0, 1.0}, std::pair{-1.0, -1.0}})
    ring.push_back(PointXY{c.x + s * a * u.x + t * b * v.x, c.y + s * a * u.y + t * b * v.y});
  return ring;
}

Area asArea(const Ring &ring)
{
  Area area;
  area.polygons.push_back({ring});
  return area;
}

//! A straight street through the addresses' points along their main direction (a principal
//! axis), running kLooseStreetMargin past the outermost; a lone address gets an east–west
//! street passing south of it.
std::vector<PointXY> streetThrough(const std::vector<PointXY> &addresses)
{
  double cx = 0.0;
  double cy = 0.0;
  for (const PointXY &p : addresses)
  {
    cx += p.x;
    cy += p.y;
  }
  cx /= static_cast<double>(addresses.size());
  cy /= static_cast<double>(addresses.size());
  if (addresses.size() == 1)
    return {PointXY{cx - 120.0, cy - 18.0}, PointXY{cx + 120.0, cy - 18.0}};
  double sxx = 0.0;
  double syy = 0.0;
  double sxy = 0.0;
  for (const PointXY &p : addresses)
  {
    sxx += (p.x - cx) * (p.x - cx);
    syy += (p.y - cy) * (p.y - cy);
    sxy += (p.x - cx) * (p.y - cy);
  }
  const double angle = 0.5 * std::atan2(2.0 * sxy, sxx - syy);
  const PointXY u{std::cos(angle), std::sin(angle)};
  double low = 0.0;
  double high = 0.0;
  for (const PointXY &p : addresses)
  {
    const double t = (p.x - cx) * u.x + (p.y - cy) * u.y;
    low = std::min(low, t);
    high = std::max(high, t);
  }
  low -= kLooseStreetMargin;
  high += kLooseStreetMargin;
  return {PointXY{cx + low * u.x, cy + low * u.y}, PointXY{cx + high * u.x, cy + high * u.y}};
}

bool isPublicBuilding(const QString &address)
{
  static const QRegularExpression pattern(QStringLiteral("skola|skolan|hallen|station|kyrka"), QRegularExpression::CaseInsensitiveOption);
  return pattern.match(address).hasMatch();
}

double halfWidth(const QString &kind)
{
  if (kind == QLatin1String("main"))
    return 6.0;
  if (kind == QLatin1String("square"))
    return 4.0;
  return 4.5;
}

class TownBuilder
{
  public:
    TownBuilder(const DemoPlaces &places, DemoTown &town) : mPlaces(places), mTown(town) {}

    void addAreasAsLandUse()
    {
      for (const Area &area : mPlaces.areas())
      {
        QString kind;
        if (area.type == QLatin1String("park"))
          kind = QStringLiteral("park");
        else if (area.type == QLatin1String("school"))
          kind = QStringLiteral("school");
        else if (area.type == QLatin1String("housing"))
          kind = QStringLiteral("residential");
        else if (area.type == QLatin1String("urban"))
          kind = QStringLiteral("urban");
        else if (area.type == QLatin1String("harbour"))
          kind = QStringLiteral("harbour");
        else if (area.code == QLatin1String("centrum"))
          kind = QStringLiteral("centre");
        else if (area.code == QLatin1String("stationsomradet"))
          kind = QStringLiteral("railway");
        if (kind.isEmpty() || area.polygons.empty() || area.polygons.front().empty())
          continue;
        Ring ring = area.polygons.front().front();
        if (ring.front().x != ring.back().x || ring.front().y != ring.back().y)
          ring.push_back(ring.front());
        // The land use keeps the area's name only where a label helps (parks, schools).
        const bool named = kind == QLatin1String("park") || kind == QLatin1String("school");
        mTown.landuse.push_back(TownPolygon{named ? area.name : QString(), kind, std::move(ring)});
        if (kind == QLatin1String("urban"))
          mUrban.push_back(asArea(mTown.landuse.back().ring));
      }
    }

    //! Streets named in addresses but not drawn in the town file, laid out through their addresses.
    void addLooseStreets()
    {
      std::map<QString, std::vector<PointXY>> byStreet;
      for (const DemoPlace &place : mPlaces.places())
        for (const DemoAddress &address : place.addresses)
        {
          const QString street = DemoTown::streetOf(address.name);
          if (!street.isEmpty())
            byStreet[street].push_back(address.point);
        }
      for (const auto &[name, addresses] : byStreet)
      {
        const bool drawn =
          std::any_of(mTown.roads.begin(), mTown.roads.end(), [&name = name](const TownLine &road) { return road.name == name; });
        if (!drawn)
          mTown.roads.push_back(TownLine{name, QStringLiteral("street"), streetThrough(addresses)});
      }
    }

    void addAddressBuildings()
    {
      for (const DemoPlace &place : mPlaces.places())
        for (const DemoAddress &address : place.addresses)
        {
          if (DemoTown::streetOf(address.name).isEmpty())
            continue;
          const bool isPublic = isPublicBuilding(address.name);
          const double length = isPublic ? 42.0 : 18.0;
          const double depth = isPublic ? 22.0 : 11.0;
          const PointXY u = nearestStreetDirection(address.point);
          addBuilding(address.point, u, length, depth, isPublic ? QStringLiteral("public") : QStringLiteral("house"), true);
        }
      for (const TownPoint &station : mTown.stations)
      {
        PointXY u{1.0, 0.0};
        if (!mTown.railways.empty())
          u = directionNear(station.point, mTown.railways.front().points);
        addBuilding(station.point, u, 30.0, 12.0, QStringLiteral("public"), true);
      }
    }

    void addStreetBuildings()
    {
      for (const TownLine &road : mTown.roads)
      {
        if (road.kind == QLatin1String("square"))
          continue;
        const bool main = road.kind == QLatin1String("main");
        const double length = main ? 16.0 : 12.0;
        const double depth = main ? 11.0 : 9.0;
        const double offset = halfWidth(road.kind) + kStreetClearance + depth / 2.0;
        for (std::size_t i = 1; i < road.points.size(); ++i)
        {
          const PointXY a = road.points[i - 1];
          const PointXY b = road.points[i];
          const double segment = std::hypot(b.x - a.x, b.y - a.y);
          if (segment < kBuildingStep)
            continue;
          const PointXY u{(b.x - a.x) / segment, (b.y - a.y) / segment};
          const PointXY v{-u.y, u.x};
          for (double s = kBuildingStep / 2.0; s < segment - kBuildingStep / 4.0; s += kBuildingStep)
          {
            // Two rows on each side: houses on the street and a row behind them.
            for (const double side : {1.0, -1.0})
              for (const double row : {0.0, 1.0})
              {
                const double away = offset + row * (depth + kRowGap);
                const PointXY centre{a.x + s * u.x + side * away * v.x, a.y + s * u.y + side * away * v.y};
                addBuilding(centre, u, length, depth, QStringLiteral("house"), false);
              }
          }
        }
      }
    }

  private:
    PointXY nearestStreetDirection(const PointXY &p) const
    {
      double best = std::numeric_limits<double>::max();
      PointXY direction{1.0, 0.0};
      for (const TownLine &road : mTown.roads)
      {
        const double d = distanceToLine(p, road.points);
        if (d < best)
        {
          best = d;
          direction = directionNear(p, road.points);
        }
      }
      return direction;
    }

    bool inAny(const std::vector<TownPolygon> &polygons, const PointXY &p, const QStringList &kinds) const
    {
      return std::any_of(polygons.begin(), polygons.end(),
                         [&](const TownPolygon &polygon)
                         { return (kinds.isEmpty() || kinds.contains(polygon.kind)) && ringContains(polygon.ring, p.x, p.y); });
    }

    //! Adds a building unless it would stand in the water, on a street or on another building;
    //! a building at an address only checks the water and other address buildings.
    void addBuilding(const PointXY &centre, const PointXY &u, double length, double depth, const QString &kind, bool atAddress)
    {
      const Ring ring = rectangle(centre, u, length, depth);
      for (const PointXY &corner : ring)
        if (inAny(mTown.water, corner, {}))
          return;
      const double spacing = atAddress ? 8.0 : std::max(kMinBuildingSpacing, length);
      for (const PointXY &other : mBuildingCentres)
        if (std::hypot(other.x - centre.x, other.y - centre.y) < spacing)
          return;
      if (!atAddress)
      {
        const bool inTown =
          std::any_of(mUrban.begin(), mUrban.end(), [&centre](const Area &area) { return areaContains(area, centre.x, centre.y); });
        if (!inTown || inAny(mTown.landuse, centre,
                             {QStringLiteral("park"), QStringLiteral("school"), QStringLiteral("sports"), QStringLiteral("cemetery"),
                              QStringLiteral("forest")}))
          return;
        for (const TownLine &road : mTown.roads)
          for (const PointXY &corner : ring)
            if (distanceToLine(corner, road.points) < halfWidth(road.kind) + 2.0)
              return;
        for (const TownLine &rail : mTown.railways)
          if (distanceToLine(centre, rail.points) < 25.0)
            return;
      }
      mBuildingCentres.push_back(centre);
      mTown.buildings.push_back(TownPolygon{QString(), kind, ring});
    }

    const DemoPlaces &mPlaces;
    DemoTown &mTown;
    std::vector<Area> mUrban;
    std::vector<PointXY> mBuildingCentres;
};
} // namespace

QString DemoTown::credit()
{
  // Data kept in the demo store and printed on maps, in the demo's language (not a UI string).
  return QStringLiteral("Demokarta genererad av Lägesbild: påhittade gator och hus, inte en verklig karta över Kungsör");
}

QString DemoTown::streetOf(const QString &address)
{
  static const QRegularExpression numbered(QStringLiteral("^(.*\\S)\\s+\\d+\\s*[A-Za-z]?$"));
  for (const QString &part : address.split(QLatin1Char(',')))
  {
    const QRegularExpressionMatch match = numbered.match(part.trimmed());
    if (match.hasMatch())
      return match.captured(1);
  }
  return QString();
}

QStringList DemoTown::streetNames(const DemoPlaces &places)
{
  QStringList names;
  for (const DemoPlace &place : places.places())
    for (const DemoAddress &address : place.addresses)
    {
      const QString street = streetOf(address.name);
      if (!street.isEmpty() && !names.contains(street))
        names << street;
    }
  names.sort();
  return names;
}

Result<DemoTown> DemoTown::embedded(const DemoPlaces &places)
{
  return build(places, QByteArray(kDemoTownJson));
}

Result<DemoTown> DemoTown::build(const DemoPlaces &places, const QByteArray &townJson)
{
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(townJson, &parseError);
  if (document.isNull())
    return townError(parseError.errorString());
  const QJsonObject root = document.object();
  DemoTown town;

  auto lines = [&root](const QString &key, const QString &defaultKind, std::vector<TownLine> &into) -> bool
  {
    for (const QJsonValue &value : root.value(key).toArray())
    {
      const QJsonObject object = value.toObject();
      const auto line = points(object.value(QStringLiteral("line")), 2);
      if (!line)
        return false;
      into.push_back(
        TownLine{object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("class")).toString(defaultKind), *line});
    }
    return true;
  };
  auto polygons = [&root](const QString &key, std::vector<TownPolygon> &into) -> bool
  {
    for (const QJsonValue &value : root.value(key).toArray())
    {
      const QJsonObject object = value.toObject();
      const auto ring = points(object.value(QStringLiteral("ring")), 4);
      if (!ring)
        return false;
      into.push_back(TownPolygon{object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("class")).toString(), *ring});
    }
    return true;
  };
  auto pointList = [&root](const QString &key, std::vector<TownPoint> &into) -> bool
  {
    for (const QJsonValue &value : root.value(key).toArray())
    {
      const QJsonObject object = value.toObject();
      const auto p = point(object.value(QStringLiteral("point")));
      if (!p)
        return false;
      into.push_back(TownPoint{object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("rank")).toInt(1), *p});
    }
    return true;
  };
  if (!lines(QStringLiteral("streets"), QStringLiteral("street"), town.roads))
    return townError(QStringLiteral("a street is not a line of [x, y] pairs"));
  if (!lines(QStringLiteral("railways"), QStringLiteral("rail"), town.railways))
    return townError(QStringLiteral("a railway is not a line of [x, y] pairs"));
  if (!polygons(QStringLiteral("water"), town.water) || !polygons(QStringLiteral("landuse"), town.landuse))
    return townError(QStringLiteral("a polygon is not a ring of at least four [x, y] pairs"));
  if (!pointList(QStringLiteral("stations"), town.stations) || !pointList(QStringLiteral("places"), town.places))
    return townError(QStringLiteral("a point is not an [x, y] pair"));

  TownBuilder builder(places, town);
  builder.addAreasAsLandUse();
  builder.addLooseStreets();
  builder.addAddressBuildings();
  builder.addStreetBuildings();
  return town;
}

} // namespace lagesbild::demo
