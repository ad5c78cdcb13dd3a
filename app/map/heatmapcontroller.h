// HeatmapController: the map's heat-map mode. Keeps a heat-map raster layer in the project in
// step with the canvas — recomputed with our kernel density (not QGIS's heat-map renderer) for
// the visible extent after every pan or zoom and filter change, on a task thread; stale
// computations are cancelled. The filtered points are read from the store on a task thread too,
// into a PointDensityIndex — or taken from the map's own index when it holds the same incidents.
#pragma once

#include "map/heatmaptask.h"
#include "map/pointdensityindex.h"
#include "map/pointindextask.h"
#include "model/incidentfilter.h"
#include "model/reference.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

class QgsMapCanvas;
class QgsProject;

namespace lagesbild
{

class HeatmapController : public QObject
{
    Q_OBJECT

  public:
    HeatmapController(QgsMapCanvas *canvas, QgsProject *project, QObject *parent = nullptr);
    ~HeatmapController() override;

    //! The filtered incidents to draw (shared with the worker); replaces any read under way.
    void setIndex(std::shared_ptr<const PointDensityIndex> index);
    //! The store and filter the points come from: read on a task thread, now if the heat map is
    //! shown, else when it is switched on.
    void setSource(const QString &storePath, const IncidentFilter &filter);
    void setEnabled(bool enabled);
    bool isEnabled() const { return mEnabled; }
    //! Kernel radius in metres (default 200).
    void setRadius(double metres);
    double radius() const { return mRadius; }

    //! Starts a computation now (also done automatically after pan, zoom and new points).
    void updateNow();

  Q_SIGNALS:
    //! A new heat-map layer is on the map; milliseconds from request to layer.
    void updated(qint64 milliseconds);
    void failed(const QString &message);

  private:
    void scheduleUpdate();
    void queryPoints();
    void taskFinished(HeatmapTask *task, bool ok, int generation);
    void removeLayer();

    QgsMapCanvas *mCanvas = nullptr;
    QgsProject *mProject = nullptr;
    std::shared_ptr<const PointDensityIndex> mIndex;
    bool mEnabled = false;
    double mRadius = 200.0;
    QString mLayerId;
    QTemporaryDir mFolder;
    QTimer mDebounce;
    QPointer<HeatmapTask> mRunning;
    QString mStorePath;
    IncidentFilter mFilter;
    bool mPointsStale = false;
    QPointer<PointIndexTask> mQuery;
    int mQueryGeneration = 0;
    int mGeneration = 0;
    int mFileCounter = 0;
    QElapsedTimer mClock;
};

} // namespace lagesbild
