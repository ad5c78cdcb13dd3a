#include "treatedareaslayer.h"

#include "model/interventiontypes.h"

#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>

namespace lagesbild
{
namespace
{
constexpr int kCircleSegments = 24;

QgsPolygonXY polygonOf(const std::vector<Ring> &rings)
{
  QgsPolygonXY polygon;
  for (const Ring &ring : rings)
  {
    QgsPolylineXY line;
    for (const PointXY &point : ring)
      line.append(QgsPointXY(point.x, point.y));
    if (line.size() >= 3 && line.constFirst() != line.constLast())
      line.append(line.constFirst());
    if (line.size() >= 4)
      polygon.append(line);
  }
  return polygon;
}
} // namespace

QgsGeometry TreatedAreasLayer::geometry(const Intervention &intervention, const std::vector<Area> &areas)
{
  if (!intervention.boundary.empty())
  {
    const QgsPolygonXY polygon = polygonOf(intervention.boundary);
    if (!polygon.isEmpty())
      return QgsGeometry::fromPolygonXY(polygon);
  }
  if (intervention.centre && intervention.radius > 0.0)
    return QgsGeometry::fromPointXY(QgsPointXY(intervention.centre->x, intervention.centre->y))
      .buffer(intervention.radius, kCircleSegments);
  if (!intervention.areaCode.isEmpty())
  {
    for (const Area &area : areas)
    {
      if (area.code != intervention.areaCode)
        continue;
      QgsMultiPolygonXY multi;
      for (const std::vector<Ring> &rings : area.polygons)
      {
        const QgsPolygonXY polygon = polygonOf(rings);
        if (!polygon.isEmpty())
          multi.append(polygon);
      }
      if (!multi.isEmpty())
        return QgsGeometry::fromMultiPolygonXY(multi);
    }
  }
  return {};
}

QgsVectorLayer *TreatedAreasLayer::create()
{
  auto *layer = new QgsVectorLayer(QStringLiteral("MultiPolygon?crs=EPSG:3006&field=id:long&field=title:string&field=type:string&"
                                                  "field=active:boolean"),
                                   QCoreApplication::translate("TreatedAreasLayer", "Treated areas"), QStringLiteral("memory"));
  applyStyle(*layer);
  return layer;
}

void TreatedAreasLayer::applyStyle(QgsVectorLayer &layer)
{
  QVariantMap properties;
  properties.insert(QStringLiteral("color"), QStringLiteral("106,61,154,50"));
  properties.insert(QStringLiteral("outline_color"), QStringLiteral("106,61,154,255"));
  properties.insert(QStringLiteral("outline_width"), QStringLiteral("0.6"));
  properties.insert(QStringLiteral("outline_style"), QStringLiteral("solid"));
  layer.setRenderer(new QgsSingleSymbolRenderer(QgsFillSymbol::createSimple(properties)));
  layer.triggerRepaint();
}

void TreatedAreasLayer::fill(QgsVectorLayer &layer, const std::vector<Intervention> &interventions, const std::vector<Area> &areas)
{
  QgsVectorDataProvider *provider = layer.dataProvider();
  provider->truncate();
  QgsFeatureList features;
  for (const Intervention &intervention : interventions)
  {
    QgsGeometry shape = geometry(intervention, areas);
    if (shape.isEmpty())
      continue;
    shape.convertToMultiType();
    QgsFeature feature(layer.fields());
    feature.setGeometry(shape);
    QgsAttributes attributes;
    attributes << QVariant::fromValue<qlonglong>(intervention.id) << intervention.title << InterventionTypes::name(intervention.type)
               << !intervention.closed;
    feature.setAttributes(attributes);
    features.append(feature);
  }
  provider->addFeatures(features);
  layer.updateExtents();
  layer.removeSelection();
  layer.triggerRepaint();
}

void TreatedAreasLayer::select(QgsVectorLayer &layer, std::int64_t interventionId)
{
  if (layer.providerType() != QLatin1String("memory"))
  {
    layer.selectByIds(interventionId ? QgsFeatureIds{interventionId} : QgsFeatureIds());
    return;
  }
  QgsFeatureIds ids;
  QgsFeatureIterator iterator =
    layer.getFeatures(QgsFeatureRequest().setFilterExpression(QStringLiteral("\"id\" = %1").arg(interventionId)));
  QgsFeature feature;
  while (iterator.nextFeature(feature))
    ids.insert(feature.id());
  layer.selectByIds(ids);
}

} // namespace lagesbild
