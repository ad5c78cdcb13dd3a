// Every lagesbild-cli command that takes a STORE, run as a user would run it (a child process,
// English messages) on the Kungsör demo written once into a GeoPackage and once into a server
// store: the same command gives the same figures on both, a connection is never echoed with its
// password, and what a server store cannot do (init, --force) is refused with a clear message.
#include "sqlsession.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace lagesbild::test;

namespace
{
struct CliOutcome
{
    int exitCode = -1;
    QString output;
    QString error;
};

CliOutcome runCli(const QStringList &arguments, int timeoutMs = 240000)
{
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("LAGESBILD_LANG"), QStringLiteral("en"));
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(LAGESBILD_BINARY_DIR "/bin/lagesbild-cli"), arguments);
  REQUIRE(process.waitForStarted());
  process.closeWriteChannel();
  REQUIRE(process.waitForFinished(timeoutMs));
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray fileDigest(const QString &path)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return {};
  return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

//! The demo in a GeoPackage and in a fresh server store, written once per test executable.
struct TwoDemoStores
{
    QTemporaryDir directory;
    QString geoPackage;
    QString server;

    static TwoDemoStores &shared()
    {
      static TwoDemoStores stores;
      return stores;
    }

  private:
    TwoDemoStores()
    {
      geoPackage = directory.filePath(QStringLiteral("kungsor.gpkg"));
      const CliOutcome local = runCli({QStringLiteral("demo"), geoPackage});
      INFO(local.error.toStdString());
      REQUIRE(local.exitCode == 0);

      ThrowawayServer &cluster = ThrowawayServer::shared();
      server = cluster.socketConnection(QStringLiteral("postgres"), cluster.createDatabase());
      const CliOutcome init =
        runCli({QStringLiteral("server"), QStringLiteral("init"), server, QStringLiteral("--municipality"), QStringLiteral("1960")});
      INFO(init.error.toStdString());
      REQUIRE(init.exitCode == 0);
      const CliOutcome demo = runCli({QStringLiteral("demo"), server});
      INFO(demo.error.toStdString());
      REQUIRE(demo.exitCode == 0);
    }
};

//! Runs the command on both stores (STORE first) and checks that the outputs agree, with the
//! store's name taken out.
void checkSameOnBoth(const QStringList &commandAndOptions)
{
  TwoDemoStores &stores = TwoDemoStores::shared();
  QStringList onFile = commandAndOptions;
  onFile.insert(1, stores.geoPackage);
  QStringList onServer = commandAndOptions;
  onServer.insert(1, stores.server);
  const CliOutcome local = runCli(onFile);
  const CliOutcome shared = runCli(onServer);
  INFO(commandAndOptions.join(QLatin1Char(' ')).toStdString());
  INFO("GeoPackage: " << local.output.toStdString() << local.error.toStdString());
  INFO("server: " << shared.output.toStdString() << shared.error.toStdString());
  REQUIRE(local.exitCode == 0);
  REQUIRE(shared.exitCode == 0);
  QString a = local.output;
  QString b = shared.output;
  a.replace(stores.geoPackage, QStringLiteral("STORE"));
  b.replace(stores.server, QStringLiteral("STORE"));
  // Running times ("0,3 s") are the one thing allowed to differ.
  static const QRegularExpression sSeconds(QStringLiteral("\\b\\d+,\\d+ s\\b"));
  a.replace(sSeconds, QStringLiteral("T s"));
  b.replace(sSeconds, QStringLiteral("T s"));
  CHECK(a.toStdString() == b.toStdString());
}
} // namespace

TEST_CASE("compare gives the same figures on a server store as on the GeoPackage", "[server][cli][backends]")
{
  checkSameOnBoth({QStringLiteral("compare"), QStringLiteral("--kind"), QStringLiteral("crime"), QStringLiteral("--a"),
                   QStringLiteral("2020-01-01..2020-12-12"), QStringLiteral("--b"), QStringLiteral("2021-01-01..2021-12-12")});
  checkSameOnBoth({QStringLiteral("compare"), QStringLiteral("--kind"), QStringLiteral("report"), QStringLiteral("--by"),
                   QStringLiteral("category"), QStringLiteral("--a"), QStringLiteral("2020-06-01..2020-11-30"), QStringLiteral("--b"),
                   QStringLiteral("2021-06-01..2021-11-30"), QStringLiteral("--format"), QStringLiteral("json")});
  checkSameOnBoth({QStringLiteral("compare"), QStringLiteral("--kind"), QStringLiteral("all"), QStringLiteral("--by"),
                   QStringLiteral("weekday"), QStringLiteral("--a"), QStringLiteral("2020-03-29..2020-10-25"), QStringLiteral("--b"),
                   QStringLiteral("2021-03-28..2021-10-31")});
}

TEST_CASE("patterns gives the same hours, weekdays and months on a server store", "[server][cli][backends]")
{
  checkSameOnBoth({QStringLiteral("patterns"), QStringLiteral("--period"), QStringLiteral("2021-01-01..2021-12-31")});
  checkSameOnBoth({QStringLiteral("patterns"), QStringLiteral("--period"), QStringLiteral("2021-01-01..2021-12-31"),
                   QStringLiteral("--hours"), QStringLiteral("18-02"), QStringLiteral("--weekdays"), QStringLiteral("5,6")});
}

TEST_CASE("hotspots writes the same grid from a server store", "[server][cli][backends]")
{
  TwoDemoStores &stores = TwoDemoStores::shared();
  for (const QString &method : {QStringLiteral("count"), QStringLiteral("gistar")})
  {
    const QString fromFile = stores.directory.filePath(method + QStringLiteral("-file.csv"));
    const QString fromServer = stores.directory.filePath(method + QStringLiteral("-server.csv"));
    const CliOutcome local =
      runCli({QStringLiteral("hotspots"), stores.geoPackage, QStringLiteral("--method"), method, QStringLiteral("--period"),
              QStringLiteral("2021-01-01..2021-12-31"), QStringLiteral("--out"), fromFile});
    const CliOutcome shared =
      runCli({QStringLiteral("hotspots"), stores.server, QStringLiteral("--method"), method, QStringLiteral("--period"),
              QStringLiteral("2021-01-01..2021-12-31"), QStringLiteral("--out"), fromServer});
    INFO(local.error.toStdString() << shared.error.toStdString());
    REQUIRE(local.exitCode == 0);
    REQUIRE(shared.exitCode == 0);
    CHECK(QFileInfo(fromFile).size() > 100);
    CHECK(fileDigest(fromFile) == fileDigest(fromServer));
  }
}

TEST_CASE("evaluate, interventions, addresses and nearrepeat read a server store as they read a file", "[server][cli][backends]")
{
  checkSameOnBoth({QStringLiteral("evaluate"), QStringLiteral("--intervention"), QStringLiteral("1")});
  checkSameOnBoth({QStringLiteral("interventions"), QStringLiteral("list")});
  checkSameOnBoth({QStringLiteral("addresses"), QStringLiteral("count")});
  checkSameOnBoth({QStringLiteral("nearrepeat"), QStringLiteral("--kind"), QStringLiteral("crime"), QStringLiteral("--space-bands"),
                   QStringLiteral("0,1,100,200,300,400"), QStringLiteral("--time-bands"), QStringLiteral("0,7,14,21,28"),
                   QStringLiteral("--permutations"), QStringLiteral("99"), QStringLiteral("--seed"), QStringLiteral("7")});
}

TEST_CASE("import into a server store adds new rows once, and interventions can be registered there", "[server][cli][backends]")
{
  TwoDemoStores &stores = TwoDemoStores::shared();
  const QString csv = stores.directory.filePath(QStringLiteral("rapporter.csv"));
  {
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("datum;kategori;x;y;id\n"
               "2022-02-01 22:15;Klotter;562800;6587650;srv-1\n"
               "2022-02-02 23:40;Klotter;562850;6587700;srv-2\n");
  }
  const QStringList importArguments = {QStringLiteral("import"),
                                       stores.server,
                                       csv,
                                       QStringLiteral("--crs"),
                                       QStringLiteral("EPSG:3006"),
                                       QStringLiteral("--source"),
                                       QStringLiteral("bostadsbolaget"),
                                       QStringLiteral("--kind"),
                                       QStringLiteral("report")};
  const CliOutcome first = runCli(importArguments);
  INFO(first.output.toStdString() << first.error.toStdString());
  REQUIRE(first.exitCode == 0);
  const CliOutcome again = runCli(importArguments);
  INFO(again.output.toStdString() << again.error.toStdString());
  REQUIRE(again.exitCode == 0);
  SqlSession session(stores.server);
  CHECK(session.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents WHERE external_id IN ('srv-1', 'srv-2')")) ==
        QLatin1String("2"));

  const CliOutcome added =
    runCli({QStringLiteral("interventions"), stores.server, QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("night_walks"),
            QStringLiteral("--title"), QStringLiteral("Nattvandring vid torget"), QStringLiteral("--start"), QStringLiteral("2022-02-01"),
            QStringLiteral("--at"), QStringLiteral("562800,6587650"), QStringLiteral("--radius"), QStringLiteral("150")});
  INFO(added.error.toStdString());
  CHECK(added.exitCode == 0);
  const CliOutcome listed = runCli({QStringLiteral("interventions"), stores.server, QStringLiteral("list")});
  CHECK(listed.output.contains(QLatin1String("Nattvandring vid torget")));
}

TEST_CASE("report prints a PDF from a server store through QGIS's postgres provider", "[server][cli][backends]")
{
  TwoDemoStores &stores = TwoDemoStores::shared();
  const QString pdf = stores.directory.filePath(QStringLiteral("server-report.pdf"));
  const CliOutcome printed =
    runCli({QStringLiteral("report"), stores.server, QStringLiteral("--period"), QStringLiteral("2021-01-01..2021-12-12"),
            QStringLiteral("--compare-to"), QStringLiteral("2020-01-01..2020-12-12"), QStringLiteral("--out"), pdf});
  INFO(printed.output.toStdString() << printed.error.toStdString());
  REQUIRE(printed.exitCode == 0);
  QFile file(pdf);
  REQUIRE(file.open(QIODevice::ReadOnly));
  CHECK(file.read(5) == QByteArray("%PDF-"));
  CHECK(file.size() > 20000);
}

TEST_CASE("A server store is never created or replaced by init or demo --force", "[server][cli][backends]")
{
  TwoDemoStores &stores = TwoDemoStores::shared();
  const CliOutcome init = runCli({QStringLiteral("init"), stores.server});
  CHECK(init.exitCode != 0);
  CHECK(init.error.contains(QLatin1String("server init")));
  const CliOutcome demo = runCli({QStringLiteral("demo"), stores.server, QStringLiteral("--force")});
  CHECK(demo.exitCode != 0);
  CHECK(demo.error.contains(QLatin1String("has incidents already")));
}
