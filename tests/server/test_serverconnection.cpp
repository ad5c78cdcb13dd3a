// PostgresConnection as users configure it: a service from pg_service.conf, the password from a
// password file (never in the connection string), and sslmode passed on to libpq.
#include "store/postgres/connectionstring.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/serverusers.h"
#include "storefixture.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace lagesbild;
using namespace lagesbild::test;

namespace
{
//! Sets an environment variable for the scope of a test, then removes it.
class ScopedVariable
{
  public:
    ScopedVariable(const char *name, const QString &value) : mName(name) { qputenv(name, value.toLocal8Bit()); }
    ~ScopedVariable() { qunsetenv(mName); }
    ScopedVariable(const ScopedVariable &) = delete;
    ScopedVariable &operator=(const ScopedVariable &) = delete;

  private:
    const char *mName;
};

void writeFile(const QString &path, const QString &text, QFileDevice::Permissions permissions)
{
  QFile file(path);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(text.toUtf8());
  file.close();
  REQUIRE(file.setPermissions(permissions));
}
} // namespace

TEST_CASE("A service from the service file and a password from the password file connect over 127.0.0.1", "[server][connection]")
{
  ServerStoreFixture &store = ServerStoreFixture::shared();
  ThrowawayServer &server = ThrowawayServer::shared();
  auto admin = PostgresConnection::open(store.connection(QStringLiteral("postgres")));
  REQUIRE(admin.ok());
  NewServerUser user;
  user.name = store.login(QStringLiteral("pgpass"));
  user.role = ServerRole::Analyst;
  user.password = QStringLiteral("ur:pgpass-fil");
  REQUIRE(ServerUsers::add(*admin, user).ok());

  QTemporaryDir directory;
  const QString serviceFile = directory.filePath(QStringLiteral("pg_service.conf"));
  const QString passwordFile = directory.filePath(QStringLiteral("pgpass"));
  writeFile(serviceFile,
            QStringLiteral("[lagesbild_test]\nhost=127.0.0.1\nport=%1\ndbname=%2\nuser=%3\nsslmode=disable\n")
              .arg(server.port())
              .arg(store.database(), user.name),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
  // The colon in the password is escaped as the password file requires.
  writeFile(passwordFile, QStringLiteral("127.0.0.1:%1:%2:%3:ur\\:pgpass-fil\n").arg(server.port()).arg(store.database(), user.name),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
  const ScopedVariable services("PGSERVICEFILE", serviceFile);
  const ScopedVariable passwords("PGPASSFILE", passwordFile);

  REQUIRE(ConnectionString::isPostgres(QStringLiteral("service=lagesbild_test")));
  auto connection = PostgresConnection::open(QStringLiteral("service=lagesbild_test"));
  INFO((connection.ok() ? QString() : connection.error().toString()).toStdString());
  REQUIRE(connection.ok());
  CHECK(connection->userName() == user.name);
  const auto incidents = connection->query(QStringLiteral("SELECT count(*) >= 0 FROM lagesbild.incidents"));
  CHECK(incidents.ok());

  auto uri = PostgresConnection::open(
    QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable").arg(user.name).arg(server.port()).arg(store.database()));
  CHECK(uri.ok());
}

TEST_CASE("sslmode is passed on: require refuses a server without SSL", "[server][connection]")
{
  ServerStoreFixture &store = ServerStoreFixture::shared();
  ThrowawayServer &server = ThrowawayServer::shared();
  const auto refused = PostgresConnection::open(
    QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2?sslmode=require").arg(server.port()).arg(store.database()));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().detail.contains(QLatin1String("SSL"), Qt::CaseInsensitive));
}
