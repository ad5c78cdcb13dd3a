#include "pointreductionrenderer.h"

#include <qgscoordinatetransform.h>
#include <qgsrendercontext.h>
#include <qgsvectorlayer.h>

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lagesbild
{
namespace
{
const QString kType = QStringLiteral("lagesbildPointReduction");
//! A request extent that holds no incident (far outside Sweden): QGIS then reads no features.
const QgsRectangle kNowhere(-1.0e9, -1.0e9, -1.0e9 + 1.0, -1.0e9 + 1.0);
//! Density colours, from a cell with one incident to the view's fullest: a pale, see-through blue
//! to a dark navy, never mistaken for a category colour or the heat map's yellow to red, and
//! letting the base map show where little happens.
const QColor kSparse(158, 202, 225, 70);
const QColor kDense(8, 48, 107, 245);
} // namespace

PointReductionRenderer::PointReductionRenderer(QgsFeatureRenderer *embedded) : QgsFeatureRenderer(kType), mEmbedded(embedded) {}

PointReductionRenderer::~PointReductionRenderer() = default;

PointReductionRenderer *PointReductionRenderer::of(QgsVectorLayer *layer)
{
  return layer ? dynamic_cast<PointReductionRenderer *>(layer->renderer()) : nullptr;
}

void PointReductionRenderer::setIndex(std::shared_ptr<const PointDensityIndex> index, bool pending)
{
  mIndex = std::move(index);
  mPending = pending && !mIndex;
}

bool PointReductionRenderer::reduces(const QgsRectangle &extent) const
{
  if (mIndex)
    return mIndex->countNear(BoundingBox{extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()}) > mBudget;
  return mPending;
}

QColor PointReductionRenderer::cellColour(std::uint32_t count, std::uint32_t maximum)
{
  // On a log scale: a town centre holds thousands of times the incidents of a suburb's street,
  // and both must stay visible.
  const double share = maximum > 1 && count > 1 ? std::log(static_cast<double>(count)) / std::log(static_cast<double>(maximum)) : 0.0;
  const double t = std::clamp(share, 0.0, 1.0);
  const auto mix = [t](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * t)); };
  return QColor(mix(kSparse.red(), kDense.red()), mix(kSparse.green(), kDense.green()), mix(kSparse.blue(), kDense.blue()),
                mix(kSparse.alpha(), kDense.alpha()));
}

QgsFeatureRenderer *PointReductionRenderer::clone() const
{
  auto *copy = new PointReductionRenderer(mEmbedded->clone());
  copy->mIndex = mIndex;
  copy->mPending = mPending;
  copy->mBudget = mBudget;
  copyRendererData(copy);
  return copy;
}

void PointReductionRenderer::startRender(QgsRenderContext &context, const QgsFields &fields)
{
  QgsFeatureRenderer::startRender(context, fields);
  // The index is in the layer's CRS (EPSG:3006) and drawn on an unrotated map in that CRS; any
  // other map gets the points (slower, never wrong).
  const QgsCoordinateTransform transform = context.coordinateTransform();
  const bool sameCrs = !transform.isValid() || transform.isShortCircuited() || transform.sourceCrs() == transform.destinationCrs();
  mReduced = sameCrs && context.mapToPixel().mapRotation() == 0.0 && reduces(context.extent());
  mEmbedded->startRender(context, fields);
}

void PointReductionRenderer::stopRender(QgsRenderContext &context)
{
  mEmbedded->stopRender(context);
  if (mReduced && mIndex && !context.renderingStopped())
    paintDensity(context);
  QgsFeatureRenderer::stopRender(context);
}

void PointReductionRenderer::paintDensity(QgsRenderContext &context) const
{
  QPainter *painter = context.painter();
  const QgsRectangle extent = context.extent();
  if (!painter || extent.isEmpty())
    return;
  const QgsMapToPixel &toPixel = context.mapToPixel();
  const QPointF topLeft = toPixel.transform(extent.xMinimum(), extent.yMaximum()).toQPointF();
  const QPointF bottomRight = toPixel.transform(extent.xMaximum(), extent.yMinimum()).toQPointF();
  const double width = bottomRight.x() - topLeft.x();
  const double height = bottomRight.y() - topLeft.y();
  const double cell = std::max(2.0, std::round(context.convertToPainterUnits(kCellMillimetres, QgsUnitTypes::RenderMillimeters)));
  const int columns = std::max(1, static_cast<int>(std::ceil(width / cell)));
  const int rows = std::max(1, static_cast<int>(std::ceil(height / cell)));
  const std::vector<std::uint32_t> counts =
    mIndex->countPerCell(BoundingBox{extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()}, columns, rows);
  const std::uint32_t maximum = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
  if (maximum == 0)
    return;
  const double cellWidth = width / columns;
  const double cellHeight = height / rows;
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing, false); // cells tile the view without seams
  for (int row = 0; row < rows && !context.renderingStopped(); ++row)
    for (int column = 0; column < columns; ++column)
    {
      const std::uint32_t count =
        counts[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) + static_cast<std::size_t>(column)];
      if (count > 0)
        painter->fillRect(QRectF(topLeft.x() + column * cellWidth, topLeft.y() + row * cellHeight, cellWidth, cellHeight),
                          cellColour(count, maximum));
    }
  painter->restore();
}

void PointReductionRenderer::modifyRequestExtent(QgsRectangle &extent, QgsRenderContext &context)
{
  if (mReduced)
    extent = kNowhere;
  else
    mEmbedded->modifyRequestExtent(extent, context);
}

QString PointReductionRenderer::filter(const QgsFields &fields)
{
  return mReduced ? QString() : mEmbedded->filter(fields);
}

bool PointReductionRenderer::renderFeature(const QgsFeature &feature, QgsRenderContext &context, int layer, bool selected,
                                           bool drawVertexMarker)
{
  return mEmbedded->renderFeature(feature, context, layer, selected, drawVertexMarker);
}

QgsSymbol *PointReductionRenderer::symbolForFeature(const QgsFeature &feature, QgsRenderContext &context) const
{
  return mEmbedded->symbolForFeature(feature, context);
}

QgsSymbol *PointReductionRenderer::originalSymbolForFeature(const QgsFeature &feature, QgsRenderContext &context) const
{
  return mEmbedded->originalSymbolForFeature(feature, context);
}

QSet<QString> PointReductionRenderer::legendKeysForFeature(const QgsFeature &feature, QgsRenderContext &context) const
{
  return mEmbedded->legendKeysForFeature(feature, context);
}

QgsSymbolList PointReductionRenderer::symbolsForFeature(const QgsFeature &feature, QgsRenderContext &context) const
{
  return mEmbedded->symbolsForFeature(feature, context);
}

bool PointReductionRenderer::willRenderFeature(const QgsFeature &feature, QgsRenderContext &context) const
{
  return mEmbedded->willRenderFeature(feature, context);
}

QSet<QString> PointReductionRenderer::usedAttributes(const QgsRenderContext &context) const
{
  return mEmbedded->usedAttributes(context);
}

bool PointReductionRenderer::filterNeedsGeometry() const
{
  return mEmbedded->filterNeedsGeometry();
}

QgsFeatureRenderer::Capabilities PointReductionRenderer::capabilities()
{
  return mEmbedded->capabilities();
}

QgsSymbolList PointReductionRenderer::symbols(QgsRenderContext &context) const
{
  return mEmbedded->symbols(context);
}

bool PointReductionRenderer::legendSymbolItemsCheckable() const
{
  return mEmbedded->legendSymbolItemsCheckable();
}

bool PointReductionRenderer::legendSymbolItemChecked(const QString &key)
{
  return mEmbedded->legendSymbolItemChecked(key);
}

void PointReductionRenderer::checkLegendSymbolItem(const QString &key, bool state)
{
  mEmbedded->checkLegendSymbolItem(key, state);
}

void PointReductionRenderer::setLegendSymbolItem(const QString &key, QgsSymbol *symbol)
{
  mEmbedded->setLegendSymbolItem(key, symbol);
}

QgsLegendSymbolList PointReductionRenderer::legendSymbolItems() const
{
  return mEmbedded->legendSymbolItems();
}

QString PointReductionRenderer::legendClassificationAttribute() const
{
  return mEmbedded->legendClassificationAttribute();
}

const QgsFeatureRenderer *PointReductionRenderer::embeddedRenderer() const
{
  return mEmbedded.get();
}

void PointReductionRenderer::setEmbeddedRenderer(QgsFeatureRenderer *subRenderer)
{
  if (subRenderer)
    mEmbedded.reset(subRenderer);
}

QDomElement PointReductionRenderer::save(QDomDocument &doc, const QgsReadWriteContext &context)
{
  return mEmbedded->save(doc, context);
}

bool PointReductionRenderer::accept(QgsStyleEntityVisitorInterface *visitor) const
{
  return mEmbedded->accept(visitor);
}

QString PointReductionRenderer::dump() const
{
  return QStringLiteral("POINT REDUCTION of ") + mEmbedded->dump();
}

} // namespace lagesbild
