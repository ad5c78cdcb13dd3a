#include "reportmaplayers.h"

#include "hotspots/grid.h"
#include "hotspots/kerneldensity.h"
#include "map/storelayersource.h"
#include "reportwording.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgscolorramplegendnodesettings.h>
#include <qgscolorrampshader.h>
#include <qgsfillsymbol.h>
#include <qgsgeometry.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgsrasterlayer.h>
#include <qgsrastershader.h>
#include <qgssinglebandpseudocolorrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace lagesbild
{
namespace
{
const QgsCoordinateReferenceSystem &sweref()
{
  static const QgsCoordinateReferenceSystem crs(QStringLiteral("EPSG:3006"));
  return crs;
}

QgsMarkerSymbol *marker(const QColor &colour)
{
  // A white halo under the category colour, so the points read over the base map.
  QVariantMap halo;
  halo.insert(QStringLiteral("name"), QStringLiteral("circle"));
  halo.insert(QStringLiteral("color"), QStringLiteral("255,255,255,235"));
  halo.insert(QStringLiteral("outline_color"), QStringLiteral("40,40,40,110"));
  halo.insert(QStringLiteral("outline_width"), QStringLiteral("0.1"));
  halo.insert(QStringLiteral("size"), QStringLiteral("2.6"));
  QgsMarkerSymbol *symbol = QgsMarkerSymbol::createSimple(halo);
  QVariantMap properties;
  properties.insert(QStringLiteral("name"), QStringLiteral("circle"));
  properties.insert(QStringLiteral("color"), colour.name());
  properties.insert(QStringLiteral("outline_color"), colour.darker(150).name());
  properties.insert(QStringLiteral("outline_width"), QStringLiteral("0.1"));
  properties.insert(QStringLiteral("size"), QStringLiteral("1.8"));
  symbol->appendSymbolLayer(QgsSimpleMarkerSymbolLayer::create(properties));
  return symbol;
}

QgsFillSymbol *fill(const QColor &colour, const QColor &outline, double outlineWidth)
{
  QVariantMap properties;
  properties.insert(QStringLiteral("color"), colour.name(QColor::HexArgb));
  properties.insert(QStringLiteral("style"), colour.alpha() == 0 ? QStringLiteral("no") : QStringLiteral("solid"));
  properties.insert(QStringLiteral("outline_color"), outline.name(QColor::HexArgb));
  properties.insert(QStringLiteral("outline_width"), QString::number(outlineWidth));
  return QgsFillSymbol::createSimple(properties);
}
} // namespace

QgsVectorLayer *ReportMapLayers::incidents(const QString &storePath, const ReportData &data)
{
  auto *layer = StoreLayerSource::layer(storePath, QStringLiteral("incidents"), QStringLiteral("Händelser"), data.layerFilter);
  QgsCategoryList classes;
  for (const GroupCount &count : data.categoryCounts)
  {
    const QString code = count.keys.value(0);
    QColor colour(QStringLiteral("#7f7f7f"));
    // The incidents table holds the category's row id (the code in stores before schema 3).
    QVariant value = code;
    for (const Category &category : data.categories)
    {
      if (category.code != code)
        continue;
      if (QColor::isValidColor(category.colour))
        colour = QColor(category.colour);
      if (category.id != 0)
        value = QVariant::fromValue<qlonglong>(category.id);
    }
    classes << QgsRendererCategory(value, marker(colour),
                                   QStringLiteral("%1: %2").arg(data.categoryName(code), ReportWording::integer(count.count)), true);
  }
  auto *renderer = new QgsCategorizedSymbolRenderer(QStringLiteral("category"), classes);
  renderer->setSourceSymbol(marker(QColor(QStringLiteral("#7f7f7f"))));
  layer->setRenderer(renderer);
  return layer;
}

QgsVectorLayer *ReportMapLayers::areas(const QString &storePath)
{
  auto *layer = StoreLayerSource::layer(storePath, QStringLiteral("areas"), QStringLiteral("Områden"));
  layer->setRenderer(new QgsSingleSymbolRenderer(fill(QColor(0, 0, 0, 0), QColor(QStringLiteral("#8a8a8a")), 0.3)));
  return layer;
}

QgsVectorLayer *ReportMapLayers::publicGrid(const ReportData &data, double cellSize, int minimumCount)
{
  auto *layer = new QgsVectorLayer(QStringLiteral("Polygon?crs=EPSG:3006&field=count:integer"),
                                   QStringLiteral("Händelser per ruta (%1 m)").arg(ReportWording::integer(std::llround(cellSize))),
                                   QStringLiteral("memory"));
  QHash<QPair<qint64, qint64>, int> cells;
  for (const PointXY &point : data.points)
    ++cells[qMakePair(static_cast<qint64>(std::floor(point.x / cellSize)), static_cast<qint64>(std::floor(point.y / cellSize)))];
  QgsFeatureList features;
  int largest = minimumCount;
  for (auto it = cells.constBegin(); it != cells.constEnd(); ++it)
  {
    if (it.value() < minimumCount)
      continue;
    largest = std::max(largest, it.value());
    const double x = static_cast<double>(it.key().first) * cellSize;
    const double y = static_cast<double>(it.key().second) * cellSize;
    QgsFeature feature(layer->fields());
    feature.setGeometry(QgsGeometry::fromRect(QgsRectangle(x, y, x + cellSize, y + cellSize)));
    feature.setAttribute(0, it.value());
    features << feature;
  }
  layer->dataProvider()->addFeatures(features);
  layer->updateExtents();

  // Classes from the threshold upwards: min–2min−1, 2min–5min−1, 5min–10min−1, 10min and more.
  const int bounds[] = {minimumCount, 2 * minimumCount, 5 * minimumCount, 10 * minimumCount, std::max(largest, 10 * minimumCount) + 1};
  const char *colours[] = {"#fee5d9", "#fcae91", "#fb6a4a", "#cb181d"};
  QgsRangeList ranges;
  for (int index = 0; index < 4; ++index)
  {
    const int low = bounds[index];
    const int high = bounds[index + 1] - 1;
    const QString label = index == 3 ? QStringLiteral("%1 eller fler").arg(low) : QStringLiteral("%1–%2").arg(low).arg(high);
    ranges << QgsRendererRange(low - 0.5, high + 0.5,
                               fill(QColor(QString::fromLatin1(colours[index])), QColor(QStringLiteral("#ffffff")), 0.1), label, true);
  }
  layer->setRenderer(new QgsGraduatedSymbolRenderer(QStringLiteral("count"), ranges));
  return layer;
}

Result<HeatMapLayer> ReportMapLayers::heatMap(const ReportData &data, const QString &directory, double radius)
{
  if (data.points.empty())
    return makeError(ErrorCode::BadInput, QStringLiteral("no incidents for the heat map"));
  const double cellSize = 20.0;
  auto grid = Grid::aroundPoints(data.points, cellSize, radius);
  if (!grid)
    return grid.error();
  KernelDensityOptions options;
  options.radius = radius;
  options.scaled = true;
  auto density = KernelDensity(options).compute(*grid, data.points);
  if (!density)
    return density.error();
  const double largest = density->empty() ? 0.0 : *std::max_element(density->begin(), density->end());

  // ESRI ASCII grid: GDAL reads it; rows from north, 0 is "no data" so empty cells stay transparent.
  const QString path = directory + QStringLiteral("/heatmap.asc");
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return makeError(ErrorCode::BadInput, QStringLiteral("could not write %1").arg(path));
  QTextStream stream(&file);
  stream << "ncols " << grid->columns() << "\nnrows " << grid->rows() << "\nxllcorner " << QString::number(grid->xMin(), 'f', 3)
         << "\nyllcorner " << QString::number(grid->yMin(), 'f', 3) << "\ncellsize " << QString::number(cellSize, 'f', 3)
         << "\nNODATA_value 0\n";
  std::optional<BoundingBox> dense;
  for (int row = grid->rows() - 1; row >= 0; --row)
  {
    for (int column = 0; column < grid->columns(); ++column)
    {
      const double value = (*density)[grid->index(column, row)];
      if (value >= 0.25 * largest)
      {
        const double x = grid->centreX(column);
        const double y = grid->centreY(row);
        if (!dense)
          dense = BoundingBox{x, y, x, y};
        dense->xMin = std::min(dense->xMin, x);
        dense->yMin = std::min(dense->yMin, y);
        dense->xMax = std::max(dense->xMax, x);
        dense->yMax = std::max(dense->yMax, y);
      }
      // Values below 1 % of the peak are left out: the map shows where it is dense.
      stream << (value < 0.01 * largest ? QStringLiteral("0") : QString::number(value / largest, 'g', 5))
             << (column + 1 < grid->columns() ? ' ' : '\n');
    }
  }
  stream.flush();
  file.close();

  auto *layer =
    new QgsRasterLayer(path, QStringLiteral("Täthet (kärntäthet, radie %1 m)").arg(std::llround(radius)), QStringLiteral("gdal"));
  if (!layer->isValid())
  {
    delete layer;
    return makeError(ErrorCode::BadInput, QStringLiteral("could not read the heat map raster %1").arg(path));
  }
  layer->setCrs(sweref());
  auto *ramp = new QgsColorRampShader(0.0, 1.0);
  ramp->setColorRampType(QgsColorRampShader::Interpolated);
  ramp->setColorRampItemList({QgsColorRampShader::ColorRampItem(0.0, QColor(255, 255, 178, 0), QStringLiteral("Låg")),
                              QgsColorRampShader::ColorRampItem(0.3, QColor(254, 178, 76, 170), QString()),
                              QgsColorRampShader::ColorRampItem(0.6, QColor(240, 59, 32, 220), QString()),
                              QgsColorRampShader::ColorRampItem(1.0, QColor(189, 0, 38, 255), QStringLiteral("Hög"))});
  auto *legendSettings = new QgsColorRampLegendNodeSettings();
  legendSettings->setMinimumLabel(QStringLiteral("Låg"));
  legendSettings->setMaximumLabel(QStringLiteral("Hög"));
  ramp->setLegendSettings(legendSettings);
  auto *shader = new QgsRasterShader(0.0, 1.0);
  shader->setRasterShaderFunction(ramp);
  auto *renderer = new QgsSingleBandPseudoColorRenderer(layer->dataProvider(), 1, shader);
  renderer->setClassificationMin(0.0);
  renderer->setClassificationMax(1.0);
  layer->setRenderer(renderer);
  if (dense)
  {
    dense->xMin -= radius;
    dense->yMin -= radius;
    dense->xMax += radius;
    dense->yMax += radius;
  }
  return HeatMapLayer{layer, dense};
}

} // namespace lagesbild
