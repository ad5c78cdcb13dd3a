// The window's base map: an unreachable tile server (a closed port on 127.0.0.1) reported once in
// the status bar, in Swedish, while the demo town and incidents draw; the status bar's scale,
// SWEREF 99 TM and WGS 84 coordinates and base-map name.
#include "basemaptestsupport.h"

#include <catch2/catch.hpp>

#include "basemap/basemapsettings.h"
#include "demo/demostorewriter.h"
#include "demo/demotownwriter.h"
#include "desktop/basemapdialog.h"
#include "desktop/basemapui.h"
#include "desktop/mainwindow.h"
#include "desktop/mapstatusbar.h"
#include "map/basemapcontroller.h"
#include "qgis/qgisruntime.h"

#include <qgslayertreegroup.h>
#include <qgsmapcanvas.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lagesbild;
using namespace lagesbild::basemaptest;

namespace
{
//! Pixels (every second one) in the colour of the streets' casing.
int casingPixels(const QImage &image)
{
  int count = 0;
  for (int y = 0; y < image.height(); y += 2)
    for (int x = 0; x < image.width(); x += 2)
      count += colourDistance(image.pixelColor(x, y), QColor(QStringLiteral("#b3aaa0"))) <= 12.0 ? 1 : 0;
  return count;
}
} // namespace

TEST_CASE("The window says once in its status bar that a tile server is unreachable", "[basemap][app][ui]")
{
  qputenv("LAGESBILD_LANG", "sv");
  QgisRuntime::installTranslations();
  QTemporaryDir dir;
  const QString store = dir.filePath(QStringLiteral("copy.gpkg"));
  REQUIRE(QFile::copy(demoStore(), store));
  auto settings = BaseMapSettings::load(demoStore());
  REQUIRE(settings);
  BaseMapSource tiles;
  tiles.kind = BaseMapKind::Xyz;
  tiles.name = QStringLiteral("Stängd port");
  tiles.location = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(closedPort());
  settings->sources.insert(settings->sources.begin(), tiles);
  REQUIRE(BaseMapSettings::save(store, *settings));

  MainWindow window; // sized by itself to fit the screen
  window.show();
  QSignalSpy messages(window.baseMap()->controller(), &BaseMapController::message);
  QSignalSpy refreshed(window.mapCanvas(), &QgsMapCanvas::mapCanvasRefreshed);
  REQUIRE(window.openStore(store));
  window.mapCanvas()->setExtent(QgsRectangle(562500.0, 6587300.0, 563100.0, 6587800.0));
  QElapsedTimer clock;
  clock.start();
  window.mapCanvas()->refreshAllLayers();
  REQUIRE(refreshed.wait(30000));
  while (refreshed.count() > 0 && messages.isEmpty() && clock.elapsed() < 20000)
    refreshed.wait(500);
  const qint64 firstFrame = clock.elapsed();
  WARN("map with a closed-port tile server and the demo town drawn in " << firstFrame << " ms");
  CHECK(firstFrame < 15000);

  REQUIRE(messages.size() == 1);
  const QString message = messages.at(0).at(0).toString();
  INFO(message.toStdString());
  CHECK(message.contains(QStringLiteral("Bakgrundskartan Stängd port")));
  CHECK(message.contains(QStringLiteral("kunde inte laddas")));
  CHECK(window.statusBar()->currentMessage() == message);

  // Drawn again (a pan): no second message, no dialog.
  window.mapCanvas()->refreshAllLayers();
  REQUIRE(refreshed.wait(30000));
  QTest::qWait(300);
  CHECK(messages.size() == 1);
  CHECK(QApplication::activeModalWidget() == nullptr);

  // Everything else is drawn: the streets of the demo town are on the canvas (and are not, once
  // the base map is switched off: the count is of the streets, not of other greys).
  const int streetPixels = casingPixels(window.mapCanvas()->grab().toImage());
  CHECK(streetPixels > 30);
  REQUIRE(window.baseMap()->controller()->group());
  window.baseMap()->controller()->group()->setItemVisibilityChecked(false);
  window.mapCanvas()->refreshAllLayers();
  REQUIRE(refreshed.wait(30000));
  CHECK(casingPixels(window.mapCanvas()->grab().toImage()) < streetPixels / 10);
  window.baseMap()->controller()->group()->setItemVisibilityChecked(true);
  // The status bar's base-map name keeps saying which source is missing after the message is gone.
  const MapStatusBar *status = window.baseMap()->statusWidget();
  INFO(status->baseMapText().toStdString());
  CHECK(status->baseMapText().contains(QStringLiteral("Demokarta")));
  CHECK(status->baseMapText().contains(QStringLiteral("Stängd port (ej laddad)")));
  const auto *label = status->findChild<QLabel *>(QStringLiteral("baseMapLabel"));
  REQUIRE(label);
  CHECK(label->toolTip().contains(message));
  CHECK(label->width() <= MapStatusBar::kBaseMapWidth + 10);
  // The window fits the screen (800 × 600 offscreen), so the status bar is seen.
  CHECK(window.frameGeometry().height() <= QGuiApplication::primaryScreen()->availableGeometry().height());
}

TEST_CASE("The status bar shows scale, SWEREF 99 TM and WGS 84 coordinates", "[basemap][ui]")
{
  QgsMapCanvas canvas;
  canvas.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));
  MapStatusBar bar(&canvas);
  const QString text = bar.describe(QgsPointXY(562915.0, 6587532.0));
  INFO(text.toStdString());
  CHECK(text.contains(QStringLiteral("SWEREF 99 TM")));
  CHECK(text.contains(QStringLiteral("WGS 84")));
  // Kungsör: about 59.42° N, 16.10° E.
  CHECK((text.contains(QStringLiteral("59,42")) || text.contains(QStringLiteral("59.42"))));
  CHECK((text.contains(QStringLiteral("16,09")) || text.contains(QStringLiteral("16.09")) || text.contains(QStringLiteral("16,10")) ||
         text.contains(QStringLiteral("16.10"))));
  bar.setBaseMapName(QStringLiteral("OpenStreetMap"));
  CHECK(bar.baseMapText().contains(QStringLiteral("OpenStreetMap")));
}

TEST_CASE("The base-map dialog adds, orders, hides and fades sources", "[basemap][ui]")
{
  qputenv("LAGESBILD_LANG", "sv");
  QgisRuntime::installTranslations();
  auto settings = BaseMapSettings::load(demoStore());
  REQUIRE(settings);
  REQUIRE(settings->sources.size() == 1);
  BaseMapDialog dialog(*settings);
  // In Swedish, Qt's own buttons too.
  auto *box = dialog.findChild<QDialogButtonBox *>();
  REQUIRE(box);
  CHECK(box->button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Avbryt"));
  auto *list = dialog.findChild<QListWidget *>(QStringLiteral("baseMapList"));
  auto *opacity = dialog.findChild<QSlider *>(QStringLiteral("opacitySlider"));
  auto *addOsm = dialog.findChild<QPushButton *>(QStringLiteral("addOsm"));
  auto *down = dialog.findChild<QPushButton *>(QStringLiteral("moveDown"));
  REQUIRE((list && opacity && addOsm && down));

  // Added at the top: drawn over the demo town.
  QTest::mouseClick(addOsm, Qt::LeftButton);
  REQUIRE(dialog.settings().sources.size() == 2);
  CHECK(dialog.settings().sources[0].name == BaseMapSource::openStreetMap().name);
  CHECK(list->currentRow() == 0);
  // Moved under the demo town, switched off, the demo town at 40 %.
  QTest::mouseClick(down, Qt::LeftButton);
  CHECK(dialog.settings().sources[1].name == BaseMapSource::openStreetMap().name);
  list->item(1)->setCheckState(Qt::Unchecked);
  CHECK_FALSE(dialog.settings().sources[1].visible);
  list->setCurrentRow(0);
  opacity->setValue(40);
  CHECK(dialog.settings().sources[0].opacity == Approx(0.4));
  CHECK(dialog.settings().sources[1].opacity == Approx(1.0));
}
