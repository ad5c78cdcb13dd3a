#include "basemapsource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <array>
#include <utility>

namespace lagesbild
{
namespace
{
constexpr std::array<std::pair<BaseMapKind, const char *>, 6> kKindNames{{{BaseMapKind::Xyz, "xyz"},
                                                                          {BaseMapKind::Wmts, "wmts"},
                                                                          {BaseMapKind::Wms, "wms"},
                                                                          {BaseMapKind::RasterFile, "raster"},
                                                                          {BaseMapKind::VectorTiles, "vectortiles"},
                                                                          {BaseMapKind::VectorFile, "vector"}}};

QString tr(const char *text)
{
  return QCoreApplication::translate("BaseMapSource", text);
}

//! A readable name for a service: its host.
QString hostName(const QString &url)
{
  const QString host = QUrl(url).host();
  return host.isEmpty() ? tr("Map service") : host;
}
} // namespace

QString baseMapKindName(BaseMapKind kind)
{
  for (const auto &[value, name] : kKindNames)
    if (value == kind)
      return QString::fromLatin1(name);
  return QString();
}

std::optional<BaseMapKind> baseMapKindFromName(const QString &name)
{
  for (const auto &[value, text] : kKindNames)
    if (name == QLatin1String(text))
      return value;
  return std::nullopt;
}

bool BaseMapSource::operator==(const BaseMapSource &other) const
{
  return kind == other.kind && name == other.name && location == other.location && qFuzzyCompare(opacity + 1.0, other.opacity + 1.0) &&
         visible == other.visible && attribution == other.attribution;
}

BaseMapSource BaseMapSource::openStreetMap()
{
  BaseMapSource source;
  source.kind = BaseMapKind::Xyz;
  source.name = QStringLiteral("OpenStreetMap");
  source.location = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
  source.attribution = QStringLiteral("© OpenStreetMap-bidragsgivare (ODbL)");
  return source;
}

BaseMapSource BaseMapSource::lantmaterietTopographic(const QString &apiKey)
{
  BaseMapSource source;
  source.kind = BaseMapKind::Wmts;
  source.name = tr("Lantmäteriet, topographic web map");
  const QString capabilities =
    QStringLiteral("https://api.lantmateriet.se/open/topowebb-ccby/v1/wmts/token/%1/?request=GetCapabilities&service=WMTS&version=1.0.0")
      .arg(apiKey.trimmed());
  QUrlQuery uri;
  uri.addQueryItem(QStringLiteral("crs"), QStringLiteral("EPSG:3006"));
  uri.addQueryItem(QStringLiteral("format"), QStringLiteral("image/png"));
  uri.addQueryItem(QStringLiteral("layers"), QStringLiteral("topowebb"));
  uri.addQueryItem(QStringLiteral("styles"), QStringLiteral("default"));
  uri.addQueryItem(QStringLiteral("tileMatrixSet"), QStringLiteral("3006"));
  uri.addQueryItem(QStringLiteral("url"), QString::fromLatin1(QUrl::toPercentEncoding(capabilities)));
  source.location = uri.toString(QUrl::FullyEncoded);
  source.attribution = QStringLiteral("© Lantmäteriet (CC BY 4.0)");
  return source;
}

std::optional<BaseMapSource> BaseMapSource::fromServiceText(const QString &text, const QString &layer)
{
  const QString trimmed = text.trimmed();
  if (trimmed.isEmpty())
    return std::nullopt;
  BaseMapSource source;
  if (trimmed.contains(QLatin1String("{z}")) && trimmed.contains(QLatin1String("{x}")))
  {
    source.kind = BaseMapKind::Xyz;
    source.location = trimmed.startsWith(QLatin1String("type=xyz")) ? QUrlQuery(trimmed).queryItemValue(QStringLiteral("url")) : trimmed;
    source.name = hostName(source.location);
    return source;
  }
  if (trimmed.contains(QLatin1String("url=")) && !trimmed.startsWith(QLatin1String("http")))
  {
    // A data-source URI as QGIS writes it: WMTS when it names a tile matrix set.
    const QUrlQuery uri(trimmed);
    source.kind = uri.hasQueryItem(QStringLiteral("tileMatrixSet")) ? BaseMapKind::Wmts : BaseMapKind::Wms;
    source.location = trimmed;
    source.name = uri.queryItemValue(QStringLiteral("layers"));
    if (source.name.isEmpty())
      source.name = hostName(uri.queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded));
    return source;
  }
  const QUrl url(trimmed);
  if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || layer.isEmpty())
    return std::nullopt;
  const bool wmts = trimmed.contains(QLatin1String("wmts"), Qt::CaseInsensitive);
  source.kind = wmts ? BaseMapKind::Wmts : BaseMapKind::Wms;
  QUrlQuery uri;
  uri.addQueryItem(QStringLiteral("crs"), QStringLiteral("EPSG:3006"));
  uri.addQueryItem(QStringLiteral("format"), QStringLiteral("image/png"));
  uri.addQueryItem(QStringLiteral("layers"), layer);
  uri.addQueryItem(QStringLiteral("styles"), wmts ? QStringLiteral("default") : QString());
  if (wmts)
    uri.addQueryItem(QStringLiteral("tileMatrixSet"), QStringLiteral("3006"));
  uri.addQueryItem(QStringLiteral("url"), QString::fromLatin1(QUrl::toPercentEncoding(trimmed)));
  source.location = uri.toString(QUrl::FullyEncoded);
  source.name = layer;
  return source;
}

std::optional<BaseMapSource> BaseMapSource::fromFile(const QString &path, bool vectorTiles)
{
  const QFileInfo info(path);
  const QString suffix = info.suffix().toLower();
  BaseMapSource source;
  source.location = path;
  source.name = info.completeBaseName();
  if (suffix == QLatin1String("mbtiles"))
    source.kind = vectorTiles ? BaseMapKind::VectorTiles : BaseMapKind::RasterFile;
  else if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff") || suffix == QLatin1String("png") ||
           suffix == QLatin1String("jpg") || suffix == QLatin1String("vrt"))
    source.kind = BaseMapKind::RasterFile;
  else if (suffix == QLatin1String("gpkg") || suffix == QLatin1String("shp") || suffix == QLatin1String("geojson") ||
           suffix == QLatin1String("json") || suffix == QLatin1String("fgb"))
    source.kind = BaseMapKind::VectorFile; // a GeoPackage of raster tiles is told apart by the app (it reads the file)
  else
    return std::nullopt;
  return source;
}

} // namespace lagesbild
