// ServerPush: a GeoPackage's incidents arrive on the server once however often they are pushed,
// and a push stopped between batches (as a kill would stop it) goes on where it stopped.
#include "sqlsession.h"
#include "store/geopackage/geopackagestore.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/serverinit.h"
#include "store/postgres/serverpush.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace lagesbild;
using namespace lagesbild::test;

namespace
{
constexpr int kIncidents = 1234;
constexpr std::int64_t kStartUtc = 1609459200; // 2021-01-01 00:00 UTC

//! A GeoPackage store with kIncidents incidents over 14 months, some with awkward text.
std::unique_ptr<IncidentStore> localStore(const QString &path)
{
  auto store = GeoPackageStore::create(path);
  REQUIRE(store.ok());
  std::vector<Incident> incidents;
  for (int i = 0; i < kIncidents; ++i)
  {
    Incident incident;
    incident.kind = i % 3 == 0 ? IncidentKind::Crime : IncidentKind::Report;
    incident.category = i % 3 == 0 ? QStringLiteral("brott_skadegorelse") : QStringLiteral("klotter");
    incident.source = i % 3 == 0 ? QStringLiteral("polisen") : QStringLiteral("bostadsbolaget");
    incident.x = 562000 + (i % 50) * 20;
    incident.y = 6587000 + (i / 50) * 20;
    incident.occurredFrom = kStartUtc + static_cast<std::int64_t>(i) * 35000;
    incident.description = i % 7 == 0 ? QStringLiteral("Rad ett\nrad två\tmed tabb och \\snedstreck") : QString();
    incident.externalId = QStringLiteral("ext-%1").arg(i);
    incidents.push_back(incident);
  }
  REQUIRE((*store)->insertBatch(incidents, {}).ok());
  return std::move(*store);
}

Result<PostgresConnection> serverStore()
{
  ThrowawayServer &server = ThrowawayServer::shared();
  const QString database = server.createDatabase();
  auto connection = PostgresConnection::open(server.socketConnection(QStringLiteral("postgres"), database));
  REQUIRE(connection.ok());
  REQUIRE(ServerInit::run(*connection, *Municipality::fromCode(QStringLiteral("1960"))).ok());
  return connection;
}

QString count(PostgresConnection &connection, const QString &sql)
{
  const auto result = connection.query(sql);
  REQUIRE(result.ok());
  return result->text(0, 0);
}
} // namespace

TEST_CASE("Pushing a GeoPackage twice stores each incident once, text and times intact", "[server][push]")
{
  QTemporaryDir directory;
  const auto local = localStore(directory.filePath(QStringLiteral("local.gpkg")));
  auto server = serverStore();

  PushOptions options;
  options.batchSize = 500;
  const auto first = ServerPush::run(*local, *server, options);
  INFO((first.ok() ? QString() : first.error().toString()).toStdString());
  REQUIRE(first.ok());
  CHECK(first->read == kIncidents);
  CHECK(first->inserted == kIncidents);
  CHECK(first->already == 0);
  CHECK(first->batches >= 3);

  const auto second = ServerPush::run(*local, *server, options);
  REQUIRE(second.ok());
  CHECK(second->read == kIncidents);
  CHECK(second->inserted == 0);
  CHECK(second->already == kIncidents);
  CHECK(count(*server, QStringLiteral("SELECT count(*) FROM lagesbild.incidents")) == QString::number(kIncidents));
  CHECK(count(*server, QStringLiteral("SELECT count(DISTINCT external_id) FROM lagesbild.incidents")) == QString::number(kIncidents));

  // The row with tab, newline and backslash, its time and place as they were.
  const auto row = server->query(
    QStringLiteral("SELECT description, extract(epoch FROM occurred_from)::bigint, ST_X(geom), ST_Y(geom), k.code, c.code, s.code "
                   "FROM lagesbild.incidents i JOIN lagesbild.kinds k ON k.id = i.kind JOIN lagesbild.categories c ON c.id = i.category "
                   "JOIN lagesbild.sources s ON s.id = i.source WHERE external_id = 'ext-7'"));
  REQUIRE(row.ok());
  REQUIRE(row->rows() == 1);
  CHECK(row->text(0, 0) == QStringLiteral("Rad ett\nrad två\tmed tabb och \\snedstreck"));
  CHECK(row->integer(0, 1) == kStartUtc + 7 * 35000);
  CHECK(row->text(0, 2) == QLatin1String("562140"));
  CHECK(row->text(0, 3) == QLatin1String("6587000"));
  CHECK(row->text(0, 4) == QLatin1String("report"));
  CHECK(row->text(0, 5) == QLatin1String("klotter"));
  CHECK(row->text(0, 6) == QLatin1String("bostadsbolaget"));
  // Batches of up to 1000 rows are audited row by row, with the login that pushed them.
  CHECK(count(*server, QStringLiteral("SELECT count(*) FROM lagesbild.audit WHERE table_name = 'incidents' AND action = 'insert' "
                                      "AND user_name = 'postgres' AND row_id IS NOT NULL")) == QString::number(kIncidents));
}

TEST_CASE("A push stopped between batches goes on where it stopped when pushed again", "[server][push]")
{
  QTemporaryDir directory;
  const auto local = localStore(directory.filePath(QStringLiteral("local.gpkg")));
  auto server = serverStore();

  // Cancelled after the second batch's commit, as a kill between batches would leave it.
  int batchesSeen = 0;
  std::unique_ptr<Feedback> feedback;
  feedback = std::make_unique<Feedback>(
    [&](double)
    {
      if (++batchesSeen == 2)
        feedback->cancel();
    });
  PushOptions options;
  options.batchSize = 300;
  options.feedback = feedback.get();
  const auto stopped = ServerPush::run(*local, *server, options);
  REQUIRE_FALSE(stopped.ok());
  CHECK(stopped.error().code == ErrorCode::Cancelled);
  CHECK(count(*server, QStringLiteral("SELECT count(*) FROM lagesbild.incidents")) == QLatin1String("600"));

  options.feedback = nullptr;
  const auto resumed = ServerPush::run(*local, *server, options);
  REQUIRE(resumed.ok());
  CHECK(resumed->inserted == kIncidents - 600);
  CHECK(resumed->already == 600);
  CHECK(count(*server, QStringLiteral("SELECT count(*) FROM lagesbild.incidents")) == QString::number(kIncidents));
}
