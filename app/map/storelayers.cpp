#include "storelayers.h"

#include "store/incidentstore.h"
#include "storelayersource.h"

#include <qgsfield.h>
#include <qgsproviderregistry.h>
#include <qgsprovidersublayerdetails.h>
#include <qgsvectorlayer.h>
#include <qgswkbtypes.h>

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

// The styles are compiled into lagesbild_desktop, a static library: make sure they are linked.
static void initialiseBundledResources()
{
  Q_INIT_RESOURCE(lagesbild);
}

namespace lagesbild
{
namespace
{
int drawingOrder(QgsWkbTypes::GeometryType type)
{
  switch (type)
  {
  case QgsWkbTypes::PointGeometry:
    return 0;
  case QgsWkbTypes::LineGeometry:
    return 1;
  case QgsWkbTypes::PolygonGeometry:
    return 2;
  default:
    return 3;
  }
}
QString tableName(const QgsVectorLayer *layer)
{
  return StoreLayerSource::tableOf(layer);
}

//! Applies resources/styles/<table>.qml (compiled into the binary) when there is one.
void applyBundledStyle(QgsVectorLayer *layer)
{
  static const bool initialised = (initialiseBundledResources(), true);
  Q_UNUSED(initialised)
  QFile file(QStringLiteral(":/lagesbild/styles/%1.qml").arg(tableName(layer)));
  if (!file.open(QIODevice::ReadOnly))
    return;
  QDomDocument document;
  if (!document.setContent(&file))
    return;
  QString error;
  layer->importNamedStyle(document, error);
}

QString displayName(const QString &table)
{
  if (table == QLatin1String("incidents"))
    return QCoreApplication::translate("StoreLayers", "Incidents");
  if (table == QLatin1String("areas"))
    return QCoreApplication::translate("StoreLayers", "Areas");
  if (table == QLatin1String("interventions"))
    return QCoreApplication::translate("StoreLayers", "Interventions");
  return table;
}
} // namespace

void StoreLayers::dress(QgsVectorLayer *layer)
{
  applyBundledStyle(layer);
  if (tableName(layer) == QLatin1String("incidents"))
  {
    // Readable local times for the attribute table and identify results, computed only when
    // shown: the GeoPackage keeps UTC seconds (schema 3), the server a timestamptz.
    const bool server = layer->providerType() == QLatin1String("postgres");
    layer->addExpressionField(server ? QStringLiteral("\"occurred_from\"") : QStringLiteral("datetime_from_epoch(\"occurred_utc\" * 1000)"),
                              QgsField(QStringLiteral("occurred"), QVariant::DateTime));
  }
  layer->setName(displayName(tableName(layer)));
}

StoreLayers StoreLayers::loadFromServer(const QString &location)
{
  StoreLayers result;
  QList<QgsVectorLayer *> vectorLayers;
  for (const QString &table : {QStringLiteral("incidents"), QStringLiteral("interventions"), QStringLiteral("areas")})
  {
    QgsVectorLayer *layer = StoreLayerSource::layer(location, table, table);
    if (!layer->isValid())
    {
      const QString why = layer->dataProvider() ? layer->dataProvider()->error().summary() : QString();
      delete layer;
      qDeleteAll(vectorLayers);
      result.error = QCoreApplication::translate("StoreLayers", "The server table %1 could not be read as a map layer: %2").arg(table, why);
      return result;
    }
    dress(layer);
    vectorLayers.append(layer);
  }
  return ordered(std::move(vectorLayers));
}

StoreLayers StoreLayers::load(const QString &path)
{
  if (IncidentStore::isServerLocation(path))
    return loadFromServer(path);
  StoreLayers result;
  if (!QFileInfo::exists(path))
  {
    result.error = QCoreApplication::translate("StoreLayers", "The file %1 does not exist").arg(path);
    return result;
  }
  const QList<QgsProviderSublayerDetails> sublayers =
    QgsProviderRegistry::instance()->querySublayers(path, Qgis::SublayerQueryFlag::ResolveGeometryType);
  QList<QgsVectorLayer *> vectorLayers;
  for (const QgsProviderSublayerDetails &details : sublayers)
  {
    if (details.type() != QgsMapLayerType::VectorLayer || details.wkbType() == QgsWkbTypes::NoGeometry ||
        details.wkbType() == QgsWkbTypes::Unknown)
      continue;
    // The address register (up to millions of points) is for geocoding and search, not a map layer.
    if (details.name() == QLatin1String("addresses"))
      continue;
    QgsProviderSublayerDetails::LayerOptions options{QgsCoordinateTransformContext()};
    options.loadDefaultStyle = true;
    QgsMapLayer *layer = details.toLayer(options);
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>(layer);
    if (!vectorLayer || !vectorLayer->isValid())
    {
      delete layer;
      continue;
    }
    dress(vectorLayer);
    vectorLayers.append(vectorLayer);
  }
  if (vectorLayers.isEmpty())
  {
    result.error = QCoreApplication::translate("StoreLayers", "No map layers could be read from %1").arg(path);
    return result;
  }
  return ordered(std::move(vectorLayers));
}

StoreLayers StoreLayers::ordered(QList<QgsVectorLayer *> vectorLayers)
{
  StoreLayers result;
  // Layer tree order is top first: points, then lines, then polygons.
  std::stable_sort(vectorLayers.begin(), vectorLayers.end(),
                   [](const QgsVectorLayer *a, const QgsVectorLayer *b)
                   { return drawingOrder(a->geometryType()) < drawingOrder(b->geometryType()); });
  for (QgsVectorLayer *layer : vectorLayers)
  {
    if (layer->geometryType() == QgsWkbTypes::PointGeometry && layer->featureCount() > 0)
    {
      if (result.pointExtent.isNull())
        result.pointExtent = layer->extent();
      else
        result.pointExtent.combineExtentWith(layer->extent());
    }
    result.layers.append(layer);
  }
  return result;
}

} // namespace lagesbild
