// MainWindow: the coordinator's window — the QGIS map with its layer tree, the filter panel
// that drives map, table and counts, the time slider, the heat map, identify, the attribute
// table, and new/edit/delete of reports on the map.
#pragma once

#include "model/incident.h"
#include "model/incidentfilter.h"
#include "nearrepeat/riskzones.h"
#include "time/daterange.h"

#include <qgsvectorlayer.h>

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QTextBrowser;
class QgsAttributeTableView;
class QgsAttributeTableFilterModel;
class QgsAttributeTableModel;
class QgsVectorLayerCache;
class QgsFeature;
class QgsLayerTreeMapCanvasBridge;
class QgsLayerTreeView;
class QgsMapCanvas;
class QgsMapLayer;
class QgsMapTool;
class QgsMapToolEmitPoint;
class QgsMapToolIdentifyFeature;
class QgsMapToolPan;
class QgsPointXY;
class QgsProject;
class QgsVertexMarker;
class QMenu;

namespace lagesbild
{

class CategoryLegendSync;
struct StudyArea;
class BaseMapUi;
class FilterPanel;
class HeatmapController;
class PointReductionController;
class HotspotController;
class IncidentForm;
class StoreSession;
class TimeSlider;

class MainWindow : public QMainWindow
{
    Q_OBJECT

  public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Opens a store (or shows any GeoPackage's layers when it is not a store): adds its layers
    //! to the map, zooms to the points. Returns false, with a message in the status bar, when
    //! nothing could be loaded; what was shown before stays.
    bool openStore(const QString &path);

    QgsMapCanvas *mapCanvas() const { return mCanvas; }
    QgsProject *project() const { return mProject; }
    FilterPanel *filterPanel() const { return mFilterPanel; }
    TimeSlider *timeSlider() const { return mTimeSlider; }
    StoreSession *session() const { return mSession; }
    HeatmapController *heatmap() const { return mHeatmap; }
    //! The incidents layer's feature reduction (density of crowded views).
    PointReductionController *pointReduction() const { return mPointReduction; }
    HotspotController *hotspots() const { return mHotspots; }
    //! The toolbar's choice of where hot spots are computed (all incidents, the view, an area).
    QComboBox *studyAreaChooser() const { return mStudyArea; }
    //! The base map under the data, its dialog and the status bar's scale and coordinates.
    BaseMapUi *baseMap() const { return mBaseMap; }
    //! The incidents layer of the open store (nullptr when none).
    QgsVectorLayer *incidentLayer() const { return mIncidentLayer; }
    //! Number of incidents matching the filter (and the time-slider window), as shown.
    qint64 matchCount() const { return mMatchCount; }

    //! Lays out the docks once all exist: the layout the user left (saved with this layout
    //! version), else the default in which the map is the largest part; fits the window to the
    //! screen. The app calls it after adding its docks.
    void finishLayout();
    //! The default dock layout for the window's size (View → Panels → Default layout).
    void resetLayout();
    //! Hides every dock (and shows them again): the map alone.
    void setMapOnly(bool mapOnly);
    //! Id of the report saved last through the map's form (0 before any).
    qint64 lastSavedReport() const { return mLastSaved; }

    //! Restores the filter, map extent, layer visibility and heat-map mode of the last session
    //! when the open store is the one used then.
    void restoreSession();

    //! Shows or hides the Gi* hot-spot grid of the filtered incidents (as the toolbar button does).
    //! The grid is computed on a task thread: hotspots() signals when its layer is on the map.
    void setHotspotsVisible(bool visible);
    //! Shows how hot spots changed from period a to period b under the current filter (the
    //! analysis pane's comparison); hidden again with setHotspotsVisible(false).
    void showHotspotChange(const DateRange &a, const DateRange &b);
    //! Shows or hides the heat map (as the toolbar button does).
    void setHeatmapVisible(bool visible);

    //! Adds OpenStreetMap on top of the store's base map (kept in the store); offline its tiles
    //! fail, the status bar says so once, and the rest of the map draws as usual.
    void addOpenStreetMap();

    //! File → Print… with the report's follow-up page for this intervention already chosen (the
    //! follow-up panel's "Add to report"); 0 for none.
    void printWithIntervention(std::int64_t interventionId);
    //! The near-repeat risk zones now on the map (none: empty), offered to File → Print….
    void setRiskZones(const std::vector<RiskZone> &zones, double radius);

    //! Applies the filter panel (and the time slider) to the map, the table and the counts now.
    void applyFilter();
    //! Opens the form for a new report at a map position.
    void newReportAt(const QgsPointXY &point);
    //! The attribute table of the filtered incidents (loaded when shown).
    QgsAttributeTableView *tableView() const { return mTable; }
    //! Loads the table now (it is loaded lazily when its dock becomes visible).
    void loadTable();

  Q_SIGNALS:
    //! A store is about to be opened (its layers replace the map's).
    void storeOpening();
    //! The map of the store opened last is drawn, its incidents included.
    void mapDrawn();

  protected:
    void closeEvent(QCloseEvent *event) override;

  private:
    void buildActions();
    void buildDocks();
    void chooseStore();
    //! Asks for a server connection (service=NAME or postgresql://…) and opens that store.
    void chooseServerStore();
    void importIncidents();
    void importAddressRegister();
    void print();
    void addLayerFromFile();
    void addServiceLayer();
    void showIncidentDetails(const QgsFeature &feature);
    void editIncident(qint64 id);
    void deleteIncident(qint64 id);
    void reloadIncidentLayer();
    void setIncidentPointsShown(bool shown);
    void clearTable();
    void setLanguage(const QString &language);
    void saveSettings() const;
    void rebuildPanelsMenu();
    void growTableToRows();
    void showSavedReport(qint64 id, const Incident &incident);
    //! Runs the incident form, letting it step aside for "pick on the map" as often as asked.
    int execIncidentForm(IncidentForm &form);
    void fillStudyAreas(bool isStore);
    //! The chooser's item for the tätort holding most of total incidents (countInside counts them
    //! in a box), else 0: all incidents.
    int defaultStudyAreaIndex(const std::function<qint64(const BoundingBox &)> &countInside, qint64 total) const;
    void chooseDefaultStudyArea();
    void shareIndexWithHeatmap();
    //! Holds the map's drawing until the incidents' positions are counted (or a few seconds).
    void holdMapUntilIndex();
    void releaseMap();
    StudyArea chosenStudyArea() const;
    void zoomToHotspots();
    IncidentFilter effectiveFilter() const;

    QgsProject *mProject = nullptr;
    QgsMapCanvas *mCanvas = nullptr;
    QgsLayerTreeView *mLayerTreeView = nullptr;
    QgsLayerTreeMapCanvasBridge *mBridge = nullptr;
    StoreSession *mSession = nullptr;
    FilterPanel *mFilterPanel = nullptr;
    std::vector<RiskZone> mRiskZones;
    double mRiskZoneRadius = 0.0;
    TimeSlider *mTimeSlider = nullptr;
    HeatmapController *mHeatmap = nullptr;
    PointReductionController *mPointReduction = nullptr;
    qint64 mTotalCount = -1;               //!< incidents in the open store; -1: not known
    bool mStudyAreaDefaultPending = false; //!< the default study area waits for the map's index
    QPointer<QgsVectorLayer> mIncidentLayer;
    QgsAttributeTableView *mTable = nullptr;
    QgsVectorLayerCache *mTableCache = nullptr;
    QgsAttributeTableModel *mTableModel = nullptr;
    QgsAttributeTableFilterModel *mTableFilterModel = nullptr;
    QDockWidget *mTableDock = nullptr;
    QTextBrowser *mDetails = nullptr;
    QDockWidget *mDetailsDock = nullptr;
    qint64 mDetailsId = 0;
    BaseMapUi *mBaseMap = nullptr;
    QAction *mPanAction = nullptr;
    QAction *mIdentifyAction = nullptr;
    QAction *mNewReportAction = nullptr;
    QAction *mHeatmapAction = nullptr;
    QAction *mHotspotAction = nullptr;
    HotspotController *mHotspots = nullptr;
    QgsMapToolPan *mPanTool = nullptr;
    QgsMapToolIdentifyFeature *mIdentifyTool = nullptr;
    QgsMapToolEmitPoint *mNewReportTool = nullptr;
    qint64 mMatchCount = 0;
    qint64 mLastSaved = 0;
    QComboBox *mStudyArea = nullptr;
    bool mZoomToHotspots = false;
    CategoryLegendSync *mLegendSync = nullptr;
    QMenu *mPanelsMenu = nullptr;
    QAction *mMapOnlyAction = nullptr;
    QList<QPointer<QDockWidget>> mDocksBeforeMapOnly;
    QgsVertexMarker *mSavedMarker = nullptr; //!< owned by the canvas's scene; deleted by us
    int mSavedMarkerGeneration = 0;
    bool mArrangingDocks = false; //!< while the default layout is applied
    bool mTableStale = true;
    QTimer mMapHold;
    bool mMapDrawnPending = false; //!< mapDrawn is still to be signalled for the open store
};

} // namespace lagesbild
