// lagesbild-cli server init / add-user against the throwaway cluster, run as a user would run
// them (a child process, English messages), with the outcome checked in plain SQL.
#include "sqlsession.h"
#include "store/geopackage/geopackagestore.h"
#include "store/postgres/postgresschema.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

using namespace lagesbild::test;

namespace
{
struct CliOutcome
{
    int exitCode = -1;
    QString output;
    QString error;
};

CliOutcome runCli(const QStringList &arguments, const QByteArray &input = {})
{
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("LAGESBILD_LANG"), QStringLiteral("en"));
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(LAGESBILD_BINARY_DIR "/bin/lagesbild-cli"), arguments);
  REQUIRE(process.waitForStarted());
  process.write(input);
  process.closeWriteChannel();
  REQUIRE(process.waitForFinished(60000));
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

TEST_CASE("lagesbild-cli server init sets up a database, again without change, and refuses what it cannot do", "[server][cli]")
{
  ThrowawayServer &server = ThrowawayServer::shared();
  const QString database = server.createDatabase();
  const QString connection = server.socketConnection(QStringLiteral("postgres"), database);

  const CliOutcome created =
    runCli({QStringLiteral("server"), QStringLiteral("init"), connection, QStringLiteral("--municipality"), QStringLiteral("1960")});
  INFO(created.error.toStdString());
  REQUIRE(created.exitCode == 0);
  CHECK(created.output.contains(QLatin1String("Created the server store")));
  CHECK(created.output.contains(QStringLiteral("Kungsör (1960)")));

  const CliOutcome again =
    runCli({QStringLiteral("server"), QStringLiteral("init"), connection, QStringLiteral("--municipality"), QStringLiteral("Kungsör")});
  CHECK(again.exitCode == 0);
  CHECK(again.output.contains(QStringLiteral("already at schema version %1").arg(lagesbild::PostgresSchema::currentVersion())));
  CHECK(again.output.contains(QLatin1String("Categories added: 0, organisations added: 0")));

  const CliOutcome other =
    runCli({QStringLiteral("server"), QStringLiteral("init"), connection, QStringLiteral("--municipality"), QStringLiteral("1980")});
  CHECK(other.exitCode == 1);
  CHECK(other.error.contains(QLatin1String("already set up for municipality 1960")));

  const CliOutcome gpkg = runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("/tmp/store.gpkg"),
                                  QStringLiteral("--municipality"), QStringLiteral("1960")});
  CHECK(gpkg.exitCode == 2);
  const CliOutcome noMunicipality = runCli({QStringLiteral("server"), QStringLiteral("init"), connection});
  CHECK(noMunicipality.exitCode == 2);

  SqlSession session(connection);
  CHECK(session.value(QStringLiteral("SELECT value FROM lagesbild.meta WHERE key = 'municipality_code'")) == QLatin1String("1960"));
}

TEST_CASE("lagesbild-cli server add-user makes a login of the role, its password read from stdin", "[server][cli]")
{
  ThrowawayServer &server = ThrowawayServer::shared();
  const QString database = server.createDatabase();
  const QString connection = server.socketConnection(QStringLiteral("postgres"), database);
  REQUIRE(runCli({QStringLiteral("server"), QStringLiteral("init"), connection, QStringLiteral("--municipality"), QStringLiteral("1960")})
            .exitCode == 0);

  const QString name = database + QStringLiteral("_nattvandrare");
  const QString password = QStringLiteral("Lykta & Reflexväst 9");
  const CliOutcome added =
    runCli({QStringLiteral("server"), QStringLiteral("add-user"), name, QStringLiteral("--role"), QStringLiteral("reporter"),
            QStringLiteral("--organisation"), QStringLiteral("nattvandrare"), QStringLiteral("--password"), connection},
           password.toUtf8() + '\n');
  INFO(added.error.toStdString());
  REQUIRE(added.exitCode == 0);
  CHECK(added.output.contains(QStringLiteral("Added %1 with the role reporter").arg(name)));
  CHECK_FALSE(added.output.contains(password));

  SqlSession asReporter(server.tcpConnection(name, database) + QStringLiteral("&password=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(password)));
  INFO(asReporter.connectError().toStdString());
  REQUIRE(asReporter.connected());
  CHECK(asReporter.value(QStringLiteral("SELECT s.code FROM lagesbild.sources s WHERE s.id = lagesbild.my_organisation()")) ==
        QLatin1String("nattvandrare"));

  const CliOutcome noPassword = runCli({QStringLiteral("server"), QStringLiteral("add-user"), database + QStringLiteral("_analytiker"),
                                        QStringLiteral("--role"), QStringLiteral("analyst"), connection});
  CHECK(noPassword.exitCode == 0);
  CHECK(noPassword.output.contains(QLatin1String("No password set")));

  const CliOutcome twice = runCli({QStringLiteral("server"), QStringLiteral("add-user"), database + QStringLiteral("_analytiker"),
                                   QStringLiteral("--role"), QStringLiteral("analyst"), connection});
  CHECK(twice.exitCode == 1);
  CHECK(twice.error.contains(QLatin1String("already exists")));

  const CliOutcome noOrganisation = runCli({QStringLiteral("server"), QStringLiteral("add-user"), database + QStringLiteral("_x"),
                                            QStringLiteral("--role"), QStringLiteral("reporter"), connection});
  CHECK(noOrganisation.exitCode == 2);
  const CliOutcome badRole = runCli({QStringLiteral("server"), QStringLiteral("add-user"), database + QStringLiteral("_y"),
                                     QStringLiteral("--role"), QStringLiteral("admin"), connection});
  CHECK(badRole.exitCode == 2);
  const CliOutcome emptyPassword = runCli({QStringLiteral("server"), QStringLiteral("add-user"), database + QStringLiteral("_z"),
                                           QStringLiteral("--role"), QStringLiteral("police"), QStringLiteral("--password"), connection},
                                          "\n");
  CHECK(emptyPassword.exitCode == 1);

  SqlSession admin(connection);
  CHECK(admin.value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('%1_x', '%1_y', '%1_z')").arg(database)) ==
        QLatin1String("0"));
}

TEST_CASE("lagesbild-cli push sends the Kungsör demo once however often it runs", "[server][cli][push]")
{
  ThrowawayServer &server = ThrowawayServer::shared();
  const QString database = server.createDatabase();
  const QString connection = server.socketConnection(QStringLiteral("postgres"), database);
  REQUIRE(runCli({QStringLiteral("server"), QStringLiteral("init"), connection, QStringLiteral("--municipality"), QStringLiteral("1960")})
            .exitCode == 0);
  QTemporaryDir directory;
  const QString local = directory.filePath(QStringLiteral("kungsor.gpkg"));
  REQUIRE(runCli({QStringLiteral("demo"), local}).exitCode == 0);
  auto store = lagesbild::GeoPackageStore::open(local, lagesbild::StoreAccess::Read);
  REQUIRE(store.ok());
  const auto localCount = (*store)->count(lagesbild::IncidentFilter::all());
  REQUIRE(localCount.ok());
  REQUIRE(*localCount > 1000);

  const CliOutcome first = runCli({QStringLiteral("push"), local, connection, QStringLiteral("--batch"), QStringLiteral("2000")});
  INFO(first.error.toStdString());
  REQUIRE(first.exitCode == 0);
  CHECK(first.output.contains(QStringLiteral("Pushed %1 incidents").arg(*localCount)));
  CHECK(first.output.contains(QStringLiteral("%1 new, 0 already there").arg(*localCount)));
  const CliOutcome second = runCli({QStringLiteral("push"), local, connection});
  REQUIRE(second.exitCode == 0);
  CHECK(second.output.contains(QStringLiteral("0 new, %1 already there").arg(*localCount)));

  SqlSession session(connection);
  CHECK(session.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents")).toLongLong() == *localCount);
  CHECK(session.value(QStringLiteral("SELECT count(DISTINCT dedup_key) FROM lagesbild.incidents")).toLongLong() == *localCount);

  CHECK(runCli({QStringLiteral("push"), local, QStringLiteral("/tmp/other.gpkg")}).exitCode == 2);
  CHECK(runCli({QStringLiteral("push"), local, connection, QStringLiteral("--batch"), QStringLiteral("0")}).exitCode == 2);
}

TEST_CASE("A push killed with SIGKILL after its first batches finishes when pushed again, each incident once", "[server][cli][push]")
{
  ThrowawayServer &server = ThrowawayServer::shared();
  const QString database = server.createDatabase();
  const QString connection = server.socketConnection(QStringLiteral("postgres"), database);
  REQUIRE(runCli({QStringLiteral("server"), QStringLiteral("init"), connection, QStringLiteral("--municipality"), QStringLiteral("1960")})
            .exitCode == 0);
  QTemporaryDir directory;
  const QString local = directory.filePath(QStringLiteral("kungsor.gpkg"));
  REQUIRE(runCli({QStringLiteral("demo"), local, QStringLiteral("--scale"), QStringLiteral("3")}).exitCode == 0);
  auto store = lagesbild::GeoPackageStore::open(local, lagesbild::StoreAccess::Read);
  REQUIRE(store.ok());
  const auto localCount = (*store)->count(lagesbild::IncidentFilter::all());
  REQUIRE(localCount.ok());

  // Killed as soon as the server has rows (wherever the push is then: mid-batch or done, the
  // second push must end with every incident exactly once).
  QProcess push;
  push.start(QStringLiteral(LAGESBILD_BINARY_DIR "/bin/lagesbild-cli"),
             {QStringLiteral("push"), local, connection, QStringLiteral("--batch"), QStringLiteral("1000")});
  REQUIRE(push.waitForStarted());
  SqlSession session(connection);
  QElapsedTimer waited;
  waited.start();
  while (session.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents")).toLongLong() == 0 && waited.elapsed() < 60000 &&
         push.state() == QProcess::Running)
    QThread::msleep(5);
  push.kill();
  REQUIRE(push.waitForFinished(30000));
  const long long afterKill = session.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents")).toLongLong();
  CHECK(afterKill > 0);
  CHECK(afterKill % 1000 == (afterKill == *localCount ? *localCount % 1000 : 0)); // whole batches only

  const CliOutcome again = runCli({QStringLiteral("push"), local, connection, QStringLiteral("--batch"), QStringLiteral("1000")});
  INFO(again.error.toStdString());
  REQUIRE(again.exitCode == 0);
  CHECK(again.output.contains(QStringLiteral("%1 new, %2 already there").arg(*localCount - afterKill).arg(afterKill)));
  CHECK(session.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents")).toLongLong() == *localCount);
  CHECK(session.value(QStringLiteral("SELECT count(DISTINCT dedup_key) FROM lagesbild.incidents")).toLongLong() == *localCount);
}
