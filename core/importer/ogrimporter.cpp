#include "ogrimporter.h"

#include "coordinatetransformer.h"
#include "incidentrowbuilder.h"

#include <QCoreApplication>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace lagesbild::importer
{
namespace
{
constexpr std::int64_t kFeaturesPerProgressStep = 1024;

QString tr(const char *text)
{
  return QCoreApplication::translate("importer", text);
}

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

//! A point for the geometry: the point itself, else the centroid (approximate).
bool pointOf(const OGRGeometry *geometry, PointXY &point, LocationPrecision &precision)
{
  if (!geometry || geometry->IsEmpty())
    return false;
  if (wkbFlatten(geometry->getGeometryType()) == wkbPoint)
  {
    const auto *p = geometry->toPoint();
    point = {p->getX(), p->getY()};
    precision = LocationPrecision::Exact;
    return true;
  }
  OGRPoint centroid;
  if (geometry->Centroid(&centroid) != OGRERR_NONE)
    return false;
  point = {centroid.getX(), centroid.getY()};
  precision = wkbFlatten(geometry->getGeometryType()) == wkbMultiPoint ? LocationPrecision::Exact : LocationPrecision::Approximate;
  return true;
}
} // namespace

Result<void> OgrImporter::parse(const QString &path, const QString &fileLabel, const ImportOptions &options, ParsedImport &out,
                                Feedback *feedback)
{
  GDALAllRegister();
  const QByteArray pathUtf8 = path.toUtf8();
  CPLErrorReset();
  CPLPushErrorHandler(CPLQuietErrorHandler);
  std::unique_ptr<GDALDataset, DatasetCloser> dataset(
    GDALDataset::FromHandle(GDALOpenEx(pathUtf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
  CPLPopErrorHandler();
  if (!dataset)
    return makeError(ErrorCode::BadInput, tr("%1: not a file GDAL can read as vector data").arg(fileLabel),
                     QString::fromUtf8(CPLGetLastErrorMsg()));

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
    const auto issues = builder.checkLayout(coordinateSource);
    if (!issues.empty())
    {
      if (layer->GetFeatureCount(FALSE) == 0)
        continue; // an empty extra sheet or layer
      QStringList messages;
      for (const ImportIssue &issue : issues)
        messages.append(issue.toString());
      return makeError(ErrorCode::BadInput,
                       messages.join(QLatin1Char('\n')) + tr(" (columns: %1)").arg(headers.join(QStringLiteral(", "))));
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
          return makeError(ErrorCode::Cancelled, tr("import cancelled"));
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
      const std::int64_t line = feature->GetFID() >= 0 ? feature->GetFID() : sequence;
      if (hasGeometry)
      {
        PointXY point;
        LocationPrecision precision = LocationPrecision::Exact;
        if (!pointOf(feature->GetGeometryRef(), point, precision))
        {
          ++out.record.read;
          ++out.record.rejected;
          const QString message = tr("the feature has no geometry");
          out.errors.push_back({layerLabel, line, tr("geometry"), message});
          RejectedRow rejected{line, {}, message};
          for (const std::string_view field : fields)
            rejected.values.append(QString::fromUtf8(field.data(), static_cast<int>(field.size())));
          out.rejected.push_back(std::move(rejected));
          continue;
        }
        builder.addRow(fields, line, &point, precision);
      }
      else
        builder.addRow(fields, line);
    }
    builder.finish(*transformer);
  }
  if (!anyLayer)
    return makeError(ErrorCode::BadInput, tr("%1: no layer with features").arg(fileLabel));
  out.newCategories = resolver.newCategories();
  out.newSources = resolver.newSources();
  if (feedback)
    feedback->setProgress(100.0);
  return {};
}

} // namespace lagesbild::importer
