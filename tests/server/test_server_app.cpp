// The desktop window on a server store: the map's layers read schema `lagesbild` through QGIS's
// postgres provider, the filter panel's WHERE clause (the server's dialect) draws exactly the
// incidents the store counts, the title names the municipality and the server, and an incident
// entered in the window is on the server with an audit row written by the server's trigger.
#include "demo/demogenerator.h"
#include "demo/demostorewriter.h"
#include "desktop/filterpanel.h"
#include "desktop/mainwindow.h"
#include "session/storesession.h"
#include "sqlsession.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/serverinit.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QStatusBar>

using namespace lagesbild;
using namespace lagesbild::test;

namespace
{
long long drawnFeatures(QgsVectorLayer *layer)
{
  long long count = 0;
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures(QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest::NoGeometry));
  while (it.nextFeature(feature))
    ++count;
  return count;
}

//! A server store with the Kungsör demo in it.
QString demoServerStore()
{
  ThrowawayServer &server = ThrowawayServer::shared();
  const QString connection = server.socketConnection(QStringLiteral("postgres"), server.createDatabase());
  {
    auto admin = PostgresConnection::open(connection);
    REQUIRE(admin.ok());
    REQUIRE(ServerInit::run(*admin, *Municipality::fromCode(QStringLiteral("1960"))).ok());
  }
  auto store = IncidentStore::open(connection);
  INFO((store ? QString() : store.error().toString()).toStdString());
  REQUIRE(store.ok());
  const auto generator = demo::DemoGenerator::create(demo::DemoOptions());
  REQUIRE(generator.ok());
  const auto written = demo::DemoStoreWriter::writeInto(**store, *generator);
  INFO((written ? QString() : written.error().toString()).toStdString());
  REQUIRE(written.ok());
  return connection;
}
} // namespace

TEST_CASE("The window shows a server store through QGIS's postgres provider", "[server][app][ui]")
{
  const QString connection = demoServerStore();
  MainWindow window;
  REQUIRE(window.openStore(connection));
  INFO("status: " << window.statusBar()->currentMessage().toStdString());
  REQUIRE(window.incidentLayer());
  CHECK(window.incidentLayer()->providerType() == QLatin1String("postgres"));
  CHECK(window.incidentLayer()->isValid());
  CHECK(window.windowTitle().contains(QStringLiteral("Kungsör (1960)")));
  CHECK_FALSE(window.windowTitle().contains(QStringLiteral("read-only")));
  int serverLayers = 0;
  REQUIRE(window.incidentLayer()->project());
  for (QgsMapLayer *layer : window.incidentLayer()->project()->mapLayers())
  {
    if (layer->providerType() == QLatin1String("postgres"))
      ++serverLayers;
  }
  CHECK(serverLayers == 3);

  IncidentStore *store = window.session()->store();
  REQUIRE(store);
  CHECK(store->backend() == StoreBackend::PostgreSQL);
  IncidentFilter filter = window.filterPanel()->filter();
  window.applyFilter();
  const auto all = store->count(filter);
  REQUIRE(all.ok());
  CHECK(*all > 1000);
  CHECK(window.matchCount() == *all);
  CHECK(drawnFeatures(window.incidentLayer()) == *all);

  // The same narrowing as a coordinator would make: reported crimes, evenings, one year.
  filter.kind = IncidentKind::Crime;
  filter.hours = *IncidentFilter::parseHours(QStringLiteral("18-02"));
  filter.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 31));
  window.filterPanel()->setFilter(filter);
  window.applyFilter();
  const auto narrowed = store->count(window.filterPanel()->filter());
  REQUIRE(narrowed.ok());
  INFO("subset: " << window.incidentLayer()->subsetString().toStdString());
  CHECK(*narrowed > 0);
  CHECK(*narrowed < *all);
  CHECK(window.matchCount() == *narrowed);
  CHECK(drawnFeatures(window.incidentLayer()) == *narrowed);

  // An incident entered in the window lands on the server, audited by the server's trigger.
  Incident incident;
  incident.kind = IncidentKind::Report;
  for (const Category &category : window.session()->categories())
  {
    if (category.kind == IncidentKind::Report)
      incident.category = category.code;
  }
  incident.source = window.session()->sources().front().code;
  incident.occurredFrom = QDateTime(QDate(2021, 6, 5), QTime(20, 0), Qt::UTC).toSecsSinceEpoch();
  incident.x = 562800.0;
  incident.y = 6587650.0;
  incident.description = QStringLiteral("Inmatad i fönstret");
  const auto added = window.session()->addIncident(incident);
  INFO((added ? QString() : added.error().toString()).toStdString());
  REQUIRE(added.ok());
  SqlSession sql(connection);
  CHECK(sql.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents WHERE description = 'Inmatad i fönstret'")) ==
        QLatin1String("1"));
  CHECK(sql.value(QStringLiteral("SELECT count(*) FROM lagesbild.audit WHERE table_name = 'incidents' AND action = 'insert' AND "
                                 "row_id = %1")
                    .arg(*added)) == QLatin1String("1"));
}
