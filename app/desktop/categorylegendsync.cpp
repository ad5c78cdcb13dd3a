#include "categorylegendsync.h"

#include "filterpanel.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

#include <algorithm>

namespace lagesbild
{
namespace
{
const QgsCategorizedSymbolRenderer *categorized(const QgsFeatureRenderer *renderer)
{
  while (renderer)
  {
    if (const auto *found = dynamic_cast<const QgsCategorizedSymbolRenderer *>(renderer))
      return found;
    renderer = renderer->embeddedRenderer();
  }
  return nullptr;
}
} // namespace

CategoryLegendSync::CategoryLegendSync(QgsLayerTreeView *view, FilterPanel *panel, QObject *parent)
  : QObject(parent), mView(view), mPanel(panel)
{
}

void CategoryLegendSync::setLayer(QgsVectorLayer *layer, const std::vector<Category> &categories)
{
  if (mLayer)
    disconnect(mLayer, nullptr, this, nullptr);
  mLayer = layer;
  mRenderer = nullptr;
  mCodeByKey.clear();
  if (!layer)
    return;
  const QgsCategorizedSymbolRenderer *renderer = categorized(layer->renderer());
  if (renderer)
  {
    QHash<qlonglong, QString> codeById;
    QHash<QString, QString> codeByCode;
    for (const Category &category : categories)
    {
      codeById.insert(category.id, category.code);
      codeByCode.insert(category.code, category.code);
    }
    // The legend lists the renderer's categories in their order.
    const QgsLegendSymbolList items = renderer->legendSymbolItems();
    const QgsCategoryList &classes = renderer->categories();
    for (int i = 0; i < items.size() && i < classes.size(); ++i)
    {
      const QVariant value = classes.at(i).value();
      bool isNumber = false;
      const qlonglong id = value.toLongLong(&isNumber);
      const QString code = isNumber ? codeById.value(id) : codeByCode.value(value.toString());
      if (!code.isEmpty())
        mCodeByKey.insert(items.at(i).ruleKey(), code);
    }
  }
  connect(layer, &QgsMapLayer::styleChanged, this, &CategoryLegendSync::legendChanged);
}

QString CategoryLegendSync::codeForLegendKey(const QString &ruleKey) const
{
  return mCodeByKey.value(ruleKey);
}

void CategoryLegendSync::showFilter(const IncidentFilter &filter)
{
  mFilter = filter;
  if (!mLayer || !mLayer->renderer())
    return;
  QgsFeatureRenderer *renderer = mLayer->renderer();
  mRenderer = renderer;
  bool changed = false;
  mApplying = true;
  for (auto it = mCodeByKey.cbegin(); it != mCodeByKey.cend(); ++it)
  {
    const bool shown = filter.categories.isEmpty() || filter.categories.contains(it.value());
    if (renderer->legendSymbolItemChecked(it.key()) != shown)
    {
      renderer->checkLegendSymbolItem(it.key(), shown);
      changed = true;
    }
  }
  mApplying = false;
  if (changed)
    refreshLegend();
}

void CategoryLegendSync::showOnly(const QStringList &codes)
{
  mPanel->showOnlyCategories(codes);
}

void CategoryLegendSync::legendChanged()
{
  if (mApplying || !mLayer || !mLayer->renderer())
    return;
  QgsFeatureRenderer *renderer = mLayer->renderer();
  if (renderer != mRenderer)
  {
    // A new style (every box ticked): it shows the filter as it is, it does not change it.
    showFilter(mFilter);
    return;
  }
  QStringList checked;
  bool all = true;
  for (auto it = mCodeByKey.cbegin(); it != mCodeByKey.cend(); ++it)
  {
    if (renderer->legendSymbolItemChecked(it.key()))
      checked << it.value();
    else
      all = false;
  }
  // Categories that have no legend entry keep what the filter says.
  const QStringList listed = mPanel->categoryCodes(false);
  QStringList wanted;
  for (const QString &code : listed)
  {
    const bool inLegend = std::find(mCodeByKey.cbegin(), mCodeByKey.cend(), code) != mCodeByKey.cend();
    if (inLegend ? checked.contains(code) : (mFilter.categories.isEmpty() || mFilter.categories.contains(code)))
      wanted << code;
  }
  if (all && wanted.size() == listed.size())
    wanted.clear();
  QStringList current = mPanel->categoryCodes(true);
  if (current.size() == listed.size())
    current.clear();
  if (wanted != current)
    mPanel->showOnlyCategories(wanted);
}

void CategoryLegendSync::refreshLegend()
{
  if (!mView || !mLayer)
    return;
  if (QgsLayerTreeLayer *node = mView->layerTreeModel()->rootGroup()->findLayer(mLayer))
    mView->layerTreeModel()->refreshLayerLegend(node);
}

} // namespace lagesbild
