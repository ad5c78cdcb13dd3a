// File → Print…: the dialog's preview (the report's pages drawn from the same layout as the
// output, built after the figures are read off the UI thread), paging through it, the follow-up
// list with includeIntervention(), and PDF and PNG export; a screenshot for a person to look at.
#include <catch2/catch.hpp>

#include "demo/demostorewriter.h"
#include "desktop/printdialog.h"
#include "store/geopackage/geopackagestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <qgslayoutview.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace lagesbild;

namespace
{
const QString &demoStore()
{
  static QTemporaryDir directory;
  static const QString path = []
  {
    const QString storePath = directory.filePath(QStringLiteral("kungsor.gpkg"));
    REQUIRE(demo::DemoStoreWriter::write(storePath, demo::DemoOptions{}));
    return storePath;
  }();
  return path;
}

std::int64_t basementId()
{
  const auto store = GeoPackageStore::open(demoStore());
  REQUIRE(store);
  const auto interventions = (*store)->interventions();
  REQUIRE(interventions);
  for (const Intervention &intervention : *interventions)
  {
    if (intervention.title.contains(QStringLiteral("Hagabergsvägen 12")))
      return intervention.id;
  }
  FAIL("no basement intervention in the demo");
  return 0;
}

//! Waits (with the event loop running) until the preview shows the current options; returns the
//! longest the event loop was blocked meanwhile, in seconds (a 20 ms timer's largest gap).
double waitForPreview(PrintDialog &dialog, int settleMs = 0)
{
  QElapsedTimer timer;
  timer.start();
  QElapsedTimer tick;
  tick.start();
  qint64 longest = 0;
  QTimer heartbeat;
  heartbeat.setInterval(20);
  QObject::connect(&heartbeat, &QTimer::timeout, [&] { longest = std::max(longest, tick.restart()); });
  heartbeat.start();
  while ((dialog.previewPending() || dialog.previewPageCount() == 0) && timer.elapsed() < 120000)
  {
    QSignalSpy spy(&dialog, &PrintDialog::previewUpdated);
    spy.wait(200);
  }
  // The maps draw in the background after the layout is shown.
  QElapsedTimer settle;
  settle.start();
  while (settle.elapsed() < settleMs)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  REQUIRE_FALSE(dialog.previewPending());
  return static_cast<double>(longest) / 1000.0;
}

double greyDeviation(const QImage &image)
{
  double sum = 0.0;
  double squares = 0.0;
  int n = 0;
  for (int y = 0; y < image.height(); y += 2)
  {
    for (int x = 0; x < image.width(); x += 2)
    {
      const double grey = qGray(image.pixel(x, y));
      sum += grey;
      squares += grey * grey;
      ++n;
    }
  }
  const double mean = sum / n;
  return std::sqrt(std::max(0.0, squares / n - mean * mean));
}
} // namespace

TEST_CASE("Print dialog: preview of every page, follow-up list, PDF and PNG export", "[app][ui][print]")
{
  QTemporaryDir directory;
  IncidentFilter filter;
  filter.kind = IncidentKind::Crime;
  PrintDialog dialog(demoStore(), filter, DateRange(QDate(2021, 1, 1), QDate(2021, 12, 12)));
  dialog.show();
  waitForPreview(dialog);
  CHECK(dialog.previewPageCount() == 1); // the A4 map sheet first
  CHECK(greyDeviation(dialog.previewImage()) > 8.0);

  CHECK_FALSE(dialog.includeIntervention(987654));
  REQUIRE(dialog.includeIntervention(basementId()));
  CHECK(dialog.options().layoutTemplate == ReportTemplate::Report);
  CHECK(dialog.options().interventionIds == std::vector<std::int64_t>{basementId()});
  QElapsedTimer timer;
  timer.start();
  const double blocked = waitForPreview(dialog);
  std::printf("print dialog: event loop blocked at most %.2f s while the report preview was made\n", blocked);
  std::printf("print dialog: report preview with a follow-up page ready after %.2f s (%.2f s of it on the UI thread)\n",
              static_cast<double>(timer.elapsed()) / 1000.0, dialog.lastPreviewSeconds());
  // Timing is a benchmark figure (printed above), not a pass/fail condition: a loaded machine is slower.
  REQUIRE(dialog.previewPageCount() == 4);
  CHECK(dialog.previewPage() == 0);
  const QImage first = dialog.previewImage();
  CHECK(first.width() > first.height());
  CHECK(greyDeviation(first) > 8.0);

  waitForPreview(dialog, 2000);
  dialog.grab().save(QDir::temp().filePath(QStringLiteral("lagesbild-printdialog-page1.png")));

  // Next ▶ three times: the follow-up page.
  QPushButton *next = nullptr;
  for (QPushButton *button : dialog.findChildren<QPushButton *>())
  {
    if (button->text().contains(QStringLiteral("▶")))
      next = button;
  }
  REQUIRE(next);
  for (int page = 1; page < 4; ++page)
    next->click();
  CHECK(dialog.previewPage() == 3);
  CHECK_FALSE(next->isEnabled());
  CHECK(dialog.previewImage() != first);
  CHECK(greyDeviation(dialog.previewImage()) > 8.0);
  REQUIRE(dialog.previewView()->currentLayout() != nullptr);
  waitForPreview(dialog, 1500);
  dialog.grab().save(QDir::temp().filePath(QStringLiteral("lagesbild-printdialog.png")));

  const QString pdf = directory.filePath(QStringLiteral("rapport.pdf"));
  const QString pdfError = dialog.exportTo(pdf);
  INFO(pdfError.toStdString());
  REQUIRE(pdfError.isEmpty());
  CHECK(QFileInfo(pdf).size() > 10000);

  const QString png = directory.filePath(QStringLiteral("rapport.png"));
  const QString pngError = dialog.exportTo(png);
  INFO(pngError.toStdString());
  REQUIRE(pngError.isEmpty());
  const QImage image(png);
  CHECK(std::abs(image.width() - 1754) <= 2);
  CHECK_FALSE(QFileInfo::exists(directory.filePath(QStringLiteral("rapport_2.png"))));

  // A filter the CLI cannot express (a bounding box): exported in this process instead.
  filter.bbox = BoundingBox{500000.0, 6500000.0, 600000.0, 6700000.0};
  PrintDialog boxed(demoStore(), filter, DateRange(QDate(2021, 1, 1), QDate(2021, 12, 12)));
  const QString boxedPdf = directory.filePath(QStringLiteral("ruta.pdf"));
  const QString boxedError = boxed.exportTo(boxedPdf);
  INFO(boxedError.toStdString());
  REQUIRE(boxedError.isEmpty());
  CHECK(QFileInfo(boxedPdf).size() > 10000);
}

TEST_CASE("Print dialog offers the near-repeat risk zones of the map, never for the public version", "[app][ui][print]")
{
  IncidentFilter filter;
  filter.kind = IncidentKind::Crime;
  PrintDialog dialog(demoStore(), filter, DateRange(QDate(2021, 1, 1), QDate(2021, 12, 12)));
  CHECK(dialog.riskZonesBox()->isHidden());
  CHECK(dialog.options().riskZones.empty());

  const std::vector<RiskZone> zones = {{562915.0, 6587532.0, QDate(2021, 12, 10), 5, QDate(2021, 12, 14)},
                                       {563400.0, 6587900.0, QDate(2021, 12, 8), 3, QDate(2021, 12, 12)}};
  dialog.setRiskZones(zones, 200.0);
  CHECK_FALSE(dialog.riskZonesBox()->isHidden());
  CHECK(dialog.riskZonesBox()->isChecked());
  CHECK(dialog.options().riskZones.size() == 2);
  CHECK(dialog.options().riskZoneRadius == 200.0);

  dialog.riskZonesBox()->setChecked(false);
  CHECK(dialog.options().riskZones.empty());
  dialog.riskZonesBox()->setChecked(true);
  // Each zone is drawn around one incident: the public version leaves them out.
  auto *publicVersion = dialog.findChild<QCheckBox *>(QStringLiteral("printPublic"));
  REQUIRE(publicVersion);
  publicVersion->setChecked(true);
  CHECK(dialog.options().riskZones.empty());
}

TEST_CASE("Print dialog timings on a large store (LAGESBILD_PRINT_BENCH_STORE)", "[app][ui][print][.bench]")
{
  // Figures only, never pass/fail on time: how long the preview takes, and how much of it blocks the UI thread.
  const QString store = qEnvironmentVariable("LAGESBILD_PRINT_BENCH_STORE");
  if (store.isEmpty())
    return;
  for (const bool report : {false, true})
  {
    IncidentFilter filter;
    PrintDialog dialog(store, filter, DateRange(QDate(2021, 1, 1), QDate(2021, 12, 12)));
    dialog.show();
    if (report)
      dialog.findChild<QComboBox *>(QStringLiteral("printTemplate"))->setCurrentIndex(2);
    QElapsedTimer timer;
    timer.start();
    const double blocked = waitForPreview(dialog);
    std::printf("print dialog on %s, %s: layout shown after %.2f s, %.2f s of it on the UI thread; event loop blocked at most %.2f s\n",
                qPrintable(store), report ? "report" : "A4 map sheet", static_cast<double>(timer.elapsed()) / 1000.0,
                dialog.lastPreviewSeconds(), blocked);
    waitForPreview(dialog, 30000);
    // Export while a heartbeat timer measures how long the window's event loop is held up.
    QElapsedTimer tick;
    tick.start();
    qint64 longest = 0;
    QTimer heartbeat;
    heartbeat.setInterval(20);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { longest = std::max(longest, tick.restart()); });
    heartbeat.start();
    QElapsedTimer exportTimer;
    exportTimer.start();
    const QString error = dialog.exportTo(QDir::temp().filePath(QStringLiteral("lagesbild-bench-print.pdf")));
    std::printf("print dialog on %s, %s: PDF export %.2f s (%s), event loop blocked at most %.2f s\n", qPrintable(store),
                report ? "report" : "A4 map sheet", static_cast<double>(exportTimer.elapsed()) / 1000.0,
                error.isEmpty() ? "ok" : qPrintable(error), static_cast<double>(longest) / 1000.0);
    dialog.grab().save(QDir::temp().filePath(report ? QStringLiteral("lagesbild-printdialog-1m-report.png")
                                                    : QStringLiteral("lagesbild-printdialog-1m-a4.png")));
  }
}
