// ReportLayout: the QGIS print layout of a map sheet or the lägesbild report, loaded from its
// .qpt template (the built-in one in the Qt resource :/lagesbild/layouts, or a user's edited
// copy) and filled in by item id: the texts are layout variables (@lagesbild_title,
// @lagesbild_subtitle, @lagesbild_source, @lagesbild_assessment), "map"/"heatmap" get the
// layers and extent, "legend"/"heatmap-legend" the layers, the tables ("comparison-table",
// "category-table", "repeat-table", "matrix-table") their rows and "trend-chart" the monthly
// bars. Whatever else a user changed in QGIS (positions, fonts, extra items) is kept.
#pragma once

#include "common/result.h"
#include "reportdata.h"
#include "reportoptions.h"

#include <QDomDocument>

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
    //! ":/lagesbild/layouts/map-a4.qpt" …
    static QString builtInTemplatePath(ReportTemplate layoutTemplate);
    static QString followUpTemplatePath();
    //! The template's XML, from the resource or a file; errors name the file.
    static Result<QDomDocument> readTemplate(const QString &path);
    //! What a template is for: the report when it has the report's tables, else a map sheet
    //! (A3 when its first page is wider than 350 mm).
    static ReportTemplate kindOf(const QDomDocument &document);

    //! The layout from the options' template (templatePath, else the built-in one) with the data
    //! filled in, plus one follow-up page per data.followUps; layers must already be in the project.
    static Result<std::unique_ptr<QgsPrintLayout>> build(QgsProject *project, const ReportOptions &options, const ReportData &data,
                                                         const ReportLayers &layers);
};

} // namespace lagesbild
