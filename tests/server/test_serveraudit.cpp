// Audit by triggers on the server: a direct UPDATE (as QGIS makes one) is recorded with the
// login, the time and the row before and after; no login may write or rewrite the audit.
// Passwords set by ServerUsers reach the server only hashed.
#include "sqlsession.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/serverusers.h"
#include "storefixture.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QUrl>

using namespace lagesbild;
using namespace lagesbild::test;

TEST_CASE("A direct UPDATE is audited by the trigger with who, when, before and after", "[server][audit]")
{
  ServerStoreFixture &store = ServerStoreFixture::shared();
  SqlSession housing(store.connection(QStringLiteral("housing")));
  SqlSession coordinator(store.connection(QStringLiteral("coordinator")));
  REQUIRE(housing.connected());
  REQUIRE(coordinator.connected());

  const SqlOutcome inserted = housing.run(ServerStoreFixture::insertSql(QStringLiteral("report"), QStringLiteral("klotter"),
                                                                        QStringLiteral("bostadsbolaget"), QStringLiteral("före")));
  REQUIRE(inserted.ok);
  const QString fid = inserted.rows.front().front();
  const SqlOutcome updated = housing.run(QStringLiteral("UPDATE lagesbild.incidents SET description = 'efter' WHERE fid = %1").arg(fid));
  REQUIRE(updated.changed == 1);

  const SqlOutcome audit =
    coordinator.run(QStringLiteral("SELECT action, user_name, before_json ->> 'description', after_json ->> 'description', "
                                   "at > now() - interval '1 minute', after_json -> 'geom' ->> 'type' FROM lagesbild.audit "
                                   "WHERE table_name = 'incidents' AND row_id = %1 ORDER BY id")
                      .arg(fid));
  REQUIRE(audit.ok);
  REQUIRE(audit.rows.size() == 2);
  CHECK(audit.rows[0] == QStringList{QStringLiteral("insert"), store.login(QStringLiteral("housing")), QString(), QStringLiteral("före"),
                                     QStringLiteral("t"), QStringLiteral("Point")});
  CHECK(audit.rows[1] == QStringList{QStringLiteral("update"), store.login(QStringLiteral("housing")), QStringLiteral("före"),
                                     QStringLiteral("efter"), QStringLiteral("t"), QStringLiteral("Point")});

  const SqlOutcome deleted = coordinator.run(QStringLiteral("DELETE FROM lagesbild.incidents WHERE fid = %1").arg(fid));
  REQUIRE(deleted.changed == 1);
  CHECK(coordinator.value(QStringLiteral("SELECT user_name || ':' || (before_json ->> 'description') FROM lagesbild.audit WHERE "
                                         "table_name = 'incidents' AND row_id = %1 AND action = 'delete'")
                            .arg(fid)) == store.login(QStringLiteral("coordinator")) + QStringLiteral(":efter"));

  // Not even the coordinator can write or rewrite the audit.
  CHECK(coordinator.run(QStringLiteral("DELETE FROM lagesbild.audit")).sqlState == QLatin1String("42501"));
  CHECK(coordinator.run(QStringLiteral("INSERT INTO lagesbild.audit (action, table_name) VALUES ('x', 'y')")).sqlState ==
        QLatin1String("42501"));
}

TEST_CASE("A large insert is audited as one row with its count", "[server][audit]")
{
  ServerStoreFixture &store = ServerStoreFixture::shared();
  SqlSession coordinator(store.connection(QStringLiteral("coordinator")));
  REQUIRE(coordinator.connected());
  const SqlOutcome inserted = coordinator.run(
    QStringLiteral("INSERT INTO lagesbild.incidents (kind, category, source, occurred_from, external_id) SELECT 1, "
                   "(SELECT id FROM lagesbild.categories WHERE code = 'brott_ran'), (SELECT id FROM lagesbild.sources WHERE code = "
                   "'polisen'), now(), 'bulk-' || n FROM generate_series(1, 1500) n"));
  REQUIRE(inserted.changed == 1500);
  CHECK(coordinator.value(QStringLiteral("SELECT after_json ->> 'rows' FROM lagesbild.audit WHERE table_name = 'incidents' AND "
                                         "action = 'insert' ORDER BY id DESC LIMIT 1")) == QLatin1String("1500"));
}

TEST_CASE("A user's password reaches the server hashed, never as text, and the login works over 127.0.0.1", "[server][audit]")
{
  ServerStoreFixture &store = ServerStoreFixture::shared();
  ThrowawayServer &server = ThrowawayServer::shared();
  SqlSession admin(store.connection(QStringLiteral("postgres")));
  // Every statement of the next session of this login goes to the server's log.
  REQUIRE(admin.run(QStringLiteral("ALTER ROLE postgres IN DATABASE %1 SET log_statement = 'all'").arg(store.database())).ok);

  auto connection = PostgresConnection::open(store.connection(QStringLiteral("postgres")));
  REQUIRE(connection.ok());
  const QString password = QStringLiteral("Korrekt-Häst-Batteri-7");
  NewServerUser user;
  user.name = store.login(QStringLiteral("nattvandrare"));
  user.role = ServerRole::Reporter;
  user.organisation = QStringLiteral("nattvandrare");
  user.password = password;
  const auto added = ServerUsers::add(*connection, user);
  INFO((added.ok() ? QString() : added.error().toString()).toStdString());
  REQUIRE(added.ok());
  CHECK_FALSE(added->organisationCreated);
  REQUIRE(admin.run(QStringLiteral("ALTER ROLE postgres IN DATABASE %1 RESET log_statement").arg(store.database())).ok);

  CHECK(admin.value(QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = '%1'").arg(user.name)) ==
        QLatin1String("t"));
  QFile log(server.socketDirectory() + QStringLiteral("/postgres.log"));
  REQUIRE(log.open(QIODevice::ReadOnly));
  const QByteArray logged = log.readAll();
  CHECK(logged.contains("CREATE ROLE"));
  CHECK_FALSE(logged.contains(password.toUtf8()));

  SqlSession overTcp(server.tcpConnection(user.name, store.database()) + QStringLiteral("&password=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(password)));
  INFO(overTcp.connectError().toStdString());
  CHECK(overTcp.connected());
  SqlSession wrong(server.tcpConnection(user.name, store.database()) + QStringLiteral("&password=fel"));
  CHECK_FALSE(wrong.connected());

  // A reporter without an organisation is refused before anything is created.
  NewServerUser orphan;
  orphan.name = store.login(QStringLiteral("orphan"));
  orphan.role = ServerRole::Reporter;
  const auto refused = ServerUsers::add(*connection, orphan);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == ErrorCode::Usage);
  CHECK(admin.value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(orphan.name)) == QLatin1String("0"));
}
