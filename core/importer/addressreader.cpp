#include "addressreader.h"

#include "columnmapping.h"
#include "coordinatetransformer.h"
#include "gdalerrorscope.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <array>
#include <memory>

namespace lagesbild::importer
{
namespace
{
enum Field
{
  Street,
  Number,
  Letter,
  Postcode,
  Town,
  Municipality,
  Place,
  X,
  Y,
  Lat,
  Lon,
  FieldCount
};

struct FieldAliases
{
    const char *name;                  //!< in mapping files
    std::vector<const char *> headers; //!< normalised (normalizedHeader): OSM first, then Lantmäteriet, then general
};

const std::array<FieldAliases, FieldCount> &aliases()
{
  static const std::array<FieldAliases, FieldCount> sAliases = {{
    {"street", {"addrstreet", "adressomrade", "adressomradesnamn", "adressomradenamn", "faststalltnamn", "gatunamn", "gata", "street"}},
    {"number",
     {"addrhousenumber", "adressplatsnummer", "adressplatsbeteckning", "nummer", "husnummer", "gatunummer", "number", "housenumber"}},
    {"letter", {"bokstavstillagg", "bokstav", "letter"}},
    {"postcode", {"addrpostcode", "postnummer", "postnr", "postcode", "zip"}},
    {"town", {"addrcity", "postort", "ort", "city", "town"}},
    {"municipality", {"kommunkod", "kommun", "municipality", "municipalitycode"}},
    {"place", {"name", "namn", "platsnamn", "ortnamn", "place"}},
    {"x", {"x", "e", "easting", "ost", "xkoord"}},
    {"y", {"y", "n", "northing", "nord", "ykoord"}},
    {"lat", {"lat", "latitude", "latitud"}},
    {"lon", {"lon", "lng", "long", "longitude", "longitud"}},
  }};
  return sAliases;
}

struct DatasetCloser
{
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};

//! OSM's other_tags hstore text: "addr:street"=>"Drottninggatan","addr:housenumber"=>"4".
QHash<QString, QString> hstore(const QString &text)
{
  static const QRegularExpression pair(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\"=>\"((?:[^\"\\\\]|\\\\.)*)\""));
  QHash<QString, QString> tags;
  for (auto it = pair.globalMatch(text); it.hasNext();)
  {
    const auto match = it.next();
    tags.insert(match.captured(1), match.captured(2));
  }
  return tags;
}

//! "12", "12B", "12 b", "12-14" → 12 and "B".
void splitNumber(const QString &text, int &number, QString &letter)
{
  static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*([A-Za-zÅÄÖåäö])?(?![A-Za-zÅÄÖåäö])"));
  const auto match = pattern.match(text);
  if (!match.hasMatch())
    return;
  number = match.captured(1).toInt();
  if (letter.isEmpty())
    letter = match.captured(2).toUpper();
}
} // namespace

Result<AddressMapping> AddressMapping::load(const QString &path)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("importer", "%1: cannot read the mapping file").arg(path),
                     file.errorString());
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
  if (!document.isObject())
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("importer", "%1: not a JSON object: %2").arg(path, parseError.errorString()));
  AddressMapping mapping;
  const QJsonObject columns = document.object().value(QStringLiteral("columns")).toObject();
  for (auto it = columns.begin(); it != columns.end(); ++it)
  {
    const auto known =
      std::find_if(aliases().begin(), aliases().end(), [&](const FieldAliases &field) { return it.key() == QLatin1String(field.name); });
    if (known == aliases().end())
      return makeError(ErrorCode::BadInput,
                       QCoreApplication::translate("importer", "%1: columns: unknown field \"%2\" (street, number, letter, postcode, town, "
                                                               "municipality, place, x, y, lat, lon)")
                         .arg(path, it.key()));
    mapping.columns[it.key()] = it.value().toString().trimmed();
  }
  mapping.crs = document.object().value(QStringLiteral("crs")).toString().trimmed();
  return mapping;
}

Result<AddressReadResult> AddressReader::read(const QString &path, const AddressMapping *mapping, Feedback *feedback)
{
  if (!QFileInfo::exists(path))
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("importer", "%1: no such file").arg(path));
  GDALAllRegister();
  // GDAL's and PROJ's messages are collected for the whole reading, never printed raw.
  GdalErrorScope gdalErrors;
  const char *csvOptions[] = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=YES", nullptr};
  std::unique_ptr<GDALDataset, DatasetCloser> dataset(
    static_cast<GDALDataset *>(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, csvOptions, nullptr)));
  if (!dataset)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("importer", "%1: GDAL cannot read this file as vector data").arg(path),
                     gdalErrors.messages().join(QStringLiteral("; ")));

  AddressReadResult result;
  std::optional<CoordinateTransformer> columnTransformer;
  if (mapping && !mapping->crs.isEmpty())
  {
    auto transformer = CoordinateTransformer::fromUserInput(mapping->crs);
    if (!transformer)
      return transformer.error();
    columnTransformer.emplace(std::move(*transformer));
  }
  const bool osm = QString::fromUtf8(dataset->GetDriverName()) == QLatin1String("OSM");
  for (int layerIndex = 0; layerIndex < dataset->GetLayerCount(); ++layerIndex)
  {
    OGRLayer *layer = dataset->GetLayer(layerIndex);
    // The OSM driver's lines carry street names, not addresses.
    if (osm && QString::fromUtf8(layer->GetName()) != QLatin1String("points") &&
        QString::fromUtf8(layer->GetName()) != QLatin1String("multipolygons"))
      continue;
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    std::array<int, FieldCount> index;
    index.fill(-1);
    std::vector<QString> normalized;
    for (int i = 0; i < definition->GetFieldCount(); ++i)
      normalized.push_back(normalizedHeader(QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef())));
    for (int f = 0; f < FieldCount; ++f)
    {
      if (mapping)
        if (auto it = mapping->columns.find(QString::fromLatin1(aliases()[f].name)); it != mapping->columns.end())
        {
          index[f] = definition->GetFieldIndex(it->second.toUtf8().constData());
          if (index[f] < 0)
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate("importer", "%1: mapping names column \"%2\", which is not in layer %3")
                               .arg(path, it->second, QString::fromUtf8(layer->GetName())));
          continue;
        }
      for (const char *alias : aliases()[f].headers)
      {
        const auto at = std::find(normalized.begin(), normalized.end(), QLatin1String(alias));
        if (at != normalized.end())
        {
          index[f] = static_cast<int>(at - normalized.begin());
          break;
        }
      }
    }
    const int otherTags = definition->GetFieldIndex("other_tags");
    const OGRSpatialReference *layerReference = layer->GetSpatialRef();
    std::optional<CoordinateTransformer> geometryTransformer;
    if (layerReference)
    {
      auto transformer = CoordinateTransformer::fromSpatialReference(*layerReference);
      if (!transformer)
        return transformer.error();
      geometryTransformer.emplace(std::move(*transformer));
    }
    const bool latLon = index[X] < 0 && index[Lat] >= 0 && index[Lon] >= 0;

    std::vector<geocoding::AddressPoint> points;
    std::vector<double> xs, ys;
    layer->ResetReading();
    // Progress where the driver knows the count without a pass of its own (GeoPackage, Shapefile).
    const GIntBig featureCount = layer->GetFeatureCount(FALSE);
    const std::int64_t readBefore = result.read;
    for (std::unique_ptr<OGRFeature> feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature()))
    {
      ++result.read;
      if (feedback && result.read % 8192 == 0)
      {
        if (feedback->isCancelled())
          return makeError(ErrorCode::Cancelled,
                           QCoreApplication::translate("importer", "The address import was cancelled; nothing was changed."));
        if (featureCount > 0)
          feedback->setProgress(std::min(99.0, 100.0 * static_cast<double>(result.read - readBefore) / static_cast<double>(featureCount)));
      }
      auto text = [&](Field field) -> QString
      {
        return index[field] >= 0 && feature->IsFieldSetAndNotNull(index[field])
                 ? QString::fromUtf8(feature->GetFieldAsString(index[field])).trimmed()
                 : QString();
      };
      geocoding::AddressPoint point;
      point.street = text(Street);
      point.letter = text(Letter).toUpper();
      splitNumber(text(Number), point.number, point.letter);
      point.postcode = text(Postcode);
      point.postalTown = text(Town);
      point.municipalityCode = text(Municipality);
      const QString place = text(Place);
      bool namedPlace = !osm;
      if (otherTags >= 0 && feature->IsFieldSetAndNotNull(otherTags))
      {
        const QHash<QString, QString> tags = hstore(QString::fromUtf8(feature->GetFieldAsString(otherTags)));
        // In OSM every shop and bus stop has a name: named places are squares, parks, schools and the like.
        for (const char *key : {"leisure", "amenity", "tourism", "place"})
          namedPlace = namedPlace || tags.contains(QString::fromLatin1(key));
        if (point.street.isEmpty())
          point.street = tags.value(QStringLiteral("addr:street"));
        if (point.number == 0)
          splitNumber(tags.value(QStringLiteral("addr:housenumber")), point.number, point.letter);
        if (point.postcode.isEmpty())
          point.postcode = tags.value(QStringLiteral("addr:postcode"));
        if (point.postalTown.isEmpty())
          point.postalTown = tags.value(QStringLiteral("addr:city"));
      }
      if (point.street.isEmpty() && namedPlace)
        point.placeName = place;
      if (point.street.isEmpty() && point.placeName.isEmpty())
      {
        ++result.skipped;
        continue;
      }
      double x = 0.0, y = 0.0;
      bool ok = false;
      if (const OGRGeometry *geometry = feature->GetGeometryRef(); geometry && !geometry->IsEmpty() && index[X] < 0 && !latLon)
      {
        OGRPoint centre;
        if (wkbFlatten(geometry->getGeometryType()) == wkbPoint)
        {
          centre = *geometry->toPoint();
          ok = true;
        }
        else
          ok = geometry->Centroid(&centre) == OGRERR_NONE;
        x = centre.getX();
        y = centre.getY();
      }
      else
      {
        bool okX = false, okY = false;
        x = text(latLon ? Lon : X).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&okX);
        y = text(latLon ? Lat : Y).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&okY);
        ok = okX && okY;
      }
      if (!ok)
      {
        ++result.skipped;
        continue;
      }
      points.push_back(std::move(point));
      xs.push_back(x);
      ys.push_back(y);
    }
    // Geometries in the layer's CRS; x/y columns in the mapping's (else EPSG:3006), lat/lon in WGS 84.
    std::vector<char> success(xs.size(), 1);
    const bool fromColumns = index[X] >= 0 || latLon;
    if (fromColumns && latLon && !columnTransformer)
    {
      auto wgs84 = CoordinateTransformer::fromUserInput(QStringLiteral("EPSG:4326"));
      if (!wgs84)
        return wgs84.error();
      wgs84->transform(xs, ys, success);
    }
    else if (fromColumns && columnTransformer)
      columnTransformer->transform(xs, ys, success);
    else if (!fromColumns && geometryTransformer)
      geometryTransformer->transform(xs, ys, success);
    for (std::size_t i = 0; i < points.size(); ++i)
    {
      if (!success[i] || !CoordinateTransformer::isInSweden(xs[i], ys[i]))
      {
        ++result.skipped;
        continue;
      }
      points[i].x = xs[i];
      points[i].y = ys[i];
      result.addresses.push_back(std::move(points[i]));
    }
  }
  if (feedback)
    feedback->setProgress(100.0);
  return result;
}

} // namespace lagesbild::importer
