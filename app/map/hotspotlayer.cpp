#include "hotspotlayer.h"

#include "hotspots/cellcounts.h"
#include "hotspots/getisordgistar.h"
#include "hotspots/grid.h"
#include "hotspots/hotspotgrid.h"
#include "hotspots/hotspotwriter.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>

#include <memory>

namespace lagesbild
{
namespace
{
QgsFillSymbol *cellSymbol(const QString &colour)
{
  return QgsFillSymbol::createSimple({{QStringLiteral("color"), colour}, {QStringLiteral("outline_style"), QStringLiteral("no")}});
}

void applyClassStyle(QgsVectorLayer *layer)
{
  const struct
  {
      const char *code;
      const char *colour;
      const char *label;
  } classes[] = {
    {"hot99", "215,48,39,200", QT_TRANSLATE_NOOP("HotspotLayer", "Hot spot, 99 % confidence")},
    {"hot95", "252,141,89,190", QT_TRANSLATE_NOOP("HotspotLayer", "Hot spot, 95 % confidence")},
    {"hot90", "254,224,144,180", QT_TRANSLATE_NOOP("HotspotLayer", "Hot spot, 90 % confidence")},
    {"cold90", "224,243,248,180", QT_TRANSLATE_NOOP("HotspotLayer", "Cold spot, 90 % confidence")},
    {"cold95", "145,191,219,190", QT_TRANSLATE_NOOP("HotspotLayer", "Cold spot, 95 % confidence")},
    {"cold99", "69,117,180,200", QT_TRANSLATE_NOOP("HotspotLayer", "Cold spot, 99 % confidence")},
  };
  QgsCategoryList categories;
  for (const auto &entry : classes)
    categories << QgsRendererCategory(QString::fromLatin1(entry.code), cellSymbol(QString::fromLatin1(entry.colour)),
                                      QCoreApplication::translate("HotspotLayer", entry.label));
  layer->setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("class"), categories));
}
} // namespace

QgsVectorLayer *HotspotLayer::create(const std::vector<PointXY> &points, const HotspotLayerOptions &options, const QString &path,
                                     QString *error)
{
  auto fail = [error](const QString &message) -> QgsVectorLayer *
  {
    if (error)
      *error = message;
    return nullptr;
  };
  if (points.empty())
    return fail(QCoreApplication::translate("HotspotLayer", "No incidents with a street-level position match the filter"));
  auto grid = Grid::aroundPoints(points, options.cellSize, options.distance);
  if (!grid)
    return fail(grid.error().toString());
  HotspotGrid result;
  result.grid = *grid;
  result.method = HotspotMethod::GiStar;
  result.counts = countPointsPerCell(*grid, points);
  auto gi = GetisOrdGiStar(options.distance).compute(*grid, result.counts);
  if (!gi)
    return fail(gi.error().toString());
  result.z = std::move(gi->z);
  result.p = std::move(gi->p);
  result.pFdr = std::move(gi->pFdr);
  result.classes = std::move(gi->classes);
  if (auto written = writeHotspotGrid(result, path); !written)
    return fail(written.error().toString());

  auto layer =
    std::make_unique<QgsVectorLayer>(path, QCoreApplication::translate("HotspotLayer", "Hot spots (Gi*)"), QStringLiteral("ogr"));
  if (!layer->isValid())
    return fail(QCoreApplication::translate("HotspotLayer", "The hot-spot grid could not be read back from %1").arg(path));
  // Only significant cells are drawn: the rest would only hide the map.
  layer->setSubsetString(QStringLiteral("class <> 'ns'"));
  applyClassStyle(layer.get());
  return layer.release();
}

} // namespace lagesbild
