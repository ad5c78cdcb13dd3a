// PointIndexTask: reads the positions of the incidents a filter matches (at the store's spatial
// index precision, within a metre) on a QGIS task thread through a connection of its own, and
// builds their PointDensityIndex, so a crowded map view can be drawn as density without the UI
// waiting for millions of rows: first the counts per bucket (enough for an overview, a tenth of
// the time), then every position.
#pragma once

#include "map/pointdensityindex.h"
#include "model/incidentfilter.h"

#include <qgstaskmanager.h>

#include <QMutex>
#include <QSemaphore>

#include <atomic>

#include <memory>

namespace lagesbild
{

class PointIndexTask : public QgsTask
{
    Q_OBJECT

  public:
    PointIndexTask(const QString &storePath, const IncidentFilter &filter);

    bool run() override;
    void cancel() override;

    //! The positions wait, after the counts, until refine() (at most a second): the first frame of
    //! a newly opened store is drawn from the counts without the positions' sorting beside it.
    void deferPositions() { mDeferPositions = true; }
    void refine() { mRefine.release(); }

  Q_SIGNALS:
    //! An index is built (index() holds it): the counts first, then the positions; the task then
    //! looks for municipality-level points, known when it completes.
    void indexBuilt();

  public:
    //! The index once the task completed.
    std::shared_ptr<const PointDensityIndex> index() const;
    //! True when the points include incidents placed only at their municipality (police feed
    //! centre points), which street-level views such as the heat map leave out.
    bool hasMunicipalityPoints() const { return mHasMunicipalityPoints; }
    QString errorMessage() const { return mError; }

  private:
    QString mStorePath;
    IncidentFilter mFilter;
    mutable QMutex mIndexMutex; //!< the index is replaced on the task's thread while the UI reads it
    std::shared_ptr<const PointDensityIndex> mIndex;
    QString mError;
    bool mHasMunicipalityPoints = false;
    std::atomic<bool> mDeferPositions{false};
    QSemaphore mRefine;
};

} // namespace lagesbild
