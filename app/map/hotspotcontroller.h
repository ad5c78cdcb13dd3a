// HotspotController: the map's hot-spot modes — the Gi* grid of the filtered incidents, or the
// hot-spot change between two periods (A → B) — kept in step with the filter. The grids are
// computed by a HotspotTask off the UI thread; a newer request cancels an older one, and the
// finished grid replaces the layers of the previous one in the project.
#pragma once

#include "map/hotspottask.h"
#include "model/incidentfilter.h"
#include "time/daterange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

class QgsProject;
class QgsRectangle;

namespace lagesbild
{

class HotspotController : public QObject
{
    Q_OBJECT

  public:
    enum class Mode
    {
      Off,
      GiStar, //!< hot and cold spots of the filtered incidents
      Change, //!< how hot spots changed from period A to period B
    };

    HotspotController(QgsProject *project, QObject *parent = nullptr);
    ~HotspotController() override;

    Mode mode() const { return mMode; }
    //! Period A and B of the change mode.
    std::optional<DateRange> periodA() const { return mPeriodA; }
    std::optional<DateRange> periodB() const { return mPeriodB; }
    bool isBusy() const { return !mRunning.isNull(); }
    //! Where Gi* is computed; recomputes the mode shown.
    void setStudyArea(const StudyArea &area);
    const StudyArea &studyArea() const { return mOptions.studyArea; }
    //! The fewest incidents a study area's hot spots may rest on before a warning.
    int minimumIncidents() const { return mOptions.minimumIncidents; }
    //! What the shown grid rests on, with a warning when it is too few incidents (also in the legend).
    QString note() const { return mNote; }
    //! The extent of the drawn cells (the significant or changed ones), in the layers' CRS.
    QgsRectangle resultExtent() const;
    //! The layers on the map now, bottom first.
    QStringList layerIds() const { return mLayerIds; }

    void showGiStar();
    //! The change from a to b; the filter's own period is replaced by them.
    void showChange(const DateRange &a, const DateRange &b);
    void hide();
    //! The store and filter the grids are computed from; recomputes the mode shown.
    void setSource(const QString &storePath, const IncidentFilter &filter);

  Q_SIGNALS:
    //! The layers of the mode are on the map; milliseconds from request to layers.
    void updated(qint64 milliseconds);
    void failed(const QString &message);
    void busyChanged(bool busy);

  private:
    void start();
    void taskFinished(HotspotTask *task, bool ok, int generation);
    void removeLayers();

    QgsProject *mProject = nullptr;
    Mode mMode = Mode::Off;
    QString mStorePath;
    IncidentFilter mFilter;
    std::optional<DateRange> mPeriodA;
    std::optional<DateRange> mPeriodB;
    HotspotMapOptions mOptions;
    QStringList mLayerIds;
    QString mGroupName;
    QTemporaryDir mFolder;
    QPointer<HotspotTask> mRunning;
    int mGeneration = 0;
    int mFileCounter = 0;
    QElapsedTimer mClock;
    QString mNote;
};

} // namespace lagesbild
