// HotspotTask: the map's hot-spot grids computed on a QGIS task thread — Gi* of the filtered
// incidents, or, with a reference period, Gi* of both periods on one grid and the change per
// cell — and written as a GeoPackage of cells by the same writers as `lagesbild-cli hotspots`.
// The UI thread only opens the written file as a layer.
#pragma once

#include "common/feedback.h"
#include "map/studyarea.h"
#include "model/incidentfilter.h"
#include "time/daterange.h"

#include <qgstaskmanager.h>

#include <array>
#include <optional>

namespace lagesbild
{

struct HotspotMapOptions
{
    double cellSize = 50.0;  //!< metres
    double distance = 125.0; //!< metres between cell centres that are neighbours
    StudyArea studyArea;     //!< where Gi* is computed (its mean is the study area's)
    //! Fewer incidents than this in a period's study area: its hot spots rest on too little.
    int minimumIncidents = 60;
};

class HotspotTask : public QgsTask
{
    Q_OBJECT

  public:
    //! Gi* of the incidents matching filter; with reference set, the change from the reference
    //! period (A) to filter's period (B) under the same filter otherwise.
    HotspotTask(const QString &storePath, const IncidentFilter &filter, std::optional<DateRange> reference,
                const HotspotMapOptions &options, const QString &outputPath);

    bool run() override;
    void cancel() override;

    bool isComparison() const { return mReference.has_value(); }
    QString outputPath() const { return mOutputPath; }
    QString errorMessage() const { return mError; }
    //! Comparison: cells per trend, indexed by HotspotTrend; Gi*: [hot cells, cold cells].
    const std::array<long long, 6> &cellTally() const { return mTally; }
    //! Incidents in the study area: of the filter's period, and (comparison) of the reference period.
    long long incidentsUsed() const { return mIncidentsUsed; }
    long long referenceIncidentsUsed() const { return mReferenceUsed; }

  private:
    bool fail(const QString &message);

    QString mStorePath;
    IncidentFilter mFilter;
    std::optional<DateRange> mReference;
    HotspotMapOptions mOptions;
    QString mOutputPath;
    Feedback mFeedback;
    QString mError;
    std::array<long long, 6> mTally{};
    long long mIncidentsUsed = 0;
    long long mReferenceUsed = 0;
};

} // namespace lagesbild
