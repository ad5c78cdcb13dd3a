// UI tests of the near-repeat tab, driven offscreen on the Kungsör demo store written here:
// clicking Compute runs the Knox test off the UI thread and fills the table with core's ratios
// (shaded, significant cells bold and starred) and the sentence; the demo's residential
// burglaries show a near-repeat pattern; the risk zones button puts a styled layer of circles of
// the zone's radius, one per recent burglary, with the days left, into the project; cancel stops a
// run while the permutations go and before it has started.
#include "demo/demofigures.h"
#include "demo/demostorewriter.h"
#include "desktop/filterpanel.h"
#include "nearrepeat/knoxsummary.h"
#include "nearrepeat/knoxtest.h"
#include "nearrepeat/nearrepeattab.h"
#include "session/storesession.h"
#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <qgsapplication.h>
#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgstaskmanager.h>
#include <qgsvectorlayer.h>

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lagesbild;

namespace
{
struct Fixture
{
    QTemporaryDir dir;
    StoreSession session;
    FilterPanel panel;
    QgsProject project;
    std::unique_ptr<NearRepeatTab> tab;
    IncidentFilter filter;

    Fixture()
    {
      const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
      REQUIRE(demo::DemoStoreWriter::write(path, demo::DemoOptions{}).ok());
      REQUIRE(session.open(path).ok());
      panel.setReferenceData(session.categories(), session.sources(), session.areas());
      panel.setDataSpan(session.firstDay(), session.lastDay());
      filter.kind = IncidentKind::Crime;
      filter.categories = QStringList{QStringLiteral("brott_bostadsinbrott")};
      filter.period = DateRange(QDate(2020, 1, 1), QDate(2021, 12, 12));
      panel.setFilter(filter);
      tab = std::make_unique<NearRepeatTab>(&session, &panel, &project);
      tab->resize(700, 700);
      tab->show();
    }

    bool runAndWait()
    {
      QSignalSpy finished(tab.get(), &NearRepeatTab::finished);
      QTest::mouseClick(tab->runButton(), Qt::LeftButton);
      if (!finished.wait(120000))
        return false;
      return finished.first().first().toBool();
    }
};
} // namespace

TEST_CASE("The near-repeat tab shows core's Knox table of the demo burglaries, shaded and marked", "[nearrepeattab]")
{
  Fixture fixture;
  fixture.tab->spaceBandsEdit()->setText(QStringLiteral("0,1,100,200,400"));
  fixture.tab->timeBandsEdit()->setText(QStringLiteral("0,7,14,28"));
  fixture.tab->permutationsBox()->setValue(199);
  REQUIRE(fixture.runAndWait());
  REQUIRE(fixture.tab->result());

  // The same test straight from the store and core, with the tab's default seed.
  auto store = GeoPackageStore::open(fixture.session.path());
  REQUIRE(store.ok());
  IncidentFilter filter = fixture.panel.filter();
  filter.includeMunicipalityPrecision = false;
  const auto incidents = (*store)->incidents(filter);
  REQUIRE(incidents.ok());
  std::vector<KnoxEvent> events;
  for (const Incident &incident : *incidents)
    events.push_back({incident.x, incident.y, incident.occurredFrom});
  KnoxOptions options;
  options.spaceBands = KnoxBands::parse(QStringLiteral("0,1,100,200,400")).value();
  options.timeBands = KnoxBands::parse(QStringLiteral("0,7,14,28")).value();
  options.permutations = 199;
  const auto core = KnoxTest::run(events, options);
  REQUIRE(core.ok());
  CHECK(fixture.tab->result()->events == core->events);

  QTableWidget *table = fixture.tab->table();
  REQUIRE(table->rowCount() == 5);
  REQUIRE(table->columnCount() == 4);
  bool anySignificant = false;
  for (const KnoxCell &cell : core->cells)
  {
    QTableWidgetItem *item = table->item(cell.spaceBand, cell.timeBand);
    REQUIRE(item);
    CHECK(item->data(Qt::UserRole).toBool() == cell.significant);
    CHECK(item->font().bold() == cell.significant);
    CHECK(item->text().endsWith(QLatin1Char('*')) == cell.significant);
    CHECK(fixture.tab->result()->cell(cell.spaceBand, cell.timeBand).pValue == cell.pValue);
    if (cell.ratio && *cell.ratio > 1.5)
      CHECK(item->background().color().red() > item->background().color().blue()); // red for more than expected
    anySignificant = anySignificant || cell.significant;
  }
  // The demo's burglaries have a near-repeat pattern.
  CHECK(anySignificant);
  const auto headline = KnoxSummary::headline(*core);
  REQUIRE(headline.has_value());
  CHECK(*headline->spaceTo <= 200.0);
  CHECK(*headline->timeTo <= 14.0);
  const QString sentence = fixture.tab->sentence()->text();
  INFO(sentence.toStdString());
  CHECK(sentence.startsWith(QStringLiteral("Within %1 m and %2 days").arg(*headline->spaceTo).arg(*headline->timeTo)));
  CHECK(sentence.contains(QStringLiteral("times the expected")));
}

TEST_CASE("Risk zones of the latest burglaries go on the map with the days left", "[nearrepeattab]")
{
  Fixture fixture;
  fixture.tab->permutationsBox()->setValue(99);
  REQUIRE(fixture.runAndWait());
  const auto zone = KnoxSummary::zone(*fixture.tab->result());
  REQUIRE(zone.has_value());
  REQUIRE(fixture.tab->zonesButton()->isEnabled());
  fixture.tab->recentDaysBox()->setValue(static_cast<int>(zone->days));
  // What the window offers to File → Print… follows the map.
  std::vector<RiskZone> signalled;
  double signalledRadius = -1.0;
  QObject::connect(fixture.tab.get(), &NearRepeatTab::riskZonesChanged,
                   [&](const std::vector<RiskZone> &zones, double radius)
                   {
                     signalled = zones;
                     signalledRadius = radius;
                   });
  QTest::mouseClick(fixture.tab->zonesButton(), Qt::LeftButton);
  const QString id = fixture.tab->zonesLayerId();
  REQUIRE_FALSE(id.isEmpty());
  auto *layer = qobject_cast<QgsVectorLayer *>(fixture.project.mapLayer(id));
  REQUIRE(layer);
  CHECK(layer->crs().authid() == QStringLiteral("EPSG:3006"));
  CHECK(layer->labelsEnabled());

  // One zone per burglary of the last days of the period, as core's RiskZones says.
  auto store = GeoPackageStore::open(fixture.session.path());
  REQUIRE(store.ok());
  IncidentFilter recent = fixture.filter;
  recent.period = DateRange(fixture.filter.period->to().addDays(-(static_cast<int>(zone->days) - 1)), fixture.filter.period->to());
  recent.includeMunicipalityPrecision = false;
  const auto incidents = (*store)->incidents(recent);
  REQUIRE(incidents.ok());
  REQUIRE(layer->featureCount() == static_cast<long>(incidents->size()));
  CHECK(static_cast<long>(signalled.size()) == layer->featureCount());
  CHECK(signalledRadius == zone->radius);
  QgsFeatureIterator features = layer->getFeatures();
  QgsFeature feature;
  while (features.nextFeature(feature))
  {
    const int daysLeft = feature.attribute(QStringLiteral("days_left")).toInt();
    CHECK(daysLeft >= 1);
    CHECK(daysLeft <= static_cast<int>(zone->days));
    // A circle of the zone's radius: area π r² within the polygon's approximation.
    CHECK(feature.geometry().area() == Approx(3.14159 * zone->radius * zone->radius).epsilon(0.05));
  }

  // Off removes the layer.
  QTest::mouseClick(fixture.tab->zonesButton(), Qt::LeftButton);
  CHECK(fixture.project.mapLayer(id) == nullptr);
  CHECK(signalled.empty());
}

TEST_CASE("A running Knox test can be cancelled", "[nearrepeattab]")
{
  Fixture fixture;
  // Every incident of two years, nearly all pairs within the largest band, many permutations:
  // minutes of work, so the cancel comes while it runs (a small test ends before a busy machine
  // gets round to cancelling).
  IncidentFilter all = fixture.filter;
  all.categories.clear();
  all.kind.reset();
  fixture.panel.setFilter(all);
  fixture.tab->spaceBandsEdit()->setText(QStringLiteral("0,1,1000,5000"));
  fixture.tab->permutationsBox()->setValue(100000);
  QSignalSpy finished(fixture.tab.get(), &NearRepeatTab::finished);

  SECTION("while the permutations run")
  {
    QTest::mouseClick(fixture.tab->runButton(), Qt::LeftButton);
    CHECK(fixture.tab->isRunning());
    CHECK_FALSE(fixture.tab->runButton()->isEnabled());
    // Wait until the store has been read and the simulations have begun.
    QElapsedTimer waiting;
    waiting.start();
    auto simulating = []()
    {
      const QList<QgsTask *> tasks = QgsApplication::taskManager()->activeTasks();
      return !tasks.isEmpty() && tasks.first()->progress() > 6.0 && tasks.first()->progress() < 50.0;
    };
    while (!simulating() && finished.isEmpty() && waiting.elapsed() < 60000)
      QTest::qWait(10);
    REQUIRE(simulating());
    REQUIRE(finished.isEmpty());
    QElapsedTimer cancelling;
    cancelling.start();
    fixture.tab->cancel();
    REQUIRE((!finished.isEmpty() || finished.wait(60000)));
    CHECK(cancelling.elapsed() < 5000);
  }
  SECTION("before it has started")
  {
    QTest::mouseClick(fixture.tab->runButton(), Qt::LeftButton);
    fixture.tab->cancel();
    // A task cancelled while queued ends at once, within cancel().
    REQUIRE((!finished.isEmpty() || finished.wait(60000)));
  }
  CHECK_FALSE(finished.first().first().toBool());
  CHECK_FALSE(fixture.tab->result().has_value());
  CHECK_FALSE(fixture.tab->isRunning());
  CHECK(fixture.tab->runButton()->isEnabled());
}
