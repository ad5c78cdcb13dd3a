#include "overviewinset.h"

#include "map/storelayersource.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitemmapoverview.h>
#include <qgslayoutmeasurement.h>
#include <qgslayoutpoint.h>
#include <qgslayoutsize.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <algorithm>

namespace lagesbild
{
namespace
{
QgsFillSymbol *fill(const QString &colour, const QString &outline, double width, const QString &style = QStringLiteral("solid"))
{
  QVariantMap properties;
  properties.insert(QStringLiteral("color"), colour);
  properties.insert(QStringLiteral("style"), style);
  properties.insert(QStringLiteral("outline_color"), outline);
  properties.insert(QStringLiteral("outline_width"), QString::number(width));
  return QgsFillSymbol::createSimple(properties);
}
} // namespace

QgsLayoutItemMap *OverviewInset::add(QgsPrintLayout *layout, QgsProject *project, QgsLayoutItemMap *main, const QString &storePath,
                                     const QList<QgsMapLayer *> &baseMap)
{
  auto *areas = StoreLayerSource::layer(storePath, QStringLiteral("areas"), QStringLiteral("Kommunen"));
  if (!areas->isValid() || !areas->setSubsetString(QStringLiteral("\"area_type\" IN ('municipality', 'urban')")) ||
      areas->featureCount() == 0)
  {
    delete areas;
    return nullptr;
  }
  areas->setSubsetString(QStringLiteral("\"area_type\" = 'municipality'"));
  const QgsRectangle municipality = areas->extent();
  areas->setSubsetString(QStringLiteral("\"area_type\" IN ('municipality', 'urban')"));
  if (municipality.isEmpty() || main->extent().width() > kMaximumShare * municipality.width())
  {
    delete areas;
    return nullptr;
  }
  QgsCategoryList classes;
  classes << QgsRendererCategory(QStringLiteral("municipality"), fill(QStringLiteral("255,255,255,0"), QStringLiteral("#555555"), 0.3),
                                 QStringLiteral("Kommun"))
          << QgsRendererCategory(QStringLiteral("urban"), fill(QStringLiteral("#d8d0c4"), QStringLiteral("#b0a48f"), 0.1),
                                 QStringLiteral("Tätort"));
  areas->setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("area_type"), classes));
  project->addMapLayer(areas, false);

  auto *inset = new QgsLayoutItemMap(layout);
  inset->setId(QStringLiteral("overview"));
  layout->addLayoutItem(inset);
  const QRectF frame = main->rect();
  const QPointF corner = main->pos();
  inset->attemptMove(QgsLayoutPoint(corner.x() + frame.width() - kSizeMm - kMarginMm, corner.y() + frame.height() - kSizeMm - kMarginMm,
                                    QgsUnitTypes::LayoutMillimeters));
  inset->attemptResize(QgsLayoutSize(kSizeMm, kSizeMm, QgsUnitTypes::LayoutMillimeters));
  inset->setCrs(main->crs());
  QList<QgsMapLayer *> layers{areas};
  layers << baseMap;
  inset->setLayers(layers);
  inset->setKeepLayerSet(true);
  inset->setFrameEnabled(true);
  inset->setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes::LayoutMillimeters));
  inset->setBackgroundEnabled(true);
  inset->setBackgroundColor(Qt::white);
  // A square around the municipality, as the inset is square (zoomToExtent keeps the ratio of the
  // item's previous, still empty extent: not a number).
  const double side = std::max(municipality.width(), municipality.height()) * kPadding;
  const QgsPointXY centre = municipality.center();
  inset->setExtent(QgsRectangle(centre.x() - side / 2.0, centre.y() - side / 2.0, centre.x() + side / 2.0, centre.y() + side / 2.0));
  QgsLayoutItemMapOverview *overview = inset->overview();
  overview->setLinkedMap(main);
  overview->setFrameSymbol(fill(QStringLiteral("220,30,30,40"), QStringLiteral("#d01e1e"), 0.5));
  overview->setEnabled(true);
  return inset;
}

} // namespace lagesbild
