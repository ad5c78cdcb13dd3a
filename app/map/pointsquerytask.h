// PointsQueryTask: PointsQuery on a QGIS task thread — the heat map's snapshot of the filtered
// points is read without blocking the UI when the filter changes on a large store.
#pragma once

#include "model/incidentfilter.h"
#include "model/reference.h"

#include <qgstaskmanager.h>

#include <memory>
#include <vector>

namespace lagesbild
{

class PointsQueryTask : public QgsTask
{
    Q_OBJECT

  public:
    PointsQueryTask(const QString &storePath, const IncidentFilter &filter);

    bool run() override;

    //! The points once the task completed.
    std::shared_ptr<const std::vector<PointXY>> points() const { return mPoints; }
    QString errorMessage() const { return mError; }

  private:
    QString mStorePath;
    IncidentFilter mFilter;
    std::shared_ptr<const std::vector<PointXY>> mPoints;
    QString mError;
};

} // namespace lagesbild
