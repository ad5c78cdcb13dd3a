#include "printdialog.h"

#include "print/reportwriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace lagesbild
{

PrintDialog::PrintDialog(const QString &storePath, const IncidentFilter &filter, const DateRange &period, QWidget *parent)
  : QDialog(parent), mStorePath(storePath), mFilter(filter), mPeriod(period)
{
  setWindowTitle(tr("Print"));
  auto *layout = new QVBoxLayout(this);
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
  form->addRow(tr("Assessment"), mComment);
  mCompare = new QCheckBox(tr("Compare with the same period a year earlier"), this);
  mCompare->setChecked(true);
  form->addRow(QString(), mCompare);
  mHeatmap = new QCheckBox(tr("Heat map instead of points (map sheets)"), this);
  form->addRow(QString(), mHeatmap);
  mPublic = new QCheckBox(tr("Public version: counts per grid cell, counts under 5 hidden, no addresses"), this);
  form->addRow(QString(), mPublic);
  layout->addLayout(form);
  mStatus = new QLabel(this);
  mStatus->setWordWrap(true);
  layout->addWidget(mStatus);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton *exportButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::AcceptRole);
  buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
  connect(exportButton, &QPushButton::clicked, this, &PrintDialog::exportPdf);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
}

QString PrintDialog::exportTo(const QString &path)
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
  options.outputPath = path;
  // Layouts render on the UI thread (QGIS layout items are not thread-safe); a report takes ~1 s.
  QApplication::setOverrideCursor(Qt::WaitCursor);
  const auto written = ReportWriter::write(options);
  QApplication::restoreOverrideCursor();
  if (!written)
    return written.error().toString();
  mLastOutput = path;
  mStatus->setText(tr("%1 written: %n page(s), %2 s", nullptr, written->pages).arg(path, QLocale().toString(written->seconds, 'f', 1)));
  return {};
}

void PrintDialog::exportPdf()
{
  const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QStringLiteral("lagesbild.pdf"), tr("PDF (*.pdf)"));
  if (path.isEmpty())
    return;
  mStatus->setText(tr("Creating the PDF…"));
  QApplication::processEvents();
  const QString error = exportTo(path);
  if (!error.isEmpty())
  {
    mStatus->setText(error);
    return;
  }
  QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace lagesbild
