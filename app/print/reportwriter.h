// ReportWriter: one printed map sheet or lägesbild report from the options to a PDF, headless —
// reads the figures, builds a fresh QgsProject with the report's layers (never the global
// project), lays out the template and exports vector PDF with the fonts embedded.
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
};

class ReportWriter
{
  public:
    static Result<ReportSummary> write(const ReportOptions &options);
    //! Builds the options' layout and saves it as a QGIS layout template (.qpt) instead of a PDF.
    static Result<void> saveTemplate(const ReportOptions &options, const QString &qptPath);
};

} // namespace lagesbild
