// PrintDialog: File → Print… — choose a layout template (A4 or A3 map sheet, or the lägesbild
// report), a title and the coordinator's comment, the comparison, heat map and public version,
// and the interventions that get a follow-up page; a preview of the pages, page by page (the same
// layout as the output in a QgsLayoutView: the figures are read off the UI thread and the maps draw
// in QGIS's background render jobs, so a million incidents do not freeze the dialog), refreshed
// shortly after an option changes; export to PDF or PNG (first page or one file per page, 150 dpi)
// with the same ReportDocument as `lagesbild-cli report`, with a progress dialog.
#pragma once

#include "model/incidentfilter.h"
#include "print/reportoptions.h"
#include "time/daterange.h"

#include <QDialog>
#include <QImage>

#include <cstdint>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QgsLayoutView;

namespace lagesbild
{

class ReportDocument;

class PrintDialog : public QDialog
{
    Q_OBJECT

  public:
    PrintDialog(const QString &storePath, const IncidentFilter &filter, const DateRange &period, QWidget *parent = nullptr);
    ~PrintDialog() override;

    //! Checks the intervention with this id in the follow-up list (and switches to the report
    //! template, the one with follow-up pages); false when the store has no such intervention.
    bool includeIntervention(std::int64_t id);
    //! Offers the near-repeat risk zones now on the map for the main map (checked when there are any).
    void setRiskZones(const std::vector<RiskZone> &zones, double radius);
    QCheckBox *riskZonesBox() const { return mRiskZones; }
    //! The report's options as the dialog stands; outputPath empty.
    ReportOptions options() const;

    //! Writes the PDF, or PNG when path ends in .png (the first page, or every page when "all
    //! pages" is checked); returns an error message, empty on success. Shows progress while it
    //! runs; the pages are drawn by `lagesbild-cli report` in a separate process when it is next
    //! to the program, so the window stays live (in this process otherwise).
    QString exportTo(const QString &path);
    QString lastOutput() const { return mLastOutput; }

    //! The page the preview shows (0-based), the number of pages, and that page drawn to an
    //! image (synchronously, with QgsLayoutExporter::renderPageToImage; null without a preview).
    int previewPage() const { return mPreviewPage; }
    int previewPageCount() const;
    QImage previewImage(double dpi = 40.0) const;
    QgsLayoutView *previewView() const { return mView; }
    //! True while the figures for the preview are being read.
    bool previewPending() const;
    //! Seconds the last preview took on the UI thread (layout and first page drawn).
    double lastPreviewSeconds() const { return mLastPreviewSeconds; }

  signals:
    //! The preview shows the current options (or an error).
    void previewUpdated();

  private:
    void schedulePreview();
    void startPreview();
    struct PendingRead;
    void previewDataRead(const PendingRead &read);
    void showPreviewPage();
    void showPage(int delta);
    void exportPdf();
    void exportPng();
    QString exportInSeparateProcess(const QString &program, const QStringList &arguments, const ReportOptions &options);
    QString exportInThisProcess(const ReportOptions &options);
    void resizeEvent(QResizeEvent *event) override;

    QString mStorePath;
    IncidentFilter mFilter;
    DateRange mPeriod;
    QComboBox *mTemplate = nullptr;
    QLineEdit *mTitle = nullptr;
    QPlainTextEdit *mComment = nullptr;
    QCheckBox *mCompare = nullptr;
    QCheckBox *mHeatmap = nullptr;
    QCheckBox *mPublic = nullptr;
    QCheckBox *mRiskZones = nullptr;
    std::vector<RiskZone> mRiskZoneList;
    double mRiskZoneRadius = 0.0;
    QListWidget *mInterventions = nullptr;
    QCheckBox *mAllPages = nullptr;
    QgsLayoutView *mView = nullptr;
    QLabel *mPageLabel = nullptr;
    QPushButton *mPrevious = nullptr;
    QPushButton *mNext = nullptr;
    QLabel *mStatus = nullptr;
    QTimer *mPreviewTimer = nullptr;
    QString mLastOutput;

    std::shared_ptr<PendingRead> mPending; //!< the figures being read for the newest preview
    int mGeneration = 0;                   //!< of the options; older reads are dropped
    std::unique_ptr<ReportDocument> mDocument;
    int mPreviewPage = 0;
    double mLastPreviewSeconds = 0.0;
};

} // namespace lagesbild
