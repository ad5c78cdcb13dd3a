// ImportDialog: File → Import… — choose a file and how to read it, see a preview of the first
// incidents as they will be stored, import with progress and cancel, and read the summary of
// what was imported, skipped as duplicates, and rejected (with file, line and field).
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace lagesbild
{

class ImportRunner;
class StoreSession;

class ImportDialog : public QDialog
{
    Q_OBJECT

  public:
    ImportDialog(StoreSession *session, QWidget *parent = nullptr);

    void setFile(const QString &path);
    //! True when the last import wrote incidents.
    bool imported() const { return mImported; }

  private:
    void chooseFile();
    void preview();
    void runImport();
    void cancel();
    void showPreview();
    void showSummary();
    ImportRunner *makeRunner();
    void setBusy(bool busy);

    StoreSession *mSession = nullptr;
    ImportRunner *mRunner = nullptr;
    QLineEdit *mFile = nullptr;
    QComboBox *mFormat = nullptr;
    QComboBox *mKind = nullptr;
    QComboBox *mSource = nullptr;
    QLineEdit *mCrs = nullptr;
    QCheckBox *mSkipInvalid = nullptr;
    QTableWidget *mPreview = nullptr;
    QPlainTextEdit *mMessages = nullptr;
    QProgressBar *mProgress = nullptr;
    QPushButton *mPreviewButton = nullptr;
    QPushButton *mImportButton = nullptr;
    QPushButton *mCancelButton = nullptr;
    QLabel *mStatus = nullptr;
    bool mImported = false;
};

} // namespace lagesbild
