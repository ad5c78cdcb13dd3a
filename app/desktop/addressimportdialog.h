// AddressImportDialog: File → Import address register… — choose a register file (OSM extract,
// Lantmäteriet's belägenhetsadresser, GeoPackage, Shapefile, GeoJSON, CSV with x/y) and an
// optional mapping file, import it with progress and cancel, and read what the register now
// holds. The new register replaces the old one in one step; the search box and the forms use
// it at once.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace lagesbild
{

class AddressImportRunner;
class StoreSession;

class AddressImportDialog : public QDialog
{
    Q_OBJECT

  public:
    AddressImportDialog(StoreSession *session, QWidget *parent = nullptr);
    ~AddressImportDialog() override;

    void setFile(const QString &path);
    void setMappingFile(const QString &path);
    //! Starts the import (the Import button); finished() of the runner updates the dialog.
    void startImport();
    //! True when the last import replaced the register.
    bool imported() const { return mImported; }
    //! Blocks until a running import is done (for tests).
    void waitForImport();

  private:
    void chooseFile();
    void chooseMappingFile();
    void cancelOrClose();
    void showOutcome();
    void showRegisterSize();
    void setBusy(bool busy);

    StoreSession *mSession = nullptr;
    AddressImportRunner *mRunner = nullptr;
    QLineEdit *mFile = nullptr;
    QLineEdit *mMapping = nullptr;
    QLabel *mRegister = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mStatus = nullptr;
    QPushButton *mImportButton = nullptr;
    QPushButton *mCancelButton = nullptr;
    bool mImported = false;
};

} // namespace lagesbild
