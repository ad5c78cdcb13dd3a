// PointReductionController: keeps the incidents layer's feature reduction (PointReductionRenderer)
// in step with the filter. When the filter matches more incidents than one view can draw as
// points, their positions are read on a task thread into a PointDensityIndex and handed to the
// renderer, and the layer is repainted; a newer filter cancels an older read. Filters that match
// few incidents need no index: every view draws them as points.
#pragma once

#include "map/pointdensityindex.h"
#include "map/pointindextask.h"
#include "map/pointreductionrenderer.h"
#include "model/incidentfilter.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QgsVectorLayer;

namespace lagesbild
{

class PointReductionController : public QObject
{
    Q_OBJECT

  public:
    explicit PointReductionController(QObject *parent = nullptr);
    ~PointReductionController() override;

    //! Draws layer through a PointReductionRenderer around its renderer (again after a restyle),
    //! with the index of the current filter.
    void attach(QgsVectorLayer *layer);
    //! The store and filter the layer shows, and how many incidents the filter matches; key
    //! names the filter (the layer's subset string): the same key again reads nothing anew.
    void setSource(const QString &storePath, const IncidentFilter &filter, qint64 matchCount, const QString &key);
    //! The read under way sorts the positions only after refine() (or a second): the counts are
    //! enough for the first frame, which is drawn without competing with the sorting.
    void deferPositions();
    void refine();
    //! The store's incidents changed: the next setSource reads them again.
    void invalidate();

    //! Points a view may hold and still be drawn point by point (tests lower it).
    void setPointBudget(std::size_t budget);
    std::size_t pointBudget() const { return mBudget; }
    //! The index of the current filter; none when not needed or not read yet.
    std::shared_ptr<const PointDensityIndex> index() const { return mIndex; }
    //! The index when it is known to hold no incident placed only at its municipality (street-
    //! level views such as the heat map leave those out), else none.
    std::shared_ptr<const PointDensityIndex> streetLevelIndex() const { return mHasMunicipalityPoints ? nullptr : mIndex; }
    //! True while the index of the current filter is being read.
    bool isReading() const { return mPending; }

  Q_SIGNALS:
    //! The index of the current filter is on the layer (the map repaints).
    void indexReady();
    //! It is known whether the index holds municipality-level points.
    void indexChecked();
    void failed(const QString &message);

  private:
    void applyToRenderer();

    QPointer<QgsVectorLayer> mLayer;
    std::shared_ptr<const PointDensityIndex> mIndex;
    bool mPending = false;
    bool mHasMunicipalityPoints = false;
    QPointer<PointIndexTask> mTask;
    int mGeneration = 0;
    std::size_t mBudget = PointReductionRenderer::kPointBudget;
    QString mSourceKey; //!< store and filter of the index read or being read
};

} // namespace lagesbild
