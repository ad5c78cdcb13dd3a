// A process killed with SIGKILL in the middle of a batch leaves the store exactly as before
// the batch: integrity_check ok, the same counts, a consistent R-tree with its triggers, and
// the store opens and takes the next batch normally.
#include "storetestsupport.h"

#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
QString writerPath()
{
  return QStringLiteral(LAGESBILD_STORE_BATCH_WRITER);
}

struct Snapshot
{
    std::int64_t incidents = 0;
    std::int64_t indexed = 0;
    std::int64_t audit = 0;
    std::int64_t triggers = 0;
    QString integrity;
    QString rtree;
};

Snapshot snapshot(const QString &path)
{
  // Read-write, as the app and the CLI open a store: a large batch killed after SQLite began
  // writing pages leaves a hot rollback journal, which only a writer can roll back (a
  // read-only connection gets SQLITE_READONLY_ROLLBACK until then).
  RawDatabase raw(path, false);
  Snapshot s;
  s.incidents = raw.integer("SELECT count(*) FROM incidents");
  s.indexed = raw.integer("SELECT count(*) FROM rtree_incidents_geom");
  s.audit = raw.integer("SELECT count(*) FROM audit");
  s.triggers = raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_incidents_geom_%'");
  s.integrity = raw.text("PRAGMA integrity_check");
  s.rtree = raw.text("SELECT rtreecheck('rtree_incidents_geom')");
  return s;
}

void killMidBatch(const QString &mode, int delayMs)
{
  QTemporaryDir dir;
  QString path;
  {
    auto store = makeStore(dir);
    REQUIRE(store);
    path = store->location();
    REQUIRE(store->insertBatch(syntheticIncidents(2000), {}));
  }
  const Snapshot before = snapshot(path);
  REQUIRE(before.incidents == 2000);
  REQUIRE(before.integrity == QStringLiteral("ok"));

  QProcess writer;
  writer.start(writerPath(), {path, QStringLiteral("200000"), mode});
  REQUIRE(writer.waitForStarted(10000));
  const QByteArray marker = mode == QStringLiteral("none") ? QByteArray("STARTED") : QByteArray("PAUSED");
  QByteArray output;
  QElapsedTimer timer;
  timer.start();
  while (!output.contains(marker) && timer.elapsed() < 60000)
  {
    writer.waitForReadyRead(100);
    output += writer.readAllStandardOutput();
  }
  INFO(output.toStdString());
  REQUIRE(output.contains(marker));
  if (delayMs > 0)
    writer.waitForFinished(delayMs);
  REQUIRE(writer.state() == QProcess::Running); // still inside the batch
  writer.kill();                                // SIGKILL
  REQUIRE(writer.waitForFinished(10000));
  CHECK(writer.exitStatus() == QProcess::CrashExit);

  const Snapshot after = snapshot(path);
  CHECK(after.integrity == QStringLiteral("ok"));
  CHECK(after.rtree == QStringLiteral("ok"));
  CHECK(after.incidents == before.incidents);
  CHECK(after.indexed == before.indexed);
  CHECK(after.audit == before.audit);
  CHECK(after.triggers == 6);

  auto store = GeoPackageStore::open(path);
  REQUIRE(store);
  CHECK((*store)->count(IncidentFilter::all()).value() == 2000);
  const auto next = (*store)->insertBatch(syntheticIncidents(300, 8, QStringLiteral("after")), {});
  REQUIRE(next);
  CHECK(next->inserted == 300);
  RawDatabase raw(path);
  CHECK(raw.integer("SELECT count(*) FROM rtree_incidents_geom") == 2300);
}
} // namespace

TEST_CASE("SIGKILL while a batch writes its rows leaves the store as before", "[store][crash]")
{
  killMidBatch(QStringLiteral("rows"), 0);
}

TEST_CASE("SIGKILL while the spatial index is being rebuilt leaves the store as before", "[store][crash]")
{
  killMidBatch(QStringLiteral("index"), 0);
}

TEST_CASE("SIGKILL at an arbitrary moment of a running batch leaves the store as before", "[store][crash]")
{
  killMidBatch(QStringLiteral("none"), 150);
}
