// UI tests of the map's hot-spot modes and base maps, driving the real window offscreen: the
// Gi* grid and the hot-spot change between two periods are computed off the UI thread and
// equal core/hotspots's result for the same points; the analysis pane's button shows the
// change for its periods; the OpenStreetMap preset stays silent offline; and a window closed
// while its map is still drawing goes away cleanly.
#include "analysis/analysispane.h"
#include "analysis/comparisontab.h"
#include "demo/demofigures.h"
#include "demo/demostorewriter.h"
#include "desktop/filterpanel.h"
#include "desktop/mainwindow.h"
#include "hotspots/grid.h"
#include "hotspots/hotspotcomparison.h"
#include "map/hotspotcontroller.h"
#include "session/storesession.h"
#include "store/geopackage/geopackagestore.h"
#include "time/stockholmtime.h"

#include <catch2/catch.hpp>

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsnetworkaccessmanager.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <random>

using namespace lagesbild;

namespace
{
const DateRange kPeriodA(QDate(2020, 1, 1), QDate(2020, 12, 31));
const DateRange kPeriodB(QDate(2021, 1, 1), QDate(2021, 12, 31));
const PointXY kClusterA{562000.0, 6587000.0};    // busy in 2020 only
const PointXY kClusterB{564000.0, 6588500.0};    // busy in 2021 only
const PointXY kClusterBoth{563000.0, 6586000.0}; // busy in both years

Incident incidentAt(double x, double y, int year, int serial)
{
  Incident incident;
  incident.kind = IncidentKind::Crime;
  incident.category = QStringLiteral("brott_skadegorelse");
  incident.source = QStringLiteral("polisen");
  incident.x = x;
  incident.y = y;
  incident.occurredFrom = StockholmTime::instance().toUtc(QDate(year, 1 + serial % 12, 1 + serial % 28), QTime(22, serial % 60));
  incident.externalId = QStringLiteral("hs-%1-%2").arg(year).arg(serial);
  return incident;
}

//! Three clusters over a thin background in a 4 × 4 km square, two years.
QString writeClusterStore(const QTemporaryDir &dir)
{
  const QString path = dir.filePath(QStringLiteral("clusters.gpkg"));
  auto store = GeoPackageStore::create(path);
  REQUIRE(store.ok());
  std::vector<Incident> incidents;
  std::mt19937 random(20211212);
  std::uniform_real_distribution<double> near(-60.0, 60.0);
  std::uniform_real_distribution<double> anywhere(0.0, 4000.0);
  int serial = 0;
  for (int i = 0; i < 40; ++i)
  {
    incidents.push_back(incidentAt(kClusterA.x + near(random), kClusterA.y + near(random), 2020, serial++));
    incidents.push_back(incidentAt(kClusterB.x + near(random), kClusterB.y + near(random), 2021, serial++));
    incidents.push_back(incidentAt(kClusterBoth.x + near(random), kClusterBoth.y + near(random), 2020, serial++));
    incidents.push_back(incidentAt(kClusterBoth.x + near(random), kClusterBoth.y + near(random), 2021, serial++));
  }
  for (int i = 0; i < 120; ++i)
    incidents.push_back(incidentAt(561000.0 + anywhere(random), 6585000.0 + anywhere(random), 2020 + i % 2, serial++));
  IncidentStore::InsertOptions options;
  const auto inserted = (*store)->insertBatch(incidents, options);
  REQUIRE(inserted.ok());
  REQUIRE(inserted->inserted == static_cast<std::int64_t>(incidents.size()));
  return path;
}

QgsVectorLayer *layerNamed(MainWindow &window, const QString &part)
{
  for (QgsMapLayer *layer : window.project()->mapLayers())
    if (layer->name().contains(part))
      return qobject_cast<QgsVectorLayer *>(layer);
  return nullptr;
}

std::map<QString, long long> countBy(QgsVectorLayer *layer, const QString &field)
{
  std::map<QString, long long> counts;
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures();
  while (it.nextFeature(feature))
    ++counts[feature.attribute(field).toString()];
  return counts;
}

bool anyFeatureNear(QgsVectorLayer *layer, const QString &field, const QString &value, const PointXY &point, double distance)
{
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures();
  while (it.nextFeature(feature))
  {
    const QgsPointXY centre = feature.geometry().centroid().asPoint();
    if (feature.attribute(field).toString() == value && std::hypot(centre.x() - point.x, centre.y() - point.y) < distance)
      return true;
  }
  return false;
}

bool messageBoxShown()
{
  for (QWidget *widget : QApplication::topLevelWidgets())
    if (qobject_cast<QMessageBox *>(widget) && widget->isVisible())
      return true;
  return false;
}
} // namespace

TEST_CASE("The hot-spot change between two periods is drawn per cell with its trend classes", "[app][ui][hotspots]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeClusterStore(dir);
  MainWindow window;
  REQUIRE(window.openStore(path));
  window.applyFilter();
  QSignalSpy updated(window.hotspots(), &HotspotController::updated);
  QSignalSpy failed(window.hotspots(), &HotspotController::failed);
  window.showHotspotChange(kPeriodA, kPeriodB);
  CHECK(window.hotspots()->isBusy()); // computed on a task thread, the window is not held up
  REQUIRE(updated.wait(60000));
  CHECK(failed.isEmpty());
  CHECK(window.hotspots()->mode() == HotspotController::Mode::Change);

  QgsVectorLayer *trend = layerNamed(window, QStringLiteral("Gi*, A → B"));
  QgsVectorLayer *change = layerNamed(window, QStringLiteral("B − A"));
  REQUIRE(trend);
  REQUIRE(change);
  // Both sit in a group named after the periods, above everything but the incidents.
  QgsLayerTreeGroup *group =
    window.project()->layerTreeRoot()->findGroup(QStringLiteral("Hot-spot change %1 → %2").arg(kPeriodA.toString(), kPeriodB.toString()));
  REQUIRE(group);
  CHECK(group->findLayer(trend));
  CHECK(group->findLayer(change));

  // The legend names every trend class; the change has classes on both sides of zero.
  auto *categories = dynamic_cast<QgsCategorizedSymbolRenderer *>(trend->renderer());
  REQUIRE(categories);
  QStringList values;
  for (const QgsRendererCategory &category : categories->categories())
    values << category.value().toString();
  CHECK(values == QStringList{QStringLiteral("new"), QStringLiteral("intensifying"), QStringLiteral("persistent"),
                              QStringLiteral("diminishing"), QStringLiteral("disappearing")});
  auto *ranges = dynamic_cast<QgsGraduatedSymbolRenderer *>(change->renderer());
  REQUIRE(ranges);
  REQUIRE(ranges->ranges().size() == 6);
  CHECK(ranges->ranges().front().upperValue() < 0.0);
  CHECK(ranges->ranges().back().lowerValue() > 0.0);

  // Where: the 2021 cluster is new, the 2020 cluster disappeared, the cluster of both years is
  // not new and not gone.
  CHECK(anyFeatureNear(trend, QStringLiteral("trend"), QStringLiteral("new"), kClusterB, 150.0));
  CHECK(anyFeatureNear(trend, QStringLiteral("trend"), QStringLiteral("disappearing"), kClusterA, 150.0));
  CHECK_FALSE(anyFeatureNear(trend, QStringLiteral("trend"), QStringLiteral("new"), kClusterBoth, 150.0));
  CHECK_FALSE(anyFeatureNear(trend, QStringLiteral("trend"), QStringLiteral("disappearing"), kClusterBoth, 150.0));

  // How many: exactly core/hotspots's comparison of the same points on the same grid.
  auto store = GeoPackageStore::open(path);
  REQUIRE(store.ok());
  IncidentFilter filterA = IncidentFilter::all();
  filterA.period = kPeriodA;
  filterA.includeMunicipalityPrecision = false;
  IncidentFilter filterB = filterA;
  filterB.period = kPeriodB;
  const auto pointsA = (*store)->points(filterA);
  const auto pointsB = (*store)->points(filterB);
  REQUIRE(pointsA.ok());
  REQUIRE(pointsB.ok());
  std::vector<PointXY> all = *pointsB;
  all.insert(all.end(), pointsA->begin(), pointsA->end());
  const HotspotMapOptions options;
  const auto grid = Grid::aroundPoints(all, options.cellSize, options.distance);
  REQUIRE(grid.ok());
  const auto expected = compareHotspots(*grid, *pointsA, *pointsB, options.distance);
  REQUIRE(expected.ok());
  std::map<QString, long long> expectedTrends;
  long long expectedChanged = 0;
  for (std::size_t k = 0; k < expected->trends.size(); ++k)
  {
    if (expected->trends[k] != HotspotTrend::None)
      ++expectedTrends[hotspotTrendName(expected->trends[k])];
    if (expected->countsB[k] != expected->countsA[k])
      ++expectedChanged;
  }
  CHECK(countBy(trend, QStringLiteral("trend")) == expectedTrends);
  long long changedCells = 0;
  for (const auto &[value, count] : countBy(change, QStringLiteral("change")))
    changedCells += count;
  CHECK(changedCells == expectedChanged);

  SECTION("a filter change recomputes the same two periods")
  {
    IncidentFilter reports = IncidentFilter::all();
    reports.kind = IncidentKind::Report; // none in this store
    window.filterPanel()->setFilter(reports);
    window.applyFilter();
    REQUIRE(failed.wait(60000));
    CHECK(window.hotspots()->periodA() == kPeriodA);
    CHECK(window.hotspots()->periodB() == kPeriodB);
    CHECK_FALSE(layerNamed(window, QStringLiteral("Gi*, A → B")));
  }

  SECTION("switching hot spots off removes the layers and their group")
  {
    window.setHotspotsVisible(false);
    CHECK_FALSE(layerNamed(window, QStringLiteral("Gi*, A → B")));
    CHECK_FALSE(layerNamed(window, QStringLiteral("B − A")));
    CHECK(window.project()->layerTreeRoot()->findGroups().isEmpty());
    CHECK(window.hotspots()->mode() == HotspotController::Mode::Off);
  }
}

TEST_CASE("The analysis pane's button shows the hot-spot change for its periods A and B", "[app][ui][hotspots][analysispane]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
  REQUIRE(demo::DemoStoreWriter::write(path, demo::DemoOptions{}).ok());
  MainWindow window;
  auto *dock = new QDockWidget(QStringLiteral("Analysis"), &window);
  auto *pane = new AnalysisPane(window.session(), window.filterPanel(), dock);
  dock->setWidget(pane);
  window.addDockWidget(Qt::RightDockWidgetArea, dock);
  // As app/desktop/main.cpp wires it.
  QObject::connect(pane->comparisonTab(), &ComparisonTab::hotspotChangeRequested, &window, &MainWindow::showHotspotChange);
  window.resize(1200, 800);
  window.show();
  REQUIRE(window.openStore(path));
  IncidentFilter crimes;
  crimes.kind = IncidentKind::Crime;
  crimes.period = demo::DemoFigures::crimePeriod2021();
  window.filterPanel()->setFilter(crimes);
  window.applyFilter();
  pane->refresh();
  REQUIRE(pane->comparisonTab()->periodA() == demo::DemoFigures::crimePeriod2020());

  auto *button = pane->comparisonTab()->findChild<QPushButton *>(QStringLiteral("hotspotChangeButton"));
  REQUIRE(button);
  QSignalSpy updated(window.hotspots(), &HotspotController::updated);
  QTest::mouseClick(button, Qt::LeftButton);
  REQUIRE(updated.wait(60000));
  CHECK(window.hotspots()->periodA() == demo::DemoFigures::crimePeriod2020());
  CHECK(window.hotspots()->periodB() == demo::DemoFigures::crimePeriod2021());
  QgsVectorLayer *trend = layerNamed(window, QStringLiteral("Gi*, A → B"));
  REQUIRE(trend);
  // The demo's crimes fell after mid-2020, so some 2020 hot spots are gone or weaker in 2021.
  const auto trends = countBy(trend, QStringLiteral("trend"));
  CHECK(trends.count(QStringLiteral("disappearing")) + trends.count(QStringLiteral("diminishing")) > 0);
}

TEST_CASE("The Gi* hot-spot grid is computed off the UI thread and replaced on a filter change", "[app][ui][hotspots]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeClusterStore(dir);
  MainWindow window;
  REQUIRE(window.openStore(path));
  window.applyFilter();
  QSignalSpy updated(window.hotspots(), &HotspotController::updated);
  window.setHotspotsVisible(true);
  CHECK(window.hotspots()->isBusy());
  REQUIRE(updated.wait(60000));
  QgsVectorLayer *grid = layerNamed(window, QStringLiteral("Gi*"));
  REQUIRE(grid);
  const auto classes = countBy(grid, QStringLiteral("class"));
  CHECK(classes.count(QStringLiteral("ns")) == 0); // only significant cells are drawn
  CHECK(classes.count(QStringLiteral("hot99")) == 1);
  CHECK(anyFeatureNear(grid, QStringLiteral("class"), QStringLiteral("hot99"), kClusterBoth, 150.0));

  // Only 2020: the 2021 cluster is no hot spot any more.
  IncidentFilter only2020 = IncidentFilter::all();
  only2020.period = kPeriodA;
  window.filterPanel()->setFilter(only2020);
  window.applyFilter();
  REQUIRE(updated.wait(60000));
  QgsVectorLayer *again = layerNamed(window, QStringLiteral("Gi*"));
  REQUIRE(again);
  int gridLayers = 0;
  for (QgsMapLayer *layer : window.project()->mapLayers())
    gridLayers += layer->name().contains(QStringLiteral("Gi*"));
  CHECK(gridLayers == 1); // the new grid replaced the old one
  CHECK(anyFeatureNear(again, QStringLiteral("class"), QStringLiteral("hot99"), kClusterA, 150.0));
  CHECK_FALSE(anyFeatureNear(again, QStringLiteral("class"), QStringLiteral("hot99"), kClusterB, 150.0));
}

TEST_CASE("The OpenStreetMap preset shows nothing offline, says so once, without dialogs or hangs", "[app][ui][basemap]")
{
  // Offline for certain, whatever the machine: every request goes to a closed local port.
  QgsNetworkAccessManager::instance()->setFallbackProxyAndExcludes(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9),
                                                                   {}, {});
  QTemporaryDir dir;
  const QString path = writeClusterStore(dir);
  MainWindow window;
  window.resize(1000, 700);
  window.show();
  REQUIRE(window.openStore(path));
  window.applyFilter();
  const auto layersBefore = window.project()->mapLayers().size();
  const QString messageBefore = window.statusBar()->currentMessage();
  const QgsRectangle viewBefore = window.mapCanvas()->extent();
  window.addOpenStreetMap();
  REQUIRE(window.project()->mapLayers().size() == layersBefore + 1);
  QgsRasterLayer *osm = nullptr;
  for (QgsMapLayer *layer : window.project()->mapLayers())
    if (layer->name() == QStringLiteral("OpenStreetMap"))
      osm = qobject_cast<QgsRasterLayer *>(layer);
  REQUIRE(osm);
  CHECK(osm->isValid());
  // At the bottom of the layer tree, under the incidents.
  CHECK(window.project()->layerTreeRoot()->findLayers().constLast()->layer() == osm);

  // The whole map, tiles included, is drawn in well under the network timeout.
  QSignalSpy refreshed(window.mapCanvas(), &QgsMapCanvas::mapCanvasRefreshed);
  QElapsedTimer clock;
  clock.start();
  window.mapCanvas()->refreshAllLayers();
  REQUIRE(refreshed.wait(30000));
  const qint64 drawn = clock.elapsed();
  WARN("map with the offline tile layer drawn in " << drawn << " ms");
  CHECK(drawn < 20000);
  // The view stays on the incidents: a world-wide background does not zoom the map out.
  CHECK(window.mapCanvas()->extent() == viewBefore);
  CHECK_FALSE(messageBoxShown());
  // The status line says once that the base map could not be loaded (no dialog, no storm).
  CHECK(window.statusBar()->currentMessage() != messageBefore);
  CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("OpenStreetMap")));

  // The tile layer alone draws nothing: no error tiles, no placeholder.
  QgsMapSettings settings = window.mapCanvas()->mapSettings();
  settings.setLayers({osm});
  settings.setBackgroundColor(Qt::transparent);
  settings.setOutputSize(QSize(256, 256));
  QgsMapRendererParallelJob job(settings);
  job.start();
  job.waitForFinished();
  const QImage image = job.renderedImage();
  long long painted = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
      painted += qAlpha(image.pixel(x, y)) > 0;
  CHECK(painted == 0);
}

TEST_CASE("A window closed while its map is still drawing and hot spots are computing goes away cleanly", "[app][ui]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
  REQUIRE(demo::DemoStoreWriter::write(path, demo::DemoOptions{}).ok());
  for (int round = 0; round < 4; ++round)
  {
    auto window = std::make_unique<MainWindow>();
    window->resize(1000, 700);
    window->show();
    REQUIRE(window->openStore(path));
    window->applyFilter();
    window->setHeatmapVisible(true);
    window->setHotspotsVisible(true);
    window->mapCanvas()->refreshAllLayers();
    QTest::qWait(round * 40); // closed at different moments of the parallel render
    window.reset();
  }
  // Whatever the tasks and renders still deliver lands nowhere.
  QTest::qWait(1500);
  SUCCEED("no crash");
}
