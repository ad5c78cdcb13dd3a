#include "mainwindow.h"

#include "desktop/addressimportdialog.h"
#include "desktop/basemapui.h"
#include "desktop/categorylegendsync.h"
#include "desktop/docklayout.h"
#include "desktop/filterpanel.h"
#include "desktop/importdialog.h"
#include "desktop/incidentform.h"
#include "desktop/layertreemenu.h"
#include "desktop/placesearchbox.h"
#include "desktop/printdialog.h"
#include "desktop/timeslider.h"
#include "map/basemapcontroller.h"
#include "map/heatmapcontroller.h"
#include "map/hotspotcontroller.h"
#include "map/incidentfields.h"
#include "map/incidentstyle.h"
#include "map/incidenttablecolumns.h"
#include "map/mappointpicker.h"
#include "map/pointreductioncontroller.h"
#include "map/pointreductionrenderer.h"
#include "map/storelayers.h"
#include "map/storelayersource.h"
#include "map/studyarea.h"
#include "session/storesession.h"
#include "time/stockholmtime.h"

#include <qgsapplication.h>
#include <qgsattributetablefiltermodel.h>
#include <qgsattributetablemodel.h>
#include <qgsattributetableview.h>
#include <qgscoordinatetransform.h>
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
#include <qgsvertexmarker.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <limits>

namespace lagesbild
{
namespace
{
constexpr qint64 kTableRowLimit = 100000;        // the attribute table loads every row: keep it usable
constexpr int kSavedMarkerMilliseconds = 180000; // how long a new report's ring stays on the map
constexpr int kTableRowsShown = 8;               // rows a raised table shows at least
constexpr int kWholeStudyArea = -1;              // study-area chooser: all incidents
constexpr int kViewStudyArea = -2;               // study-area chooser: the map's view
const QString kIncidentsTable = QStringLiteral("incidents");

QString tableNameOf(const QgsMapLayer *layer)
{
  return StoreLayerSource::tableOf(qobject_cast<const QgsVectorLayer *>(layer));
}

QString escapeHtml(const QString &text)
{
  return text.toHtmlEscaped();
}
//! Pixels a dock gets beyond its minimum height when the window opens.
constexpr int kDockSlack = 40;
//! The longest the first frame of a newly opened store waits for the incidents' counts.
constexpr int kFirstFrameWaitMs = 3000;
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
  setWindowTitle(tr("Lägesbild"));
  setObjectName(QStringLiteral("mainWindow"));
  // As large as planned, but never larger than the screen (a 1366 × 768 office laptop shows the
  // status bar, where base-map failures are reported).
  // The window frame (title bar, borders) is not known before the window is shown: room for it.
  QSize size(1400, 900);
  if (const QScreen *screen = QGuiApplication::primaryScreen())
    size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
  resize(size);

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
  mPointReduction = new PointReductionController(this);
  mMapHold.setSingleShot(true);
  mMapHold.setInterval(kFirstFrameWaitMs);
  connect(&mMapHold, &QTimer::timeout, this, &MainWindow::releaseMap);
  connect(mPointReduction, &PointReductionController::failed, this, &MainWindow::releaseMap);
  connect(mPointReduction, &PointReductionController::failed, this,
          [this](const QString &message) { statusBar()->showMessage(message, 8000); });
  connect(mPointReduction, &PointReductionController::indexReady, this,
          [this]()
          {
            releaseMap();
            chooseDefaultStudyArea();
          });
  connect(mPointReduction, &PointReductionController::indexChecked, this, &MainWindow::shareIndexWithHeatmap);
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
  connect(mHotspots, &HotspotController::updated, this,
          [this]()
          {
            statusBar()->showMessage(mHotspots->note(), 15000);
            if (!mZoomToHotspots)
              return;
            mZoomToHotspots = false;
            zoomToHotspots();
          });
  connect(mHeatmap, &HeatmapController::updated, this,
          [this](qint64 ms) { statusBar()->showMessage(tr("Heat map drawn in %1 ms").arg(ms), 4000); });
  connect(mHeatmap, &HeatmapController::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });

  connect(mCanvas, &QgsMapCanvas::mapCanvasRefreshed, this,
          [this]()
          {
            // A frame drawn while the incidents' positions are read shows none of them yet.
            if (!mMapDrawnPending || !mPointReduction || mPointReduction->isReading())
              return;
            mMapDrawnPending = false;
            mPointReduction->refine();
            Q_EMIT mapDrawn();
          });
  mBaseMap = new BaseMapUi(this, mCanvas, mProject);
  buildDocks();
  buildActions();
  mLegendSync = new CategoryLegendSync(mLayerTreeView, mFilterPanel, this);
  mLayerTreeView->setMenuProvider(new LayerTreeMenu(mLayerTreeView, mCanvas, mLegendSync));

  connect(mSession, &StoreSession::incidentsChanged, this,
          [this]()
          {
            if (const auto refreshed = mSession->refresh(); !refreshed)
              statusBar()->showMessage(refreshed.error().toString(), 8000);
            mTotalCount = -1; // counted again by the next filter that matches everything
            mPointReduction->invalidate();
            reloadIncidentLayer();
            applyFilter();
          });
  statusBar()->showMessage(tr("Open a Lägesbild store with File → Open…"));
}

MainWindow::~MainWindow()
{
  delete mSavedMarker;
  mSavedMarker = nullptr;
  // Our tasks first: cancelled, they end at their next progress check.
  delete mHotspots;
  mHotspots = nullptr;
  delete mHeatmap;
  mHeatmap = nullptr;
  delete mPointReduction;
  mPointReduction = nullptr;
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
  // Scrolls rather than forcing the window taller than a laptop's screen.
  auto *filterScroll = new QScrollArea(filterDock);
  filterScroll->setObjectName(QStringLiteral("filterScroll"));
  filterScroll->setWidget(mFilterPanel);
  filterScroll->setWidgetResizable(true);
  filterScroll->setFrameShape(QFrame::NoFrame);
  filterScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  filterDock->setWidget(filterScroll);
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
  // Tabbed with the time slider, the table's minimum sets the bottom strip's: keep it low so the
  // strip stays a slider's height until the table is raised (then growTableToRows makes room).
  mTable->setMinimumHeight(fontMetrics().height() * 2);
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
  // The map gets the height; the time slider only needs its row (the table scrolls).
  resizeDocks({sliderDock}, {sliderDock->minimumSizeHint().height() + kDockSlack}, Qt::Vertical);
  connect(mTableDock, &QDockWidget::visibilityChanged, this,
          [this](bool visible)
          {
            if (visible && mTableStale)
              loadTable();
            // Laying out the docks shows every tab for a moment: only a table the user raised grows.
            if (visible && !mArrangingDocks)
              QTimer::singleShot(0, this, &MainWindow::growTableToRows);
          });
}

void MainWindow::buildActions()
{
  QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
  QAction *open = fileMenu->addAction(tr("&Open store…"));
  open->setShortcut(QKeySequence::Open);
  connect(open, &QAction::triggered, this, &MainWindow::chooseStore);
  QAction *openServer = fileMenu->addAction(tr("Open &server store…"));
  openServer->setObjectName(QStringLiteral("openServerStore"));
  connect(openServer, &QAction::triggered, this, &MainWindow::chooseServerStore);
  QAction *importAction = fileMenu->addAction(tr("&Import incidents…"));
  importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
  connect(importAction, &QAction::triggered, this, &MainWindow::importIncidents);
  QAction *importAddresses = fileMenu->addAction(tr("Import &address register…"));
  importAddresses->setObjectName(QStringLiteral("importAddressesAction"));
  connect(importAddresses, &QAction::triggered, this, &MainWindow::importAddressRegister);
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

  // Address and place search over the register and the areas (zooms to the hit and marks it).
  auto *placeSearch = new PlaceSearchBox(
    mCanvas, [this]() { return mSession->places(); }, mapBar);
  connect(placeSearch, &PlaceSearchBox::placeFound, this,
          [this](double, double, const QString &label) { statusBar()->showMessage(tr("Found: %1").arg(label), 15000); });
  mapBar->addWidget(placeSearch);

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

  mStudyArea = new QComboBox(this);
  mStudyArea->setObjectName(QStringLiteral("studyArea"));
  mStudyArea->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  mStudyArea->setToolTip(tr("Where hot spots are computed: Gi* compares each cell with the mean of this area. Over the whole "
                            "municipality every town cell stands out against empty forest; within the town only real "
                            "concentrations do."));
  connect(mStudyArea, qOverload<int>(&QComboBox::activated), this, [this]() { mHotspots->setStudyArea(chosenStudyArea()); });
  mapBar->addWidget(mStudyArea);

  mPanAction->setChecked(true);
  mCanvas->setMapTool(mPanTool);

  QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
  mBaseMap->addMenuEntry(viewMenu);
  viewMenu->addAction(mHeatmapAction);
  mPanelsMenu = viewMenu->addMenu(tr("Panels"));
  mMapOnlyAction = new QAction(tr("Map only"), this);
  mMapOnlyAction->setObjectName(QStringLiteral("mapOnlyAction"));
  mMapOnlyAction->setCheckable(true);
  mMapOnlyAction->setShortcut(QKeySequence(Qt::Key_F11));
  mMapOnlyAction->setToolTip(tr("Hide every panel, and show them again (F11)"));
  connect(mMapOnlyAction, &QAction::toggled, this, &MainWindow::setMapOnly);
  mapBar->addAction(mMapOnlyAction);
  rebuildPanelsMenu();

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

void MainWindow::chooseServerStore()
{
  // The password is never typed here: libpq reads it from the password file (~/.pgpass) or the
  // service file, so it is neither shown nor kept in the settings.
  bool accepted = false;
  const QString last = QSettings().value(QStringLiteral("store/lastServer")).toString();
  const QString connection = QInputDialog::getText(this, tr("Open server store"),
                                                   tr("The shared store's connection, as your IT department gave it:\n"
                                                      "service=NAME (from pg_service.conf) or postgresql://user@server/database"),
                                                   QLineEdit::Normal, last, &accepted)
                               .trimmed();
  if (!accepted || connection.isEmpty())
    return;
  if (!IncidentStore::isServerLocation(connection))
  {
    QMessageBox::warning(this, tr("Open server store"),
                         tr("\"%1\" is not a server connection: write service=NAME or postgresql://…").arg(connection));
    return;
  }
  if (openStore(connection))
  {
    QSettings().setValue(QStringLiteral("store/lastServer"), connection);
    QSettings().setValue(QStringLiteral("store/lastPath"), connection);
  }
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
  const bool server = IncidentStore::isServerLocation(path);
  if (!opened && server)
  {
    // A server that is not (or not yet) a Lägesbild store has no layers to show.
    QMessageBox::warning(this, tr("Cannot open store"), opened.error().toString());
    return false;
  }
  // The file's name, or the server and database (never a password).
  const QString shownName = server ? mSession->displayName() : QFileInfo(path).fileName();
  // The positions the map draws crowded views from are read from now on, beside the loading of
  // the layers (applyFilter below keeps the read when the filter is still the same; a small store
  // is read in moments).
  mPointReduction->invalidate();
  if (opened)
    mPointReduction->setSource(mSession->path(), effectiveFilter(), std::numeric_limits<qint64>::max(),
                               mSession->layerSubsetString(effectiveFilter()));
  StoreLayers layers = StoreLayers::load(path);
  if (layers.layers.empty())
  {
    mPointReduction->setSource(QString(), IncidentFilter::all(), 0, QString()); // the shown layers draw their points
    statusBar()->showMessage(layers.error.isEmpty() ? tr("No map layers in %1").arg(path) : layers.error);
    return false;
  }

  Q_EMIT storeOpening();
  mMapDrawnPending = true;
  // Counted once (on a large store every count reads millions of index entries): GDAL counted the
  // GeoPackage's incidents when it opened the layer; a server store counts them itself (QGIS's
  // count of a server table is an estimate).
  std::optional<std::int64_t> counted;
  for (QgsMapLayer *layer : layers.layers)
    if (auto *vectorLayer = qobject_cast<QgsVectorLayer *>(layer);
        vectorLayer && tableNameOf(layer) == kIncidentsTable && vectorLayer->providerType() == QLatin1String("ogr") &&
        vectorLayer->subsetString().isEmpty() && vectorLayer->featureCount() >= 0)
      counted = vectorLayer->featureCount();
  const auto total = !opened   ? Result<std::int64_t>(std::int64_t{0})
                     : counted ? Result<std::int64_t>(*counted)
                               : mSession->store()->count(IncidentFilter::all());
  mTotalCount = total ? *total : -1;
  mCanvas->stopRendering();
  // A frame without the incidents would only take the processors from their reading: the first
  // frame waits for their counts (at most kFirstFrameWaitMs).
  if (mPointReduction->isReading())
    holdMapUntilIndex();
  mHeatmap->setEnabled(false);
  mHeatmapAction->setChecked(false);
  mHotspotAction->setChecked(false);
  clearTable();
  mProject->removeAllMapLayers();
  mIncidentLayer = nullptr;
  mPointReduction->attach(nullptr);
  const bool swedish = QLocale().language() == QLocale::Swedish;
  for (QgsMapLayer *layer : layers.layers)
  {
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>(layer);
    if (opened && vectorLayer && tableNameOf(layer) == kIncidentsTable)
    {
      mIncidentLayer = vectorLayer;
      IncidentStyle::apply(vectorLayer, mSession->categories(), QStringLiteral("category"), swedish, total ? *total : 0);
      mPointReduction->attach(vectorLayer);
      IncidentFields::apply(vectorLayer, mSession->categories(), swedish);
      IncidentTableColumns::apply(vectorLayer);
    }
    // StoreLayers orders top first; appending keeps points above areas.
    mProject->addMapLayer(layer, false);
    mProject->layerTreeRoot()->addLayer(layer);
  }
  // The municipality the store is for, so a coordinator with two stores sees which one is open.
  std::optional<Municipality> municipality;
  if (mSession->store())
  {
    if (auto read = mSession->store()->municipality())
      municipality = *read;
  }
  const QString place = municipality ? tr("%1 — %2").arg(municipality->displayName(), shownName) : shownName;
  const bool readOnly = opened && mSession->isReadOnly();
  setWindowTitle(readOnly ? tr("Lägesbild — %1 (read-only)").arg(place) : tr("Lägesbild — %1").arg(place));

  if (opened)
  {
    mFilterPanel->setReferenceData(mSession->categories(), mSession->sources(), mSession->areas());
    mFilterPanel->setDataSpan(mSession->firstDay(), mSession->lastDay());
    mIdentifyTool->setLayer(mIncidentLayer);
  }
  mLegendSync->setLayer(mIncidentLayer, mSession->categories());
  fillStudyAreas(opened.ok());

  mBaseMap->storeOpened(opened ? path : QString());
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
    statusBar()->showMessage(tr("%1 is read-only here: it can be viewed and analysed, but changes cannot be saved").arg(shownName));
  else
    statusBar()->showMessage(opened ? tr("%1: %n map layer(s)", nullptr, layers.layers.size()).arg(shownName)
                                    : tr("%1 is not a Lägesbild store; its layers are shown (%2)").arg(shownName, opened.error().message));
  return true;
}

void MainWindow::fillStudyAreas(bool isStore)
{
  mStudyArea->clear();
  mStudyArea->addItem(tr("Study area: all incidents"), kWholeStudyArea);
  mStudyArea->addItem(tr("Study area: the map view"), kViewStudyArea);
  if (!isStore)
  {
    mHotspots->setStudyArea(StudyArea::whole());
    return;
  }
  // Urban areas (tätorter) first: the usual study area of a town's hot spots.
  const std::vector<Area> &areas = mSession->areas();
  std::vector<int> order(areas.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(),
                   [&areas](int a, int b)
                   { return (areas[a].type == QLatin1String("urban")) > (areas[b].type == QLatin1String("urban")); });
  for (int index : order)
  {
    if (areas[index].polygons.empty() || areas[index].type == QLatin1String("municipality"))
      continue;
    mStudyArea->addItem(tr("Study area: %1").arg(areas[index].name.isEmpty() ? areas[index].code : areas[index].name), index);
  }
  mStudyAreaDefaultPending = mTotalCount > static_cast<qint64>(mPointReduction->pointBudget());
  if (mStudyAreaDefaultPending)
    mStudyArea->setCurrentIndex(0); // chooseDefaultStudyArea, once the map's index is read
  else
    mStudyArea->setCurrentIndex(defaultStudyAreaIndex(
      [this](const BoundingBox &box)
      {
        IncidentFilter inside = IncidentFilter::all();
        inside.bbox = box;
        const auto count = mSession->store()->count(inside);
        return count ? static_cast<qint64>(*count) : qint64{0};
      },
      mTotalCount));
  mHotspots->setStudyArea(chosenStudyArea());
}

int MainWindow::defaultStudyAreaIndex(const std::function<qint64(const BoundingBox &)> &countInside, qint64 total) const
{
  // The tätort when most of the incidents lie in it, else all incidents.
  if (total <= 0)
    return 0;
  int best = 0;
  qint64 bestCount = 0;
  for (int item = 0; item < mStudyArea->count(); ++item)
  {
    const int index = mStudyArea->itemData(item).toInt();
    if (index < 0 || mSession->areas()[static_cast<std::size_t>(index)].type != QLatin1String("urban"))
      continue;
    const StudyArea area = StudyArea::fromArea(mSession->areas()[static_cast<std::size_t>(index)]);
    if (!area.extent)
      continue;
    const qint64 count = countInside(*area.extent);
    if (count > bestCount)
    {
      bestCount = count;
      best = item;
    }
  }
  return 2 * bestCount > total ? best : 0;
}

void MainWindow::chooseDefaultStudyArea()
{
  // On a large store the tätort's share is counted in the map's index of the shown incidents
  // when it is read (counting millions of incidents in the store would keep the window waiting);
  // a choice the user made meanwhile stays.
  const auto index = mPointReduction->index();
  if (!mStudyAreaDefaultPending || !index || !index->hasPositions())
    return;
  mStudyAreaDefaultPending = false;
  if (mStudyArea->currentIndex() != 0)
    return;
  mStudyArea->setCurrentIndex(defaultStudyAreaIndex([&index](const BoundingBox &box)
                                                    { return static_cast<qint64>(index->countPerCell(box, 1, 1).front()); },
                                                    static_cast<qint64>(index->size())));
  mHotspots->setStudyArea(chosenStudyArea());
}

StudyArea MainWindow::chosenStudyArea() const
{
  const int index = mStudyArea->currentData().toInt();
  if (index == kViewStudyArea)
  {
    QgsRectangle view = mCanvas->extent();
    const QgsCoordinateReferenceSystem store(QStringLiteral("EPSG:3006"));
    if (mCanvas->mapSettings().destinationCrs() != store)
      view =
        QgsCoordinateTransform(mCanvas->mapSettings().destinationCrs(), store, mProject->transformContext()).transformBoundingBox(view);
    return StudyArea::fromView(BoundingBox{view.xMinimum(), view.yMinimum(), view.xMaximum(), view.yMaximum()}, tr("the map view"));
  }
  if (index >= 0 && mSession->isOpen() && index < static_cast<int>(mSession->areas().size()))
    return StudyArea::fromArea(mSession->areas()[static_cast<std::size_t>(index)]);
  return StudyArea::whole();
}

void MainWindow::zoomToHotspots()
{
  QgsRectangle extent = mHotspots->resultExtent();
  if (extent.isNull() || extent.isEmpty())
    return;
  // Never closer than a few blocks: a single cell would fill the window.
  constexpr double kNarrowest = 800.0;
  const QgsPointXY centre = extent.center();
  const double halfWidth = std::max(extent.width(), kNarrowest) / 2;
  const double halfHeight = std::max(extent.height(), kNarrowest) / 2;
  extent = QgsRectangle(centre.x() - halfWidth, centre.y() - halfHeight, centre.x() + halfWidth, centre.y() + halfHeight);
  extent.scale(1.15);
  mCanvas->setExtent(extent);
  mCanvas->refresh();
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
  mLegendSync->showFilter(panelFilter);

  if (mIncidentLayer)
  {
    const QString subset = mSession->layerSubsetString(filter);
    if (!mIncidentLayer->setSubsetString(subset))
      statusBar()->showMessage(tr("The map could not apply the filter: %1").arg(mIncidentLayer->dataProvider()->error().summary()), 10000);
    mIncidentLayer->triggerRepaint();
  }
  // A filter that matches everything matches the store's incidents, counted when it was opened.
  const bool everything = mIncidentLayer && mIncidentLayer->subsetString().isEmpty();
  const auto count = everything && mTotalCount >= 0 ? Result<std::int64_t>(mTotalCount) : mSession->store()->count(filter);
  if (everything && count)
    mTotalCount = *count;
  if (!count)
    statusBar()->showMessage(count.error().toString(), 10000);
  mMatchCount = count ? *count : 0;
  mFilterPanel->setMatchCount(mMatchCount);

  // Points for the heat map and hot spots are read on task threads: a large store never
  // freezes the window while the filter changes.
  mHeatmap->setSource(mSession->path(), filter);
  mPointReduction->setSource(mSession->path(), filter, mMatchCount, mSession->layerSubsetString(filter));
  shareIndexWithHeatmap();
  mHotspots->setSource(mSession->path(), filter);

  mTableStale = true;
  if (mTableDock->isVisible() && !mTableDock->visibleRegion().isEmpty())
    loadTable();
}

void MainWindow::holdMapUntilIndex()
{
  mPointReduction->deferPositions();
  mCanvas->freeze(true);
  mMapHold.start();
}

void MainWindow::releaseMap()
{
  if (!mCanvas->isFrozen())
    return;
  mMapHold.stop();
  mCanvas->freeze(false);
  mCanvas->refresh();
}

void MainWindow::shareIndexWithHeatmap()
{
  // The heat map draws the map's incidents but those placed only at their municipality: when
  // there are none, it needs no read of its own.
  if (!mPointReduction || !mHeatmap)
    return; // the window is closing
  if (auto index = mPointReduction->streetLevelIndex())
    mHeatmap->setIndex(std::move(index));
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
  // The layer's table configuration: local times and names, the store's bookkeeping hidden.
  mTableFilterModel->setAttributeTableConfig(mIncidentLayer->attributeTableConfig());
  mTable->setModel(mTableFilterModel);
  mTable->setAttributeTableConfig(mIncidentLayer->attributeTableConfig());
  mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  mTable->resizeColumnsToContents();
  for (int column = 0; column < mTable->horizontalHeader()->count(); ++column)
    mTable->setColumnWidth(column, std::min(mTable->columnWidth(column), 260));
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
  QString areaName = i.area;
  for (const Area &area : mSession->areas())
    if (area.code == i.area && !area.name.isEmpty())
      areaName = area.name;
  // Without an address the place is where the point lies: in which area, at which coordinates.
  QString place = i.address;
  if (place.isEmpty())
  {
    const QString coordinates = tr("E %1, N %2").arg(QLocale().toString(i.x, 'f', 0), QLocale().toString(i.y, 'f', 0));
    place = areaName.isEmpty() ? tr("no address; %1").arg(coordinates) : tr("no address; in %1, %2").arg(areaName, coordinates);
  }
  row(tr("Place"), place);
  row(tr("Area"), areaName.isEmpty() ? tr("outside the named areas") : areaName);
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
  form.setPlaces(mSession->places());
  Incident incident;
  incident.x = point.x();
  incident.y = point.y();
  incident.kind = IncidentKind::Report;
  incident.occurredFrom = QDateTime::currentSecsSinceEpoch();
  form.setIncident(incident);
  if (execIncidentForm(form) != QDialog::Accepted)
    return;
  const Incident entered = form.incident();
  const auto id = mSession->addIncident(entered);
  if (!id)
  {
    QMessageBox::warning(this, tr("Could not save"), id.error().toString());
    return;
  }
  showSavedReport(*id, entered);
}

int MainWindow::execIncidentForm(IncidentForm &form)
{
  form.setPickOnMapAvailable(mCanvas != nullptr);
  int result = form.exec();
  while (result == IncidentForm::PickOnMap)
  {
    statusBar()->showMessage(tr("Click the place on the map (Esc cancels)."));
    if (const auto point = MapPointPicker::pick(mCanvas))
      form.setPoint(point->x(), point->y());
    statusBar()->clearMessage();
    result = form.exec();
  }
  return result;
}

void MainWindow::showSavedReport(qint64 id, const Incident &incident)
{
  // The new point on the map: selected (highlighted) and flashed, even when the filter would hide
  // it — and the message says so.
  // Shown when every incident at that spot passes the filter (a count, not a load of the layer).
  const BoundingBox spot{incident.x - 0.5, incident.y - 0.5, incident.x + 0.5, incident.y + 0.5};
  IncidentFilter filtered = effectiveFilter();
  filtered.bbox = spot;
  IncidentFilter everything = IncidentFilter::all();
  everything.bbox = spot;
  const auto passing = mSession->store()->count(filtered);
  const auto there = mSession->store()->count(everything);
  const bool shown = passing && there && *passing == *there;
  const QgsGeometry point = QgsGeometry::fromPointXY(QgsPointXY(incident.x, incident.y));
  if (mIncidentLayer)
  {
    mIncidentLayer->selectByIds(QgsFeatureIds() << id);
    const QgsCoordinateTransform transform(mIncidentLayer->crs(), mCanvas->mapSettings().destinationCrs(), mProject->transformContext());
    QgsGeometry flashed = point;
    if (mIncidentLayer->crs() != mCanvas->mapSettings().destinationCrs())
      flashed.transform(transform);
    if (!mCanvas->extent().contains(flashed.asPoint()))
      mCanvas->setCenter(flashed.asPoint());
    mCanvas->flashGeometries({flashed}, mCanvas->mapSettings().destinationCrs());
  }
  mLastSaved = id;
  const QString message = shown ? tr("Report %1 saved; it is selected on the map.").arg(id)
                                : tr("Report %1 saved. The filter hides it (period, kind or category): it is selected, and shown "
                                     "when the filter includes it.")
                                    .arg(id);
  statusBar()->showMessage(message, 15000);
  delete mSavedMarker;
  mSavedMarker = new QgsVertexMarker(mCanvas);
  mSavedMarker->setCenter(QgsPointXY(incident.x, incident.y));
  mSavedMarker->setIconType(QgsVertexMarker::ICON_CIRCLE);
  mSavedMarker->setIconSize(22);
  mSavedMarker->setPenWidth(3);
  mSavedMarker->setColor(QColor(QStringLiteral("#d81b60")));
  mSavedMarker->setToolTip(message);
  // The ring stays until the next save or a few minutes, so the new point is easy to find.
  const int generation = ++mSavedMarkerGeneration;
  QTimer::singleShot(kSavedMarkerMilliseconds, this,
                     [this, generation]()
                     {
                       if (generation != mSavedMarkerGeneration)
                         return;
                       delete mSavedMarker;
                       mSavedMarker = nullptr;
                     });
}

void MainWindow::editIncident(qint64 id)
{
  const auto incident = mSession->store()->incident(id);
  if (!incident || !incident->has_value())
    return;
  IncidentForm form(mSession->categories(), mSession->sources(), this);
  form.setPlaces(mSession->places());
  form.setIncident(**incident);
  if (execIncidentForm(form) != QDialog::Accepted)
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
      mTotalCount = total ? *total : 0;
      IncidentStyle::apply(mIncidentLayer, mSession->categories(), QStringLiteral("category"), QLocale().language() == QLocale::Swedish,
                           total ? *total : 0);
      mPointReduction->attach(mIncidentLayer);
      IncidentFields::apply(mIncidentLayer, mSession->categories(), QLocale().language() == QLocale::Swedish);
      IncidentTableColumns::apply(mIncidentLayer);
      mLegendSync->setLayer(mIncidentLayer, mSession->categories());
    }
    mPointReduction->invalidate();
    reloadIncidentLayer();
    applyFilter();
  }
}

void MainWindow::importAddressRegister()
{
  if (!mSession->isOpen())
  {
    QMessageBox::information(this, tr("Import address register"), tr("Open or create a store first."));
    return;
  }
  AddressImportDialog dialog(mSession, this);
  dialog.exec();
  if (dialog.imported())
    statusBar()->showMessage(tr("The address register was replaced; the search box and the forms use it now."), 8000);
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
  BaseMapSettings settings = mBaseMap->controller()->settings();
  settings.sources.insert(settings.sources.begin(), BaseMapSource::openStreetMap());
  mBaseMap->controller()->setSettings(settings);
}

void MainWindow::addServiceLayer()
{
  mBaseMap->choose();
}

void MainWindow::saveSettings() const
{
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState(DockLayout::kVersion));
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
  mZoomToHotspots = true;
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

void MainWindow::finishLayout()
{
  // Every dock exists now (the analysis and interventions docks are added by the app): the first
  // start's layout, then the one the user left, when it was saved by this layout version.
  const QScopedValueRollback<bool> arranging(mArrangingDocks, true);
  DockLayout::arrangeDefault(*this);
  const QSettings settings;
  DockLayout::fitToScreen(*this, settings.value(QStringLiteral("window/geometry")).toByteArray());
  if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), DockLayout::kVersion))
  {
    DockLayout::arrangeDefault(*this);
    // Dock sizes hold once the window is shown at its size.
    QTimer::singleShot(0, this, &MainWindow::resetLayout);
  }
  rebuildPanelsMenu();
}

void MainWindow::resetLayout()
{
  const QScopedValueRollback<bool> arranging(mArrangingDocks, true);
  DockLayout::arrangeDefault(*this);
}

void MainWindow::rebuildPanelsMenu()
{
  mPanelsMenu->clear();
  for (QDockWidget *dock : findChildren<QDockWidget *>())
    mPanelsMenu->addAction(dock->toggleViewAction());
  mPanelsMenu->addSeparator();
  mPanelsMenu->addAction(mMapOnlyAction);
  QAction *reset = mPanelsMenu->addAction(tr("Default layout"));
  connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);
}

void MainWindow::setMapOnly(bool mapOnly)
{
  if (mapOnly)
  {
    mDocksBeforeMapOnly.clear();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
      if (dock->isVisible())
      {
        mDocksBeforeMapOnly << dock;
        dock->hide();
      }
  }
  else
  {
    for (const QPointer<QDockWidget> &dock : std::as_const(mDocksBeforeMapOnly))
      if (dock)
        dock->show();
    mDocksBeforeMapOnly.clear();
  }
}

void MainWindow::growTableToRows()
{
  // A raised table shows several rows: the bottom strip grows as far as two fifths of the window.
  if (!mTableDock->isVisible() || mTableDock->isFloating())
    return;
  const int rowHeight = std::max(mTable->verticalHeader()->defaultSectionSize(), fontMetrics().height() + 6);
  const int wanted = std::min(height() * 2 / 5, mTableDock->height() - mTable->viewport()->height() + kTableRowsShown * rowHeight + 4);
  if (mTableDock->height() < wanted)
    resizeDocks({mTableDock}, {wanted}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
  saveSettings();
  QMainWindow::closeEvent(event);
}

} // namespace lagesbild
