// server init through ServerInit: the schema (PostGIS in EPSG:3006, GiST indexes, the
// GeoPackage's logical tables), the seed data, re-running, another municipality, a newer schema.
#include "sqlsession.h"
#include "store/defaulttaxonomy.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/postgresschema.h"
#include "store/postgres/serverinit.h"
#include "storefixture.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

using namespace lagesbild;
using namespace lagesbild::test;

TEST_CASE("server init creates the tables with PostGIS geometry in EPSG:3006 and GiST indexes", "[server][schema]")
{
  ServerStoreFixture &store = ServerStoreFixture::shared();
  SqlSession session(store.connection(QStringLiteral("postgres")));
  REQUIRE(session.connected());

  const SqlOutcome tables = session.run(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'lagesbild' "
                                                       "AND table_type = 'BASE TABLE' ORDER BY 1"));
  REQUIRE(tables.ok);
  QStringList names;
  for (const QStringList &row : tables.rows)
    names << row.front();
  for (const char *table : {"incidents", "categories", "sources", "kinds", "areas", "interventions", "intervention_incidents", "imports",
                            "audit", "meta", "schema_version", "saved_analyses", "user_organisations"})
    CHECK(names.contains(QString::fromLatin1(table)));

  const SqlOutcome geometry =
    session.run(QStringLiteral("SELECT f_table_name, type, srid FROM geometry_columns WHERE f_table_schema = 'lagesbild' "
                               "AND f_table_name IN ('incidents', 'areas', 'interventions') ORDER BY 1"));
  REQUIRE(geometry.ok);
  REQUIRE(geometry.rows.size() == 3);
  CHECK(geometry.rows[0] == QStringList{QStringLiteral("areas"), QStringLiteral("MULTIPOLYGON"), QStringLiteral("3006")});
  CHECK(geometry.rows[1] == QStringList{QStringLiteral("incidents"), QStringLiteral("POINT"), QStringLiteral("3006")});
  CHECK(geometry.rows[2] == QStringList{QStringLiteral("interventions"), QStringLiteral("MULTIPOLYGON"), QStringLiteral("3006")});

  // incidents, areas, interventions and (version 2) the address register
  CHECK(session.value(QStringLiteral(
          "SELECT count(*) FROM pg_indexes WHERE schemaname = 'lagesbild' AND indexdef LIKE '%USING gist (geom)%'")) == QLatin1String("4"));
  CHECK(session.value(QStringLiteral("SELECT max(version) FROM lagesbild.schema_version")).toInt() == PostgresSchema::currentVersion());
  CHECK(session.value(QStringLiteral("SELECT value FROM lagesbild.meta WHERE key = 'municipality_code'")) == QLatin1String("1960"));
  CHECK(session.value(QStringLiteral("SELECT value FROM lagesbild.meta WHERE key = 'municipality_name'")) == QStringLiteral("Kungsör"));
  CHECK(session.value(QStringLiteral("SELECT count(*) FROM lagesbild.categories")).toInt() ==
        static_cast<int>(DefaultTaxonomy::categories().size()));
  CHECK(session.value(QStringLiteral("SELECT count(*) FROM lagesbild.sources")).toInt() ==
        static_cast<int>(DefaultTaxonomy::sources().size()));
  // Every table of the schema that holds incidents' data has row-level security switched on.
  CHECK(session.value(QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE oid = 'lagesbild.incidents'::regclass")) ==
        QLatin1String("t"));
}

TEST_CASE("Local hour and weekday are Europe/Stockholm, across the change to summer time", "[server][schema]")
{
  ServerStoreFixture &store = ServerStoreFixture::shared();
  SqlSession session(store.connection(QStringLiteral("coordinator")));
  REQUIRE(session.connected());
  // Sunday 2021-03-28 the clocks went from 02:00 to 03:00: 01:30 UTC is 03:30 CEST, 00:30 UTC is 01:30 CET.
  const SqlOutcome inserted =
    session.run(QStringLiteral("INSERT INTO lagesbild.incidents (geom, kind, category, source, occurred_from) VALUES "
                               "(NULL, 1, (SELECT id FROM lagesbild.categories WHERE code = 'brott_ran'), 1, '2021-03-28 01:30:00+00'), "
                               "(NULL, 1, (SELECT id FROM lagesbild.categories WHERE code = 'brott_ran'), 1, '2021-03-28 00:30:00+00') "
                               "RETURNING local_hour, local_weekday"));
  REQUIRE(inserted.ok);
  REQUIRE(inserted.rows.size() == 2);
  CHECK(inserted.rows[0] == QStringList{QStringLiteral("3"), QStringLiteral("7")});
  CHECK(inserted.rows[1] == QStringList{QStringLiteral("1"), QStringLiteral("7")});

  const SqlOutcome wrongKind = session.run(
    ServerStoreFixture::insertSql(QStringLiteral("crime"), QStringLiteral("klotter"), QStringLiteral("polisen"), QStringLiteral("x")));
  CHECK(wrongKind.sqlState == QLatin1String("23503")); // the (category, kind) foreign key
}

TEST_CASE("server init again changes nothing, refuses another municipality and a newer schema", "[server][schema]")
{
  ThrowawayServer &server = ThrowawayServer::shared();
  const QString database = server.createDatabase();
  auto connection = PostgresConnection::open(server.socketConnection(QStringLiteral("postgres"), database));
  REQUIRE(connection.ok());
  const Municipality kungsor = *Municipality::fromCode(QStringLiteral("1960"));

  const auto first = ServerInit::run(*connection, kungsor);
  REQUIRE(first.ok());
  CHECK(first->versionBefore == 0);
  CHECK(first->versionAfter == PostgresSchema::currentVersion());
  CHECK(first->categoriesAdded == static_cast<int>(DefaultTaxonomy::categories().size()));

  const auto again = ServerInit::run(*connection, kungsor);
  REQUIRE(again.ok());
  CHECK(again->versionBefore == PostgresSchema::currentVersion());
  CHECK(again->categoriesAdded == 0);
  CHECK(again->sourcesAdded == 0);

  const auto other = ServerInit::run(*connection, *Municipality::fromCode(QStringLiteral("1980")));
  REQUIRE_FALSE(other.ok());
  CHECK(other.error().code == ErrorCode::BadInput);

  REQUIRE(connection->exec(QStringLiteral("INSERT INTO lagesbild.schema_version (version) VALUES (99)")).ok());
  const auto newer = ServerInit::run(*connection, kungsor);
  REQUIRE_FALSE(newer.ok());
  CHECK(newer.error().code == ErrorCode::StoreTooNew);
  const auto version = PostgresSchema::version(*connection);
  REQUIRE(version.ok());
  CHECK(*version == 99);
}

TEST_CASE("A connection that is not PostgreSQL or cannot connect is an error naming the server without its password", "[server][schema]")
{
  const auto notPostgres = PostgresConnection::open(QStringLiteral("/tmp/store.gpkg"));
  REQUIRE_FALSE(notPostgres.ok());
  CHECK(notPostgres.error().code == ErrorCode::Usage);

  ThrowawayServer &server = ThrowawayServer::shared();
  const QString secret = QStringLiteral("hemligt-ord-42");
  const auto refused = PostgresConnection::open(
    QStringLiteral("postgresql://nobody_here:%1@127.0.0.1:%2/postgres?sslmode=disable").arg(secret).arg(server.port()));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == ErrorCode::StoreError);
  CHECK(refused.error().message.contains(QLatin1String("nobody_here@127.0.0.1")));
  CHECK_FALSE(refused.error().toString().contains(secret));
}
