// LayerTreeMenu: the layer tree's right-click menu — on a category of the incidents legend
// "Only this category" and "All categories" (the filter follows, through CategoryLegendSync),
// on a layer "Zoom to layer".
#pragma once

#include <qgslayertreeview.h>

class QgsMapCanvas;

namespace lagesbild
{

class CategoryLegendSync;

class LayerTreeMenu : public QgsLayerTreeViewMenuProvider
{
  public:
    LayerTreeMenu(QgsLayerTreeView *view, QgsMapCanvas *canvas, CategoryLegendSync *sync);

    QMenu *createContextMenu() override;

  private:
    QgsLayerTreeView *mView = nullptr;
    QgsMapCanvas *mCanvas = nullptr;
    CategoryLegendSync *mSync = nullptr;
};

} // namespace lagesbild
