// PointReductionRenderer: feature reduction for the incidents layer. It wraps the layer's own
// renderer (categories, clusters) and lets it draw every incident in the view while the view
// holds at most kPointBudget of them; a more crowded view (a decade of a police region in one
// town) is drawn from the in-memory PointDensityIndex as the number of incidents per screen cell,
// and QGIS is asked for no features at all — reading and drawing millions of point symbols takes
// seconds and shows a solid blot. Zoomed in to street level the points come back, read through the
// store's R-tree for the visible extent only. Legend, identify and saved styles are the wrapped
// renderer's. Like QGIS's cluster renderer, it draws its part in stopRender.
#pragma once

#include "map/pointdensityindex.h"

#include <qgsrenderer.h>

#include <QColor>

#include <memory>

class QgsVectorLayer;

namespace lagesbild
{

class PointReductionRenderer : public QgsFeatureRenderer
{
  public:
    //! Points QGIS draws in one view within the map's time budget (a pan at town scale: 300 ms).
    static constexpr std::size_t kPointBudget = 20000;
    //! Side of a density cell on screen, in millimetres (a point symbol is 2.6 mm wide).
    static constexpr double kCellMillimetres = 1.0;

    //! Wraps embedded (owned).
    explicit PointReductionRenderer(QgsFeatureRenderer *embedded);
    ~PointReductionRenderer() override;

    //! The wrapper on layer, or nullptr when the layer is drawn otherwise.
    static PointReductionRenderer *of(QgsVectorLayer *layer);

    //! The positions of the incidents the layer shows (its filter), or none while they are read.
    //! Without an index a view is drawn point by point unless pending (the filter matches more
    //! than the budget): then no incidents are drawn until the index is there.
    void setIndex(std::shared_ptr<const PointDensityIndex> index, bool pending);
    const std::shared_ptr<const PointDensityIndex> &index() const { return mIndex; }
    bool isPending() const { return mPending; }
    //! Points a view may hold and still be drawn point by point (kPointBudget unless changed).
    void setPointBudget(std::size_t budget) { mBudget = budget; }
    std::size_t pointBudget() const { return mBudget; }
    //! True when a view of extent (EPSG:3006, the layer's CRS) is drawn as density.
    bool reduces(const QgsRectangle &extent) const;
    //! The colour of a density cell holding count of the view's largest count maximum.
    static QColor cellColour(std::uint32_t count, std::uint32_t maximum);

    // QgsFeatureRenderer ---------------------------------------------------------------------
    QgsFeatureRenderer *clone() const override;
    void startRender(QgsRenderContext &context, const QgsFields &fields) override;
    void stopRender(QgsRenderContext &context) override;
    void modifyRequestExtent(QgsRectangle &extent, QgsRenderContext &context) override;
    QString filter(const QgsFields &fields = QgsFields()) override;
    bool renderFeature(const QgsFeature &feature, QgsRenderContext &context, int layer = -1, bool selected = false,
                       bool drawVertexMarker = false) override;
    QgsSymbol *symbolForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
    QgsSymbol *originalSymbolForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
    QSet<QString> legendKeysForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
    QgsSymbolList symbolsForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
    bool willRenderFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
    QSet<QString> usedAttributes(const QgsRenderContext &context) const override;
    bool filterNeedsGeometry() const override;
    QgsFeatureRenderer::Capabilities capabilities() override;
    QgsSymbolList symbols(QgsRenderContext &context) const override;
    bool legendSymbolItemsCheckable() const override;
    bool legendSymbolItemChecked(const QString &key) override;
    void checkLegendSymbolItem(const QString &key, bool state = true) override;
    void setLegendSymbolItem(const QString &key, QgsSymbol *symbol) override;
    QgsLegendSymbolList legendSymbolItems() const override;
    QString legendClassificationAttribute() const override;
    const QgsFeatureRenderer *embeddedRenderer() const override;
    void setEmbeddedRenderer(QgsFeatureRenderer *subRenderer) override;
    //! The wrapped renderer's XML: a saved style reads back without this app.
    QDomElement save(QDomDocument &doc, const QgsReadWriteContext &context) override;
    bool accept(QgsStyleEntityVisitorInterface *visitor) const override;
    QString dump() const override;

  private:
    void paintDensity(QgsRenderContext &context) const;

    std::unique_ptr<QgsFeatureRenderer> mEmbedded;
    std::shared_ptr<const PointDensityIndex> mIndex;
    bool mPending = false;
    std::size_t mBudget = kPointBudget;
    bool mReduced = false; //!< this render draws the density (decided in startRender)
};

} // namespace lagesbild
