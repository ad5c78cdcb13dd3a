// What the store promises, run as a user would run lagesbild-cli (child processes):
// - reading commands (compare, patterns, hotspots, evaluate, report) change no byte of the
//   store and leave no file beside it, and read a read-only store, saying it is read-only;
// - a second import started while a large one writes waits its turn, says so, and succeeds;
// - an import killed with SIGKILL at many points of its run, under the rollback journal and
//   under the WAL (the store held open by another reader): the next reading command opens the
//   store, which then passes integrity_check, holds the count before or after, and is in WAL.
#include "readonlyfiles.h"
#include "storetestsupport.h"

#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <map>
#include <memory>
#include <unistd.h>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
struct Run
{
    int exitCode = -1;
    QString output;
    QString error;
};

QString cliPath()
{
  // LAGESBILD_CLI runs these tests against another build of the CLI (to show they fail there).
  const QString other = qEnvironmentVariable("LAGESBILD_CLI");
  return other.isEmpty() ? QStringLiteral(LAGESBILD_BINARY_DIR "/bin/lagesbild-cli") : other;
}

QProcessEnvironment cliEnvironment()
{
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("LAGESBILD_LANG"), QStringLiteral("en"));
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  return environment;
}

void startCli(QProcess &process, const QStringList &arguments, const QStringList &prefix = {})
{
  process.setProcessEnvironment(cliEnvironment());
  if (prefix.isEmpty())
    process.start(cliPath(), arguments);
  else
    process.start(prefix.front(), prefix.mid(1) + QStringList{cliPath()} + arguments);
  REQUIRE(process.waitForStarted(10000));
}

Run cli(const QStringList &arguments, const QStringList &prefix = {})
{
  QProcess process;
  startCli(process, arguments, prefix);
  REQUIRE(process.waitForFinished(180000));
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray digest(const QString &path)
{
  QFile file(path);
  REQUIRE(file.open(QIODevice::ReadOnly));
  return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString &folder)
{
  return QDir(folder).entryList(QDir::Files, QDir::Name);
}

//! A CSV of rows reports in 2021 at distinct places (no duplicates), ids prefixed by tag.
QString writeCsv(const QString &path, int rows, const QString &tag)
{
  QFile csv(path);
  REQUIRE(csv.open(QIODevice::WriteOnly));
  QTextStream out(&csv);
  out << "datum;kategori;källa;adress;lat;lon;id\n";
  for (int i = 0; i < rows; ++i)
    out << QStringLiteral("2021-%1-%2 22:%3;Klotter;Bostadsbolaget;Drottninggatan %4;59,%5;16,10%6;%7-%8\n")
             .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
             .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
             .arg(i % 60, 2, 10, QLatin1Char('0'))
             .arg(1 + i % 40)
             .arg(400000 + i, 6, 10, QLatin1Char('0'))
             .arg((i * 7) % 1000, 3, 10, QLatin1Char('0'))
             .arg(tag)
             .arg(i);
  return path;
}

//! A store of rows synthetic incidents (2020–2021), closed.
QString writeStore(const QTemporaryDir &dir, int rows, const QString &name = QStringLiteral("store.gpkg"))
{
  auto store = makeStore(dir, name);
  REQUIRE(store);
  if (rows > 0)
    REQUIRE(store->insertBatch(syntheticIncidents(rows), {}));
  return store->location();
}

std::int64_t countIn(const QString &path)
{
  auto store = GeoPackageStore::open(path, StoreAccess::Read);
  REQUIRE(store.ok());
  return (*store)->count(IncidentFilter::all()).value();
}

//! The total a compare over 2020 and 2021 reports, run as the first program to open the store.
std::int64_t compareTotal(const QString &path)
{
  const Run run =
    cli({QStringLiteral("compare"), path, QStringLiteral("--a"), QStringLiteral("2020-01-01..2020-12-31"), QStringLiteral("--b"),
         QStringLiteral("2021-01-01..2021-12-31"), QStringLiteral("--format"), QStringLiteral("json")});
  INFO(run.error.toStdString());
  REQUIRE(run.exitCode == 0);
  const QJsonObject json = QJsonDocument::fromJson(run.output.toUtf8()).object();
  const auto total = [&json](const char *period)
  { return static_cast<std::int64_t>(json.value(QLatin1String(period)).toObject().value(QStringLiteral("total")).toDouble(-1)); };
  return total("a") + total("b");
}

//! Runs the CLI as nobody when the tests run as root, so that permission bits bind it.
QStringList asNobody()
{
  if (geteuid() != 0)
    return {};
  const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
  REQUIRE_FALSE(setpriv.isEmpty());
  return {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
}
} // namespace

TEST_CASE("Reading commands change no byte of the store and leave no file beside it", "[cli][store][readonly]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("kungsor.gpkg"));
  const Run demo = cli({QStringLiteral("demo"), path});
  INFO(demo.error.toStdString());
  REQUIRE(demo.exitCode == 0);
  QTemporaryDir outDir;
  REQUIRE(outDir.isValid());
  const QByteArray before = digest(path);
  const QStringList files = filesIn(dir.path());
  const std::vector<QStringList> commands{
    {QStringLiteral("compare"), path, QStringLiteral("--a"), QStringLiteral("2020-01-01..2020-12-12"), QStringLiteral("--b"),
     QStringLiteral("2021-01-01..2021-12-12")},
    {QStringLiteral("patterns"), path, QStringLiteral("--period"), QStringLiteral("2021-01-01..2021-12-31")},
    {QStringLiteral("hotspots"), path, QStringLiteral("--method"), QStringLiteral("gistar"), QStringLiteral("--out"),
     outDir.filePath(QStringLiteral("gistar.csv"))},
    {QStringLiteral("evaluate"), path, QStringLiteral("--intervention"), QStringLiteral("1")},
    {QStringLiteral("report"), path, QStringLiteral("--period"), QStringLiteral("2021-01-01..2021-12-12"), QStringLiteral("--out"),
     outDir.filePath(QStringLiteral("report.pdf"))},
  };
  for (const QStringList &command : commands)
  {
    const Run run = cli(command);
    INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << run.error.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(digest(path) == before);
    CHECK(filesIn(dir.path()) == files);
  }
}

TEST_CASE("Reading commands read a read-only store and say it is read-only", "[cli][store][readonly]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeStore(dir, 500);
  const QByteArray before = digest(path);
  QTemporaryDir outDir; // writable by anyone: the hot-spot grid is written there
  REQUIRE(outDir.isValid());
  QFile::setPermissions(outDir.path(), QFileDevice::Permissions(0x7777));
  testsupport::ReadOnlyFiles readOnly(dir.path(), {path});
  const QStringList prefix = asNobody();

  const Run compare = cli({QStringLiteral("compare"), path, QStringLiteral("--a"), QStringLiteral("2020-01-01..2020-12-31"),
                           QStringLiteral("--b"), QStringLiteral("2021-01-01..2021-12-31")},
                          prefix);
  INFO(compare.error.toStdString());
  CHECK(compare.exitCode == 0);
  CHECK(compare.error.contains(QStringLiteral("read-only")));
  const Run hotspots = cli({QStringLiteral("hotspots"), path, QStringLiteral("--method"), QStringLiteral("count"), QStringLiteral("--out"),
                            outDir.filePath(QStringLiteral("count.csv"))},
                           prefix);
  INFO(hotspots.error.toStdString());
  CHECK(hotspots.exitCode == 0);

  const QString csv = writeCsv(outDir.filePath(QStringLiteral("rows.csv")), 5, QStringLiteral("ro"));
  const Run import = cli({QStringLiteral("import"), path, csv}, prefix);
  INFO(import.error.toStdString());
  CHECK(import.exitCode == 1);
  CHECK(import.error.contains(QStringLiteral("read-only")));
  CHECK_FALSE(import.error.contains(QStringLiteral("GeoPackage")));
  CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("store.gpkg")});
  CHECK(digest(path) == before);
}

TEST_CASE("A second import started while another program writes waits its turn, then succeeds", "[cli][store][concurrency]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeStore(dir, 2000);
  const QString second = writeCsv(dir.filePath(QStringLiteral("second.csv")), 3000, QStringLiteral("second"));

  // Another writer holds the store's write lock (as a large import does while it writes) for as
  // long as the test likes: the import must wait, say so, and go on once the lock is free.
  auto holder = std::make_unique<RawDatabase>(path, false);
  REQUIRE(holder->exec("BEGIN IMMEDIATE"));
  QProcess b;
  startCli(b, {QStringLiteral("import"), path, second});
  QString bError;
  QElapsedTimer timer;
  timer.start();
  while (!bError.contains(QStringLiteral("waiting")) && b.state() == QProcess::Running && timer.elapsed() < 60000)
  {
    b.waitForReadyRead(50);
    bError += QString::fromUtf8(b.readAllStandardError());
  }
  INFO("second: " << bError.toStdString());
  CHECK(b.state() == QProcess::Running); // still waiting, not failed
  CHECK(bError.contains(QStringLiteral("waiting")));
  REQUIRE(holder->exec("COMMIT"));
  holder.reset();
  REQUIRE(b.waitForFinished(180000));
  bError += QString::fromUtf8(b.readAllStandardError());
  INFO("second, at the end: " << bError.toStdString());
  CHECK(b.exitCode() == 0);
  CHECK(countIn(path) == 2000 + 3000);
  RawDatabase raw(path);
  CHECK(raw.text("PRAGMA journal_mode") == QStringLiteral("wal"));
}

namespace
{
struct KillRun
{
    bool finished = false;
    qint64 elapsedMs = 0;
    qint64 writeStartMs = -1; //!< when the batch began writing under the rollback journal
    bool hotJournal = false;
};

//! Imports csv into path, killed after killAfterMs (never when negative), or with atJournal as soon
//! as the rollback journal holds pages (so one kill lands in that phase however loaded the machine).
KillRun importAndKill(const QString &path, const QString &csv, qint64 killAfterMs, bool atJournal = false)
{
  KillRun run;
  QProcess import;
  QElapsedTimer timer;
  timer.start();
  startCli(import, {QStringLiteral("import"), path, csv});
  const qint64 limit = killAfterMs >= 0 ? killAfterMs : 180000;
  while (import.state() == QProcess::Running && timer.elapsed() < limit)
  {
    import.waitForFinished(2);
    if (run.writeStartMs < 0 && QFile::exists(path + QStringLiteral("-journal")))
      run.writeStartMs = timer.elapsed();
    if (atJournal && QFile(path + QStringLiteral("-journal")).size() > 0)
      break;
  }
  run.finished = import.state() != QProcess::Running;
  if (!run.finished)
  {
    import.kill();
    REQUIRE(import.waitForFinished(10000));
  }
  else if (killAfterMs < 0)
  {
    INFO(QString::fromUtf8(import.readAllStandardError()).toStdString());
    REQUIRE(import.exitCode() == 0);
  }
  run.elapsedMs = timer.elapsed();
  run.hotJournal = QFile(path + QStringLiteral("-journal")).size() > 0;
  return run;
}

void killImportsAtManyPoints(bool holdOpen)
{
  constexpr int kStoreRows = 2000;
  constexpr int kRows = 30000;
  constexpr int kKillPoints = 8;
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString pristine = writeStore(dir, kStoreRows, QStringLiteral("pristine.gpkg"));
  const QString csv = writeCsv(dir.filePath(QStringLiteral("rows.csv")), kRows, QStringLiteral("k"));
  const QString path = dir.filePath(QStringLiteral("store.gpkg"));
  auto fresh = [&]()
  {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
      QFile::remove(path + suffix);
    REQUIRE(QFile::copy(pristine, path));
  };
  auto reader = [&]() -> std::unique_ptr<IncidentStore>
  {
    if (!holdOpen)
      return nullptr;
    auto opened = GeoPackageStore::open(path, StoreAccess::Read);
    REQUIRE(opened.ok());
    return std::move(opened).value();
  };

  fresh();
  KillRun full;
  {
    auto held = reader();
    full = importAndKill(path, csv, -1);
  }
  // Under the WAL the batch leaves no sign until it commits: reading the file takes about half.
  const qint64 writeStart = full.writeStartMs >= 0 ? full.writeStartMs : full.elapsedMs / 2;
  const std::int64_t after = countIn(path);
  REQUIRE(after == kStoreRows + kRows);

  QElapsedTimer total;
  total.start();
  int reading = 0, writing = 0, finished = 0, hotJournals = 0;
  for (int i = 0; i < kKillPoints; ++i)
  {
    fresh();
    // One kill while the file is read, the others spread over the batch's writing.
    const qint64 killAfter = i == 0 ? writeStart / 2 : writeStart + (full.elapsedMs - writeStart) * (2 * i - 1) / (2 * (kKillPoints - 1));
    KillRun run;
    {
      auto held = reader();
      // Under the rollback journal the first kill in the writing phase waits for the journal itself.
      run = importAndKill(path, csv, i == 1 && !holdOpen ? 180000 : killAfter, i == 1 && !holdOpen);
    }
    finished += run.finished ? 1 : 0;
    hotJournals += run.hotJournal ? 1 : 0;
    (killAfter < writeStart ? reading : writing) += run.finished ? 0 : 1;
    INFO("kill " << i << " after " << killAfter << " ms");
    const std::int64_t seen = compareTotal(path); // a reading command is the first to open it
    CHECK((seen == kStoreRows || seen == after));
    CHECK(countIn(path) == seen);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    RawDatabase raw(path);
    CHECK(raw.text("PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(raw.text("PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(raw.integer("SELECT count(*) FROM rtree_incidents_geom") == seen);
  }
  std::fprintf(stderr,
               "CLI kill test (%s): %d kill points over a %lld ms import of %d rows (writing from %lld ms): %d while reading the "
               "file, %d while writing, %d after it finished; hot journal after %d; %lld ms\n",
               holdOpen ? "WAL, store held open" : "rollback journal", kKillPoints, static_cast<long long>(full.elapsedMs), kRows,
               static_cast<long long>(writeStart), reading, writing, finished, hotJournals, static_cast<long long>(total.elapsed()));
  CHECK(writing > 0);
  if (!holdOpen)
    CHECK(hotJournals > 0);
}
} // namespace

TEST_CASE("lagesbild-cli import killed at many points under the rollback journal: the next command recovers the store",
          "[cli][store][crash][kill]")
{
  killImportsAtManyPoints(false);
}

TEST_CASE("lagesbild-cli import killed at many points under the WAL: the next command recovers the store", "[cli][store][crash][kill]")
{
  killImportsAtManyPoints(true);
}
