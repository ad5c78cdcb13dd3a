#include "riskzonesmaplayer.h"

#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgsfillsymbol.h>
#include <qgsgeometry.h>
#include <qgspallabeling.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace lagesbild
{
namespace
{
constexpr int kCircleSegments = 16;

void style(QgsVectorLayer *layer)
{
  QgsFillSymbol *symbol = QgsFillSymbol::createSimple({{QStringLiteral("color"), QStringLiteral("255,127,0,70")},
                                                       {QStringLiteral("outline_color"), QStringLiteral("204,76,0,255")},
                                                       {QStringLiteral("outline_width"), QStringLiteral("0.5")}});
  layer->setRenderer(new QgsSingleSymbolRenderer(symbol));

  QgsPalLayerSettings label;
  label.fieldName = QStringLiteral("label");
  label.placement = QgsPalLayerSettings::OverPoint;
  label.displayAll = true; // the days left matter more than the names of the areas beneath
  QgsTextFormat format;
  format.setSize(8);
  format.setColor(QColor(120, 40, 0));
  QgsTextBufferSettings buffer;
  buffer.setEnabled(true);
  buffer.setSize(0.8);
  format.setBuffer(buffer);
  label.setFormat(format);
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(label));
  layer->setLabelsEnabled(true);
}
} // namespace

QgsVectorLayer *RiskZonesMapLayer::create(const std::vector<RiskZone> &zones, double radius, const QString &name,
                                          const DaysLeftLabel &daysLeftLabel)
{
  auto *layer = new QgsVectorLayer(QStringLiteral("Polygon?crs=EPSG:3006&field=days_left:integer&field=last_day:string(10)"
                                                  "&field=incident_day:string(10)&field=radius_m:double&field=label:string(40)"),
                                   name, QStringLiteral("memory"));
  QgsFeatureList features;
  for (const RiskZone &zone : zones)
  {
    QgsFeature feature(layer->fields());
    feature.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(zone.x, zone.y)).buffer(radius, kCircleSegments));
    feature.setAttribute(QStringLiteral("days_left"), zone.daysLeft);
    feature.setAttribute(QStringLiteral("last_day"), zone.lastDay.toString(Qt::ISODate));
    feature.setAttribute(QStringLiteral("incident_day"), zone.incidentDay.toString(Qt::ISODate));
    feature.setAttribute(QStringLiteral("radius_m"), radius);
    feature.setAttribute(QStringLiteral("label"), daysLeftLabel(zone.daysLeft));
    features.append(feature);
  }
  layer->dataProvider()->addFeatures(features);
  layer->updateExtents();
  style(layer);
  return layer;
}

} // namespace lagesbild
