// The server restarted in the middle of a push (issue 19, "load and faults"): a push of the
// Kungsör demo ×3 runs in a child process; once the server has rows, the cluster is stopped with
// a fast shutdown (the transaction of the batch in flight is rolled back, the push loses its
// connection) and started again; pushing again stores every incident exactly once. Also a push
// over several connections at once (--connections): exactly once, whole audited batches.
#include "servercli.h"
#include "sqlsession.h"
#include "store/incidentstore.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace lagesbild;
using namespace lagesbild::test;

TEST_CASE("The server restarted mid-push: pushing again stores every incident exactly once", "[server][cli][push][restart]")
{
  // A cluster of its own: the shared one keeps running for the other tests.
  QString error;
  std::unique_ptr<ThrowawayServer> server = ThrowawayServer::start(error);
  INFO(error.toStdString());
  REQUIRE(server);
  const QString database = server->createDatabase();
  const QString connection = server->socketConnection(QStringLiteral("postgres"), database);
  REQUIRE(runCli({QStringLiteral("server"), QStringLiteral("init"), connection, QStringLiteral("--municipality"), QStringLiteral("1960")})
            .exitCode == 0);
  QTemporaryDir directory;
  REQUIRE(directory.isValid());
  const QString local = directory.filePath(QStringLiteral("kungsor.gpkg"));
  REQUIRE(runCli({QStringLiteral("demo"), local, QStringLiteral("--scale"), QStringLiteral("3")}).exitCode == 0);
  std::int64_t localCount = 0;
  {
    auto store = IncidentStore::open(local, StoreAccess::Read);
    REQUIRE(store.ok());
    localCount = (*store)->count(IncidentFilter::all()).value();
  }
  REQUIRE(localCount > 10000);

  QProcess push;
  push.start(cliPath(), {QStringLiteral("push"), local, connection, QStringLiteral("--batch"), QStringLiteral("500")});
  REQUIRE(push.waitForStarted());
  long long beforeStop = 0;
  {
    SqlSession session(connection);
    REQUIRE(session.connected());
    QElapsedTimer waited;
    waited.start();
    while (beforeStop == 0 && waited.elapsed() < 60000 && push.state() == QProcess::Running)
    {
      beforeStop = session.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents")).toLongLong();
      if (beforeStop == 0)
        QThread::msleep(5);
    }
  }
  const bool stoppedMidPush = push.state() == QProcess::Running;
  REQUIRE(server->stop(error));
  INFO(error.toStdString());
  REQUIRE(push.waitForFinished(60000));
  if (stoppedMidPush)
  {
    // The push noticed that the server went away: an error, not a silent success.
    CHECK(push.exitCode() != 0);
    CHECK_FALSE(QString::fromUtf8(push.readAllStandardError()).isEmpty());
  }
  REQUIRE(server->restart(error));

  long long afterRestart = 0;
  {
    SqlSession session(connection);
    REQUIRE(session.connected());
    afterRestart = session.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents")).toLongLong();
  }
  CHECK(afterRestart >= beforeStop);
  CHECK(afterRestart % 500 == (afterRestart == localCount ? localCount % 500 : 0)); // whole batches only

  const CliOutcome again = runCli({QStringLiteral("push"), local, connection, QStringLiteral("--batch"), QStringLiteral("500")});
  INFO(again.error.toStdString());
  REQUIRE(again.exitCode == 0);
  CHECK(again.output.contains(QStringLiteral("%1 new, %2 already there").arg(localCount - afterRestart).arg(afterRestart)));
  SqlSession session(connection);
  CHECK(session.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents")).toLongLong() == localCount);
  CHECK(session.value(QStringLiteral("SELECT count(DISTINCT dedup_key) FROM lagesbild.incidents")).toLongLong() == localCount);
  CHECK(stoppedMidPush); // the stop came while the push was running (otherwise the test proved less)
}

TEST_CASE("A push over several connections stores every incident exactly once, in whole batches", "[server][cli][push]")
{
  ThrowawayServer &server = ThrowawayServer::shared();
  const QString connection = server.socketConnection(QStringLiteral("postgres"), server.createDatabase());
  REQUIRE(runCli({QStringLiteral("server"), QStringLiteral("init"), connection, QStringLiteral("--municipality"), QStringLiteral("1960")})
            .exitCode == 0);
  QTemporaryDir directory;
  REQUIRE(directory.isValid());
  const QString local = directory.filePath(QStringLiteral("kungsor.gpkg"));
  REQUIRE(runCli({QStringLiteral("demo"), local}).exitCode == 0);
  std::int64_t localCount = 0;
  {
    auto store = IncidentStore::open(local, StoreAccess::Read);
    REQUIRE(store.ok());
    localCount = (*store)->count(IncidentFilter::all()).value();
  }

  const CliOutcome pushed = runCli({QStringLiteral("push"), local, connection, QStringLiteral("--batch"), QStringLiteral("300"),
                                    QStringLiteral("--connections"), QStringLiteral("3")});
  INFO(pushed.error.toStdString());
  REQUIRE(pushed.exitCode == 0);
  const int batches = static_cast<int>((localCount + 299) / 300);
  CHECK(pushed.output.contains(QStringLiteral("%1 new, 0 already there, in %2 batches").arg(localCount).arg(batches)));
  const CliOutcome again = runCli({QStringLiteral("push"), local, connection, QStringLiteral("--connections"), QStringLiteral("4")});
  REQUIRE(again.exitCode == 0);
  CHECK(again.output.contains(QStringLiteral("0 new, %1 already there").arg(localCount)));
  SqlSession session(connection);
  CHECK(session.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents")).toLongLong() == localCount);
  CHECK(session.value(QStringLiteral("SELECT count(DISTINCT dedup_key) FROM lagesbild.incidents")).toLongLong() == localCount);
  // Each batch is one audited insert statement (a summary row for more than 1000 rows, else a row each).
  CHECK(session.value(QStringLiteral("SELECT count(*) FROM lagesbild.audit WHERE table_name = 'incidents' AND action = 'insert'"))
          .toLongLong() == localCount);

  CHECK(runCli({QStringLiteral("push"), local, connection, QStringLiteral("--connections"), QStringLiteral("0")}).exitCode == 2);
  CHECK(runCli({QStringLiteral("push"), local, connection, QStringLiteral("--connections"), QStringLiteral("9")}).exitCode == 2);
}
