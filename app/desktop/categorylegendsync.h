// CategoryLegendSync: keeps the category boxes of the incidents layer's legend (the layer tree)
// and the filter panel's category list in step both ways — a category left out of the filter is
// unticked in the legend, and a category unticked (or "only this one") in the legend leaves the
// filter — so the two never contradict each other.
#pragma once

#include "model/incidentfilter.h"
#include "model/reference.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <vector>

class QgsFeatureRenderer;
class QgsLayerTreeView;
class QgsVectorLayer;

namespace lagesbild
{

class FilterPanel;

class CategoryLegendSync : public QObject
{
    Q_OBJECT

  public:
    CategoryLegendSync(QgsLayerTreeView *view, FilterPanel *panel, QObject *parent = nullptr);

    //! The incidents layer (its renderer is categorised by the store's category ids).
    void setLayer(QgsVectorLayer *layer, const std::vector<Category> &categories);
    //! Ticks in the legend exactly the categories the filter shows.
    void showFilter(const IncidentFilter &filter);
    //! The category code of a legend entry of the incidents layer; empty when it is none.
    QString codeForLegendKey(const QString &ruleKey) const;
    //! Filters to only these categories (all when empty), as the legend's "only this one".
    void showOnly(const QStringList &codes);

  private:
    void legendChanged();
    void refreshLegend();

    QgsLayerTreeView *mView = nullptr;
    FilterPanel *mPanel = nullptr;
    QPointer<QgsVectorLayer> mLayer;
    const QgsFeatureRenderer *mRenderer = nullptr; //!< the renderer whose boxes were set last
    QHash<QString, QString> mCodeByKey;
    IncidentFilter mFilter;
    bool mApplying = false;
};

} // namespace lagesbild
