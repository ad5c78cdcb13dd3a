// ReportWriter: one printed map sheet or lägesbild report from the options to a file, headless —
// a ReportDocument (figures, the report's own QgsProject, the layout from its .qpt template)
// exported as vector PDF with the fonts embedded, or as PNG when the output ends in .png.
#pragma once

#include "common/result.h"
#include "reportoptions.h"

#include <QString>

namespace lagesbild
{

struct ReportSummary
{
    int pages = 0;
    std::int64_t incidents = 0; //!< in the period, after the filter
    double seconds = 0.0;       //!< wall time of the whole report
    QStringList files;          //!< written
};

class ReportWriter
{
  public:
    static Result<ReportSummary> write(const ReportOptions &options);
    //! Copies the built-in template of the options' kind to qptPath, for a user to edit in QGIS
    //! and pass back as templatePath (`--template FILE.qpt`).
    static Result<void> saveTemplate(ReportTemplate layoutTemplate, const QString &qptPath);
    //! Draws the default templates (DefaultLayoutDesign) into directory: map-a4.qpt, map-a3.qpt,
    //! report.qpt and followup.qpt — how resources/layouts was made.
    static Result<void> writeDefaultTemplates(const QString &directory);
};

} // namespace lagesbild
