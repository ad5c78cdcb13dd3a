#include "addressimportdialog.h"

#include "addressimportrunner.h"
#include "common/systemuser.h"
#include "session/storesession.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lagesbild
{

AddressImportDialog::AddressImportDialog(StoreSession *session, QWidget *parent) : QDialog(parent), mSession(session)
{
  setWindowTitle(tr("Import address register"));
  setObjectName(QStringLiteral("addressImportDialog"));
  auto *layout = new QVBoxLayout(this);

  auto *intro = new QLabel(tr("Address points let reports that carry only an address be placed on the map, and the search box find "
                              "streets. Read from an OpenStreetMap extract, Lantmäteriet's belägenhetsadresser, a GeoPackage, "
                              "Shapefile, GeoJSON or CSV file with x/y columns. The new register replaces the current one."),
                           this);
  intro->setWordWrap(true);
  layout->addWidget(intro);

  mRegister = new QLabel(this);
  mRegister->setObjectName(QStringLiteral("registerSize"));
  mRegister->setWordWrap(true);
  layout->addWidget(mRegister);

  auto *form = new QFormLayout;
  form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  mFile = new QLineEdit(this);
  mFile->setObjectName(QStringLiteral("registerFile"));
  auto *browse = new QPushButton(tr("Choose…"), this);
  browse->setObjectName(QStringLiteral("registerChoose"));
  connect(browse, &QPushButton::clicked, this, &AddressImportDialog::chooseFile);
  auto *fileRow = new QHBoxLayout;
  fileRow->addWidget(mFile, 1);
  fileRow->addWidget(browse);
  form->addRow(tr("Register file"), fileRow);

  mMapping = new QLineEdit(this);
  mMapping->setObjectName(QStringLiteral("mappingFile"));
  mMapping->setPlaceholderText(tr("Optional: for columns with other names"));
  auto *browseMapping = new QPushButton(tr("Choose…"), this);
  browseMapping->setObjectName(QStringLiteral("mappingChoose"));
  connect(browseMapping, &QPushButton::clicked, this, &AddressImportDialog::chooseMappingFile);
  auto *mappingRow = new QHBoxLayout;
  mappingRow->addWidget(mMapping, 1);
  mappingRow->addWidget(browseMapping);
  form->addRow(tr("Mapping file (JSON)"), mappingRow);
  layout->addLayout(form);

  mProgress = new QProgressBar(this);
  mProgress->setRange(0, 100);
  mProgress->hide();
  layout->addWidget(mProgress);
  mStatus = new QLabel(this);
  mStatus->setObjectName(QStringLiteral("status"));
  mStatus->setWordWrap(true);
  mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(mStatus);

  auto *buttons = new QDialogButtonBox(this);
  mImportButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
  mImportButton->setObjectName(QStringLiteral("importButton"));
  mCancelButton = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
  mCancelButton->setObjectName(QStringLiteral("cancelButton"));
  // The buttons are wired by hand: Import must not close the dialog, Cancel must stop a run first.
  disconnect(buttons, nullptr, this, nullptr);
  connect(mImportButton, &QPushButton::clicked, this, &AddressImportDialog::startImport);
  connect(mCancelButton, &QPushButton::clicked, this, &AddressImportDialog::cancelOrClose);
  layout->addWidget(buttons);

  mImportButton->setEnabled(false);
  connect(mFile, &QLineEdit::textChanged, this,
          [this](const QString &text) { mImportButton->setEnabled(!text.trimmed().isEmpty() && !(mRunner && mRunner->isRunning())); });
  showRegisterSize();
  resize(560, sizeHint().height());
}

AddressImportDialog::~AddressImportDialog()
{
  if (mRunner)
  {
    mRunner->cancel();
    mRunner->wait();
  }
}

void AddressImportDialog::setFile(const QString &path)
{
  mFile->setText(path);
}

void AddressImportDialog::setMappingFile(const QString &path)
{
  mMapping->setText(path);
}

void AddressImportDialog::chooseFile()
{
  const QString path =
    QFileDialog::getOpenFileName(this, tr("Choose the address register"), QFileInfo(mFile->text()).absolutePath(),
                                 tr("Address registers (*.gpkg *.shp *.geojson *.json *.csv *.osm *.pbf);;All files (*)"));
  if (!path.isEmpty())
    setFile(path);
}

void AddressImportDialog::chooseMappingFile()
{
  const QString path =
    QFileDialog::getOpenFileName(this, tr("Choose the mapping file"), QFileInfo(mFile->text()).absolutePath(), tr("Mapping (*.json)"));
  if (!path.isEmpty())
    setMappingFile(path);
}

void AddressImportDialog::showRegisterSize()
{
  const auto count = mSession && mSession->store() ? mSession->store()->addressCount() : Result<std::int64_t>(std::int64_t{0});
  if (!count)
    mRegister->setText(count.error().toString());
  else if (*count == 0)
    mRegister->setText(tr("The store has no address register yet."));
  else
    mRegister->setText(tr("The register now holds %1 addresses and places.").arg(QLocale().toString(static_cast<qlonglong>(*count))));
}

void AddressImportDialog::startImport()
{
  const QString path = mFile->text().trimmed();
  if (path.isEmpty() || !mSession || !mSession->isOpen() || (mRunner && mRunner->isRunning()))
    return;
  if (mSession->isReadOnly())
  {
    mStatus->setText(tr("The store is read-only here; the register cannot be changed."));
    return;
  }
  if (!mRunner)
  {
    mRunner = new AddressImportRunner(mSession->path(), this);
    connect(mRunner, &AddressImportRunner::progressChanged, mProgress, &QProgressBar::setValue);
    connect(mRunner, &AddressImportRunner::finished, this, &AddressImportDialog::showOutcome);
  }
  mImported = false;
  mProgress->setValue(0);
  mStatus->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
  setBusy(true);
  mRunner->start(path, mMapping->text().trimmed(), SystemUser::name());
}

void AddressImportDialog::waitForImport()
{
  if (mRunner)
    mRunner->wait();
  QCoreApplication::processEvents();
}

void AddressImportDialog::cancelOrClose()
{
  if (mRunner && mRunner->isRunning())
  {
    mRunner->cancel();
    mStatus->setText(tr("Cancelling…"));
    return;
  }
  reject();
}

void AddressImportDialog::showOutcome()
{
  setBusy(false);
  const AddressImportOutcome &outcome = mRunner->outcome();
  if (outcome.cancelled)
    mStatus->setText(tr("Cancelled; the register is as it was."));
  else if (!outcome.ok)
    mStatus->setText(tr("Not imported; the register is as it was.\n%1").arg(outcome.message));
  else
  {
    mImported = true;
    const QLocale locale;
    QString text = tr("Imported: %1 addresses and places read from %2.")
                     .arg(locale.toString(static_cast<qlonglong>(outcome.stored)), QFileInfo(mFile->text()).fileName());
    if (outcome.skipped > 0)
      text +=
        QLatin1Char(' ') +
        tr("%1 features without a street, place name or point were skipped.").arg(locale.toString(static_cast<qlonglong>(outcome.skipped)));
    // The search box and the forms build their geocoder from the refreshed session.
    if (const auto refreshed = mSession->refresh(); !refreshed)
      text += QLatin1Char('\n') + refreshed.error().toString();
    mStatus->setText(text);
  }
  showRegisterSize();
}

void AddressImportDialog::setBusy(bool busy)
{
  mProgress->setVisible(busy);
  mImportButton->setEnabled(!busy && !mFile->text().trimmed().isEmpty());
  mFile->setEnabled(!busy);
  mMapping->setEnabled(!busy);
  mCancelButton->setText(busy ? tr("Cancel") : tr("Close"));
}

} // namespace lagesbild
