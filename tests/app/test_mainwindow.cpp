// UI tests of the coordinator's window, driving the real widgets offscreen on a small store
// written here: the filter drives the map layer and the count, a report added through the
// form lands in the store (masked), and the heat map appears as a raster layer.
#include "desktop/filterpanel.h"
#include "desktop/importrunner.h"
#include "desktop/incidentform.h"
#include "desktop/mainwindow.h"
#include "desktop/placesearchbox.h"
#include "desktop/printdialog.h"
#include "desktop/timeslider.h"
#include "map/heatmapcontroller.h"
#include "map/hotspotcontroller.h"
#include "map/pointreductioncontroller.h"
#include "map/pointreductionrenderer.h"
#include "session/storesession.h"
#include "store/geopackage/geopackagestore.h"
#include "storev2fixture.h"
#include "time/stockholmtime.h"

#include <catch2/catch.hpp>

#include <qgsapplication.h>
#include <qgsattributetableview.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfieldformatter.h>
#include <qgsfieldformatterregistry.h>
#include <qgsmapcanvas.h>
#include <qgsmaptool.h>
#include <qgsmaptopixel.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

using namespace lagesbild;

namespace
{
std::int64_t localTime(int y, int m, int d, int h, int min = 0)
{
  return StockholmTime::instance().toUtc(QDate(y, m, d), QTime(h, min));
}

//! 30 crimes (skadegörelse, evenings) and 20 reports (klotter, daytime) in Kungsör, 2021.
QString writeStore(const QTemporaryDir &dir)
{
  const QString path = dir.filePath(QStringLiteral("ui.gpkg"));
  auto store = GeoPackageStore::create(path);
  REQUIRE(store.ok());
  std::vector<Incident> incidents;
  for (int i = 0; i < 50; ++i)
  {
    Incident incident;
    const bool crime = i < 30;
    incident.kind = crime ? IncidentKind::Crime : IncidentKind::Report;
    incident.category = crime ? QStringLiteral("brott_skadegorelse") : QStringLiteral("klotter");
    incident.source = crime ? QStringLiteral("polisen") : QStringLiteral("bostadsbolaget");
    incident.x = 562900.0 + (i % 10) * 40.0;
    incident.y = 6587500.0 + (i / 10) * 40.0;
    incident.occurredFrom = localTime(2021, 3 + i % 6, 1 + i % 27, crime ? 21 : 11);
    incident.address = QStringLiteral("Drottninggatan %1").arg(1 + i % 5);
    incident.externalId = QStringLiteral("ui-%1").arg(i);
    incidents.push_back(incident);
  }
  IncidentStore::InsertOptions options;
  const auto inserted = (*store)->insertBatch(incidents, options);
  REQUIRE(inserted.ok());
  REQUIRE(inserted->inserted == 50);
  return path;
}

//! Features the layer draws now (iterated, not the provider's cached count).
long long drawnFeatures(QgsVectorLayer *layer)
{
  long long count = 0;
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures(QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest::NoGeometry));
  while (it.nextFeature(feature))
    ++count;
  return count;
}

void waitForFilter(MainWindow &window)
{
  // The panel debounces; apply at once so the test does not depend on timing.
  window.applyFilter();
}
} // namespace

TEST_CASE("A store of an older version is migrated before the map reads it", "[app][ui][store]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("version2.gpkg"));
  storetest::StoreV2Content content;
  REQUIRE(storetest::writeStoreV2(path, content));
  REQUIRE(!content.incidents.empty());
  MainWindow window;
  REQUIRE(window.openStore(path));
  REQUIRE(window.incidentLayer());
  waitForFilter(window);
  CHECK(window.matchCount() == static_cast<qint64>(content.incidents.size()));
  // The layer describes the store as it is now (version 3), not the columns it had before: it
  // was opened after the migration.
  CHECK(window.incidentLayer()->fields().indexOf(QStringLiteral("occurred_local")) < 0);
  CHECK(window.incidentLayer()->fields().indexOf(QStringLiteral("local_day")) < 0);
  CHECK(window.incidentLayer()->fields().indexOf(QStringLiteral("occurred_utc")) >= 0);
  const int categoryField = window.incidentLayer()->fields().indexOf(QStringLiteral("category"));
  REQUIRE(categoryField >= 0);
  long long read = 0;
  QgsFeature feature;
  QgsFeatureIterator it = window.incidentLayer()->getFeatures();
  while (it.nextFeature(feature))
  {
    CHECK(feature.attributeCount() == window.incidentLayer()->fields().count());
    CHECK(feature.attribute(categoryField).toLongLong() > 0);
    ++read;
  }
  CHECK(read == static_cast<long long>(content.incidents.size()));
}

TEST_CASE("The attribute table names categories and kinds instead of the store's ids", "[app][ui]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeStore(dir);
  MainWindow window;
  REQUIRE(window.openStore(path));
  QgsVectorLayer *layer = window.incidentLayer();
  REQUIRE(layer);
  const int categoryField = layer->fields().lookupField(QStringLiteral("category"));
  const int kindField = layer->fields().lookupField(QStringLiteral("kind"));
  REQUIRE(categoryField >= 0);
  REQUIRE(kindField >= 0);
  CHECK(layer->editorWidgetSetup(categoryField).type() == QStringLiteral("ValueMap"));
  // What the table shows is what the field formatter makes of the stored id.
  auto shown = [layer](int field, const QVariant &value)
  {
    const QgsEditorWidgetSetup setup = layer->editorWidgetSetup(field);
    QgsFieldFormatter *formatter = QgsApplication::fieldFormatterRegistry()->fieldFormatter(setup.type());
    return formatter->representValue(layer, field, setup.config(), QVariant(), value);
  };
  std::map<std::int64_t, Category> byId;
  for (const Category &category : window.session()->categories())
    byId[category.id] = category;
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures();
  int checked = 0;
  while (it.nextFeature(feature))
  {
    const Category &category = byId.at(feature.attribute(categoryField).toLongLong());
    const QString name = shown(categoryField, feature.attribute(categoryField));
    CHECK(name.startsWith(category.nameEn)); // the tests run in English
    CHECK_FALSE(name.startsWith(QString::number(category.id)));
    CHECK(shown(kindField, feature.attribute(kindField)) ==
          (category.kind == IncidentKind::Crime ? QStringLiteral("Reported crime") : QStringLiteral("Report")));
    ++checked;
  }
  CHECK(checked == 50);
  CHECK(layer->attributeDisplayName(categoryField) == QStringLiteral("Category"));
  // A filter change rebuilds the layer's fields; the names stay.
  window.applyFilter();
  CHECK(layer->editorWidgetSetup(categoryField).type() == QStringLiteral("ValueMap"));
}

TEST_CASE("The filter panel drives the incidents layer and the count", "[app][ui]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeStore(dir);
  MainWindow window;
  REQUIRE(window.openStore(path));
  REQUIRE(window.incidentLayer());
  waitForFilter(window);
  INFO("status: " << window.statusBar()->currentMessage().toStdString());
  INFO("subset: " << window.incidentLayer()->subsetString().toStdString());
  CHECK(window.matchCount() == 50);
  CHECK(drawnFeatures(window.incidentLayer()) == 50);

  auto *kind = window.filterPanel()->findChild<QComboBox *>(QStringLiteral("kind"));
  REQUIRE(kind);
  kind->setCurrentIndex(1); // reported crimes
  waitForFilter(window);
  CHECK(window.matchCount() == 30);
  INFO("subset after: " << window.incidentLayer()->subsetString().toStdString() << " / "
                        << window.statusBar()->currentMessage().toStdString());
  CHECK(drawnFeatures(window.incidentLayer()) == 30);
  auto *countLabel = window.filterPanel()->findChild<QLabel *>(QStringLiteral("matchCount"));
  REQUIRE(countLabel);
  CHECK(countLabel->text().contains(QStringLiteral("30")));

  SECTION("evening hours keep the crimes, daytime hours none")
  {
    IncidentFilter filter = window.filterPanel()->filter();
    filter.hours = *IncidentFilter::parseHours(QStringLiteral("18-02"));
    window.filterPanel()->setFilter(filter);
    waitForFilter(window);
    CHECK(drawnFeatures(window.incidentLayer()) == 30);
    filter.hours = *IncidentFilter::parseHours(QStringLiteral("8-12"));
    window.filterPanel()->setFilter(filter);
    waitForFilter(window);
    CHECK(drawnFeatures(window.incidentLayer()) == 0);
    CHECK(window.matchCount() == 0);
  }

  SECTION("the table lists the filtered incidents")
  {
    window.loadTable();
    REQUIRE(window.tableView()->model());
    CHECK(window.tableView()->model()->rowCount() == 30);
  }

  SECTION("the time slider narrows the map to one month")
  {
    IncidentFilter filter = window.filterPanel()->filter();
    filter.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 31));
    window.filterPanel()->setFilter(filter);
    waitForFilter(window);
    window.timeSlider()->setActive(true);
    const auto month = window.timeSlider()->currentWindow();
    REQUIRE(month.has_value());
    CHECK(month->from() == QDate(2021, 1, 1));
    CHECK(month->to() == QDate(2021, 1, 31));
    waitForFilter(window);
    CHECK(window.matchCount() == 0); // nothing in January
    window.timeSlider()->step(2);    // March
    waitForFilter(window);
    IncidentFilter march = window.filterPanel()->filter();
    march.period = DateRange(QDate(2021, 3, 1), QDate(2021, 3, 31));
    const auto expected = window.session()->store()->count(march);
    REQUIRE(expected.ok());
    CHECK(*expected > 0);
    CHECK(window.matchCount() == *expected);
    CHECK(drawnFeatures(window.incidentLayer()) == *expected);
  }
}

TEST_CASE("A report added through the form is saved, masked and shown", "[app][ui]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeStore(dir);
  MainWindow window;
  REQUIRE(window.openStore(path));
  waitForFilter(window);

  IncidentForm form(window.session()->categories(), window.session()->sources());
  Incident clicked;
  clicked.x = 563100.0;
  clicked.y = 6587700.0;
  clicked.occurredFrom = localTime(2021, 11, 20, 22, 15);
  form.setIncident(clicked);
  CHECK_FALSE(form.validationProblems().isEmpty()); // no category chosen yet

  auto *category = form.findChild<QComboBox *>(QStringLiteral("category"));
  REQUIRE(category);
  const int klotter = category->findData(QStringLiteral("klotter"));
  REQUIRE(klotter > 0);
  category->setCurrentIndex(klotter);
  // No reporter is preselected (a resident's call must not become a police report): choose one.
  auto *source = form.findChild<QComboBox *>(QStringLiteral("source"));
  REQUIRE(source);
  CHECK(source->currentData().toString().isEmpty());
  source->setCurrentIndex(source->findData(QStringLiteral("bostadsbolaget")));
  form.findChild<QLineEdit *>(QStringLiteral("address"))->setText(QStringLiteral("Källaren, Drottninggatan 12"));
  // 811218-9876 is a valid personnummer (Luhn): it must never reach the store.
  form.findChild<QPlainTextEdit *>(QStringLiteral("description"))
    ->setPlainText(QStringLiteral("Klotter i källaren, anmält av 811218-9876"));
  CHECK(form.validationProblems().isEmpty());

  const auto id = window.session()->addIncident(form.incident());
  REQUIRE(id.ok());
  const auto stored = window.session()->store()->incident(*id);
  REQUIRE(stored.ok());
  REQUIRE(stored->has_value());
  CHECK((*stored)->category == QStringLiteral("klotter"));
  CHECK((*stored)->address == QStringLiteral("Källaren, Drottninggatan 12"));
  CHECK_FALSE((*stored)->description.contains(QStringLiteral("811218-9876")));
  CHECK((*stored)->occurredFrom == localTime(2021, 11, 20, 22, 15));
  CHECK((*stored)->x == Approx(563100.0));

  waitForFilter(window);
  CHECK(window.matchCount() == 51);
  CHECK(drawnFeatures(window.incidentLayer()) == 51);

  const auto audit = window.session()->store()->auditLog();
  REQUIRE(audit.ok());
  CHECK_FALSE(audit->empty());

  SECTION("a report in the future is refused by the form")
  {
    Incident future = clicked;
    future.occurredFrom = QDateTime::currentSecsSinceEpoch() + 86400;
    form.setIncident(future);
    category->setCurrentIndex(klotter);
    CHECK(form.validationProblems().contains(QStringLiteral("future")));
  }
}

TEST_CASE("A store with more incidents than a view draws: positions read off the UI thread, crowded views as density",
          "[app][ui][reduction]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeStore(dir);
  MainWindow window;
  window.resize(1000, 700);
  window.pointReduction()->setPointBudget(10); // the 50 incidents of the store crowd the first view
  QSignalSpy drawn(&window, &MainWindow::mapDrawn);
  window.show();
  REQUIRE(window.openStore(path));
  waitForFilter(window);
  auto *renderer = PointReductionRenderer::of(window.incidentLayer());
  REQUIRE(renderer);
  QSignalSpy ready(window.pointReduction(), &PointReductionController::indexChecked);
  REQUIRE((ready.count() > 0 || ready.wait(20000)));
  REQUIRE(renderer->index());
  CHECK(renderer->index()->hasPositions());
  CHECK(static_cast<qint64>(renderer->index()->size()) == window.matchCount());
  CHECK(renderer->reduces(window.mapCanvas()->extent()));
  // The map counts as drawn only once the incidents are in it.
  REQUIRE((drawn.count() > 0 || drawn.wait(20000)));
  CHECK(drawn.count() == 1);

  SECTION("zoomed in to a street, the points are drawn again")
  {
    window.mapCanvas()->setExtent(QgsRectangle(562890.0, 6587490.0, 562930.0, 6587530.0));
    CHECK_FALSE(renderer->reduces(window.mapCanvas()->extent()));
  }

  SECTION("a filter that matches few incidents needs no index")
  {
    IncidentFilter filter = window.filterPanel()->filter();
    filter.kind = IncidentKind::Report;
    filter.period = DateRange(QDate(2021, 3, 1), QDate(2021, 3, 31));
    window.filterPanel()->setFilter(filter);
    waitForFilter(window);
    REQUIRE(window.matchCount() <= 10);
    CHECK_FALSE(renderer->index());
    CHECK_FALSE(renderer->reduces(window.mapCanvas()->extent()));
  }

  SECTION("the heat map draws from the same positions")
  {
    QSignalSpy updated(window.heatmap(), &HeatmapController::updated);
    window.heatmap()->setEnabled(true);
    REQUIRE(updated.wait(20000));
    window.heatmap()->setEnabled(false);
  }
}

TEST_CASE("The heat map is computed by our kernel density and shown as a raster layer", "[app][ui][heatmap]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeStore(dir);
  MainWindow window;
  window.resize(1000, 700);
  window.show();
  REQUIRE(window.openStore(path));
  waitForFilter(window);
  QSignalSpy updated(window.heatmap(), &HeatmapController::updated);
  window.heatmap()->setEnabled(true);
  REQUIRE(updated.wait(20000));
  QgsRasterLayer *heat = nullptr;
  for (QgsMapLayer *layer : window.project()->mapLayers())
    if (auto *raster = qobject_cast<QgsRasterLayer *>(layer))
      heat = raster;
  REQUIRE(heat);
  CHECK(heat->isValid());
  CHECK(heat->extent().intersects(window.incidentLayer()->extent()));
  window.heatmap()->setEnabled(false);
  bool anyRaster = false;
  for (QgsMapLayer *layer : window.project()->mapLayers())
    anyRaster = anyRaster || qobject_cast<QgsRasterLayer *>(layer);
  CHECK_FALSE(anyRaster);
}

TEST_CASE("An import from the app can be cancelled and leaves the store unchanged", "[app][ui][import]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeStore(dir);
  const QString csvPath = dir.filePath(QStringLiteral("rapporter.csv"));
  {
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    QTextStream out(&csv);
    out << "datum;kategori;källa;adress;lat;lon\n";
    for (int i = 0; i < 200000; ++i)
      // Every row is a different place (lat grows by 1e-6 per row), so none is a duplicate.
      out << QStringLiteral("2021-%1-%2 22:%3;Klotter;Bostadsbolaget;Drottninggatan %4;59,%5;16,10%6\n")
               .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
               .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
               .arg(i % 60, 2, 10, QLatin1Char('0'))
               .arg(1 + i % 40)
               .arg(400000 + i, 6, 10, QLatin1Char('0'))
               .arg((i * 7) % 1000, 3, 10, QLatin1Char('0'));
  }
  MainWindow window;
  REQUIRE(window.openStore(path));
  const auto before = window.session()->store()->count(IncidentFilter::all());
  REQUIRE(before.ok());

  importer::ImportOptions options;
  ImportRunner runner(window.session()->store()->location(), options);
  QSignalSpy finished(&runner, &ImportRunner::finished);
  runner.startImport(csvPath, QStringLiteral("test"));
  runner.cancel();
  REQUIRE(finished.wait(120000));
  CHECK_FALSE(runner.outcome().ok);
  CHECK(runner.outcome().cancelled);
  const auto after = window.session()->store()->count(IncidentFilter::all());
  REQUIRE(after.ok());
  CHECK(*after == *before);

  SECTION("the same import, not cancelled, adds every row once")
  {
    ImportRunner again(window.session()->store()->location(), options);
    QSignalSpy done(&again, &ImportRunner::finished);
    // The window keeps reading its store while the import writes (on its own connection): it
    // sees the store as it was, or all of the import, never a part and never an error.
    std::vector<std::int64_t> seen;
    bool readFailed = false;
    QTimer reader;
    QObject::connect(&reader, &QTimer::timeout, &reader,
                     [&]()
                     {
                       const auto count = window.session()->store()->count(IncidentFilter::all());
                       if (count)
                         seen.push_back(*count);
                       else
                         readFailed = true;
                     });
    reader.start(5);
    again.startImport(csvPath, QStringLiteral("test"));
    REQUIRE(done.wait(300000));
    reader.stop();
    CHECK_FALSE(readFailed);
    CHECK(seen.size() > 3);
    CHECK(std::all_of(seen.begin(), seen.end(), [&](std::int64_t n) { return n == *before || n == *before + 200000; }));
    INFO(again.outcome().message.toStdString());
    REQUIRE(again.outcome().ok);
    CHECK(again.outcome().summary.inserted == 200000);
    const auto imported = window.session()->store()->count(IncidentFilter::all());
    REQUIRE(imported.ok());
    CHECK(*imported == *before + 200000);
  }
}

TEST_CASE("The Gi* hot-spot grid of the filtered incidents is shown as a layer", "[app][ui][hotspots]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeStore(dir);
  MainWindow window;
  REQUIRE(window.openStore(path));
  waitForFilter(window);
  QSignalSpy computed(window.hotspots(), &HotspotController::updated);
  window.setHotspotsVisible(true);
  REQUIRE(computed.wait(60000));
  QgsVectorLayer *grid = nullptr;
  for (QgsMapLayer *layer : window.project()->mapLayers())
    if (layer != window.incidentLayer() && layer->name().contains(QStringLiteral("Gi*")))
      grid = qobject_cast<QgsVectorLayer *>(layer);
  REQUIRE(grid);
  // The 50 incidents sit in one 400 × 160 m block: that block is hot, nothing is cold.
  const long long hotCells = drawnFeatures(grid);
  CHECK(hotCells > 0);
  QgsFeature feature;
  QgsFeatureIterator it = grid->getFeatures();
  while (it.nextFeature(feature))
  {
    CHECK(feature.attribute(QStringLiteral("class")).toString().startsWith(QStringLiteral("hot")));
    CHECK(feature.geometry().boundingBox().intersects(window.incidentLayer()->extent()));
  }
  window.setHotspotsVisible(false);
  bool stillThere = false;
  for (QgsMapLayer *layer : window.project()->mapLayers())
    stillThere = stillThere || layer->name().contains(QStringLiteral("Gi*"));
  CHECK_FALSE(stillThere);
}

TEST_CASE("File → Print writes the filtered period as a PDF map sheet", "[app][ui][print]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeStore(dir);
  MainWindow window;
  REQUIRE(window.openStore(path));
  IncidentFilter filter = window.filterPanel()->filter();
  filter.kind = IncidentKind::Crime;
  PrintDialog dialog(path, filter, DateRange(QDate(2021, 1, 1), QDate(2021, 12, 31)));
  const QString pdf = dir.filePath(QStringLiteral("karta.pdf"));
  const QString error = dialog.exportTo(pdf);
  INFO(error.toStdString());
  REQUIRE(error.isEmpty());
  QFile file(pdf);
  REQUIRE(file.open(QIODevice::ReadOnly));
  CHECK(file.read(5) == QByteArray("%PDF-"));
  CHECK(file.size() > 10000);
}

TEST_CASE("The period preset 'same period last year' moves the shown days back a year", "[app][ui]")
{
  FilterPanel panel;
  IncidentFilter filter;
  filter.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 12));
  panel.setFilter(filter);
  auto *preset = panel.findChild<QComboBox *>(QStringLiteral("periodPreset"));
  REQUIRE(preset);
  const int index = preset->count() - 1;
  preset->setCurrentIndex(index);
  Q_EMIT preset->activated(index);
  const IncidentFilter shifted = panel.filter();
  REQUIRE(shifted.period.has_value());
  CHECK(shifted.period->from() == QDate(2020, 1, 1));
  CHECK(shifted.period->to() == QDate(2020, 12, 12));
}

TEST_CASE("The toolbar's address search zooms to a register address and marks it", "[app][ui][geocoding]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeStore(dir);
  {
    auto store = GeoPackageStore::open(path);
    REQUIRE(store.ok());
    std::vector<geocoding::AddressPoint> addresses;
    for (int number = 10; number <= 14; number += 2)
    {
      geocoding::AddressPoint address;
      address.street = QStringLiteral("Hagabergsvägen");
      address.number = number;
      address.postalTown = QStringLiteral("Kungsör");
      address.x = 563300.0 + number * 2.0;
      address.y = 6587970.0;
      addresses.push_back(address);
    }
    REQUIRE((*store)->replaceAddresses(addresses, QStringLiteral("test")).ok());
  }
  MainWindow window;
  REQUIRE(window.openStore(path));
  auto *search = window.findChild<PlaceSearchBox *>(QStringLiteral("placeSearch"));
  REQUIRE(search);
  QSignalSpy found(search, &PlaceSearchBox::placeFound);

  // Written as people write it: abbreviated, lower case.
  REQUIRE(search->search(QStringLiteral("hagabergsv. 12")));
  REQUIRE(found.size() == 1);
  CHECK(found.front().at(0).toDouble() == Approx(563324.0));
  CHECK(found.front().at(2).toString().startsWith(QStringLiteral("Hagabergsvägen 12")));
  const QgsPointXY centre = window.mapCanvas()->center();
  CHECK(centre.x() == Approx(563324.0).margin(1.0));
  CHECK(centre.y() == Approx(6587970.0).margin(1.0));
  CHECK(window.mapCanvas()->scale() == Approx(PlaceSearchBox::kZoomScale).epsilon(0.05));
  CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Hagabergsvägen 12")));

  // A misspelt street is not placed; the tooltip suggests the register's spelling.
  CHECK_FALSE(search->search(QStringLiteral("Hagbergsvägen 12")));
  CHECK(found.size() == 1);
  CHECK(search->toolTip().contains(QStringLiteral("Hagabergsvägen 12")));
}

TEST_CASE("Pick on map: the new-report form steps aside, a click on the map moves its point, Escape keeps it", "[app][ui][geocoding]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeStore(dir);
  MainWindow window;
  window.resize(1200, 800);
  window.show();
  REQUIRE(window.openStore(path));
  QgsMapCanvas *canvas = window.mapCanvas();
  canvas->setExtent(QgsRectangle(562000, 6586000, 564000, 6588000));
  QgsMapTool *toolBefore = canvas->mapTool();
  const QPoint pixel(canvas->width() / 3, canvas->height() / 3);

  // Each step runs from a timer inside the form's (or the pick's) wait, as a user's action would.
  int step = 0;
  bool hiddenWhilePicking = false;
  bool hiddenWhileEscaping = false;
  QgsPointXY expected;
  double xAfterClick = 0.0;
  double yAfterClick = 0.0;
  double xAfterEscape = 0.0;
  std::function<void()> act = [&]()
  {
    auto *form = qobject_cast<IncidentForm *>(QApplication::activeModalWidget());
    const auto spin = [](IncidentForm *f, const char *name) { return f->findChild<QDoubleSpinBox *>(QString::fromLatin1(name)); };
    switch (step++)
    {
    case 0: // the form is open: ask to pick
      REQUIRE(form);
      REQUIRE(form->findChild<QPushButton *>(QStringLiteral("pickOnMap"))->isVisible());
      form->findChild<QPushButton *>(QStringLiteral("pickOnMap"))->click();
      break;
    case 1: // picking: no form in the way; click the map
      hiddenWhilePicking = form == nullptr && !window.findChild<IncidentForm *>()->isVisible();
      expected = canvas->getCoordinateTransform()->toMapCoordinates(pixel);
      QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, pixel);
      break;
    case 2: // the form is back with the clicked point; pick again, then give up with Escape
      REQUIRE(form);
      xAfterClick = spin(form, "easting")->value();
      yAfterClick = spin(form, "northing")->value();
      form->findChild<QPushButton *>(QStringLiteral("pickOnMap"))->click();
      break;
    case 3:
      hiddenWhileEscaping = form == nullptr;
      QTest::keyClick(canvas, Qt::Key_Escape);
      break;
    default: // the form is back, its point unchanged; cancel it (nothing is saved)
      REQUIRE(form);
      xAfterEscape = spin(form, "easting")->value();
      form->reject();
      return;
    }
    QTimer::singleShot(50, act);
  };
  QTimer::singleShot(100, act);
  const std::int64_t before = *window.session()->store()->count(IncidentFilter::all());
  window.newReportAt(QgsPointXY(563000, 6587000));
  CHECK(step == 5);
  CHECK(hiddenWhilePicking);
  CHECK(hiddenWhileEscaping);
  CHECK(xAfterClick == Approx(expected.x()).margin(0.05));
  CHECK(yAfterClick == Approx(expected.y()).margin(0.05));
  CHECK(xAfterClick != Approx(563000.0).margin(1.0));
  CHECK(xAfterEscape == Approx(xAfterClick));
  CHECK(canvas->mapTool() == toolBefore);
  CHECK(*window.session()->store()->count(IncidentFilter::all()) == before);
}
