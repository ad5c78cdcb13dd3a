#include "ogrimporter.h"

#include "coordinatetransformer.h"
#include "gdalerrorscope.h"
#include "incidentrowbuilder.h"
#include "messagetext.h"

#include <QCoreApplication>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace lagesbild::importer
{
namespace
{
constexpr std::int64_t kFeaturesPerProgressStep = 1024;

struct DatasetCloser
{
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};

//! OGR date fields as text our date parser reads, with the UTC offset when OGR knows it.
std::string dateTimeText(OGRFeature &feature, int index, OGRFieldType type)
{
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, tzFlag = 0;
  float second = 0.0F;
  if (!feature.GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &tzFlag))
    return {};
  char buffer[64];
  if (type == OFTDate)
  {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
  }
  if (type == OFTTime)
  {
    std::snprintf(buffer, sizeof buffer, "%02d:%02d:%02d", hour, minute, static_cast<int>(second));
    return buffer;
  }
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, static_cast<int>(second));
  std::string text = buffer;
  // tzFlag: 0 unknown, 1 local time, 100 UTC, 100 ± n: offset of n quarter hours.
  if (tzFlag >= 100)
  {
    const int quarters = tzFlag - 100;
    const int minutes = std::abs(quarters) * 15;
    std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", quarters < 0 ? '-' : '+', minutes / 60, minutes % 60);
    text += buffer;
  }
  return text;
}

//! A point inside an area: on the horizontal line through the middle of its extent, the middle
//! of the widest stretch between two crossings of its rings (holes included, even-odd).
bool scanlineInteriorPoint(const OGRGeometry &geometry, PointXY &point)
{
  OGREnvelope extent;
  geometry.getEnvelope(&extent);
  const double y = (extent.MinY + extent.MaxY) / 2.0;
  std::vector<double> crossings;
  const auto addRing = [&](const OGRLinearRing *ring)
  {
    if (!ring)
      return;
    for (int i = 0; i + 1 < ring->getNumPoints(); ++i)
    {
      const double y1 = ring->getY(i), y2 = ring->getY(i + 1);
      if ((y1 <= y && y2 > y) || (y2 <= y && y1 > y))
        crossings.push_back(ring->getX(i) + (y - y1) / (y2 - y1) * (ring->getX(i + 1) - ring->getX(i)));
    }
  };
  const auto addPolygon = [&](const OGRPolygon *polygon)
  {
    addRing(polygon->getExteriorRing());
    for (int i = 0; i < polygon->getNumInteriorRings(); ++i)
      addRing(polygon->getInteriorRing(i));
  };
  if (wkbFlatten(geometry.getGeometryType()) == wkbPolygon)
    addPolygon(geometry.toPolygon());
  else
    for (const OGRPolygon *polygon : *geometry.toMultiPolygon())
      addPolygon(polygon);
  std::sort(crossings.begin(), crossings.end());
  double widest = -1.0;
  for (std::size_t i = 0; i + 1 < crossings.size(); i += 2)
    if (crossings[i + 1] - crossings[i] > widest)
    {
      widest = crossings[i + 1] - crossings[i];
      point = {(crossings[i] + crossings[i + 1]) / 2.0, y};
    }
  return widest >= 0.0;
}

//! The point halfway along a line.
bool middleOf(const OGRLineString &line, PointXY &point)
{
  if (line.IsEmpty())
    return false;
  OGRPoint middle;
  line.Value(line.get_Length() / 2.0, &middle);
  point = {middle.getX(), middle.getY()};
  return true;
}

//! A point for the geometry: the point itself (exact); else a representative point, marked
//! approximate — for a multipoint the member nearest its centroid, for lines the point halfway
//! along the (longest) line, for polygons a point on the surface (always inside, unlike the
//! centroid of a C-shaped area). Geometry collections have none.
bool pointOf(const OGRGeometry *geometry, PointXY &point, LocationPrecision &precision)
{
  if (!geometry || geometry->IsEmpty())
    return false;
  const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
  precision = LocationPrecision::Approximate;
  switch (type)
  {
  case wkbPoint:
  {
    const auto *p = geometry->toPoint();
    point = {p->getX(), p->getY()};
    precision = LocationPrecision::Exact;
    return true;
  }
  case wkbMultiPoint:
  {
    const auto *points = geometry->toMultiPoint();
    OGRPoint centroid;
    if (points->Centroid(&centroid) != OGRERR_NONE)
      return false;
    double best = -1.0;
    for (const OGRPoint *p : *points)
    {
      const double d = std::hypot(p->getX() - centroid.getX(), p->getY() - centroid.getY());
      if (best < 0.0 || d < best)
      {
        best = d;
        point = {p->getX(), p->getY()};
      }
    }
    precision = points->getNumGeometries() == 1 ? LocationPrecision::Exact : LocationPrecision::Approximate;
    return best >= 0.0;
  }
  case wkbLineString:
    return middleOf(*geometry->toLineString(), point);
  case wkbMultiLineString:
  {
    const OGRLineString *longest = nullptr;
    for (const OGRLineString *line : *geometry->toMultiLineString())
      if (!longest || line->get_Length() > longest->get_Length())
        longest = line;
    return longest && middleOf(*longest, point);
  }
  case wkbPolygon:
  case wkbMultiPolygon:
  {
    OGRPoint inside;
    const OGRErr status =
      type == wkbPolygon ? geometry->toPolygon()->PointOnSurface(&inside) : geometry->toMultiPolygon()->PointOnSurface(&inside);
    if (status == OGRERR_NONE && !inside.IsEmpty())
    {
      point = {inside.getX(), inside.getY()};
      return true;
    }
    // Without a point on the surface from GDAL (it needs GEOS): the middle of the widest
    // stretch inside the area on the line across the middle of its extent.
    return scanlineInteriorPoint(*geometry, point);
  }
  default:
    return false;
  }
}

//! Spreadsheets and text tables count rows; other sources count features.
bool countsRows(GDALDataset &dataset)
{
  const char *driver = dataset.GetDriverName();
  const QString name = QString::fromLatin1(driver ? driver : "");
  return name == QLatin1String("XLSX") || name == QLatin1String("ODS") || name == QLatin1String("CSV") || name == QLatin1String("XLS");
}

QString numberList(const std::vector<std::int64_t> &numbers)
{
  constexpr std::size_t kListed = 10;
  QStringList shown;
  for (std::size_t i = 0; i < numbers.size() && i < kListed; ++i)
    shown.append(QString::number(numbers[i]));
  QString text = shown.join(QStringLiteral(", "));
  if (numbers.size() > kListed)
    text += QCoreApplication::translate("importer", " and %n more", nullptr, static_cast<int>(numbers.size() - kListed));
  return text;
}

//! GDAL's own messages, collected, as one warning: the importer's words, GDAL's text cut.
void addGdalMessages(const GdalErrorScope &scope, const QString &fileLabel, ParsedImport &out)
{
  if (scope.messages().isEmpty())
    return;
  out.warnings.push_back({fileLabel, 0, QString(),
                          QCoreApplication::translate("importer", "GDAL reported problems while reading the file: %1")
                            .arg(MessageText::cut(scope.messages().join(QStringLiteral("; ")), 200))});
}
} // namespace

Result<void> OgrImporter::parse(const QString &path, const QString &fileLabel, const ImportOptions &options, ParsedImport &out,
                                Feedback *feedback)
{
  GDALAllRegister();
  const QByteArray pathUtf8 = path.toUtf8();
  // GDAL's and PROJ's messages are collected for the whole reading, never printed raw.
  GdalErrorScope gdalErrors;
  std::unique_ptr<GDALDataset, DatasetCloser> dataset;
  {
    GdalErrorScope openErrors; // a file GDAL cannot open is one message of ours
    dataset.reset(GDALDataset::FromHandle(GDALOpenEx(pathUtf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
  }
  if (!dataset)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("importer", "%1: not a file GDAL can read as vector data").arg(fileLabel));
  const bool geoJson = QString::fromLatin1(dataset->GetDriverName()) == QLatin1String("GeoJSON");
  out.unit = countsRows(*dataset) ? IssueUnit::Line : IssueUnit::Feature;
  std::vector<std::int64_t> representativeFeatures;

  const ColumnMapping *mapping = options.mapping ? &*options.mapping : nullptr;
  ReferenceResolver resolver(options.known, mapping);
  std::int64_t total = 0;
  for (OGRLayer *layer : dataset->GetLayers())
    total += std::max<GIntBig>(0, layer->GetFeatureCount(FALSE));
  std::int64_t done = 0;
  bool anyLayer = false;

  for (OGRLayer *layer : dataset->GetLayers())
  {
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    QStringList headers;
    for (int i = 0; i < definition->GetFieldCount(); ++i)
      headers.append(QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()));
    const QString layerLabel =
      dataset->GetLayerCount() > 1 ? fileLabel + QLatin1Char('/') + QString::fromUtf8(layer->GetName()) : fileLabel;
    auto layout = ColumnLayout::resolve(headers, mapping, layerLabel);
    if (!layout)
      return layout.error();
    if (out.header.isEmpty())
      out.header = headers;

    const bool hasGeometry = layer->GetGeomType() != wkbNone;
    const auto coordinateSource =
      hasGeometry ? IncidentRowBuilder::CoordinateSource::Geometry : IncidentRowBuilder::CoordinateSource::Columns;
    IncidentRowBuilder builder(options, *layout, headers, layerLabel, TextEncoding::Utf8, resolver, out);
    builder.setIssueUnit(out.unit);
    builder.setCheckUtf8(true); // a Shapefile without .cpg may hand over bytes that are not UTF-8
    const auto issues = builder.checkLayout(coordinateSource);
    if (!issues.empty())
    {
      if (layer->GetFeatureCount(FALSE) == 0)
        continue; // an empty extra sheet or layer
      QStringList messages;
      for (const ImportIssue &issue : issues)
        messages.append(issue.toString());
      return makeError(ErrorCode::BadInput,
                       messages.join(QLatin1Char('\n')) +
                         QCoreApplication::translate("importer", " (columns: %1)").arg(MessageText::columnList(headers)));
    }
    anyLayer = true;

    Result<CoordinateTransformer> transformer = makeError(ErrorCode::Internal, QString());
    if (hasGeometry && layer->GetSpatialRef())
      transformer = CoordinateTransformer::fromSpatialReference(*layer->GetSpatialRef());
    else if (hasGeometry)
      transformer = CoordinateTransformer::fromUserInput(options.crs.isEmpty() ? QStringLiteral("EPSG:4326") : options.crs);
    else
      transformer = CoordinateTransformer::fromUserInput(builder.columnCrs());
    if (!transformer)
      return transformer.error();

    std::vector<std::string> storage(static_cast<std::size_t>(definition->GetFieldCount()));
    std::vector<std::string_view> fields(storage.size());
    layer->ResetReading();
    std::int64_t sequence = 0;
    for (auto &feature : *layer)
    {
      ++sequence;
      if (++done % kFeaturesPerProgressStep == 0 && feedback)
      {
        if (feedback->isCancelled())
          return makeError(ErrorCode::Cancelled, QCoreApplication::translate("importer", "import cancelled"));
        feedback->setProgress(total > 0 ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 0.0);
      }
      for (int i = 0; i < definition->GetFieldCount(); ++i)
      {
        std::string &value = storage[static_cast<std::size_t>(i)];
        value.clear();
        if (feature->IsFieldSetAndNotNull(i))
        {
          const OGRFieldType type = definition->GetFieldDefn(i)->GetType();
          if (type == OFTDate || type == OFTDateTime || type == OFTTime)
            value = dateTimeText(*feature, i, type);
          else
            value = feature->GetFieldAsString(i);
        }
        fields[static_cast<std::size_t>(i)] = value;
      }
      // GeoJSON features by their place in the file (1, 2 …); other sources by feature id or row.
      const std::int64_t line = geoJson || feature->GetFID() < 0 ? sequence : feature->GetFID();
      if (hasGeometry)
      {
        PointXY point;
        LocationPrecision precision = LocationPrecision::Exact;
        if (!pointOf(feature->GetGeometryRef(), point, precision))
        {
          ++out.record.read;
          ++out.record.rejected;
          const OGRGeometry *geometry = feature->GetGeometryRef();
          const QString message = !geometry || geometry->IsEmpty()
                                    ? QCoreApplication::translate("importer", "the feature has no geometry")
                                    : QCoreApplication::translate("importer", "a %1 has no point to place an incident at")
                                        .arg(QString::fromUtf8(geometry->getGeometryName()));
          out.errors.push_back({layerLabel, line, QCoreApplication::translate("importer", "geometry"), message, out.unit});
          RejectedRow rejected{line, {}, message};
          for (const std::string_view field : fields)
            rejected.values.append(QString::fromUtf8(field.data(), static_cast<int>(field.size())));
          out.rejected.push_back(std::move(rejected));
          continue;
        }
        if (wkbFlatten(feature->GetGeometryRef()->getGeometryType()) != wkbPoint &&
            !(wkbFlatten(feature->GetGeometryRef()->getGeometryType()) == wkbMultiPoint && precision == LocationPrecision::Exact))
          representativeFeatures.push_back(line);
        builder.addRow(fields, line, &point, precision);
      }
      else
        builder.addRow(fields, line);
    }
    builder.finish(*transformer);
  }
  if (!anyLayer)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("importer", "%1: no layer with features").arg(fileLabel));
  out.newCategories = resolver.newCategories();
  out.newSources = resolver.newSources();
  if (!representativeFeatures.empty())
  {
    const int count = static_cast<int>(representativeFeatures.size());
    out.warnings.push_back({fileLabel, 0, QCoreApplication::translate("importer", "geometry"),
                            QCoreApplication::translate("importer",
                                                        "%n feature(s) are lines, polygons or several points: each was placed at a "
                                                        "representative point (halfway along a line, inside a polygon), marked "
                                                        "approximate: %1",
                                                        nullptr, count)
                              .arg((out.unit == IssueUnit::Line ? QCoreApplication::translate("importer", "rows %1")
                                                                : QCoreApplication::translate("importer", "features %1"))
                                     .arg(numberList(representativeFeatures)))});
  }
  addGdalMessages(gdalErrors, fileLabel, out);
  if (feedback)
    feedback->setProgress(100.0);
  return {};
}

} // namespace lagesbild::importer
