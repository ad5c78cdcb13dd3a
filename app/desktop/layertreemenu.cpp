#include "layertreemenu.h"

#include "categorylegendsync.h"

#include <qgslayertreemodellegendnode.h>
#include <qgsmapcanvas.h>
#include <qgsmaplayer.h>

#include <QCoreApplication>
#include <QMenu>

namespace lagesbild
{

LayerTreeMenu::LayerTreeMenu(QgsLayerTreeView *view, QgsMapCanvas *canvas, CategoryLegendSync *sync)
  : mView(view), mCanvas(canvas), mSync(sync)
{
}

QMenu *LayerTreeMenu::createContextMenu()
{
  auto *menu = new QMenu(mView);
  if (QgsLayerTreeModelLegendNode *legend = mView->currentLegendNode())
  {
    const QString code = mSync->codeForLegendKey(legend->data(QgsLayerTreeModelLegendNode::RuleKeyRole).toString());
    if (!code.isEmpty())
    {
      QAction *only = menu->addAction(QCoreApplication::translate("LayerTreeMenu", "Only this category"));
      only->setObjectName(QStringLiteral("onlyThisCategory"));
      CategoryLegendSync *sync = mSync;
      QObject::connect(only, &QAction::triggered, menu, [sync, code]() { sync->showOnly({code}); });
      QAction *all = menu->addAction(QCoreApplication::translate("LayerTreeMenu", "All categories"));
      all->setObjectName(QStringLiteral("allCategories"));
      QObject::connect(all, &QAction::triggered, menu, [sync]() { sync->showOnly({}); });
      return menu;
    }
  }
  if (QgsMapLayer *layer = mView->currentLayer())
  {
    QgsMapCanvas *canvas = mCanvas;
    QAction *zoom = menu->addAction(QCoreApplication::translate("LayerTreeMenu", "Zoom to layer"));
    QObject::connect(zoom, &QAction::triggered, menu,
                     [canvas, layer]()
                     {
                       QgsRectangle extent = canvas->mapSettings().layerExtentToOutputExtent(layer, layer->extent());
                       extent.scale(1.05);
                       canvas->setExtent(extent);
                       canvas->refresh();
                     });
    return menu;
  }
  delete menu;
  return nullptr;
}

} // namespace lagesbild
