#include "basemaplayers.h"

#include "basemapstyle.h"

#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>
#include <qgsprovidersublayerdetails.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>
#include <qgsvectortilelayer.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrlQuery>

#include <algorithm>

// The shipped base-map styles are compiled into this static library: make sure they are linked.
static void initialiseBaseMapResources()
{
  Q_INIT_RESOURCE(basemap);
}

namespace lagesbild
{
namespace
{
QString tr(const char *text)
{
  return QCoreApplication::translate("BaseMapLayers", text);
}

int roleOrder(const QString &role)
{
  // Top first: names, stations, railway, roads, buildings, land use, water.
  const QStringList order{QStringLiteral("places"),    QStringLiteral("stations"), QStringLiteral("railway"), QStringLiteral("roads"),
                          QStringLiteral("buildings"), QStringLiteral("landuse"),  QStringLiteral("water")};
  const int index = static_cast<int>(order.indexOf(role));
  return index < 0 ? static_cast<int>(order.size()) : index;
}

QString serviceUri(const BaseMapSource &source)
{
  if (source.kind != BaseMapKind::Xyz)
    return source.location;
  QUrlQuery uri;
  uri.addQueryItem(QStringLiteral("type"), QStringLiteral("xyz"));
  uri.addQueryItem(QStringLiteral("url"), QString::fromLatin1(QUrl::toPercentEncoding(source.location)));
  uri.addQueryItem(QStringLiteral("zmin"), QStringLiteral("0"));
  uri.addQueryItem(QStringLiteral("zmax"), QStringLiteral("19"));
  return uri.toString(QUrl::FullyEncoded);
}

void fileLayers(const BaseMapSource &source, BaseMapLayer &result)
{
  if (!QFileInfo::exists(source.location))
  {
    result.error = tr("the file %1 is missing").arg(source.location);
    return;
  }
  if (source.kind == BaseMapKind::VectorTiles)
  {
    auto *tiles = new QgsVectorTileLayer(QStringLiteral("type=mbtiles&url=%1").arg(source.location), source.name);
    if (!tiles->isValid())
    {
      delete tiles;
      result.error = tr("%1 has no vector tiles").arg(source.location);
      return;
    }
    bool styled = false;
    tiles->loadDefaultStyle(styled);
    result.layers << tiles;
    return;
  }
  struct Styled
  {
      QgsMapLayer *layer;
      int order;
  };
  std::vector<Styled> styled;
  const QList<QgsProviderSublayerDetails> sublayers =
    QgsProviderRegistry::instance()->querySublayers(source.location, Qgis::SublayerQueryFlag::ResolveGeometryType);
  for (const QgsProviderSublayerDetails &details : sublayers)
  {
    if (details.type() == QgsMapLayerType::VectorLayer &&
        (details.wkbType() == QgsWkbTypes::NoGeometry || details.wkbType() == QgsWkbTypes::Unknown))
      continue;
    QgsProviderSublayerDetails::LayerOptions options{QgsCoordinateTransformContext()};
    options.loadDefaultStyle = false;
    QgsMapLayer *layer = details.toLayer(options);
    if (!layer || !layer->isValid())
    {
      delete layer;
      continue;
    }
    int order = roleOrder(QString());
    if (auto *vector = qobject_cast<QgsVectorLayer *>(layer))
    {
      const QString role = BaseMapStyle::roleFor(details.name(), vector->geometryType());
      BaseMapStyle::apply(vector, role);
      // The demo town's and most municipal files' layers are named after their content.
      layer->setName(sublayers.size() > 1 ? BaseMapStyle::displayName(role) : source.name);
      vector->setReadOnly(true);
      order = roleOrder(role);
    }
    else
      layer->setName(sublayers.size() > 1 ? details.name() : source.name);
    styled.push_back({layer, order});
  }
  std::stable_sort(styled.begin(), styled.end(), [](const Styled &a, const Styled &b) { return a.order < b.order; });
  for (const Styled &entry : styled)
    result.layers << entry.layer;
  if (result.layers.isEmpty())
    result.error = tr("no map layers could be read from %1").arg(source.location);
}
} // namespace

QString BaseMapLayers::groupName()
{
  return tr("Base map");
}

BaseMapLayer BaseMapLayers::create(const BaseMapSource &source)
{
  static const bool initialised = (initialiseBaseMapResources(), true);
  Q_UNUSED(initialised)
  BaseMapLayer result;
  if (source.isOnline())
  {
    auto *layer = new QgsRasterLayer(serviceUri(source), source.name, QStringLiteral("wms"));
    if (!layer->isValid())
    {
      result.error = layer->error().summary().isEmpty() ? tr("the service could not be reached") : layer->error().summary();
      delete layer;
      return result;
    }
    result.layers << layer;
  }
  else
    fileLayers(source, result);
  for (QgsMapLayer *layer : std::as_const(result.layers))
  {
    layer->setOpacity(source.opacity);
    if (!source.attribution.isEmpty())
      layer->setAttribution(source.attribution);
  }
  return result;
}

int BaseMapLayers::sourceIndexOf(const QgsMapLayer *layer)
{
  if (!layer)
    return -1;
  bool ok = false;
  const int index = layer->customProperty(QString::fromLatin1(kSourceProperty), -1).toInt(&ok);
  return ok ? index : -1;
}

QgsLayerTreeGroup *BaseMapLayers::addToProject(QgsProject *project, const BaseMapSettings &settings, QStringList *errors)
{
  QgsLayerTreeGroup *group = nullptr;
  for (std::size_t index = 0; index < settings.sources.size(); ++index)
  {
    const BaseMapSource &source = settings.sources[index];
    BaseMapLayer made = create(source);
    if (made.layers.isEmpty())
    {
      if (errors)
        errors->append(tr("%1: %2").arg(source.name, made.error));
      continue;
    }
    if (!group)
      group = project->layerTreeRoot()->addGroup(groupName());
    QgsLayerTreeGroup *parent = group;
    if (made.layers.size() > 1)
    {
      parent = group->addGroup(source.name);
      parent->setExpanded(false);
    }
    for (QgsMapLayer *layer : std::as_const(made.layers))
    {
      layer->setCustomProperty(QString::fromLatin1(kSourceProperty), static_cast<int>(index));
      project->addMapLayer(layer, false);
      parent->addLayer(layer)->setItemVisibilityChecked(source.visible);
    }
    if (parent != group)
      parent->setItemVisibilityChecked(source.visible);
  }
  return group;
}

QList<QgsMapLayer *> BaseMapLayers::addForPrint(QgsProject *project, const BaseMapSettings &settings, QStringList *errors)
{
  QList<QgsMapLayer *> layers;
  for (std::size_t index = 0; index < settings.sources.size(); ++index)
  {
    const BaseMapSource &source = settings.sources[index];
    if (!source.visible)
      continue;
    BaseMapLayer made = create(source);
    if (made.layers.isEmpty() && errors)
      errors->append(tr("%1: %2").arg(source.name, made.error));
    for (QgsMapLayer *layer : std::as_const(made.layers))
    {
      layer->setCustomProperty(QString::fromLatin1(kSourceProperty), static_cast<int>(index));
      project->addMapLayer(layer, false);
      layers << layer;
    }
  }
  return layers;
}

} // namespace lagesbild
