#include "demotownwriter.h"

#include "basemap/basemapsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace lagesbild::demo
{
namespace
{
constexpr int kSweref = 3006;

Error gdalError(const QString &what, const QString &path)
{
  return makeError(ErrorCode::StoreError, QCoreApplication::translate("DemoTownWriter", "The demo map %1 could not be written.").arg(path),
                   QStringLiteral("%1: %2").arg(what, QString::fromUtf8(CPLGetLastErrorMsg())));
}

struct Field
{
    const char *name;
    std::function<QString(std::size_t)> value;
};

OGRGeometryH lineGeometry(const std::vector<PointXY> &points)
{
  OGRGeometryH line = OGR_G_CreateGeometry(wkbLineString);
  for (const PointXY &p : points)
    OGR_G_AddPoint_2D(line, p.x, p.y);
  return line;
}

OGRGeometryH polygonGeometry(const Ring &ring)
{
  OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
  OGRGeometryH linear = OGR_G_CreateGeometry(wkbLinearRing);
  for (const PointXY &p : ring)
    OGR_G_AddPoint_2D(linear, p.x, p.y);
  OGR_G_AddGeometryDirectly(polygon, linear);
  return polygon;
}

OGRGeometryH pointGeometry(const PointXY &p)
{
  OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
  OGR_G_SetPoint_2D(point, 0, p.x, p.y);
  return point;
}

class Writer
{
  public:
    Writer(GDALDatasetH dataset, OGRSpatialReferenceH srs, QString path) : mDataset(dataset), mSrs(srs), mPath(std::move(path)) {}

    Result<void> layer(const char *name, const QString &description, OGRwkbGeometryType type, std::size_t count,
                       const std::function<OGRGeometryH(std::size_t)> &geometry, const std::vector<Field> &fields)
    {
      const QByteArray descriptionOption = QStringLiteral("DESCRIPTION=%1").arg(description).toUtf8();
      const char *options[] = {descriptionOption.constData(), "SPATIAL_INDEX=YES", nullptr};
      OGRLayerH layer = GDALDatasetCreateLayer(mDataset, name, mSrs, type, const_cast<char **>(options));
      if (!layer)
        return gdalError(QStringLiteral("CreateLayer %1").arg(QLatin1String(name)), mPath);
      for (const Field &field : fields)
      {
        OGRFieldDefnH definition = OGR_Fld_Create(field.name, OFTString);
        const bool created = OGR_L_CreateField(layer, definition, TRUE) == OGRERR_NONE;
        OGR_Fld_Destroy(definition);
        if (!created)
          return gdalError(QStringLiteral("CreateField %1").arg(QLatin1String(field.name)), mPath);
      }
      OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
      for (std::size_t i = 0; i < count; ++i)
      {
        OGRFeatureH feature = OGR_F_Create(definition);
        for (int f = 0; f < static_cast<int>(fields.size()); ++f)
        {
          const QString value = fields[static_cast<std::size_t>(f)].value(i);
          if (!value.isEmpty())
            OGR_F_SetFieldString(feature, f, value.toUtf8().constData());
        }
        OGR_F_SetGeometryDirectly(feature, geometry(i));
        const bool ok = OGR_L_CreateFeature(layer, feature) == OGRERR_NONE;
        OGR_F_Destroy(feature);
        if (!ok)
          return gdalError(QStringLiteral("CreateFeature %1").arg(QLatin1String(name)), mPath);
      }
      return {};
    }

  private:
    GDALDatasetH mDataset;
    OGRSpatialReferenceH mSrs;
    QString mPath;
};
} // namespace

Result<void> DemoTownWriter::write(const QString &path, const DemoTown &town)
{
  GDALAllRegister();
  GDALDriverH driver = GDALGetDriverByName("GPKG");
  if (!driver)
    return gdalError(QStringLiteral("GPKG driver"), path);
  QFile::remove(path);
  GDALDatasetH dataset = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!dataset)
    return gdalError(QStringLiteral("GDALCreate"), path);
  OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(srs, kSweref);
  OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
  Writer writer(dataset, srs, path);
  const QString credit = DemoTown::credit();

  Result<void> done =
    GDALDatasetStartTransaction(dataset, FALSE) == OGRERR_NONE ? Result<void>() : gdalError(QStringLiteral("transaction"), path);
  auto polygons = [&](const char *name, const std::vector<TownPolygon> &items)
  {
    return writer.layer(
      name, credit, wkbPolygon, items.size(), [&items](std::size_t i) { return polygonGeometry(items[i].ring); },
      {{"name", [&items](std::size_t i) { return items[i].name; }}, {"class", [&items](std::size_t i) { return items[i].kind; }}});
  };
  auto lines = [&](const char *name, const std::vector<TownLine> &items)
  {
    return writer.layer(
      name, credit, wkbLineString, items.size(), [&items](std::size_t i) { return lineGeometry(items[i].points); },
      {{"name", [&items](std::size_t i) { return items[i].name; }}, {"class", [&items](std::size_t i) { return items[i].kind; }}});
  };
  auto points = [&](const char *name, const std::vector<TownPoint> &items)
  {
    return writer.layer(name, credit, wkbPoint, items.size(), [&items](std::size_t i) { return pointGeometry(items[i].point); },
                        {{"name", [&items](std::size_t i) { return items[i].name; }},
                         {"rank", [&items](std::size_t i) { return QString::number(items[i].rank); }}});
  };
  if (done)
    done = polygons("water", town.water);
  if (done)
    done = polygons("landuse", town.landuse);
  if (done)
    done = polygons("buildings", town.buildings);
  if (done)
    done = lines("roads", town.roads);
  if (done)
    done = lines("railway", town.railways);
  if (done)
    done = points("stations", town.stations);
  if (done)
    done = points("places", town.places);
  if (done && GDALDatasetCommitTransaction(dataset) != OGRERR_NONE)
    done = gdalError(QStringLiteral("commit"), path);
  GDALClose(dataset);
  OSRDestroySpatialReference(srs);
  if (!done)
    QFile::remove(path);
  return done;
}

QString DemoTownWriter::pathBeside(const QString &storePath)
{
  const QFileInfo info(storePath);
  return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-karta.gpkg"));
}

Result<QString> DemoTownWriter::writeBesideStore(const QString &storePath)
{
  const auto places = DemoPlaces::embedded();
  if (!places)
    return places.error();
  const auto town = DemoTown::embedded(*places);
  if (!town)
    return town.error();
  const QString path = pathBeside(storePath);
  if (auto written = write(path, *town); !written)
    return written.error();
  BaseMapSettings settings;
  BaseMapSource source;
  source.kind = BaseMapKind::VectorFile;
  source.name = QStringLiteral("Demokarta Kungsör"); // data in the store, in the demo's language
  source.location = path;
  source.attribution = DemoTown::credit();
  settings.sources.push_back(source);
  if (auto saved = BaseMapSettings::save(storePath, settings); !saved)
    return saved.error();
  return path;
}

} // namespace lagesbild::demo
