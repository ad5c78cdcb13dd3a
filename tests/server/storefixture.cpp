#include "storefixture.h"

#include "store/postgres/postgresconnection.h"
#include "store/postgres/serverinit.h"
#include "store/postgres/serverusers.h"
#include "throwawayserver.h"

#include <QtGlobal>

namespace lagesbild::test
{
namespace
{
struct Login
{
    const char *who;
    ServerRole role;
    const char *organisation;
};

constexpr Login kLogins[] = {
  {"coordinator", ServerRole::Coordinator, ""},        {"analyst", ServerRole::Analyst, ""},
  {"police", ServerRole::Police, "polisen"},           {"public", ServerRole::Public, ""},
  {"housing", ServerRole::Reporter, "bostadsbolaget"}, {"guards", ServerRole::Reporter, "vaktare"},
};
} // namespace

ServerStoreFixture &ServerStoreFixture::shared()
{
  static ServerStoreFixture sFixture;
  return sFixture;
}

ServerStoreFixture::ServerStoreFixture()
{
  ThrowawayServer &server = ThrowawayServer::shared();
  mDatabase = server.createDatabase();
  auto connection = PostgresConnection::open(server.socketConnection(QStringLiteral("postgres"), mDatabase));
  if (!connection)
    qFatal("%s", qPrintable(connection.error().toString()));
  const auto initialised = ServerInit::run(*connection, *Municipality::fromCode(QStringLiteral("1960")));
  if (!initialised)
    qFatal("server init: %s", qPrintable(initialised.error().toString()));
  for (const Login &entry : kLogins)
  {
    NewServerUser user;
    user.name = login(QString::fromLatin1(entry.who));
    user.role = entry.role;
    user.organisation = QString::fromLatin1(entry.organisation);
    if (const auto added = ServerUsers::add(*connection, user); !added)
      qFatal("add-user %s: %s", entry.who, qPrintable(added.error().toString()));
  }
}

QString ServerStoreFixture::login(const QString &who) const
{
  if (who == QLatin1String("postgres"))
    return who;
  // Roles are cluster-wide: a login per database.
  return mDatabase + QLatin1Char('_') + who;
}

QString ServerStoreFixture::connection(const QString &who) const
{
  return ThrowawayServer::shared().socketConnection(login(who), mDatabase);
}

QString ServerStoreFixture::insertSql(const QString &kindCode, const QString &categoryCode, const QString &sourceCode,
                                      const QString &description, double x, double y)
{
  return QStringLiteral("INSERT INTO lagesbild.incidents (geom, kind, category, source, occurred_from, description) "
                        "VALUES (ST_SetSRID(ST_MakePoint(%1, %2), 3006), (SELECT id FROM lagesbild.kinds WHERE code = '%3'), "
                        "(SELECT id FROM lagesbild.categories WHERE code = '%4'), (SELECT id FROM lagesbild.sources WHERE code = '%5'), "
                        "'2021-09-03 22:30+02', '%6') RETURNING fid")
    .arg(x, 0, 'f', 2)
    .arg(y, 0, 'f', 2)
    .arg(kindCode, categoryCode, sourceCode, description);
}

} // namespace lagesbild::test
