// PostgresStore as the server's logins: what the roles allow comes back through the interface —
// a reporter writes reports for its own organisation only (the de-duplication key and derived
// area included, schema version 2), an analyst's store is read-only but writes interventions,
// the public login reads no incidents. (The roles themselves are proved with plain SQL in
// test_serverroles.cpp.)
#include "store/postgres/postgresstore.h"
#include "storefixture.h"

#include <catch2/catch.hpp>

#include <QDateTime>

using namespace lagesbild;
using namespace lagesbild::test;

namespace
{
Incident report(const QString &source, const QString &externalId)
{
  Incident incident;
  incident.kind = IncidentKind::Report;
  incident.category = QStringLiteral("klotter");
  incident.source = source;
  incident.x = 562800;
  incident.y = 6587650;
  incident.occurredFrom = QDateTime::currentSecsSinceEpoch() - 3600;
  incident.externalId = externalId;
  incident.description = QStringLiteral("klotter på porten");
  return incident;
}
} // namespace

TEST_CASE("PostgresStore as a reporter writes its own organisation's reports only", "[server][store]")
{
  auto store = PostgresStore::open(ServerStoreFixture::shared().connection(QStringLiteral("housing")));
  INFO((store ? QString() : store.error().toString()).toStdString());
  REQUIRE(store);
  CHECK_FALSE((*store)->isReadOnly());
  const auto own = (*store)->insertBatch({report(QStringLiteral("bostadsbolaget"), QStringLiteral("login-h1"))}, {});
  INFO((own ? QString() : own.error().toString()).toStdString());
  REQUIRE(own);
  CHECK(own->inserted == 1);
  CHECK((*store)->insertBatch({report(QStringLiteral("bostadsbolaget"), QStringLiteral("login-h1"))}, {})->duplicates == 1);
  const auto id = (*store)->insertIncident(report(QStringLiteral("bostadsbolaget"), QStringLiteral("login-h2")), QStringLiteral("h"));
  REQUIRE(id);
  Incident corrected = **(*store)->incident(*id);
  corrected.description = QStringLiteral("sanerat");
  const auto updated = (*store)->updateIncident(corrected, QStringLiteral("h"));
  INFO((updated ? QString() : updated.error().toString()).toStdString());
  CHECK(updated);
  // Another organisation's report, and a crime: refused by the server's policies.
  CHECK_FALSE((*store)->insertBatch({report(QStringLiteral("vaktare"), QStringLiteral("login-h3"))}, {}));
  Incident crime = report(QStringLiteral("bostadsbolaget"), QStringLiteral("login-h4"));
  crime.kind = IncidentKind::Crime;
  crime.category = QStringLiteral("brott_skadegorelse");
  CHECK_FALSE((*store)->insertIncident(crime, QStringLiteral("h")));
  // Nor may it change the store's reference data.
  CHECK_FALSE((*store)->upsertSource(Source{QStringLiteral("ny"), QStringLiteral("Ny")}));
}

TEST_CASE("PostgresStore as an analyst is read-only but writes interventions, and the public reads no incidents", "[server][store]")
{
  auto analyst = PostgresStore::open(ServerStoreFixture::shared().connection(QStringLiteral("analyst")));
  REQUIRE(analyst);
  CHECK((*analyst)->isReadOnly());
  CHECK((*analyst)->isOpenForReading());
  CHECK((*analyst)->count(IncidentFilter::all()));
  const auto refused =
    (*analyst)->insertIncident(report(QStringLiteral("bostadsbolaget"), QStringLiteral("login-a1")), QStringLiteral("a"));
  REQUIRE_FALSE(refused);
  CHECK(refused.error().message.contains(QStringLiteral("may only read")));
  Intervention walks;
  walks.type = QStringLiteral("night_walks");
  walks.centre = PointXY{562800, 6587650};
  walks.radius = 100;
  walks.startUtc = QDateTime::currentSecsSinceEpoch();
  const auto inserted = (*analyst)->insertIntervention(walks, QStringLiteral("a"));
  INFO((inserted ? QString() : inserted.error().toString()).toStdString());
  CHECK(inserted);

  auto reading = PostgresStore::open(ServerStoreFixture::shared().connection(QStringLiteral("coordinator")), StoreAccess::Read);
  REQUIRE(reading);
  CHECK_FALSE((*reading)->isReadOnly());
  CHECK((*reading)->isOpenForReading());
  CHECK_FALSE((*reading)->insertIntervention(walks, QStringLiteral("c")));

  auto publicStore = PostgresStore::open(ServerStoreFixture::shared().connection(QStringLiteral("public")));
  REQUIRE(publicStore);
  CHECK((*publicStore)->isReadOnly());
  CHECK_FALSE((*publicStore)->count(IncidentFilter::all()));
}
