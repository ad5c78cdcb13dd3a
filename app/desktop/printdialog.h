// PrintDialog: File → Print… — choose a layout template (A4 or A3 map sheet, or the lägesbild
// report), a title and the coordinator's comment, the public version, and export the current
// filter and period to PDF with the same writer as `lagesbild-cli report`.
#pragma once

#include "model/incidentfilter.h"
#include "time/daterange.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lagesbild
{

class PrintDialog : public QDialog
{
    Q_OBJECT

  public:
    PrintDialog(const QString &storePath, const IncidentFilter &filter, const DateRange &period, QWidget *parent = nullptr);

    //! Writes the PDF to path; returns an error message, empty on success.
    QString exportTo(const QString &path);
    QString lastOutput() const { return mLastOutput; }

  private:
    void exportPdf();

    QString mStorePath;
    IncidentFilter mFilter;
    DateRange mPeriod;
    QComboBox *mTemplate = nullptr;
    QLineEdit *mTitle = nullptr;
    QPlainTextEdit *mComment = nullptr;
    QCheckBox *mCompare = nullptr;
    QCheckBox *mHeatmap = nullptr;
    QCheckBox *mPublic = nullptr;
    QLabel *mStatus = nullptr;
    QString mLastOutput;
};

} // namespace lagesbild
