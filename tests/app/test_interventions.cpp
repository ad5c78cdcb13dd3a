// UI tests of the interventions dock, driven offscreen on the Kungsör demo store written here:
// the form saves what it shows through the store (and refuses wrong input with a message), the
// list shows the demo's interventions, the follow-up of the basement intervention shows the
// counts and verdict core/followup computes (treated area 28 → 3), the treated areas are drawn
// on the map and follow adds and deletes, and deleting asks first.
#include "demo/demointerventions.h"
#include "demo/demostorewriter.h"
#include "followup/interventionevaluation.h"
#include "interventions/followuppanel.h"
#include "interventions/interventionform.h"
#include "interventions/interventionspanel.h"
#include "interventions/polygonmaptool.h"
#include "map/storelayers.h"
#include "session/storesession.h"
#include "time/daterange.h"

#include <catch2/catch.hpp>

#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsmaptopixel.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace lagesbild;

namespace
{
//! The demo store is written once per run and copied for each test that changes it.
const QString &demoStorePath()
{
  static QTemporaryDir dir;
  static const QString path = [&]()
  {
    const QString file = dir.filePath(QStringLiteral("demo.gpkg"));
    const auto written = demo::DemoStoreWriter::write(file, demo::DemoOptions{});
    REQUIRE(written.ok());
    return file;
  }();
  return path;
}

struct Fixture
{
    QTemporaryDir dir;
    StoreSession session;

    Fixture()
    {
      qRegisterMetaType<std::int64_t>("std::int64_t");
      const QString path = dir.filePath(QStringLiteral("store.gpkg"));
      REQUIRE(QFile::copy(demoStorePath(), path));
      REQUIRE(session.open(path).ok());
    }

    std::vector<Intervention> stored() const
    {
      auto all = session.store()->interventions();
      REQUIRE(all.ok());
      return *all;
    }

    std::optional<Intervention> storedTitled(const QString &title) const
    {
      for (const Intervention &intervention : stored())
      {
        if (intervention.title == title)
          return intervention;
      }
      return std::nullopt;
    }
};

//! Answers the next modal message box with the given button.
void answerNextMessageBox(QMessageBox::StandardButton answer, bool *seen)
{
  QTimer::singleShot(0,
                     [answer, seen]()
                     {
                       auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                       if (!box)
                       {
                         answerNextMessageBox(answer, seen);
                         return;
                       }
                       *seen = true;
                       box->button(answer)->click();
                     });
}

int rowOfTitle(const QTableWidget &table, const QString &title)
{
  for (int row = 0; row < table.rowCount(); ++row)
  {
    if (table.item(row, 1)->text() == title)
      return row;
  }
  return -1;
}
} // namespace

TEST_CASE("The form saves a point-and-radius intervention through the store", "[interventions]")
{
  Fixture fixture;
  const std::size_t before = fixture.stored().size();
  InterventionForm form(&fixture.session, nullptr);
  form.typeBox()->setCurrentIndex(form.typeBox()->findData(QStringLiteral("lighting")));
  form.titleEdit()->setText(QStringLiteral("Belysning i gångtunneln"));
  form.setPlaceMode(InterventionForm::PlaceMode::PointRadius);
  form.xSpin()->setValue(532100.0);
  form.ySpin()->setValue(6591200.0);
  form.radiusSpin()->setValue(75.0);
  form.startEdit()->setDate(QDate(2021, 3, 1));
  form.hasEndBox()->setChecked(true);
  form.endEdit()->setDate(QDate(2021, 3, 31));
  form.actorsEdit()->setPlainText(QStringLiteral("Kommunen\n\n  Bostadsbolaget \n"));
  form.triggerEdit()->setText(QStringLiteral("12, 15 ;99"));
  form.noteEdit()->setPlainText(QStringLiteral("Nya armaturer."));
  QSignalSpy saved(&form, &InterventionForm::saved);
  form.accept();

  CHECK(form.errorText().isEmpty());
  CHECK(form.result() == QDialog::Accepted);
  REQUIRE(saved.count() == 1);
  REQUIRE(fixture.stored().size() == before + 1);
  const auto stored = fixture.storedTitled(QStringLiteral("Belysning i gångtunneln"));
  REQUIRE(stored);
  CHECK(stored->id == saved.at(0).at(0).value<std::int64_t>());
  CHECK(stored->type == QLatin1String("lighting"));
  REQUIRE(stored->centre);
  CHECK(stored->centre->x == Approx(532100.0));
  CHECK(stored->centre->y == Approx(6591200.0));
  CHECK(stored->radius == Approx(75.0));
  CHECK(stored->areaCode.isEmpty());
  CHECK(stored->startUtc == DateRange(QDate(2021, 3, 1), QDate(2021, 3, 1)).startUtc());
  REQUIRE(stored->endUtc);
  CHECK(*stored->endUtc == DateRange(QDate(2021, 3, 31), QDate(2021, 3, 31)).endUtcExclusive() - 1);
  CHECK(stored->actors == QStringList({QStringLiteral("Kommunen"), QStringLiteral("Bostadsbolaget")}));
  CHECK(stored->triggerIncidents == std::vector<std::int64_t>({12, 15, 99}));
  CHECK(stored->note == QLatin1String("Nya armaturer."));
  CHECK_FALSE(stored->closed);

  // Editing it through the form updates the same row.
  InterventionForm edit(&fixture.session, nullptr);
  edit.setIntervention(*stored);
  CHECK(edit.radiusSpin()->value() == Approx(75.0));
  CHECK(edit.endEdit()->date() == QDate(2021, 3, 31));
  edit.titleEdit()->setText(QStringLiteral("Belysning i gångtunneln, etapp 2"));
  edit.accept();
  CHECK(edit.result() == QDialog::Accepted);
  CHECK(fixture.stored().size() == before + 1);
  CHECK(fixture.storedTitled(QStringLiteral("Belysning i gångtunneln, etapp 2")));
}

TEST_CASE("The form saves a named area and a drawn polygon", "[interventions]")
{
  Fixture fixture;
  InterventionForm area(&fixture.session, nullptr);
  area.titleEdit()->setText(QStringLiteral("Dialog i hamnen"));
  area.typeBox()->setCurrentIndex(area.typeBox()->findData(QStringLiteral("dialogue")));
  area.setPlaceMode(InterventionForm::PlaceMode::Area);
  area.areaBox()->setCurrentIndex(area.areaBox()->findData(QStringLiteral("hamnen")));
  REQUIRE(area.areaBox()->currentIndex() >= 0);
  area.startEdit()->setDate(QDate(2021, 6, 1));
  area.accept();
  CHECK(area.errorText().isEmpty());
  const auto storedArea = fixture.storedTitled(QStringLiteral("Dialog i hamnen"));
  REQUIRE(storedArea);
  CHECK(storedArea->areaCode == QLatin1String("hamnen"));
  CHECK_FALSE(storedArea->endUtc);

  InterventionForm polygon(&fixture.session, nullptr);
  polygon.titleEdit()->setText(QStringLiteral("Kamera vid torget"));
  polygon.setPlaceMode(InterventionForm::PlaceMode::Polygon);
  const Ring ring = {{531000, 6591000}, {531200, 6591000}, {531200, 6591150}, {531000, 6591150}};
  polygon.setPolygon({ring});
  polygon.startEdit()->setDate(QDate(2021, 6, 1));
  polygon.accept();
  CHECK(polygon.errorText().isEmpty());
  CHECK(polygon.result() == QDialog::Accepted);
  const auto storedPolygon = fixture.storedTitled(QStringLiteral("Kamera vid torget"));
  REQUIRE(storedPolygon);
  // The drawn polygon round-trips through the store once the store keeps boundaries.
  REQUIRE(storedPolygon->boundary.size() == 1);
  REQUIRE(storedPolygon->boundary.front().size() >= 4);
  CHECK(storedPolygon->boundary.front().at(1).x == Approx(531200.0));
  CHECK(storedPolygon->boundary.front().at(2).y == Approx(6591150.0));
}

TEST_CASE("The form refuses wrong input with a clear message and saves nothing", "[interventions]")
{
  Fixture fixture;
  const std::size_t before = fixture.stored().size();
  InterventionForm form(&fixture.session, nullptr);
  form.show();

  form.accept();
  CHECK(form.errorText().contains(QStringLiteral("title")));

  form.titleEdit()->setText(QStringLiteral("Väktare"));
  form.accept();
  CHECK(form.errorText().contains(QStringLiteral("No place")));

  form.xSpin()->setValue(532000.0);
  form.ySpin()->setValue(6591000.0);
  form.radiusSpin()->setValue(0.0);
  form.accept();
  CHECK(form.errorText().contains(QStringLiteral("radius")));

  form.radiusSpin()->setValue(100.0);
  form.startEdit()->setDate(QDate(2021, 5, 10));
  form.hasEndBox()->setChecked(true);
  form.endEdit()->setDate(QDate(2021, 5, 9));
  form.accept();
  CHECK(form.errorText().contains(QStringLiteral("2021-05-09 is before the start date 2021-05-10")));

  form.endEdit()->setDate(QDate(2021, 5, 10));
  form.triggerEdit()->setText(QStringLiteral("12, abc"));
  form.accept();
  CHECK(form.errorText().contains(QStringLiteral("incident ids")));

  form.setPlaceMode(InterventionForm::PlaceMode::Polygon);
  form.triggerEdit()->clear();
  form.accept();
  CHECK(form.errorText().contains(QStringLiteral("draw the polygon")));

  CHECK(form.result() != QDialog::Accepted);
  CHECK(fixture.stored().size() == before);
}

TEST_CASE("The list shows the demo's interventions", "[interventions]")
{
  Fixture fixture;
  InterventionsPanel panel(&fixture.session, nullptr, nullptr);
  const auto stored = fixture.stored();
  REQUIRE(stored.size() == 5);
  REQUIRE(panel.table()->rowCount() == 5);
  for (const Intervention &intervention : stored)
    CHECK(rowOfTitle(*panel.table(), intervention.title) >= 0);
  const int basement = rowOfTitle(*panel.table(), QStringLiteral("Fokus på källaren, Hagabergsvägen 12"));
  REQUIRE(basement >= 0);
  CHECK(panel.table()->item(basement, 0)->text() == QLatin1String("Police presence"));
  CHECK(panel.table()->item(basement, 2)->text() == QStringLiteral("2020-10-05 – 2020-11-01"));
  // It ended in 2020: over, whether or not somebody closed it ("Avslutad", not "Aktiv").
  CHECK(panel.table()->item(basement, 3)->text() == QLatin1String("Closed"));
}

TEST_CASE("The follow-up of the basement intervention equals core/followup's", "[interventions]")
{
  Fixture fixture;
  InterventionsPanel panel(&fixture.session, nullptr, nullptr);
  panel.resize(700, 900);
  panel.show();
  const auto basement = fixture.storedTitled(QStringLiteral("Fokus på källaren, Hagabergsvägen 12"));
  REQUIRE(basement);
  REQUIRE(panel.selectIntervention(basement->id));
  const FollowUpPanel &followUp = *panel.followUp();
  REQUIRE(followUp.evaluation());

  // Independently: core/followup with the documented defaults (28 days either side from the
  // start, 200 m buffer, the municipality as control).
  EvaluationOptions options;
  options.beforeDays = 28;
  options.afterDays = 28;
  options.afterStart = AfterPeriodStart::InterventionStart;
  options.bufferWidth = 200.0;
  options.today = followUp.options().today;
  const auto expected = InterventionEvaluation::evaluate(*fixture.session.store(), *basement, fixture.session.areas(), options);
  REQUIRE(expected.ok());

  // The CLI's figures for the demo: 28 → 3 in the treated area, partial displacement.
  CHECK(expected->treated().counts.before == 28);
  CHECK(expected->treated().counts.after == 3);
  CHECK(expected->verdict() == FollowUpVerdict::PartialDisplacement);

  const QTableWidget &counts = *followUp.countsTable();
  const ZoneSummary *zones[] = {&expected->treated(), &expected->buffer(), &expected->control()};
  for (int row = 0; row < 3; ++row)
  {
    INFO("zone row " << row);
    CHECK(counts.item(row, 0)->text() == QLocale().toString(static_cast<qlonglong>(zones[row]->counts.before)));
    CHECK(counts.item(row, 1)->text() == QLocale().toString(static_cast<qlonglong>(zones[row]->counts.after)));
  }
  CHECK(counts.item(0, 0)->text() == QLatin1String("28"));
  CHECK(counts.item(0, 1)->text() == QLatin1String("3"));
  CHECK(counts.item(0, 2)->text() == QStringLiteral("−25"));
  CHECK(followUp.verdictLabel()->text() == verdictTitle(expected->verdict()));
  CHECK(followUp.explanationLabel()->text().startsWith(expected->explanation()));
  CHECK(followUp.measuresLabel()->text().contains(QLocale().toString(*expected->displacement().quotient(), 'f', 2)));
  CHECK(followUp.evaluation()->displacement().quotient() == expected->displacement().quotient());
  // The timeline: treated area and buffer per week, plus the shaded intervention period.
  CHECK(followUp.chartView()->chart()->series().size() == 3);

  SECTION("a wider buffer is evaluated again")
  {
    panel.followUp()->bufferSpin()->setValue(400.0);
    REQUIRE(followUp.evaluation());
    CHECK(followUp.evaluation()->options().bufferWidth == Approx(400.0));
    CHECK(followUp.evaluation()->buffer().counts.before >= expected->buffer().counts.before);
  }

  SECTION("too few incidents say so")
  {
    panel.followUp()->daysSpin()->setValue(1);
    REQUIRE(followUp.evaluation());
    CHECK(followUp.evaluation()->verdict() == FollowUpVerdict::TooFewIncidents);
    CHECK(followUp.verdictLabel()->text() == verdictTitle(FollowUpVerdict::TooFewIncidents));
    INFO(followUp.measuresLabel()->text().toStdString());
    INFO(followUp.explanationLabel()->text().toStdString());
    CHECK(followUp.explanationLabel()->text() == followUp.evaluation()->explanation());
    CHECK(followUp.measuresLabel()->text().contains(QStringLiteral("cannot be computed")) ==
          !followUp.evaluation()->displacement().quotient());
  }

  SECTION("where nothing happened the quotient cannot be computed")
  {
    InterventionForm *form = panel.newIntervention();
    REQUIRE(form);
    form->titleEdit()->setText(QStringLiteral("Ingenting här"));
    form->xSpin()->setValue(600000.0);
    form->ySpin()->setValue(6800000.0);
    form->startEdit()->setDate(QDate(2021, 4, 1));
    form->accept();
    const auto empty = fixture.storedTitled(QStringLiteral("Ingenting här"));
    REQUIRE(empty);
    CHECK(panel.selectedId() == empty->id);
    REQUIRE(followUp.evaluation());
    CHECK(followUp.evaluation()->treated().counts.before == 0);
    CHECK_FALSE(followUp.evaluation()->displacement().quotient());
    CHECK(followUp.verdictLabel()->text() == verdictTitle(FollowUpVerdict::TooFewIncidents));
    CHECK(followUp.measuresLabel()->text().contains(QStringLiteral("WDQ cannot be computed")));
  }

  SECTION("Add to report emits the intervention's id")
  {
    QSignalSpy spy(&panel, &InterventionsPanel::addToReportRequested);
    followUp.addToReportButton()->click();
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<std::int64_t>() == basement->id);
  }
}

TEST_CASE("Treated areas are drawn and follow new, closed and deleted interventions", "[interventions]")
{
  Fixture fixture;
  QgsProject project;
  QgsMapCanvas canvas;
  InterventionsPanel panel(&fixture.session, &canvas, &project);
  QgsVectorLayer *layer = panel.treatedAreasLayer();
  REQUIRE(layer);
  CHECK(project.mapLayer(layer->id()) == layer);
  // Two circles and three named areas.
  CHECK(layer->featureCount() == 5);
  const auto basement = fixture.storedTitled(QStringLiteral("Fokus på källaren, Hagabergsvägen 12"));
  REQUIRE(basement);
  REQUIRE(panel.selectIntervention(basement->id));
  REQUIRE(layer->selectedFeatureCount() == 1);
  // The 100 m circle: area close to π·100².
  CHECK(layer->selectedFeatures().constFirst().geometry().area() == Approx(M_PI * 100.0 * 100.0).epsilon(0.02));

  InterventionForm *form = panel.newIntervention();
  REQUIRE(form);
  form->titleEdit()->setText(QStringLiteral("Städning vid skolan"));
  form->xSpin()->setValue(532000.0);
  form->ySpin()->setValue(6591000.0);
  form->radiusSpin()->setValue(50.0);
  form->startEdit()->setDate(QDate(2021, 4, 1));
  form->accept();
  CHECK(panel.table()->rowCount() == 6);
  CHECK(layer->featureCount() == 6);
  const auto added = fixture.storedTitled(QStringLiteral("Städning vid skolan"));
  REQUIRE(added);
  CHECK(panel.selectedId() == added->id);

  panel.closeSelected();
  const auto closed = fixture.storedTitled(QStringLiteral("Städning vid skolan"));
  REQUIRE(closed);
  CHECK(closed->closed);
  CHECK(closed->endUtc);
  CHECK(panel.table()->item(rowOfTitle(*panel.table(), closed->title), 3)->text() == QLatin1String("Closed"));

  SECTION("deleting asks first; Cancel keeps it")
  {
    bool asked = false;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    panel.deleteSelected();
    CHECK(asked);
    CHECK(fixture.storedTitled(QStringLiteral("Städning vid skolan")));
    CHECK(layer->featureCount() == 6);
  }
  SECTION("deleting asks first; Yes removes it from store, list and map")
  {
    bool asked = false;
    answerNextMessageBox(QMessageBox::Yes, &asked);
    panel.deleteSelected();
    CHECK(asked);
    CHECK_FALSE(fixture.storedTitled(QStringLiteral("Städning vid skolan")));
    CHECK(panel.table()->rowCount() == 5);
    CHECK(layer->featureCount() == 5);
    CHECK(panel.selectedId() == 0);
  }
}

TEST_CASE("The store's interventions layer draws the treated areas and is reloaded after changes", "[interventions]")
{
  Fixture fixture;
  QgsProject project;
  QgsMapCanvas canvas;
  StoreLayers layers = StoreLayers::load(fixture.session.path());
  REQUIRE_FALSE(layers.layers.isEmpty());
  for (QgsMapLayer *layer : layers.layers)
  {
    project.addMapLayer(layer, false);
    project.layerTreeRoot()->addLayer(layer);
  }
  InterventionsPanel panel(&fixture.session, &canvas, &project);
  QgsVectorLayer *layer = panel.treatedAreasLayer();
  REQUIRE(layer);
  // The store keeps the treated areas as polygons (schema 3): no extra memory layer.
  CHECK(layer->providerType() == QLatin1String("ogr"));
  CHECK(layer->geometryType() == QgsWkbTypes::PolygonGeometry);
  CHECK(project.mapLayersByName(QStringLiteral("Treated areas")).isEmpty());
  CHECK(layer->featureCount() == 5);
  // Drawn above the named areas (the treated areas lie inside them).
  const QList<QgsLayerTreeLayer *> order = project.layerTreeRoot()->findLayers();
  const auto position = [&order](const QString &name)
  {
    return std::find_if(order.cbegin(), order.cend(), [&name](const QgsLayerTreeLayer *node) { return node->name() == name; }) -
           order.cbegin();
  };
  REQUIRE(position(QStringLiteral("Areas")) < order.size());
  CHECK(position(layer->name()) < position(QStringLiteral("Areas")));
  const auto basement = fixture.storedTitled(QStringLiteral("Fokus på källaren, Hagabergsvägen 12"));
  REQUIRE(basement);
  REQUIRE(panel.selectIntervention(basement->id));
  REQUIRE(layer->selectedFeatureCount() == 1);
  CHECK(layer->selectedFeatures().constFirst().geometry().area() == Approx(M_PI * 100.0 * 100.0).epsilon(0.02));

  InterventionForm *form = panel.newIntervention();
  REQUIRE(form);
  form->titleEdit()->setText(QStringLiteral("Kamera vid stationen"));
  form->setPlaceMode(InterventionForm::PlaceMode::Polygon);
  form->setPolygon({{{531000, 6591000}, {531200, 6591000}, {531200, 6591150}}});
  form->startEdit()->setDate(QDate(2021, 4, 1));
  form->accept();
  CHECK(layer->featureCount() == 6);
  REQUIRE(layer->selectedFeatureCount() == 1);
  CHECK(layer->selectedFeatures().constFirst().geometry().area() == Approx(200.0 * 150.0 / 2.0));

  bool asked = false;
  answerNextMessageBox(QMessageBox::Yes, &asked);
  panel.deleteSelected();
  CHECK(asked);
  CHECK(layer->featureCount() == 5);
}

TEST_CASE("The polygon tool collects vertices and finishes with three or more", "[interventions]")
{
  qRegisterMetaType<QVector<QgsPointXY>>("QVector<QgsPointXY>");
  QgsMapCanvas canvas;
  PolygonMapTool tool(&canvas);
  QSignalSpy finished(&tool, &PolygonMapTool::finished);
  tool.addVertex(QgsPointXY(0, 0));
  tool.addVertex(QgsPointXY(10, 0));
  tool.addVertex(QgsPointXY(10, 0)); // a double click's second release
  tool.finish();
  CHECK(finished.isEmpty());
  tool.addVertex(QgsPointXY(10, 10));
  tool.finish();
  REQUIRE(finished.count() == 1);
  const auto vertices = finished.at(0).at(0).value<QVector<QgsPointXY>>();
  REQUIRE(vertices.size() == 3);
  CHECK(vertices.at(2) == QgsPointXY(10, 10));
  CHECK(tool.vertices().isEmpty());
}

TEST_CASE("Drawing on the map gives the form its polygon and picking gives its point", "[interventions]")
{
  Fixture fixture;
  QgsMapCanvas canvas;
  canvas.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));
  canvas.resize(400, 400);
  canvas.show();
  canvas.setExtent(QgsRectangle(531000, 6591000, 531400, 6591400));
  QgsMapTool *panTool = nullptr;
  InterventionForm form(&fixture.session, &canvas);
  form.show();
  auto buttonLabelled = [&form](const QString &text)
  {
    const auto buttons = form.findChildren<QPushButton *>();
    const auto found =
      std::find_if(buttons.cbegin(), buttons.cend(), [&text](const QPushButton *button) { return button->text() == text; });
    REQUIRE(found != buttons.cend());
    return *found;
  };
  auto release = [&canvas](QgsMapTool *tool, const QPoint &pixel, Qt::MouseButton button)
  {
    QgsMapMouseEvent event(&canvas, QEvent::MouseButtonRelease, pixel, button, button);
    tool->canvasReleaseEvent(&event);
    return canvas.getCoordinateTransform()->toMapCoordinates(pixel);
  };

  form.setPlaceMode(InterventionForm::PlaceMode::Polygon);
  buttonLabelled(QStringLiteral("Draw on map"))->click();
  // The form steps aside while the polygon is drawn, and comes back when it is finished.
  CHECK_FALSE(form.isVisible());
  auto *polygonTool = qobject_cast<PolygonMapTool *>(canvas.mapTool());
  REQUIRE(polygonTool);
  const QgsPointXY a = release(polygonTool, QPoint(50, 50), Qt::LeftButton);
  const QgsPointXY b = release(polygonTool, QPoint(300, 60), Qt::LeftButton);
  release(polygonTool, QPoint(300, 60), Qt::LeftButton); // the second release of a double click
  const QgsPointXY c = release(polygonTool, QPoint(200, 300), Qt::LeftButton);
  release(polygonTool, QPoint(10, 10), Qt::RightButton); // finishes, adds nothing
  CHECK(canvas.mapTool() == panTool);
  CHECK(form.isVisible());
  Intervention drawn = form.intervention();
  REQUIRE(drawn.boundary.size() == 1);
  REQUIRE(drawn.boundary.front().size() == 3);
  CHECK(drawn.boundary.front()[0].x == Approx(a.x()));
  CHECK(drawn.boundary.front()[1].y == Approx(b.y()));
  CHECK(drawn.boundary.front()[2].x == Approx(c.x()));
  CHECK(a.x() > 531000.0);
  CHECK(a.x() < 531400.0);

  // Picking a point: the form is hidden while the map waits for the click (the click is given
  // from inside that wait), then comes back with the clicked point.
  form.setPlaceMode(InterventionForm::PlaceMode::PointRadius);
  bool hiddenWhilePicking = false;
  bool pickTool = false;
  QTimer::singleShot(0,
                     [&]()
                     {
                       hiddenWhilePicking = !form.isVisible();
                       QgsMapTool *pointTool = canvas.mapTool();
                       pickTool = pointTool && !qobject_cast<PolygonMapTool *>(pointTool);
                       if (!pointTool)
                         return;
                       // QgsMapToolEmitPoint reports the press.
                       QgsMapMouseEvent press(&canvas, QEvent::MouseButtonPress, QPoint(200, 200), Qt::LeftButton, Qt::LeftButton);
                       pointTool->canvasPressEvent(&press);
                     });
  buttonLabelled(QStringLiteral("Pick on map"))->click();
  CHECK(hiddenWhilePicking);
  CHECK(pickTool);
  CHECK(form.isVisible());
  const QgsPointXY picked = canvas.getCoordinateTransform()->toMapCoordinates(QPoint(200, 200));
  CHECK(canvas.mapTool() == panTool);
  CHECK(form.xSpin()->value() == Approx(std::round(picked.x())));
  CHECK(form.ySpin()->value() == Approx(std::round(picked.y())));

  // Escape ends the pick without moving the point; the form comes back.
  form.xSpin()->setValue(531111.0);
  QTimer::singleShot(0,
                     [&canvas]()
                     {
                       QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
                       if (canvas.mapTool())
                         canvas.mapTool()->keyPressEvent(&escape);
                     });
  buttonLabelled(QStringLiteral("Pick on map"))->click();
  CHECK(form.isVisible());
  CHECK(form.xSpin()->value() == Approx(531111.0));
  CHECK(canvas.mapTool() == panTool);
}
