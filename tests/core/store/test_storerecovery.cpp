// The store always opens after a killed import, and says clearly what is wrong when it cannot:
// - a large batch killed in its rollback-journal phase leaves a hot journal: the next open
//   (reading or writing) rolls it back and puts the store back in WAL;
// - a store left out of WAL (killed between a large batch's commit and its switch back) is
//   back in WAL after the next open;
// - opening for reading changes no byte of the store and leaves no file beside it;
// - a broken schema version, a truncated file, an empty one and a text file are named as such
//   in one readable sentence (no SQL), leaving no -wal or -shm file behind.
#include "storetestsupport.h"

#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
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

QString storeWithRows(const QTemporaryDir &dir, int rows)
{
  auto store = makeStore(dir);
  REQUIRE(store);
  if (rows > 0)
    REQUIRE(store->insertBatch(syntheticIncidents(rows), {}));
  return store->location();
}

//! Kills a 30,000-row batch into path (a store of 2,000) halfway through its rows.
void killInRollbackJournalPhase(const QString &path)
{
  QProcess writer;
  writer.start(QStringLiteral(LAGESBILD_STORE_BATCH_WRITER), {path, QStringLiteral("30000"), QStringLiteral("rows")});
  REQUIRE(writer.waitForStarted(10000));
  QByteArray output;
  QElapsedTimer timer;
  timer.start();
  while (!output.contains("PAUSED") && timer.elapsed() < 60000)
  {
    writer.waitForReadyRead(100);
    output += writer.readAllStandardOutput();
  }
  REQUIRE(output.contains("PAUSED"));
  writer.kill();
  REQUIRE(writer.waitForFinished(10000));
}

QString journalMode(const QString &path)
{
  RawDatabase raw(path);
  return raw.text("PRAGMA journal_mode");
}

void setSchemaVersion(const QString &path, const char *value)
{
  RawDatabase raw(path, false);
  const QByteArray sql = QByteArrayLiteral("UPDATE lagesbild_meta SET value = ") + value + " WHERE key = 'schema_version'";
  REQUIRE(raw.exec(sql.constData()));
}

//! One sentence for a person: no SQL, no SQLite internals.
void checkReadable(const Error &error)
{
  INFO(error.toString().toStdString());
  for (const char *word : {"SELECT", "CREATE", "INSERT", "UPDATE ", "DROP", "sqlite_master", "["})
    CHECK_FALSE(error.toString().contains(QLatin1String(word)));
}
} // namespace

TEST_CASE("A large import killed in its rollback-journal phase: the next open recovers the store", "[store][crash][recovery]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = storeWithRows(dir, 2000);
  killInRollbackJournalPhase(path);
  REQUIRE(QFile(path + QStringLiteral("-journal")).size() > 0); // a hot journal

  const StoreAccess first = GENERATE(StoreAccess::Read, StoreAccess::Write);
  INFO((first == StoreAccess::Read ? "a reading command opens it first" : "an import opens it first"));
  {
    auto store = GeoPackageStore::open(path, first);
    INFO((store ? QString() : store.error().toString()).toStdString());
    REQUIRE(store.ok());
    CHECK((*store)->count(IncidentFilter::all()).value() == 2000);
  }
  CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
  CHECK(journalMode(path) == QStringLiteral("wal"));
  {
    RawDatabase raw(path);
    CHECK(raw.text("PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(raw.integer("SELECT count(*) FROM rtree_incidents_geom") == 2000);
  }
  auto store = GeoPackageStore::open(path);
  REQUIRE(store.ok());
  const auto next = (*store)->insertBatch(syntheticIncidents(300, 8, QStringLiteral("after")), {});
  REQUIRE(next.ok());
  CHECK(next->inserted == 300);
}

TEST_CASE("A store left in rollback-journal mode is back in WAL after the next open", "[store][recovery]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = storeWithRows(dir, 100);
  {
    RawDatabase raw(path, false);
    REQUIRE(raw.text("PRAGMA journal_mode = DELETE") == QStringLiteral("delete"));
  }
  const StoreAccess access = GENERATE(StoreAccess::Read, StoreAccess::Write);
  {
    auto store = GeoPackageStore::open(path, access);
    REQUIRE(store.ok());
    CHECK((*store)->count(IncidentFilter::all()).value() == 100);
  }
  CHECK(journalMode(path) == QStringLiteral("wal"));
}

TEST_CASE("A journal an import killed before its first sync left (header still zeros) is removed by the next open", "[store][recovery]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = storeWithRows(dir, 100);
  // The import was killed under its rollback journal, or while switching back to WAL.
  const bool inWal = GENERATE(false, true);
  if (!inWal)
  {
    RawDatabase raw(path, false);
    REQUIRE(raw.text("PRAGMA journal_mode = DELETE") == QStringLiteral("delete"));
  }
  // SQLite writes a journal's header with a zero magic until the journal is synced: such a
  // journal is not hot, so SQLite neither rolls it back (nothing reached the store yet) nor removes it.
  const int leftBytes = GENERATE(0, 512, 4096);
  {
    QFile journal(path + QStringLiteral("-journal"));
    REQUIRE(journal.open(QIODevice::WriteOnly));
    QByteArray content(leftBytes, '\0');
    if (leftBytes > 512)
      content.replace(512, 8, "PAGEDATA");
    REQUIRE(journal.write(content) == leftBytes);
  }
  const StoreAccess access = GENERATE(StoreAccess::Read, StoreAccess::Write);
  {
    auto store = GeoPackageStore::open(path, access);
    REQUIRE(store.ok());
    CHECK((*store)->count(IncidentFilter::all()).value() == 100);
  }
  CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
  CHECK(journalMode(path) == QStringLiteral("wal"));
  RawDatabase raw(path);
  CHECK(raw.text("PRAGMA integrity_check") == QStringLiteral("ok"));
}

TEST_CASE("Opening a store for reading changes no byte of it and leaves no file beside it", "[store][readonly]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = storeWithRows(dir, 1000);
  const QByteArray before = digest(path);
  const QStringList files = filesIn(dir.path());
  {
    auto store = GeoPackageStore::open(path, StoreAccess::Read);
    REQUIRE(store.ok());
    CHECK_FALSE((*store)->isReadOnly());
    CHECK((*store)->isOpenForReading());
    CHECK((*store)->count(IncidentFilter::all()).value() == 1000);
    CHECK((*store)->countBy(IncidentFilter::all(), {GroupField::Category}).ok());
    CHECK((*store)->incidents(IncidentFilter::all(), 10).value().size() == 10);
    CHECK((*store)->auditLog().ok());
    const auto write = (*store)->insertIncident(syntheticIncidents(1, 5).front(), QStringLiteral("test"));
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().message.contains(QStringLiteral("reading")));
  }
  CHECK(digest(path) == before);
  CHECK(filesIn(dir.path()) == files);
}

TEST_CASE("A store with a broken schema version is called damaged, in words, and left unchanged", "[store][messages]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = storeWithRows(dir, 50);
  const char *version = GENERATE("'x'", "'0'", "'-3'", "''", "NULL", "'3'", "'1'");
  INFO("schema_version = " << version);
  setSchemaVersion(path, version);
  const QByteArray before = digest(path);
  const auto store = GeoPackageStore::open(path);
  REQUIRE_FALSE(store.ok());
  checkReadable(store.error());
  CHECK(store.error().message.contains(QStringLiteral("damaged")));
  CHECK(digest(path) == before);
  CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("store.gpkg")});
}

TEST_CASE("A truncated, an empty and a text file are named as such, leaving no file behind", "[store][messages]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  QString original;
  {
    QTemporaryDir source;
    original = dir.filePath(QStringLiteral("original.gpkg"));
    REQUIRE(QFile::copy(storeWithRows(source, 3000), original));
  }
  const QString path = dir.filePath(QStringLiteral("broken.gpkg"));
  struct Case
  {
      const char *name;
      qint64 keep; //!< bytes of the store kept; -1: a text file
      const char *words;
  };
  const Case broken =
    GENERATE(Case{"cut in half", -2, "truncated"}, Case{"cut inside a page", 20000, "truncated"},
             Case{"cut inside the header", 60, "truncated"}, Case{"empty", 0, "empty"}, Case{"a text file", -1, "not an SQLite database"});
  INFO(broken.name);
  QFile::remove(path);
  if (broken.keep == -1)
  {
    QFile text(path);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("datum;kategori\n2021-01-01;klotter\n");
  }
  else
  {
    REQUIRE(QFile::copy(original, path));
    QFile file(path);
    REQUIRE(file.resize(broken.keep == -2 ? QFile(original).size() / 2 : broken.keep));
  }
  const QByteArray before = digest(path);
  for (const StoreAccess access : {StoreAccess::Read, StoreAccess::Write})
  {
    const auto store = GeoPackageStore::open(path, access);
    REQUIRE_FALSE(store.ok());
    INFO(store.error().toString().toStdString());
    CHECK(store.error().message.contains(QLatin1String(broken.words)));
    CHECK_FALSE(store.error().message.contains(QStringLiteral("GeoPackage")));
    checkReadable(store.error());
  }
  CHECK(digest(path) == before);
  CHECK(filesIn(dir.path()) == QStringList({QStringLiteral("broken.gpkg"), QStringLiteral("original.gpkg")}));
}
