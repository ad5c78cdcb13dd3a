#include "storelayersource.h"

#include "store/incidentstore.h"

#include <qgsdatasourceuri.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>
#include <qgswkbtypes.h>

namespace lagesbild
{
namespace
{
const QString kServerSchema = QStringLiteral("lagesbild");

//! The geometry column and type of the server's tables (none for reference tables).
void describeServerTable(QgsDataSourceUri &uri, const QString &table, const QString &key)
{
  if (table == QLatin1String("incidents"))
  {
    uri.setDataSource(kServerSchema, table, QStringLiteral("geom"), QString(), key);
    uri.setWkbType(QgsWkbTypes::Point);
    uri.setSrid(QStringLiteral("3006"));
  }
  else if (table == QLatin1String("areas") || table == QLatin1String("interventions"))
  {
    uri.setDataSource(kServerSchema, table, QStringLiteral("geom"), QString(), key);
    uri.setWkbType(QgsWkbTypes::MultiPolygon);
    uri.setSrid(QStringLiteral("3006"));
  }
  else
  {
    uri.setDataSource(kServerSchema, table, QString(), QString(), key);
  }
}

QString serverKey(const QString &table)
{
  return table == QLatin1String("incidents") || table == QLatin1String("areas") || table == QLatin1String("interventions")
           ? QStringLiteral("fid")
           : QStringLiteral("id");
}
} // namespace

StoreLayerSource StoreLayerSource::forTable(const QString &location, const QString &table, const QString &subset)
{
  if (!IncidentStore::isServerLocation(location))
  {
    QString uri = location + QStringLiteral("|layername=") + table;
    if (!subset.isEmpty())
      uri += QStringLiteral("|subset=") + subset;
    return {uri, QStringLiteral("ogr")};
  }
  QgsDataSourceUri uri(IncidentStore::providerConnection(location));
  describeServerTable(uri, table, serverKey(table));
  uri.setSql(subset);
  // The incidents' extent and count from the server's statistics: exact ones scan millions of
  // rows on open. (Before the server has gathered statistics the estimate is empty; the first
  // view then falls back to the areas, small tables whose extent is exact.)
  uri.setUseEstimatedMetadata(table == QLatin1String("incidents"));
  // The server's key columns are unique by definition: no need for QGIS to check them.
  uri.setParam(QStringLiteral("checkPrimaryKeyUnicity"), QStringLiteral("0"));
  return {uri.uri(false), QStringLiteral("postgres")};
}

QgsVectorLayer *StoreLayerSource::layer(const QString &location, const QString &table, const QString &name, const QString &subset)
{
  const StoreLayerSource source = forTable(location, table, subset);
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  return new QgsVectorLayer(source.uri, name, source.provider, options);
}

QString StoreLayerSource::tableOf(const QgsVectorLayer *layer)
{
  if (!layer)
    return {};
  const QVariantMap parts = QgsProviderRegistry::instance()->decodeUri(layer->providerType(), layer->source());
  if (layer->providerType() == QLatin1String("postgres"))
    return parts.value(QStringLiteral("schema")).toString() == kServerSchema ? parts.value(QStringLiteral("table")).toString() : QString();
  return parts.value(QStringLiteral("layerName")).toString();
}

StoreLayerSource StoreLayerSource::sibling(const QgsVectorLayer *layer, const QString &table)
{
  if (layer->providerType() == QLatin1String("postgres"))
  {
    QgsDataSourceUri uri(layer->source());
    uri.setSql(QString());
    describeServerTable(uri, table, serverKey(table));
    uri.setWkbType(table == QLatin1String("areas") ? QgsWkbTypes::MultiPolygon : QgsWkbTypes::NoGeometry);
    return {uri.uri(false), QStringLiteral("postgres")};
  }
  QVariantMap parts = QgsProviderRegistry::instance()->decodeUri(QStringLiteral("ogr"), layer->source());
  parts[QStringLiteral("layerName")] = table;
  parts.remove(QStringLiteral("subset"));
  return {QgsProviderRegistry::instance()->encodeUri(QStringLiteral("ogr"), parts), QStringLiteral("ogr")};
}

} // namespace lagesbild
