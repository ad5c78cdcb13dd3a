#include "importdialog.h"

#include "common/systemuser.h"
#include "desktop/importrunner.h"
#include "session/storesession.h"
#include "time/stockholmtime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lagesbild
{
namespace
{
constexpr int kPreviewRows = 20;
constexpr int kShownIssues = 50;
} // namespace

ImportDialog::ImportDialog(StoreSession *session, QWidget *parent) : QDialog(parent), mSession(session)
{
  setWindowTitle(tr("Import incidents"));
  resize(900, 620);
  auto *layout = new QVBoxLayout(this);
  auto *form = new QFormLayout;

  auto *fileRow = new QHBoxLayout;
  mFile = new QLineEdit(this);
  mFile->setObjectName(QStringLiteral("importFile"));
  auto *browse = new QPushButton(tr("Choose…"), this);
  browse->setObjectName(QStringLiteral("importChoose"));
  connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
  fileRow->addWidget(mFile, 1);
  fileRow->addWidget(browse);
  form->addRow(tr("File"), fileRow);

  mFormat = new QComboBox(this);
  mFormat->setObjectName(QStringLiteral("importFormat"));
  mFormat->addItem(tr("Detect from the file"), QStringLiteral("auto"));
  mFormat->addItem(tr("CSV / text"), QStringLiteral("csv"));
  mFormat->addItem(tr("GeoJSON"), QStringLiteral("geojson"));
  mFormat->addItem(tr("GIS file (GeoPackage, Shapefile, Excel …)"), QStringLiteral("ogr"));
  mFormat->addItem(tr("Police events feed (JSON)"), QStringLiteral("polisen"));
  form->addRow(tr("Format"), mFormat);

  mKind = new QComboBox(this);
  mKind->setObjectName(QStringLiteral("importKind"));
  mKind->addItem(tr("From the file (else lägesbild report)"), QString());
  mKind->addItem(tr("Lägesbild reports"), kindCode(IncidentKind::Report));
  mKind->addItem(tr("Reported crimes"), kindCode(IncidentKind::Crime));
  form->addRow(tr("Kind"), mKind);

  mSource = new QComboBox(this);
  mSource->setObjectName(QStringLiteral("importSource"));
  mSource->addItem(tr("From the file"), QString());
  for (const Source &source : session->sources())
    mSource->addItem(source.name, source.code);
  form->addRow(tr("Reported by"), mSource);

  mCrs = new QLineEdit(this);
  mCrs->setPlaceholderText(tr("Only for x/y columns not in SWEREF 99 TM, e.g. EPSG:3021"));
  form->addRow(tr("Coordinate system"), mCrs);

  mSkipInvalid = new QCheckBox(tr("Import the valid rows and list the others (otherwise nothing is imported when a row is wrong)"), this);
  form->addRow(QString(), mSkipInvalid);
  layout->addLayout(form);

  mPreview = new QTableWidget(this);
  mPreview->setObjectName(QStringLiteral("importPreview"));
  mPreview->setColumnCount(6);
  mPreview->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("Category"), tr("Reported by"), tr("Place"), tr("Position")});
  mPreview->horizontalHeader()->setStretchLastSection(true);
  mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
  layout->addWidget(mPreview, 2);

  mMessages = new QPlainTextEdit(this);
  mMessages->setObjectName(QStringLiteral("importMessages"));
  mMessages->setReadOnly(true);
  layout->addWidget(mMessages, 1);

  auto *bottom = new QHBoxLayout;
  mStatus = new QLabel(this);
  mStatus->setObjectName(QStringLiteral("importStatus"));
  mProgress = new QProgressBar(this);
  mProgress->setRange(0, 100);
  mProgress->hide();
  mPreviewButton = new QPushButton(tr("Preview"), this);
  mImportButton = new QPushButton(tr("Import"), this);
  mImportButton->setObjectName(QStringLiteral("importButton"));
  mCancelButton = new QPushButton(tr("Cancel"), this);
  mCancelButton->setEnabled(false);
  auto *close = new QPushButton(tr("Close"), this);
  bottom->addWidget(mStatus, 1);
  bottom->addWidget(mProgress);
  bottom->addWidget(mPreviewButton);
  bottom->addWidget(mImportButton);
  bottom->addWidget(mCancelButton);
  bottom->addWidget(close);
  layout->addLayout(bottom);
  connect(mPreviewButton, &QPushButton::clicked, this, &ImportDialog::preview);
  connect(mImportButton, &QPushButton::clicked, this, &ImportDialog::runImport);
  connect(mCancelButton, &QPushButton::clicked, this, &ImportDialog::cancel);
  connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

void ImportDialog::setFile(const QString &path)
{
  mFile->setText(path);
}

void ImportDialog::chooseFile()
{
  const QString path =
    QFileDialog::getOpenFileName(this, tr("Choose a file to import"), QString(),
                                 tr("Incident files (*.csv *.txt *.json *.geojson *.gpkg *.shp *.xlsx *.ods *.kml);;All files (*)"));
  if (!path.isEmpty())
  {
    mFile->setText(path);
    preview();
  }
}

ImportRunner *ImportDialog::makeRunner()
{
  importer::ImportOptions options;
  if (const auto format = importer::importFormatFromName(mFormat->currentData().toString()))
    options.format = *format;
  if (const QString kind = mKind->currentData().toString(); !kind.isEmpty())
    options.kind = kindFromCode(kind);
  options.source = mSource->currentData().toString();
  options.crs = mCrs->text().trimmed();
  options.skipInvalid = mSkipInvalid->isChecked();
  delete mRunner;
  mRunner = new ImportRunner(mSession->store() ? mSession->store()->location() : QString(), options, this);
  connect(mRunner, &ImportRunner::progressChanged, mProgress, &QProgressBar::setValue);
  return mRunner;
}

void ImportDialog::setBusy(bool busy)
{
  mProgress->setVisible(busy);
  mProgress->setValue(0);
  mCancelButton->setEnabled(busy);
  mPreviewButton->setEnabled(!busy);
  mImportButton->setEnabled(!busy);
}

void ImportDialog::preview()
{
  if (mFile->text().trimmed().isEmpty())
    return;
  ImportRunner *runner = makeRunner();
  connect(runner, &ImportRunner::finished, this, &ImportDialog::showPreview);
  setBusy(true);
  mStatus->setText(tr("Reading…"));
  runner->startPreview(mFile->text().trimmed());
}

void ImportDialog::runImport()
{
  if (mFile->text().trimmed().isEmpty())
    return;
  ImportRunner *runner = makeRunner();
  connect(runner, &ImportRunner::finished, this, &ImportDialog::showSummary);
  setBusy(true);
  mStatus->setText(tr("Importing…"));
  runner->startImport(mFile->text().trimmed(), SystemUser::name());
}

void ImportDialog::cancel()
{
  if (mRunner)
    mRunner->cancel();
  mStatus->setText(tr("Cancelling…"));
}

void ImportDialog::showPreview()
{
  setBusy(false);
  const ImportOutcome &outcome = mRunner->outcome();
  mMessages->clear();
  mPreview->setRowCount(0);
  if (!outcome.ok)
  {
    mStatus->setText(outcome.cancelled ? tr("Cancelled") : tr("The file cannot be imported"));
    mMessages->setPlainText(outcome.message);
    return;
  }
  const auto &incidents = outcome.parsed.incidents;
  const int rows = static_cast<int>(std::min<std::size_t>(incidents.size(), kPreviewRows));
  mPreview->setRowCount(rows);
  const QLocale locale;
  for (int row = 0; row < rows; ++row)
  {
    const Incident &incident = incidents[static_cast<std::size_t>(row)];
    const QString time = StockholmTime::instance().formatIso(incident.occurredFrom).left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
    const QStringList cells = {time,
                               incident.kind == IncidentKind::Crime ? tr("Reported crime") : tr("Report"),
                               incident.category,
                               incident.source,
                               incident.address,
                               QStringLiteral("%1, %2").arg(locale.toString(incident.x, 'f', 0), locale.toString(incident.y, 'f', 0))};
    for (int column = 0; column < cells.size(); ++column)
      mPreview->setItem(row, column, new QTableWidgetItem(cells[column]));
  }
  mPreview->resizeColumnsToContents();
  QStringList lines;
  lines << tr("%1 rows read, %2 ready to import, %3 with errors.")
             .arg(locale.toString(outcome.parsed.record.read), locale.toString(static_cast<qlonglong>(incidents.size())),
                  locale.toString(static_cast<qlonglong>(outcome.parsed.errors.size())));
  for (const Category &category : outcome.parsed.newCategories)
    lines << tr("New category: %1").arg(category.nameSv);
  for (const Source &source : outcome.parsed.newSources)
    lines << tr("New source: %1").arg(source.name);
  for (std::size_t i = 0; i < outcome.parsed.errors.size() && i < kShownIssues; ++i)
    lines << outcome.parsed.errors[i].toString();
  for (std::size_t i = 0; i < outcome.parsed.warnings.size() && i < kShownIssues; ++i)
    lines << outcome.parsed.warnings[i].toString();
  mMessages->setPlainText(lines.join(QLatin1Char('\n')));
  mStatus->setText(tr("Preview of the first %n incident(s)", nullptr, rows));
}

void ImportDialog::showSummary()
{
  setBusy(false);
  const ImportOutcome &outcome = mRunner->outcome();
  if (!outcome.ok)
  {
    mStatus->setText(outcome.cancelled ? tr("Cancelled: nothing was imported") : tr("Nothing was imported"));
    QStringList lines{outcome.message};
    for (std::size_t i = 0; i < outcome.parsed.errors.size() && i < kShownIssues; ++i)
      lines << outcome.parsed.errors[i].toString();
    mMessages->setPlainText(lines.join(QLatin1Char('\n')));
    return;
  }
  mImported = outcome.summary.inserted > 0;
  const QLocale locale;
  QStringList lines;
  lines << tr("Imported: %1").arg(locale.toString(outcome.summary.inserted));
  lines << tr("Already in the store (skipped): %1").arg(locale.toString(outcome.summary.duplicates));
  lines << tr("Rejected rows: %1").arg(locale.toString(outcome.parsed.record.rejected));
  lines << tr("Personal identity numbers masked: %1").arg(locale.toString(outcome.parsed.record.masked));
  for (const Category &category : outcome.parsed.newCategories)
    lines << tr("New category: %1").arg(category.nameSv);
  for (const Source &source : outcome.parsed.newSources)
    lines << tr("New source: %1").arg(source.name);
  for (std::size_t i = 0; i < outcome.parsed.errors.size() && i < kShownIssues; ++i)
    lines << outcome.parsed.errors[i].toString();
  for (std::size_t i = 0; i < outcome.parsed.warnings.size() && i < kShownIssues; ++i)
    lines << outcome.parsed.warnings[i].toString();
  mMessages->setPlainText(lines.join(QLatin1Char('\n')));
  mStatus->setText(tr("Import finished"));
}

} // namespace lagesbild
