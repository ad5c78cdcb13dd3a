// Kill tests: a child process (storebatchwriter) inserts a large batch and is killed with SIGKILL
// at kill points spread over its whole run, in both journal modes: the rollback journal a large
// batch uses when nobody else has the store open, and the WAL (this test holds the store open
// meanwhile, reading it all along: a reader sees only the count before until the batch commits).
// After each kill the store must open through GeoPackageStore::open, first for reading and then
// for writing (or the other way round), hold exactly the count before or after the batch, pass
// integrity_check and the R-tree check, and be back in WAL with no journal left behind.
#include "storetestsupport.h"

#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <cstdio>
#include <map>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
constexpr int kStoreRows = 2000;
constexpr int kBatchRows = 30000; // large (>= 20,000): the rollback journal when the store is free
#ifdef __SANITIZE_ADDRESS__
constexpr int kKillPoints = 4; // the core tests also run under AddressSanitizer in CI: kept cheap there
#else
constexpr int kKillPoints = 12;
#endif

QString writerPath()
{
  return QStringLiteral(LAGESBILD_STORE_BATCH_WRITER);
}

//! The last phase line the writer printed (see storebatchwriter.cpp).
QString lastPhase(const QByteArray &output)
{
  QString phase = QStringLiteral("not started");
  for (const QByteArray &line : output.split('\n'))
    if (line == "STARTED" || line == "OPENED" || line.startsWith("PHASE ") || line.startsWith("DONE"))
      phase = QString::fromLatin1(line.startsWith("PHASE ") ? line.mid(6) : line.left(4)).toLower();
  return phase;
}

struct Run
{
    QString phase;
    bool finished = false; //!< the batch ended before the kill
    bool hotJournal = false;
    bool walLeft = false;
    qint64 elapsedMs = 0;
};

//! Runs the writer on path and kills it after killAfterMs (never when negative). With reader,
//! counts incidents through it every few milliseconds while the writer runs: always before.
Run runWriter(const QString &path, qint64 killAfterMs, IncidentStore *reader, std::int64_t before)
{
  Run run;
  QProcess writer;
  QElapsedTimer timer;
  timer.start();
  writer.start(writerPath(), {path, QString::number(kBatchRows), QStringLiteral("none")});
  REQUIRE(writer.waitForStarted(10000));
  const qint64 limit = killAfterMs >= 0 ? killAfterMs : 120000;
  std::int64_t sawAfter = -1;
  while (writer.state() == QProcess::Running && timer.elapsed() < limit)
  {
    writer.waitForFinished(static_cast<int>(std::min<qint64>(reader ? 5 : 50, std::max<qint64>(1, limit - timer.elapsed()))));
    if (reader && writer.state() == QProcess::Running)
    {
      const auto seen = reader->count(IncidentFilter::all());
      REQUIRE(seen.ok());
      // A reader never sees part of the batch: the count before, until the commit (the writer
      // may still be running after it), and never the count before again once it saw another.
      if (*seen != before)
      {
        REQUIRE((sawAfter < 0 || *seen == sawAfter));
        sawAfter = *seen;
      }
    }
  }
  run.finished = writer.state() != QProcess::Running;
  if (!run.finished)
  {
    writer.kill(); // SIGKILL
    REQUIRE(writer.waitForFinished(10000));
  }
  run.elapsedMs = timer.elapsed();
  const QByteArray output = writer.readAllStandardOutput();
  run.phase = lastPhase(output);
  if (killAfterMs < 0)
  {
    INFO(output.toStdString() << writer.readAllStandardError().toStdString());
    REQUIRE(writer.exitCode() == 0);
  }
  run.hotJournal = QFile(path + QStringLiteral("-journal")).size() > 0;
  run.walLeft = QFile(path + QStringLiteral("-wal")).size() > 0;
  return run;
}

struct Checked
{
    std::int64_t count = -1;
};

//! Everything a user would do next: open (reading first, or writing first), count, and look inside.
Checked checkStore(const QString &path, bool readFirst)
{
  Checked checked;
  for (const StoreAccess access :
       readFirst ? std::vector{StoreAccess::Read, StoreAccess::Write} : std::vector{StoreAccess::Write, StoreAccess::Read})
  {
    auto store = GeoPackageStore::open(path, access);
    INFO("open for " << (access == StoreAccess::Read ? "reading" : "writing"));
    REQUIRE(store.ok());
    const auto count = (*store)->count(IncidentFilter::all());
    REQUIRE(count.ok());
    if (checked.count >= 0)
      CHECK(*count == checked.count);
    checked.count = *count;
  }
  CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
  RawDatabase raw(path);
  CHECK(raw.text("PRAGMA journal_mode") == QStringLiteral("wal"));
  CHECK(raw.text("PRAGMA integrity_check") == QStringLiteral("ok"));
  CHECK(raw.text("SELECT rtreecheck('rtree_incidents_geom')") == QStringLiteral("ok"));
  CHECK(raw.integer("SELECT count(*) FROM rtree_incidents_geom") == checked.count);
  CHECK(raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_incidents_geom_%'") == 6);
  return checked;
}

void killAtManyPoints(bool holdOpen)
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString pristine = dir.filePath(QStringLiteral("pristine.gpkg"));
  {
    auto store = makeStore(dir, QStringLiteral("pristine.gpkg"));
    REQUIRE(store);
    REQUIRE(store->insertBatch(syntheticIncidents(kStoreRows), {}));
  }
  const QString path = dir.filePath(QStringLiteral("store.gpkg"));
  auto fresh = [&]()
  {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
      QFile::remove(path + suffix);
    REQUIRE(QFile::copy(pristine, path));
  };
  auto openReader = [&]() -> std::unique_ptr<IncidentStore>
  {
    if (!holdOpen)
      return nullptr;
    auto reader = GeoPackageStore::open(path, StoreAccess::Read);
    REQUIRE(reader.ok());
    return std::move(reader).value();
  };

  // One whole run first: how long the batch takes here, and the count after it.
  fresh();
  std::int64_t after = 0;
  qint64 fullMs = 0;
  {
    auto reader = openReader();
    const Run full = runWriter(path, -1, reader.get(), kStoreRows);
    fullMs = full.elapsedMs;
    reader.reset();
    after = checkStore(path, true).count;
  }
  REQUIRE(after > kStoreRows);

  QElapsedTimer total;
  total.start();
  std::map<QString, int> phases;
  int hotJournals = 0;
  int walsLeft = 0;
  for (int i = 0; i < kKillPoints; ++i)
  {
    fresh();
    const qint64 killAfter = fullMs * (2 * i + 1) / (2 * kKillPoints);
    Run run;
    {
      auto reader = openReader();
      run = runWriter(path, killAfter, reader.get(), kStoreRows);
    }
    ++phases[run.finished ? QStringLiteral("finished") : run.phase];
    hotJournals += run.hotJournal ? 1 : 0;
    walsLeft += run.walLeft ? 1 : 0;
    INFO("kill " << i << " after " << killAfter << " ms, in phase " << run.phase.toStdString());
    const Checked checked = checkStore(path, i % 2 == 0);
    CHECK((checked.count == kStoreRows || checked.count == after));
    // Before the commit started the batch cannot be there; once it started (phase "commit") either
    // count is right, so that phase is only held to the check above.
    if (run.phase == QStringLiteral("rows") || run.phase == QStringLiteral("keys") || run.phase == QStringLiteral("index"))
      CHECK(checked.count == kStoreRows);
    if (run.finished || run.phase == QStringLiteral("done"))
      CHECK(checked.count == after);
  }
  QString summary;
  for (const auto &[phase, n] : phases)
    summary += QStringLiteral(" %1: %2").arg(phase).arg(n);
  std::fprintf(stderr,
               "kill test (%s): %d kill points over a %lld ms batch of %d rows;%s; hot journal after %d, WAL left after %d; %lld ms\n",
               holdOpen ? "WAL, store held open" : "rollback journal", kKillPoints, static_cast<long long>(fullMs), kBatchRows,
               summary.toLocal8Bit().constData(), hotJournals, walsLeft, static_cast<long long>(total.elapsed()));
  // The kill points reached inside the batch's transaction in this mode.
  CHECK(phases[QStringLiteral("rows")] + phases[QStringLiteral("keys")] + phases[QStringLiteral("index")] > 0);
  if (holdOpen)
    CHECK(hotJournals == 0);
  else
    CHECK(hotJournals > 0);
}
} // namespace

TEST_CASE("SIGKILL at many points of a large batch under the rollback journal: every open recovers the store", "[store][crash][kill]")
{
  killAtManyPoints(false);
}

TEST_CASE("SIGKILL at many points of a large batch under the WAL, read all along: every open recovers the store", "[store][crash][kill]")
{
  killAtManyPoints(true);
}
