#include "heatmapraster.h"

#include <qgscolorramplegendnodesettings.h>
#include <qgscolorrampshader.h>
#include <qgslayertree.h>
#include <qgslayertreemodellegendnode.h>
#include <qgsmaplayerlegend.h>
#include <qgsrasterlayer.h>
#include <qgsrastershader.h>
#include <qgssinglebandpseudocolorrenderer.h>

#include <QCoreApplication>

#include <gdal.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <memory>

namespace lagesbild
{

QgsRasterLayer *HeatmapRaster::createLayer(const Grid &grid, const std::vector<double> &values, const QString &path, const QString &name)
{
  if (grid.isEmpty() || values.size() != grid.cellCount())
    return nullptr;
  GDALDriverH driver = GDALGetDriverByName("GTiff");
  if (!driver)
    return nullptr;
  GDALDatasetH dataset = GDALCreate(driver, path.toUtf8().constData(), grid.columns(), grid.rows(), 1, GDT_Float32, nullptr);
  if (!dataset)
    return nullptr;
  double transform[6] = {grid.xMin(), grid.cellSize(), 0.0, grid.yMax(), 0.0, -grid.cellSize()};
  GDALSetGeoTransform(dataset, transform);
  OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(srs, 3006);
  GDALSetSpatialRef(dataset, srs);
  OSRRelease(srs);

  // GeoTIFF rows run from north; the grid's from south.
  std::vector<float> row(static_cast<std::size_t>(grid.columns()));
  GDALRasterBandH band = GDALGetRasterBand(dataset, 1);
  double maximum = 0.0;
  bool ok = true;
  for (int r = 0; r < grid.rows() && ok; ++r)
  {
    const int sourceRow = grid.rows() - 1 - r;
    for (int c = 0; c < grid.columns(); ++c)
    {
      const double value = values[grid.index(c, sourceRow)];
      row[static_cast<std::size_t>(c)] = static_cast<float>(value);
      maximum = std::max(maximum, value);
    }
    ok = GDALRasterIO(band, GF_Write, 0, r, grid.columns(), 1, row.data(), grid.columns(), 1, GDT_Float32, 0, 0) == CE_None;
  }
  GDALClose(dataset);
  if (!ok)
    return nullptr;

  auto layer = std::make_unique<QgsRasterLayer>(path, name, QStringLiteral("gdal"));
  if (!layer->isValid())
    return nullptr;
  applyStyle(layer.get(), maximum);
  return layer.release();
}

namespace
{
//! The renderer's legend without its band-name line ("Band 1 (Gray)"), which says nothing about
//! incidents: only the Low … High ramp stays under the layer's name.
class HeatmapLegend : public QgsMapLayerLegend
{
  public:
    QList<QgsLayerTreeModelLegendNode *> createLayerTreeModelLegendNodes(QgsLayerTreeLayer *nodeLayer) override
    {
      auto *layer = qobject_cast<QgsRasterLayer *>(nodeLayer->layer());
      if (!layer || !layer->renderer())
        return {};
      QList<QgsLayerTreeModelLegendNode *> nodes = layer->renderer()->createLegendNodes(nodeLayer);
      for (auto it = nodes.begin(); it != nodes.end();)
      {
        if (dynamic_cast<QgsSimpleLegendNode *>(*it))
        {
          delete *it;
          it = nodes.erase(it);
        }
        else
          ++it;
      }
      return nodes;
    }
};
} // namespace

void HeatmapRaster::applyStyle(QgsRasterLayer *layer, double maximum)
{
  const double top = maximum > 0.0 ? maximum : 1.0;
  QList<QgsColorRampShader::ColorRampItem> items;
  items << QgsColorRampShader::ColorRampItem(0.0, QColor(255, 255, 178, 0), QStringLiteral("0"));
  items << QgsColorRampShader::ColorRampItem(top * 0.02, QColor(255, 255, 178, 0));
  items << QgsColorRampShader::ColorRampItem(top * 0.15, QColor(254, 204, 92, 150));
  items << QgsColorRampShader::ColorRampItem(top * 0.4, QColor(253, 141, 60, 200));
  items << QgsColorRampShader::ColorRampItem(top * 0.7, QColor(240, 59, 32, 220));
  items << QgsColorRampShader::ColorRampItem(top, QColor(189, 0, 38, 235), QString::number(top, 'g', 3));
  auto *rampShader = new QgsColorRampShader(0.0, top);
  rampShader->setColorRampType(QgsColorRampShader::Interpolated);
  rampShader->setColorRampItemList(items);
  // The legend reads "Low … High": the kernel sums' absolute values mean nothing to a coordinator.
  QgsColorRampLegendNodeSettings legend;
  legend.setUseContinuousLegend(true);
  legend.setMinimumLabel(QCoreApplication::translate("HeatmapRaster", "Low"));
  legend.setMaximumLabel(QCoreApplication::translate("HeatmapRaster", "High"));
  rampShader->setLegendSettings(new QgsColorRampLegendNodeSettings(legend));
  auto *shader = new QgsRasterShader(0.0, top);
  shader->setRasterShaderFunction(rampShader);
  auto *renderer = new QgsSingleBandPseudoColorRenderer(layer->dataProvider(), 1, shader);
  renderer->setClassificationMin(0.0);
  renderer->setClassificationMax(top);
  layer->setRenderer(renderer);
  layer->setLegend(new HeatmapLegend);
}

} // namespace lagesbild
