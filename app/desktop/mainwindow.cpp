#include "mainwindow.h"

#include "map/storelayers.h"

#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QStatusBar>

namespace lagesbild
{

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
  setWindowTitle(tr("Lägesbild"));
  resize(1280, 860);

  mProject = new QgsProject(this);
  mProject->setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));

  mCanvas = new QgsMapCanvas(this);
  mCanvas->setObjectName(QStringLiteral("mapCanvas"));
  mCanvas->setProject(mProject);
  mCanvas->setDestinationCrs(mProject->crs());
  mCanvas->setCanvasColor(Qt::white);
  mCanvas->enableAntiAliasing(true);
  setCentralWidget(mCanvas);

  auto *model = new QgsLayerTreeModel(mProject->layerTreeRoot(), this);
  model->setFlag(QgsLayerTreeModel::AllowNodeReorder);
  model->setFlag(QgsLayerTreeModel::AllowNodeChangeVisibility);
  model->setFlag(QgsLayerTreeModel::ShowLegendAsTree);
  mLayerTreeView = new QgsLayerTreeView(this);
  mLayerTreeView->setObjectName(QStringLiteral("layerTree"));
  mLayerTreeView->setModel(model);
  mBridge = new QgsLayerTreeMapCanvasBridge(mProject->layerTreeRoot(), mCanvas, this);

  auto *layersDock = new QDockWidget(tr("Layers"), this);
  layersDock->setObjectName(QStringLiteral("layersDock"));
  layersDock->setWidget(mLayerTreeView);
  addDockWidget(Qt::LeftDockWidgetArea, layersDock);

  buildMenus();
  statusBar()->showMessage(tr("Open a Lägesbild store with File → Open…"));
}

MainWindow::~MainWindow()
{
  // The canvas must stop rendering before the project's layers go away.
  mCanvas->stopRendering();
}

void MainWindow::buildMenus()
{
  QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
  QAction *open = fileMenu->addAction(tr("&Open…"));
  open->setShortcut(QKeySequence::Open);
  connect(open, &QAction::triggered, this, &MainWindow::chooseStore);
  fileMenu->addSeparator();
  QAction *quit = fileMenu->addAction(tr("&Quit"));
  quit->setShortcut(QKeySequence::Quit);
  connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::chooseStore()
{
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Lägesbild store"), QFileInfo(mStorePath).absolutePath(),
                                                    tr("GeoPackage (*.gpkg);;All files (*)"));
  if (!path.isEmpty())
    openStore(path);
}

bool MainWindow::openStore(const QString &path)
{
  const StoreLayers layers = StoreLayers::load(path);
  if (layers.layers.empty())
  {
    statusBar()->showMessage(layers.error.isEmpty() ? tr("No map layers in %1").arg(path) : layers.error);
    return false;
  }
  mCanvas->stopRendering();
  mProject->removeAllMapLayers();
  for (QgsMapLayer *layer : layers.layers)
    mProject->addMapLayer(layer);
  mStorePath = path;
  setWindowTitle(tr("Lägesbild — %1").arg(QFileInfo(path).fileName()));

  mCanvas->setDestinationCrs(mProject->crs());
  QgsRectangle extent = layers.pointExtent;
  if (extent.isNull() || extent.isEmpty())
    extent = mCanvas->fullExtent();
  if (!extent.isNull())
  {
    extent.scale(1.1);
    mCanvas->setExtent(extent);
  }
  mCanvas->refresh();
  statusBar()->showMessage(tr("%1: %n map layer(s)", nullptr, layers.layers.size()).arg(QFileInfo(path).fileName()));
  return true;
}

} // namespace lagesbild
