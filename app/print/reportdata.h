// ReportData: the figures a printed report shows, read from the store in one place — the
// filtered points and their extent, the period comparison (total and by category), the
// hour × weekday matrix, the top repeat addresses, the category names and colours and the
// follow-up of each intervention the report includes.
#pragma once

#include "analysis/kindcomparison.h"
#include "analysis/periodcomparison.h"
#include "analysis/timepatterns.h"
#include "common/result.h"
#include "followup/interventionevaluation.h"
#include "hotspots/repeatlocations.h"
#include "model/municipality.h"
#include "model/reference.h"
#include "reportoptions.h"

#include <optional>
#include <vector>

namespace lagesbild
{

class IncidentStore;

struct ReportData
{
    IncidentFilter filter;                      //!< the options' filter with the period set
    QString layerFilter;                        //!< filter as the store's WHERE clause, for the incidents map layer
    std::vector<PointXY> points;                //!< the period's filtered incidents (EPSG:3006)
    std::optional<BoundingBox> extent;          //!< of the points, or the municipality when there are none
    std::vector<Category> categories;           //!< every category of the store
    std::vector<GroupCount> categoryCounts;     //!< of the period, by category code
    std::optional<ComparisonResult> comparison; //!< totals, when there is a comparison period
    //! Page 1: one comparison per kind (just the filter's kind when it has one), then the labelled
    //! sum of both when options.sumKinds; reported crimes and reports are never summed silently.
    std::vector<KindComparison> kindComparisons;
    std::optional<Municipality> municipality;             //!< the store's, for titles and footers
    std::optional<ComparisonResult> categoryComparison;   //!< by category (report template)
    std::optional<TimePatternsResult> patterns;           //!< report template
    std::optional<TimePatternsResult> comparePatterns;    //!< report template, the comparison period
    std::optional<RepeatLocationSummary> repeatLocations; //!< report template
    std::vector<InterventionEvaluation> followUps;        //!< one per options.interventionIds, in that order

    //! The Swedish name of a category code (the code when unknown).
    QString categoryName(const QString &code) const;
    std::int64_t total() const { return static_cast<std::int64_t>(points.size()); }

    static Result<ReportData> read(const IncidentStore &store, const ReportOptions &options);
};

} // namespace lagesbild
