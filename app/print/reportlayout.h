// ReportLayout: builds the QGIS print layout of a map sheet or the lägesbild report in a
// report's own project — title, subtitle (period and filter in words), map, legend, scale bar,
// north arrow, source and date, page numbers; the report adds the comparison, category, hour ×
// weekday and repeat-address tables, the assessment and the heat-map page. Items carry ids
// ("title", "subtitle", "map", "legend" …) so a saved .qpt template is easy to edit in QGIS.
#pragma once

#include "reportdata.h"
#include "reportoptions.h"

#include <memory>
#include <optional>

class QgsMapLayer;
class QgsPrintLayout;
class QgsProject;

namespace lagesbild
{

struct ReportLayers
{
    QList<QgsMapLayer *> mainMap;             //!< top first; owned by the project
    std::optional<BoundingBox> mainMapExtent; //!< none: the incidents' extent
    QList<QgsMapLayer *> heatMap;             //!< top first; empty without a heat-map page
    std::optional<BoundingBox> heatMapExtent; //!< where the heat map is dense
};

class ReportLayout
{
  public:
    //! The layout for the options' template; layers must already be in the project.
    static std::unique_ptr<QgsPrintLayout> build(QgsProject *project, const ReportOptions &options, const ReportData &data,
                                                 const ReportLayers &layers);
};

} // namespace lagesbild
