// ReportDocument: one prepared map sheet or lägesbild report — its own QgsProject with the
// report's layers and the layout filled in from the template — that can be previewed page by
// page and exported as vector PDF or PNG. Reading the figures (readData) touches only the store
// and core code, so the UI runs it on a worker thread; build() and everything after it use QGIS
// layout items and must run on the thread that owns the document (the UI thread).
#pragma once

#include "common/result.h"
#include "reportdata.h"
#include "reportoptions.h"

#include <QImage>
#include <QStringList>

#include <memory>

class QgsPrintLayout;
class QgsProject;
class QTemporaryDir;

namespace lagesbild
{

class ReportDocument
{
  public:
    ~ReportDocument();

    static Result<ReportData> readData(const ReportOptions &options);
    static Result<std::unique_ptr<ReportDocument>> build(const ReportOptions &options, const ReportData &data);
    //! readData and build in one.
    static Result<std::unique_ptr<ReportDocument>> prepare(const ReportOptions &options);

    QgsPrintLayout *layout() const { return mLayout.get(); }
    int pageCount() const;
    std::int64_t incidents() const { return mIncidents; }

    //! One page (0-based) as an image at dpi; null for a page that does not exist.
    QImage renderPage(int page, double dpi) const;
    //! Vector PDF, text as text with the fonts embedded.
    Result<void> exportPdf(const QString &path) const;
    //! PNG at dpi: the first page to path, or every page (path, then name_2.png …); the files written.
    Result<QStringList> exportPng(const QString &path, int dpi, bool allPages) const;

  private:
    ReportDocument();

    std::unique_ptr<QTemporaryDir> mTemporary;
    std::unique_ptr<QgsProject> mProject;
    std::unique_ptr<QgsPrintLayout> mLayout;
    std::int64_t mIncidents = 0;
};

} // namespace lagesbild
