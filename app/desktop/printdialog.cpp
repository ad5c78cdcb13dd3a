#include "printdialog.h"

#include "print/reportdocument.h"
#include "print/reportwriter.h"
#include "store/incidentstore.h"
#include "time/stockholmtime.h"

#include <qgslayoutitempage.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutview.h>
#include <qgsprintlayout.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lagesbild
{

struct PrintDialog::PendingRead
{
    ReportOptions options;
    std::optional<Result<ReportData>> data;
};

PrintDialog::PrintDialog(const QString &storePath, const IncidentFilter &filter, const DateRange &period, QWidget *parent)
  : QDialog(parent), mStorePath(storePath), mFilter(filter), mPeriod(period)
{
  setWindowTitle(tr("Print"));
  auto *columns = new QHBoxLayout(this);
  auto *left = new QVBoxLayout;
  auto *form = new QFormLayout;
  mTemplate = new QComboBox(this);
  mTemplate->setObjectName(QStringLiteral("printTemplate"));
  mTemplate->addItem(tr("Map sheet, A4 landscape"), reportTemplateName(ReportTemplate::MapA4));
  mTemplate->addItem(tr("Map sheet, A3 landscape"), reportTemplateName(ReportTemplate::MapA3));
  mTemplate->addItem(tr("Lägesbild report, A4 (several pages)"), reportTemplateName(ReportTemplate::Report));
  form->addRow(tr("Template"), mTemplate);
  form->addRow(tr("Period"), new QLabel(QStringLiteral("%1 – %2").arg(QLocale().toString(period.from(), QLocale::LongFormat),
                                                                      QLocale().toString(period.to(), QLocale::LongFormat)),
                                        this));
  mTitle = new QLineEdit(this);
  mTitle->setPlaceholderText(tr("Default: Lägesbild and the period"));
  form->addRow(tr("Title"), mTitle);
  mComment = new QPlainTextEdit(this);
  mComment->setPlaceholderText(tr("The coordinator's assessment (report template)"));
  mComment->setMaximumHeight(90);
  form->addRow(tr("Assessment"), mComment);
  mCompare = new QCheckBox(tr("Compare with the same period a year earlier"), this);
  mCompare->setChecked(true);
  form->addRow(QString(), mCompare);
  mHeatmap = new QCheckBox(tr("Heat map instead of points (map sheets)"), this);
  form->addRow(QString(), mHeatmap);
  mPublic = new QCheckBox(tr("Public version: counts per grid cell, counts under 5 hidden, no addresses"), this);
  mPublic->setObjectName(QStringLiteral("printPublic"));
  form->addRow(QString(), mPublic);
  mRiskZones = new QCheckBox(this);
  mRiskZones->setObjectName(QStringLiteral("riskZones"));
  mRiskZones->setToolTip(tr("The near-repeat risk zones now on the map, on top of the incidents (never in the public version)."));
  mRiskZones->hide();
  form->addRow(QString(), mRiskZones);
  mInterventions = new QListWidget(this);
  mInterventions->setObjectName(QStringLiteral("printInterventions"));
  mInterventions->setMaximumHeight(110);
  mInterventions->setToolTip(tr("Each checked intervention gets a follow-up page in the report template."));
  if (const auto store = IncidentStore::open(storePath, StoreAccess::Read))
  {
    if (const auto interventions = (*store)->interventions())
    {
      for (const Intervention &intervention : *interventions)
      {
        const QDate start = StockholmTime::instance().localDate(intervention.startUtc);
        auto *item = new QListWidgetItem(
          QStringLiteral("%1 (%2)").arg(intervention.title.isEmpty() ? tr("Intervention %1").arg(intervention.id) : intervention.title,
                                        QLocale().toString(start, QLocale::ShortFormat)),
          mInterventions);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(intervention.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
      }
    }
  }
  form->addRow(tr("Follow-up pages"), mInterventions);
  mAllPages = new QCheckBox(tr("PNG: every page as its own file (else the first page)"), this);
  form->addRow(QString(), mAllPages);
  left->addLayout(form);
  mStatus = new QLabel(this);
  mStatus->setWordWrap(true);
  left->addWidget(mStatus);
  left->addStretch(1);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton *pdfButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::AcceptRole);
  QPushButton *pngButton = buttons->addButton(tr("Export PNG…"), QDialogButtonBox::ActionRole);
  buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
  connect(pdfButton, &QPushButton::clicked, this, &PrintDialog::exportPdf);
  connect(pngButton, &QPushButton::clicked, this, &PrintDialog::exportPng);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  left->addWidget(buttons);
  columns->addLayout(left, 0);

  auto *right = new QVBoxLayout;
  mView = new QgsLayoutView(this);
  mView->setObjectName(QStringLiteral("printPreview"));
  mView->setMinimumSize(560, 400);
  mView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  mView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  mView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  right->addWidget(mView, 1);
  auto *navigation = new QHBoxLayout;
  mPrevious = new QPushButton(tr("◀ Previous"), this);
  mNext = new QPushButton(tr("Next ▶"), this);
  mPageLabel = new QLabel(this);
  mPageLabel->setAlignment(Qt::AlignCenter);
  navigation->addWidget(mPrevious);
  navigation->addWidget(mPageLabel, 1);
  navigation->addWidget(mNext);
  right->addLayout(navigation);
  columns->addLayout(right, 1);
  connect(mPrevious, &QPushButton::clicked, this, [this] { showPage(-1); });
  connect(mNext, &QPushButton::clicked, this, [this] { showPage(1); });

  mPreviewTimer = new QTimer(this);
  mPreviewTimer->setSingleShot(true);
  mPreviewTimer->setInterval(300);
  connect(mPreviewTimer, &QTimer::timeout, this, &PrintDialog::startPreview);
  connect(mTemplate, qOverload<int>(&QComboBox::currentIndexChanged), this, &PrintDialog::schedulePreview);
  connect(mTitle, &QLineEdit::textChanged, this, &PrintDialog::schedulePreview);
  connect(mComment, &QPlainTextEdit::textChanged, this, &PrintDialog::schedulePreview);
  for (QCheckBox *box : {mCompare, mHeatmap, mPublic, mRiskZones})
    connect(box, &QCheckBox::toggled, this, &PrintDialog::schedulePreview);
  connect(mInterventions, &QListWidget::itemChanged, this, &PrintDialog::schedulePreview);
  resize(1200, 720);
  schedulePreview();
}

PrintDialog::~PrintDialog()
{
  // The view shows the document's layout: it goes first.
  delete mView;
  mView = nullptr;
}

bool PrintDialog::includeIntervention(std::int64_t id)
{
  for (int row = 0; row < mInterventions->count(); ++row)
  {
    QListWidgetItem *item = mInterventions->item(row);
    if (item->data(Qt::UserRole).toLongLong() == id)
    {
      item->setCheckState(Qt::Checked);
      mTemplate->setCurrentIndex(mTemplate->findData(reportTemplateName(ReportTemplate::Report)));
      mInterventions->scrollToItem(item);
      return true;
    }
  }
  return false;
}

void PrintDialog::setRiskZones(const std::vector<RiskZone> &zones, double radius)
{
  mRiskZoneList = zones;
  mRiskZoneRadius = radius;
  mRiskZones->setText(tr("Near-repeat risk zones on the map (%n zone(s) of %1 m)", nullptr, static_cast<int>(zones.size())).arg(radius));
  mRiskZones->setVisible(!zones.empty());
  mRiskZones->setChecked(!zones.empty());
}

ReportOptions PrintDialog::options() const
{
  ReportOptions options;
  options.storePath = mStorePath;
  options.period = mPeriod;
  if (mCompare->isChecked())
    options.compareTo = mPeriod.sameDaysPreviousYear();
  options.filter = mFilter;
  options.layoutTemplate = reportTemplateFromName(mTemplate->currentData().toString()).value_or(ReportTemplate::MapA4);
  options.title = mTitle->text().trimmed();
  options.comment = mComment->toPlainText().trimmed();
  options.heatMap = mHeatmap->isChecked();
  options.publicVersion = mPublic->isChecked();
  if (options.layoutTemplate == ReportTemplate::Report)
  {
    for (int row = 0; row < mInterventions->count(); ++row)
    {
      if (mInterventions->item(row)->checkState() == Qt::Checked)
        options.interventionIds.push_back(mInterventions->item(row)->data(Qt::UserRole).toLongLong());
    }
  }
  options.imageAllPages = mAllPages->isChecked();
  if (mRiskZones->isChecked() && !options.publicVersion)
  {
    options.riskZones = mRiskZoneList;
    options.riskZoneRadius = mRiskZoneRadius;
  }
  return options;
}

int PrintDialog::previewPageCount() const
{
  return mDocument ? mDocument->pageCount() : 0;
}

bool PrintDialog::previewPending() const
{
  return mPreviewTimer->isActive() || mPending != nullptr;
}

void PrintDialog::schedulePreview()
{
  ++mGeneration;
  mPreviewTimer->start();
}

void PrintDialog::startPreview()
{
  const int generation = mGeneration;
  auto pending = std::make_shared<PendingRead>();
  pending->options = options();
  mPending = pending;
  mPageLabel->setText(tr("Reading the figures…"));
  // The figures come from the store and core code only: safe on a worker thread. The layout is
  // QGIS layout items, built and drawn here on the UI thread (a page renders in a fraction of a second).
  QThread *thread = QThread::create([pending] { pending->data = ReportDocument::readData(pending->options); });
  connect(thread, &QThread::finished, this,
          [this, pending, generation]
          {
            if (mPending != pending)
              return; // a newer preview is on its way
            mPending.reset();
            if (generation == mGeneration)
              previewDataRead(*pending);
          });
  connect(thread, &QThread::finished, thread, &QObject::deleteLater);
  thread->start();
}

void PrintDialog::previewDataRead(const PendingRead &read)
{
  QElapsedTimer timer;
  timer.start();
  if (!read.data || !*read.data)
  {
    mPageLabel->setText(read.data ? read.data->error().toString() : tr("The figures could not be read."));
    emit previewUpdated();
    return;
  }
  auto document = ReportDocument::build(read.options, **read.data);
  if (!document)
  {
    mPageLabel->setText(document.error().toString());
    emit previewUpdated();
    return;
  }
  // The view takes the new layout before the old one (and its map render jobs) goes.
  mView->setCurrentLayout((*document)->layout());
  mDocument = std::move(*document);
  mPreviewPage = std::clamp(mPreviewPage, 0, mDocument->pageCount() - 1);
  showPreviewPage();
  mLastPreviewSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
  emit previewUpdated();
}

QImage PrintDialog::previewImage(double dpi) const
{
  return mDocument ? mDocument->renderPage(mPreviewPage, dpi) : QImage();
}

void PrintDialog::showPreviewPage()
{
  if (!mDocument)
    return;
  const QRectF page = mDocument->layout()->pageCollection()->page(mPreviewPage)->sceneBoundingRect();
  mView->fitInView(page.adjusted(-3.0, -3.0, 3.0, 3.0), Qt::KeepAspectRatio);
  mPageLabel->setText(tr("Page %1 of %2").arg(mPreviewPage + 1).arg(mDocument->pageCount()));
  mPrevious->setEnabled(mPreviewPage > 0);
  mNext->setEnabled(mPreviewPage + 1 < mDocument->pageCount());
}

void PrintDialog::showPage(int delta)
{
  if (!mDocument)
    return;
  mPreviewPage = std::clamp(mPreviewPage + delta, 0, mDocument->pageCount() - 1);
  showPreviewPage();
}

void PrintDialog::resizeEvent(QResizeEvent *event)
{
  QDialog::resizeEvent(event);
  showPreviewPage();
}

QString PrintDialog::exportTo(const QString &path)
{
  ReportOptions options = this->options();
  options.outputPath = path;
  // A separate `lagesbild-cli report` draws the pages, so even a map of a million points (some
  // seconds of QGIS rendering) never freezes the window; in process when the CLI is missing or
  // the filter has what its options cannot say.
  const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lagesbild-cli"));
  const auto arguments = reportCommandLine(options);
  if (arguments && QFileInfo(cli).isExecutable())
    return exportInSeparateProcess(cli, *arguments, options);
  return exportInThisProcess(options);
}

QString PrintDialog::exportInSeparateProcess(const QString &program, const QStringList &arguments, const ReportOptions &options)
{
  QElapsedTimer timer;
  timer.start();
  QProgressDialog progress(options.outputPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? tr("Drawing the PNG…")
                                                                                                   : tr("Writing the PDF…"),
                           tr("Cancel"), 0, 0, this);
  progress.setWindowTitle(tr("Print"));
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(300);
  QProcess process;
  QEventLoop loop;
  connect(&process, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), &loop, &QEventLoop::quit);
  connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
  connect(&progress, &QProgressDialog::canceled, &process, &QProcess::kill);
  process.start(program, QStringList{QStringLiteral("report")} + arguments);
  if (process.waitForStarted(10000))
    loop.exec();
  process.waitForFinished(1000);
  const bool canceled = progress.wasCanceled();
  progress.reset();
  if (canceled)
    return tr("Export cancelled.");
  if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
  {
    const QString message = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return message.isEmpty() ? tr("%1 failed (exit code %2)").arg(program).arg(process.exitCode()) : message;
  }
  mLastOutput = options.outputPath;
  mStatus->setText(tr("%1 (%2 s)")
                     .arg(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                          QLocale().toString(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1)));
  return {};
}

QString PrintDialog::exportInThisProcess(const ReportOptions &options)
{
  const QString &path = options.outputPath;
  QElapsedTimer timer;
  timer.start();
  QProgressDialog progress(tr("Reading the figures…"), QString(), 0, 0, this);
  progress.setWindowTitle(tr("Print"));
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(0);
  progress.show();
  QApplication::processEvents();

  // The figures off the UI thread, with the progress dialog live meanwhile.
  auto pending = std::make_shared<PendingRead>();
  pending->options = options;
  QEventLoop loop;
  QThread *thread = QThread::create([pending] { pending->data = ReportDocument::readData(pending->options); });
  connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
  thread->start();
  loop.exec();
  thread->wait();
  delete thread;
  if (!pending->data || !*pending->data)
    return pending->data ? pending->data->error().toString() : tr("The figures could not be read.");

  const bool png = path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
  progress.setLabelText(png ? tr("Drawing the PNG…") : tr("Writing the PDF…"));
  QApplication::processEvents();
  auto document = ReportDocument::build(pending->options, **pending->data);
  if (!document)
    return document.error().toString();
  QApplication::processEvents();
  QStringList files{path};
  if (png)
  {
    auto written = (*document)->exportPng(path, pending->options.imageDpi, pending->options.imageAllPages);
    if (!written)
      return written.error().toString();
    files = *written;
  }
  else if (const auto written = (*document)->exportPdf(path); !written)
    return written.error().toString();
  mLastOutput = path;
  mStatus->setText(tr("%1 written: %n page(s), %2 s", nullptr, (*document)->pageCount())
                     .arg(files.join(QStringLiteral(", ")), QLocale().toString(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1)));
  return {};
}

void PrintDialog::exportPdf()
{
  const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QStringLiteral("lagesbild.pdf"), tr("PDF (*.pdf)"));
  if (path.isEmpty())
    return;
  const QString error = exportTo(path);
  if (!error.isEmpty())
  {
    mStatus->setText(error);
    return;
  }
  QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void PrintDialog::exportPng()
{
  QString path = QFileDialog::getSaveFileName(this, tr("Export PNG"), QStringLiteral("lagesbild.png"), tr("PNG image (*.png)"));
  if (path.isEmpty())
    return;
  if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
    path += QStringLiteral(".png");
  const QString error = exportTo(path);
  if (!error.isEmpty())
    mStatus->setText(error);
}

} // namespace lagesbild
