#include "mainwindow.h"

#include "desktop/filterpanel.h"
#include "desktop/importdialog.h"
#include "desktop/incidentform.h"
#include "desktop/printdialog.h"
#include "desktop/storesession.h"
#include "desktop/timeslider.h"
#include "map/heatmapcontroller.h"
#include "map/hotspotcontroller.h"
#include "map/incidentfields.h"
#include "map/incidentstyle.h"
#include "map/storelayers.h"
#include "time/stockholmtime.h"

#include <qgsapplication.h>
#include <qgsattributetablefiltermodel.h>
#include <qgsattributetablemodel.h>
#include <qgsattributetableview.h>
#include <qgsfeature.h>
#include <qgsfeaturerequest.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolemitpoint.h>
#include <qgsmaptoolidentifyfeature.h>
#include <qgsmaptoolpan.h>
#include <qgsmaptoolzoom.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>
#include <qgsprovidersublayerdetails.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayercache.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace lagesbild
{
namespace
{
constexpr qint64 kTableRowLimit = 100000; // the attribute table loads every row: keep it usable
const QString kIncidentsTable = QStringLiteral("incidents");

QString tableNameOf(const QgsMapLayer *layer)
{
  const QVariantMap parts = QgsProviderRegistry::instance()->decodeUri(QStringLiteral("ogr"), layer->source());
  return parts.value(QStringLiteral("layerName")).toString();
}

QString escapeHtml(const QString &text)
{
  return text.toHtmlEscaped();
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
  setWindowTitle(tr("Lägesbild"));
  setObjectName(QStringLiteral("mainWindow"));
  resize(1400, 900);

  mProject = new QgsProject(this);
  mProject->setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));
  mSession = new StoreSession(this);

  mCanvas = new QgsMapCanvas(this);
  mCanvas->setObjectName(QStringLiteral("mapCanvas"));
  mCanvas->setProject(mProject);
  mCanvas->setDestinationCrs(mProject->crs());
  mCanvas->setCanvasColor(Qt::white);
  mCanvas->enableAntiAliasing(true);
  mCanvas->setParallelRenderingEnabled(true);
  mCanvas->setCachingEnabled(true);
  setCentralWidget(mCanvas);

  auto *model = new QgsLayerTreeModel(mProject->layerTreeRoot(), this);
  model->setFlag(QgsLayerTreeModel::AllowNodeReorder);
  model->setFlag(QgsLayerTreeModel::AllowNodeChangeVisibility);
  model->setFlag(QgsLayerTreeModel::ShowLegendAsTree);
  model->setFlag(QgsLayerTreeModel::UseEmbeddedWidgets);
  mLayerTreeView = new QgsLayerTreeView(this);
  mLayerTreeView->setObjectName(QStringLiteral("layerTree"));
  mLayerTreeView->setModel(model);
  mBridge = new QgsLayerTreeMapCanvasBridge(mProject->layerTreeRoot(), mCanvas, this);
  // We set the extent ourselves (the store's points, or the last session's view): QGIS's own
  // zoom to the full extent of the first layers would otherwise show the whole world as soon as a
  // tile background is among them.
  mBridge->setAutoSetupOnFirstLayer(false);

  mHeatmap = new HeatmapController(mCanvas, mProject, this);
  mHotspots = new HotspotController(mProject, this);
  connect(mHotspots, &HotspotController::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
  connect(mHotspots, &HotspotController::busyChanged, this,
          [this](bool busy)
          {
            if (busy)
              statusBar()->showMessage(tr("Computing hot spots…"));
            else
              statusBar()->clearMessage();
          });
  connect(mHeatmap, &HeatmapController::updated, this,
          [this](qint64 ms) { statusBar()->showMessage(tr("Heat map drawn in %1 ms").arg(ms), 4000); });
  connect(mHeatmap, &HeatmapController::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });

  buildDocks();
  buildActions();

  mCoordinates = new QLabel(this);
  statusBar()->addPermanentWidget(mCoordinates);
  connect(mCanvas, &QgsMapCanvas::xyCoordinates, this,
          [this](const QgsPointXY &point) {
            mCoordinates->setText(
              QStringLiteral("E %1  N %2").arg(QLocale().toString(point.x(), 'f', 0), QLocale().toString(point.y(), 'f', 0)));
          });
  connect(mSession, &StoreSession::incidentsChanged, this,
          [this]()
          {
            if (const auto refreshed = mSession->refresh(); !refreshed)
              statusBar()->showMessage(refreshed.error().toString(), 8000);
            reloadIncidentLayer();
            applyFilter();
          });
  statusBar()->showMessage(tr("Open a Lägesbild store with File → Open…"));
  restoreViewSettings();
}

MainWindow::~MainWindow()
{
  // Our tasks first: cancelled, they end at their next progress check.
  delete mHotspots;
  mHotspots = nullptr;
  delete mHeatmap;
  mHeatmap = nullptr;
  // The canvas must stop rendering before the project's layers go away. A refresh stops the
  // render under way without waiting for it, and such a stopped render still finishes in the
  // background and then writes into the canvas's image cache: let every render finish, and
  // deliver its result, while the canvas still exists.
  mCanvas->cancelJobs();
  QThreadPool::globalInstance()->waitForDone(10000);
  QCoreApplication::sendPostedEvents();
  clearTable();
}

void MainWindow::clearTable()
{
  mTable->setModel(nullptr);
  delete mTableFilterModel;
  delete mTableModel;
  delete mTableCache;
  mTableFilterModel = nullptr;
  mTableModel = nullptr;
  mTableCache = nullptr;
  mTableStale = true;
}

void MainWindow::buildDocks()
{
  auto *layersDock = new QDockWidget(tr("Layers"), this);
  layersDock->setObjectName(QStringLiteral("layersDock"));
  layersDock->setWidget(mLayerTreeView);
  addDockWidget(Qt::LeftDockWidgetArea, layersDock);

  mFilterPanel = new FilterPanel(this);
  mFilterPanel->setObjectName(QStringLiteral("filterPanel"));
  auto *filterDock = new QDockWidget(tr("Filter"), this);
  filterDock->setObjectName(QStringLiteral("filterDock"));
  filterDock->setWidget(mFilterPanel);
  addDockWidget(Qt::RightDockWidgetArea, filterDock);
  connect(mFilterPanel, &FilterPanel::filterChanged, this, &MainWindow::applyFilter);

  mTimeSlider = new TimeSlider(this);
  auto *sliderDock = new QDockWidget(tr("Time"), this);
  sliderDock->setObjectName(QStringLiteral("timeDock"));
  sliderDock->setWidget(mTimeSlider);
  addDockWidget(Qt::BottomDockWidgetArea, sliderDock);
  connect(mTimeSlider, &TimeSlider::windowChanged, this, &MainWindow::applyFilter);

  mDetails = new QTextBrowser(this);
  mDetails->setObjectName(QStringLiteral("incidentDetails"));
  auto *detailsWidget = new QWidget(this);
  auto *detailsLayout = new QVBoxLayout(detailsWidget);
  detailsLayout->setContentsMargins(0, 0, 0, 0);
  detailsLayout->addWidget(mDetails);
  auto *buttons = new QHBoxLayout;
  auto *editButton = new QPushButton(tr("Edit…"), detailsWidget);
  auto *deleteButton = new QPushButton(tr("Delete…"), detailsWidget);
  buttons->addWidget(editButton);
  buttons->addWidget(deleteButton);
  buttons->addStretch();
  detailsLayout->addLayout(buttons);
  connect(editButton, &QPushButton::clicked, this,
          [this]()
          {
            if (mDetailsId > 0)
              editIncident(mDetailsId);
          });
  connect(deleteButton, &QPushButton::clicked, this,
          [this]()
          {
            if (mDetailsId > 0)
              deleteIncident(mDetailsId);
          });
  mDetailsDock = new QDockWidget(tr("Incident"), this);
  mDetailsDock->setObjectName(QStringLiteral("detailsDock"));
  mDetailsDock->setWidget(detailsWidget);
  addDockWidget(Qt::LeftDockWidgetArea, mDetailsDock);

  auto *tableWidget = new QWidget(this);
  auto *tableLayout = new QVBoxLayout(tableWidget);
  tableLayout->setContentsMargins(0, 0, 0, 0);
  auto *tableButtons = new QHBoxLayout;
  auto *zoomToSelection = new QPushButton(tr("Zoom to selection"), tableWidget);
  auto *clearSelection = new QPushButton(tr("Clear selection"), tableWidget);
  tableButtons->addWidget(zoomToSelection);
  tableButtons->addWidget(clearSelection);
  tableButtons->addStretch();
  tableLayout->addLayout(tableButtons);
  mTable = new QgsAttributeTableView(tableWidget);
  mTable->setObjectName(QStringLiteral("incidentTable"));
  mTable->setSortingEnabled(true);
  tableLayout->addWidget(mTable);
  connect(zoomToSelection, &QPushButton::clicked, this,
          [this]()
          {
            if (mIncidentLayer && mIncidentLayer->selectedFeatureCount() > 0)
            {
              mCanvas->zoomToSelected(mIncidentLayer);
              if (mCanvas->extent().width() < 100)
                mCanvas->zoomScale(2000);
              mCanvas->refresh();
            }
          });
  connect(clearSelection, &QPushButton::clicked, this,
          [this]()
          {
            if (mIncidentLayer)
              mIncidentLayer->removeSelection();
          });
  mTableDock = new QDockWidget(tr("Table"), this);
  mTableDock->setObjectName(QStringLiteral("tableDock"));
  mTableDock->setWidget(tableWidget);
  addDockWidget(Qt::BottomDockWidgetArea, mTableDock);
  tabifyDockWidget(sliderDock, mTableDock);
  sliderDock->raise();
  connect(mTableDock, &QDockWidget::visibilityChanged, this,
          [this](bool visible)
          {
            if (visible && mTableStale)
              loadTable();
          });
}

void MainWindow::buildActions()
{
  QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
  QAction *open = fileMenu->addAction(tr("&Open store…"));
  open->setShortcut(QKeySequence::Open);
  connect(open, &QAction::triggered, this, &MainWindow::chooseStore);
  QAction *importAction = fileMenu->addAction(tr("&Import incidents…"));
  importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
  connect(importAction, &QAction::triggered, this, &MainWindow::importIncidents);
  QAction *printAction = fileMenu->addAction(tr("&Print…"));
  printAction->setShortcut(QKeySequence::Print);
  connect(printAction, &QAction::triggered, this, &MainWindow::print);
  fileMenu->addSeparator();
  QAction *addFile = fileMenu->addAction(tr("Add &layer from file…"));
  connect(addFile, &QAction::triggered, this, &MainWindow::addLayerFromFile);
  QAction *addOsm = fileMenu->addAction(tr("Add OpenStreetMap background"));
  connect(addOsm, &QAction::triggered, this, &MainWindow::addOpenStreetMap);
  QAction *addService = fileMenu->addAction(tr("Add WMS/WMTS/XYZ service…"));
  connect(addService, &QAction::triggered, this, &MainWindow::addServiceLayer);
  fileMenu->addSeparator();
  QAction *quit = fileMenu->addAction(tr("&Quit"));
  quit->setShortcut(QKeySequence::Quit);
  connect(quit, &QAction::triggered, this, &QWidget::close);

  QToolBar *mapBar = addToolBar(tr("Map"));
  mapBar->setObjectName(QStringLiteral("mapToolBar"));
  auto *tools = new QActionGroup(this);
  mPanAction = mapBar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionPan.svg")), tr("Pan"));
  mPanAction->setCheckable(true);
  tools->addAction(mPanAction);
  mPanTool = new QgsMapToolPan(mCanvas);
  mPanTool->setAction(mPanAction);
  connect(mPanAction, &QAction::triggered, this, [this]() { mCanvas->setMapTool(mPanTool); });

  QAction *zoomFull = mapBar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionZoomFullExtent.svg")), tr("Zoom to all"));
  connect(zoomFull, &QAction::triggered, this,
          [this]()
          {
            if (mIncidentLayer)
            {
              QgsRectangle extent = mIncidentLayer->extent();
              extent.scale(1.1);
              mCanvas->setExtent(extent);
            }
            else
              mCanvas->zoomToFullExtent();
            mCanvas->refresh();
          });

  mIdentifyAction = mapBar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionIdentify.svg")), tr("Identify incident"));
  mIdentifyAction->setCheckable(true);
  tools->addAction(mIdentifyAction);
  mIdentifyTool = new QgsMapToolIdentifyFeature(mCanvas);
  mIdentifyTool->setAction(mIdentifyAction);
  connect(mIdentifyTool, qOverload<const QgsFeature &>(&QgsMapToolIdentifyFeature::featureIdentified), this,
          &MainWindow::showIncidentDetails);
  connect(mIdentifyAction, &QAction::triggered, this,
          [this]()
          {
            mIdentifyTool->setLayer(mIncidentLayer);
            mCanvas->setMapTool(mIdentifyTool);
          });

  mNewReportAction = mapBar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionCapturePoint.svg")), tr("New report"));
  mNewReportAction->setCheckable(true);
  mNewReportAction->setToolTip(tr("New report: click the map where it happened"));
  tools->addAction(mNewReportAction);
  mNewReportTool = new QgsMapToolEmitPoint(mCanvas);
  mNewReportTool->setAction(mNewReportAction);
  connect(mNewReportTool, &QgsMapToolEmitPoint::canvasClicked, this,
          [this](const QgsPointXY &point, Qt::MouseButton button)
          {
            if (button == Qt::LeftButton)
              newReportAt(point);
          });
  connect(mNewReportAction, &QAction::triggered, this, [this]() { mCanvas->setMapTool(mNewReportTool); });

  mapBar->addSeparator();
  mHeatmapAction = mapBar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/heatmap.svg")), tr("Heat map"));
  mHeatmapAction->setObjectName(QStringLiteral("heatmapAction"));
  mHeatmapAction->setCheckable(true);
  connect(mHeatmapAction, &QAction::toggled, this,
          [this](bool on)
          {
            mHeatmap->setEnabled(on);
            // The heat map replaces the points: drawing a million points makes every pan slow.
            setIncidentPointsShown(!on && mHotspots->mode() != HotspotController::Mode::Change);
          });

  mHotspotAction = mapBar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionNewVectorLayer.svg")), tr("Hot spots (Gi*)"));
  mHotspotAction->setObjectName(QStringLiteral("hotspotAction"));
  mHotspotAction->setCheckable(true);
  mHotspotAction->setToolTip(tr("Hot spots: cells with significantly many (or few) incidents, Getis-Ord Gi*, 50 m cells"));
  connect(mHotspotAction, &QAction::toggled, this,
          [this](bool on)
          {
            if (on && mHotspots->mode() != HotspotController::Mode::GiStar)
              mHotspots->showGiStar();
            else if (!on)
            {
              const bool wasChange = mHotspots->mode() == HotspotController::Mode::Change;
              mHotspots->hide();
              if (wasChange)
                setIncidentPointsShown(!mHeatmapAction->isChecked());
            }
          });

  mPanAction->setChecked(true);
  mCanvas->setMapTool(mPanTool);

  QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
  viewMenu->addAction(mHeatmapAction);
  for (QDockWidget *dock : findChildren<QDockWidget *>())
    viewMenu->addAction(dock->toggleViewAction());

  QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
  QMenu *languageMenu = settingsMenu->addMenu(tr("Language"));
  auto *languages = new QActionGroup(this);
  const QString current = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("sv")).toString();
  for (const auto &[code, name] :
       {std::pair{QStringLiteral("sv"), QStringLiteral("Svenska")}, std::pair{QStringLiteral("en"), QStringLiteral("English")}})
  {
    QAction *action = languageMenu->addAction(name);
    action->setCheckable(true);
    action->setChecked(current == code);
    languages->addAction(action);
    connect(action, &QAction::triggered, this, [this, code = code]() { setLanguage(code); });
  }
}

void MainWindow::setLanguage(const QString &language)
{
  QSettings().setValue(QStringLiteral("ui/language"), language);
  QMessageBox::information(this, tr("Language"), tr("The new language is used the next time Lägesbild starts."));
}

void MainWindow::chooseStore()
{
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Lägesbild store"), QFileInfo(mSession->path()).absolutePath(),
                                                    tr("GeoPackage (*.gpkg);;All files (*)"));
  if (!path.isEmpty() && openStore(path))
    QSettings().setValue(QStringLiteral("store/lastPath"), QFileInfo(path).absoluteFilePath());
}

bool MainWindow::openStore(const QString &path)
{
  // A Lägesbild store gets the full treatment; any other GeoPackage is just shown. The store is
  // opened (and so migrated forward) before QGIS reads its tables: a migration changes the
  // columns under a layer that is already open.
  const auto opened = mSession->open(path);
  if (!opened && opened.error().code == ErrorCode::StoreTooNew)
  {
    QMessageBox::warning(this, tr("Cannot open store"), opened.error().toString());
    return false;
  }
  StoreLayers layers = StoreLayers::load(path);
  if (layers.layers.empty())
  {
    statusBar()->showMessage(layers.error.isEmpty() ? tr("No map layers in %1").arg(path) : layers.error);
    return false;
  }

  mCanvas->stopRendering();
  mHeatmap->setEnabled(false);
  mHeatmapAction->setChecked(false);
  mHotspotAction->setChecked(false);
  clearTable();
  mProject->removeAllMapLayers();
  mIncidentLayer = nullptr;
  const bool swedish = QLocale().language() == QLocale::Swedish;
  for (QgsMapLayer *layer : layers.layers)
  {
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>(layer);
    if (opened && vectorLayer && tableNameOf(layer) == kIncidentsTable)
    {
      mIncidentLayer = vectorLayer;
      const auto total = mSession->store()->count(IncidentFilter::all());
      IncidentStyle::apply(vectorLayer, mSession->categories(), QStringLiteral("category"), swedish, total ? *total : 0);
      IncidentFields::apply(vectorLayer, mSession->categories(), swedish);
    }
    // StoreLayers orders top first; appending keeps points above areas.
    mProject->addMapLayer(layer, false);
    mProject->layerTreeRoot()->addLayer(layer);
  }
  const bool readOnly = opened && mSession->isReadOnly();
  setWindowTitle(readOnly ? tr("Lägesbild — %1 (read-only)").arg(QFileInfo(path).fileName())
                          : tr("Lägesbild — %1").arg(QFileInfo(path).fileName()));

  if (opened)
  {
    mFilterPanel->setReferenceData(mSession->categories(), mSession->sources(), mSession->areas());
    mFilterPanel->setDataSpan(mSession->firstDay(), mSession->lastDay());
    mIdentifyTool->setLayer(mIncidentLayer);
  }

  mCanvas->setDestinationCrs(mProject->crs());
  QgsRectangle extent = layers.pointExtent;
  if (extent.isNull() || extent.isEmpty())
    extent = mCanvas->fullExtent();
  if (!extent.isNull())
  {
    extent.scale(1.1);
    mCanvas->setExtent(extent);
  }
  mTableStale = true;
  applyFilter();
  mCanvas->refresh();
  if (readOnly)
    statusBar()->showMessage(
      tr("%1 is read-only here: it can be viewed and analysed, but changes cannot be saved").arg(QFileInfo(path).fileName()));
  else
    statusBar()->showMessage(
      opened ? tr("%1: %n map layer(s)", nullptr, layers.layers.size()).arg(QFileInfo(path).fileName())
             : tr("%1 is not a Lägesbild store; its layers are shown (%2)").arg(QFileInfo(path).fileName(), opened.error().message));
  return true;
}

IncidentFilter MainWindow::effectiveFilter() const
{
  IncidentFilter filter = mFilterPanel->filter();
  if (const auto window = mTimeSlider->currentWindow())
    filter.period = window;
  return filter;
}

void MainWindow::applyFilter()
{
  if (!mSession->isOpen())
  {
    mFilterPanel->setMatchCount(-1);
    return;
  }
  const IncidentFilter panelFilter = mFilterPanel->filter();
  mTimeSlider->setPeriod(
    panelFilter.period.value_or(mSession->firstDay().isValid() ? DateRange(mSession->firstDay(), mSession->lastDay()) : DateRange()));
  const IncidentFilter filter = effectiveFilter();

  if (mIncidentLayer)
  {
    const QString subset = mSession->layerSubsetString(filter);
    if (!mIncidentLayer->setSubsetString(subset))
      statusBar()->showMessage(tr("The map could not apply the filter: %1").arg(mIncidentLayer->dataProvider()->error().summary()), 10000);
    mIncidentLayer->triggerRepaint();
  }
  const auto count = mSession->store()->count(filter);
  if (!count)
    statusBar()->showMessage(count.error().toString(), 10000);
  mMatchCount = count ? *count : 0;
  mFilterPanel->setMatchCount(mMatchCount);

  // Points for the heat map and hot spots are read on task threads: a large store never
  // freezes the window while the filter changes.
  mHeatmap->setSource(mSession->path(), filter);
  mHotspots->setSource(mSession->path(), filter);

  mTableStale = true;
  if (mTableDock->isVisible() && !mTableDock->visibleRegion().isEmpty())
    loadTable();
}

void MainWindow::loadTable()
{
  if (!mIncidentLayer)
    return;
  if (mMatchCount > kTableRowLimit)
  {
    mTable->setEnabled(false);
    statusBar()->showMessage(tr("The table shows at most %1 incidents: narrow the filter").arg(QLocale().toString(kTableRowLimit)), 8000);
    return;
  }
  mTable->setEnabled(true);
  clearTable();
  mTableCache = new QgsVectorLayerCache(mIncidentLayer, static_cast<int>(std::min<qint64>(mMatchCount + 1, kTableRowLimit)), this);
  mTableModel = new QgsAttributeTableModel(mTableCache, this);
  mTableModel->loadLayer();
  mTableFilterModel = new QgsAttributeTableFilterModel(mCanvas, mTableModel, this);
  mTable->setModel(mTableFilterModel);
  mTableStale = false;
}

void MainWindow::reloadIncidentLayer()
{
  if (!mIncidentLayer)
    return;
  mIncidentLayer->dataProvider()->reloadData();
  mIncidentLayer->triggerRepaint();
}

void MainWindow::showIncidentDetails(const QgsFeature &feature)
{
  const auto incident = mSession->store()->incident(feature.id());
  if (!incident || !incident->has_value())
  {
    mDetails->setHtml(tr("<p>No details for this incident.</p>"));
    return;
  }
  const Incident &i = **incident;
  mDetailsId = i.id;
  const auto &clock = StockholmTime::instance();
  auto categoryName = [this](const QString &code)
  {
    for (const Category &category : mSession->categories())
      if (category.code == code)
        return QLocale().language() == QLocale::Swedish || category.nameEn.isEmpty() ? category.nameSv : category.nameEn;
    return code;
  };
  auto sourceName = [this](const QString &code)
  {
    for (const Source &source : mSession->sources())
      if (source.code == code)
        return source.name;
    return code;
  };
  QString time = clock.formatIso(i.occurredFrom).left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
  if (i.occurredTo)
    time += QStringLiteral(" – ") + clock.formatIso(*i.occurredTo).left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
  QString html = QStringLiteral("<h3>%1</h3><table>").arg(escapeHtml(categoryName(i.category)));
  auto row = [&html](const QString &label, const QString &value)
  { html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escapeHtml(label), escapeHtml(value)); };
  row(tr("Kind"), i.kind == IncidentKind::Crime ? tr("Reported crime") : tr("Lägesbild report"));
  row(tr("When"), time);
  row(tr("Reported by"), sourceName(i.source));
  row(tr("Place"), i.address);
  row(tr("Area"), i.area);
  row(tr("Description"), i.description);
  if (i.precision == LocationPrecision::Municipality)
    row(tr("Position"), tr("only the municipality is known"));
  row(tr("Id"), QString::number(i.id));
  html += QStringLiteral("</table>");
  mDetails->setHtml(html);
  mDetailsDock->show();
  mDetailsDock->raise();
}

void MainWindow::newReportAt(const QgsPointXY &point)
{
  if (!mSession->isOpen())
  {
    statusBar()->showMessage(tr("Open a store first"), 5000);
    return;
  }
  IncidentForm form(mSession->categories(), mSession->sources(), this);
  Incident incident;
  incident.x = point.x();
  incident.y = point.y();
  incident.kind = IncidentKind::Report;
  incident.occurredFrom = QDateTime::currentSecsSinceEpoch();
  form.setIncident(incident);
  if (form.exec() != QDialog::Accepted)
    return;
  const auto id = mSession->addIncident(form.incident());
  if (!id)
    QMessageBox::warning(this, tr("Could not save"), id.error().toString());
  else
    statusBar()->showMessage(tr("Report %1 saved").arg(*id), 5000);
}

void MainWindow::editIncident(qint64 id)
{
  const auto incident = mSession->store()->incident(id);
  if (!incident || !incident->has_value())
    return;
  IncidentForm form(mSession->categories(), mSession->sources(), this);
  form.setIncident(**incident);
  if (form.exec() != QDialog::Accepted)
    return;
  const auto saved = mSession->updateIncident(form.incident());
  if (!saved)
    QMessageBox::warning(this, tr("Could not save"), saved.error().toString());
}

void MainWindow::deleteIncident(qint64 id)
{
  if (QMessageBox::question(this, tr("Delete incident"), tr("Delete incident %1? This is recorded in the audit log.").arg(id)) !=
      QMessageBox::Yes)
    return;
  const auto deleted = mSession->deleteIncident(id);
  if (!deleted)
    QMessageBox::warning(this, tr("Could not delete"), deleted.error().toString());
  else
  {
    mDetails->clear();
    mDetailsId = 0;
  }
}

void MainWindow::print()
{
  printWithIntervention(0);
}

void MainWindow::printWithIntervention(std::int64_t interventionId)
{
  if (!mSession->isOpen())
  {
    QMessageBox::information(this, tr("Print"), tr("Open a store first."));
    return;
  }
  const IncidentFilter filter = mFilterPanel->filter();
  const DateRange period = filter.period.value_or(DateRange(mSession->firstDay(), mSession->lastDay()));
  PrintDialog dialog(mSession->path(), filter, period, this);
  if (interventionId > 0)
    dialog.includeIntervention(interventionId);
  if (!mRiskZones.empty())
    dialog.setRiskZones(mRiskZones, mRiskZoneRadius);
  dialog.exec();
}

void MainWindow::setRiskZones(const std::vector<RiskZone> &zones, double radius)
{
  mRiskZones = zones;
  mRiskZoneRadius = radius;
}

void MainWindow::importIncidents()
{
  if (!mSession->isOpen())
  {
    QMessageBox::information(this, tr("Import incidents"), tr("Open or create a store first."));
    return;
  }
  ImportDialog dialog(mSession, this);
  dialog.exec();
  if (dialog.imported())
  {
    if (const auto refreshed = mSession->refresh(); !refreshed)
      statusBar()->showMessage(refreshed.error().toString(), 8000);
    mFilterPanel->setReferenceData(mSession->categories(), mSession->sources(), mSession->areas());
    mFilterPanel->setDataSpan(mSession->firstDay(), mSession->lastDay());
    if (mIncidentLayer)
    {
      const auto total = mSession->store()->count(IncidentFilter::all());
      IncidentStyle::apply(mIncidentLayer, mSession->categories(), QStringLiteral("category"), QLocale().language() == QLocale::Swedish,
                           total ? *total : 0);
      IncidentFields::apply(mIncidentLayer, mSession->categories(), QLocale().language() == QLocale::Swedish);
    }
    reloadIncidentLayer();
    applyFilter();
  }
}

void MainWindow::addLayerFromFile()
{
  const QString path = QFileDialog::getOpenFileName(
    this, tr("Add layer"), QString(), tr("GIS files (*.gpkg *.shp *.geojson *.json *.tif *.tiff *.kml *.csv);;All files (*)"));
  if (path.isEmpty())
    return;
  const QList<QgsProviderSublayerDetails> sublayers = QgsProviderRegistry::instance()->querySublayers(path);
  int added = 0;
  for (const QgsProviderSublayerDetails &details : sublayers)
  {
    QgsProviderSublayerDetails::LayerOptions options{mProject->transformContext()};
    QgsMapLayer *layer = details.toLayer(options);
    if (layer && layer->isValid())
    {
      mProject->addMapLayer(layer);
      ++added;
    }
    else
      delete layer;
  }
  statusBar()->showMessage(added ? tr("%n layer(s) added", nullptr, added) : tr("Nothing could be read from %1").arg(path), 6000);
}

void MainWindow::addOpenStreetMap()
{
  // Tiles load in the background; offline they simply fail and the map shows nothing there.
  const QString uri = QStringLiteral("type=xyz&url=https://tile.openstreetmap.org/{z}/{x}/{y}.png&zmax=19&zmin=0");
  auto *layer = new QgsRasterLayer(uri, tr("OpenStreetMap"), QStringLiteral("wms"));
  if (!layer->isValid())
  {
    delete layer;
    statusBar()->showMessage(tr("The OpenStreetMap layer could not be created"), 6000);
    return;
  }
  mProject->addMapLayer(layer, false);
  mProject->layerTreeRoot()->addLayer(layer); // at the bottom, under everything
}

void MainWindow::addServiceLayer()
{
  bool ok = false;
  const QString url = QInputDialog::getText(this, tr("Add map service"),
                                            tr("XYZ tile URL with {x} {y} {z}, or a WMS/WMTS URI as QGIS writes it\n"
                                               "(e.g. crs=EPSG:3006&format=image/png&layers=NAME&styles&url=https://…):"),
                                            QLineEdit::Normal, QString(), &ok);
  if (!ok || url.trimmed().isEmpty())
    return;
  QString uri = url.trimmed();
  if (uri.contains(QStringLiteral("{z}")) && !uri.startsWith(QStringLiteral("type=xyz")))
    uri = QStringLiteral("type=xyz&url=%1").arg(uri);
  auto *layer = new QgsRasterLayer(uri, tr("Map service"), QStringLiteral("wms"));
  if (!layer->isValid())
  {
    QMessageBox::warning(this, tr("Add map service"), tr("QGIS could not use this service: %1").arg(layer->error().summary()));
    delete layer;
    return;
  }
  mProject->addMapLayer(layer, false);
  mProject->layerTreeRoot()->addLayer(layer);
}

void MainWindow::saveSettings() const
{
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  const QgsRectangle extent = mCanvas->extent();
  settings.setValue(QStringLiteral("map/extent"),
                    QStringList{QString::number(extent.xMinimum(), 'f', 1), QString::number(extent.yMinimum(), 'f', 1),
                                QString::number(extent.xMaximum(), 'f', 1), QString::number(extent.yMaximum(), 'f', 1)});
  settings.setValue(QStringLiteral("map/heatmap"), mHeatmapAction->isChecked());
  QStringList hidden;
  for (QgsLayerTreeLayer *node : mProject->layerTreeRoot()->findLayers())
    if (!node->isVisible())
      hidden << node->name();
  settings.setValue(QStringLiteral("map/hiddenLayers"), hidden);
  if (mSession->isOpen())
    settings.setValue(QStringLiteral("store/lastPath"), mSession->path());
  mFilterPanel->saveSettings();
}

void MainWindow::setHotspotsVisible(bool visible)
{
  if (mHotspotAction->isChecked() != visible)
    mHotspotAction->setChecked(visible); // toggled → the controller
  else if (visible && mHotspots->mode() != HotspotController::Mode::GiStar)
    mHotspots->showGiStar();
}

void MainWindow::showHotspotChange(const DateRange &a, const DateRange &b)
{
  {
    const QSignalBlocker blocker(mHotspotAction);
    mHotspotAction->setChecked(true);
  }
  mHotspots->showChange(a, b);
  // The change per cell is the picture: points on top would hide it.
  setIncidentPointsShown(false);
}

void MainWindow::setIncidentPointsShown(bool shown)
{
  if (!mIncidentLayer)
    return;
  if (QgsLayerTreeLayer *node = mProject->layerTreeRoot()->findLayer(mIncidentLayer))
  {
    node->setItemVisibilityChecked(shown);
    // A hidden layer's long legend would push the visible layers' legends out of sight.
    node->setExpanded(shown);
  }
}

void MainWindow::setHeatmapVisible(bool visible)
{
  mHeatmapAction->setChecked(visible);
}

void MainWindow::restoreSession()
{
  QSettings settings;
  if (mSession->isOpen() && settings.value(QStringLiteral("store/lastPath")).toString() == mSession->path())
  {
    mFilterPanel->restoreSettings();
    const QStringList extent = settings.value(QStringLiteral("map/extent")).toStringList();
    if (extent.size() == 4)
    {
      const QgsRectangle rectangle(extent[0].toDouble(), extent[1].toDouble(), extent[2].toDouble(), extent[3].toDouble());
      // After the window is laid out, so the canvas has its real size when it fits the extent.
      if (!rectangle.isEmpty())
        QTimer::singleShot(0, this,
                           [this, rectangle]()
                           {
                             mCanvas->setExtent(rectangle);
                             mCanvas->refresh();
                           });
    }
  }
  const QStringList hidden = settings.value(QStringLiteral("map/hiddenLayers")).toStringList();
  for (QgsLayerTreeLayer *node : mProject->layerTreeRoot()->findLayers())
    if (hidden.contains(node->name()))
      node->setItemVisibilityChecked(false);
  mHeatmapAction->setChecked(settings.value(QStringLiteral("map/heatmap"), false).toBool());
  applyFilter();
  mCanvas->refresh();
}

void MainWindow::restoreViewSettings()
{
  QSettings settings;
  restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
  saveSettings();
  QMainWindow::closeEvent(event);
}

} // namespace lagesbild
