#include "incidentstyle.h"

#include "model/categorynames.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspointclusterrenderer.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QColor>

namespace lagesbild
{
namespace
{
QgsMarkerSymbol *markerFor(const QColor &colour)
{
  // A white halo with a faint dark rim under the category colour: the point stays readable over
  // a busy base map (streets, buildings, water) as well as over a plain background.
  QVariantMap halo;
  halo.insert(QStringLiteral("name"), QStringLiteral("circle"));
  halo.insert(QStringLiteral("color"), QStringLiteral("255,255,255,235"));
  halo.insert(QStringLiteral("outline_color"), QStringLiteral("40,40,40,110"));
  halo.insert(QStringLiteral("outline_width"), QStringLiteral("0.15"));
  halo.insert(QStringLiteral("size"), QStringLiteral("3.5"));
  QgsMarkerSymbol *symbol = QgsMarkerSymbol::createSimple(halo);
  QVariantMap properties;
  properties.insert(QStringLiteral("name"), QStringLiteral("circle"));
  properties.insert(QStringLiteral("color"), colour.name());
  properties.insert(QStringLiteral("outline_color"), colour.darker(150).name());
  properties.insert(QStringLiteral("outline_width"), QStringLiteral("0.15"));
  properties.insert(QStringLiteral("size"), QStringLiteral("2.6"));
  symbol->appendSymbolLayer(QgsSimpleMarkerSymbolLayer::create(properties));
  return symbol;
}
} // namespace

QgsFeatureRenderer *IncidentStyle::createRenderer(const std::vector<Category> &categories, const QString &categoryField, bool swedish,
                                                  bool clustered)
{
  QgsCategoryList classes;
  // "Skadegörelse (anmält brott)" and "Skadegörelse (lägesrapport)" in the layer tree and legends.
  const CategoryNames names(categories, swedish);
  for (const Category &category : categories)
  {
    const QString label = names.name(category);
    // The store's incidents.category holds the category's id (schema 3); a code when there is none.
    const QVariant value = category.id > 0 ? QVariant(static_cast<qlonglong>(category.id)) : QVariant(category.code);
    classes << QgsRendererCategory(value, markerFor(QColor(category.colour)), label, true);
  }
  auto *categorized = new QgsCategorizedSymbolRenderer(categoryField, classes);
  categorized->setSourceSymbol(markerFor(QColor(QStringLiteral("#7f7f7f"))));
  if (!clustered)
    return categorized;

  auto *cluster = new QgsPointClusterRenderer();
  cluster->setEmbeddedRenderer(categorized);
  cluster->setTolerance(3.0);
  cluster->setToleranceUnit(QgsUnitTypes::RenderMillimeters);
  // A neutral cluster marker so it is never mistaken for a category colour.
  QVariantMap clusterMarker;
  clusterMarker.insert(QStringLiteral("name"), QStringLiteral("circle"));
  clusterMarker.insert(QStringLiteral("color"), QStringLiteral("#37474f"));
  clusterMarker.insert(QStringLiteral("outline_color"), QStringLiteral("#ffffff"));
  clusterMarker.insert(QStringLiteral("outline_width"), QStringLiteral("0.4"));
  clusterMarker.insert(QStringLiteral("size"), QStringLiteral("4.2"));
  QgsMarkerSymbol *clusterSymbol = QgsMarkerSymbol::createSimple(clusterMarker);
  if (auto *fontMarker = cluster->clusterSymbol() ? cluster->clusterSymbol()->symbolLayer(1) : nullptr)
    clusterSymbol->appendSymbolLayer(fontMarker->clone());
  cluster->setClusterSymbol(clusterSymbol);
  return cluster;
}

void IncidentStyle::apply(QgsVectorLayer *layer, const std::vector<Category> &categories, const QString &categoryField, bool swedish,
                          long long incidentCount)
{
  layer->setRenderer(createRenderer(categories, categoryField, swedish, incidentCount <= clusteringLimit));
}

} // namespace lagesbild
