// A store that cannot be written here — a colleague's file on a read-only share, or a folder
// that only its owner may write — opens for reading and says it is read-only: no file is
// created beside it and not a byte changes; opening it to write, and every write, is a clear
// error. A read-only store that an interrupted import left behind is named as such.
#include "readonlyfiles.h"
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
using lagesbild::testsupport::NobodyFileAccess;
using lagesbild::testsupport::ReadOnlyFiles;

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

QStringList storeFiles(const QString &path)
{
  return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

Incident oneIncident()
{
  return syntheticIncidents(1, 99, QStringLiteral("new")).front();
}
} // namespace

TEST_CASE("A store in a read-only folder opens read-only for reading, and refuses writes clearly", "[store][readonly]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  QString path;
  {
    auto store = makeStore(dir);
    REQUIRE(store);
    path = store->location();
    REQUIRE(store->insertBatch(syntheticIncidents(500), {}));
  }
  const QByteArray before = digest(path);
  const QStringList files = filesIn(dir.path());
  REQUIRE(files == QStringList{QStringLiteral("store.gpkg")});

  const bool fileWritable = GENERATE(false, true); // the file read-only too, or only its folder
  INFO((fileWritable ? "writable file in a read-only folder" : "read-only file and folder"));
  ReadOnlyFiles readOnly(dir.path(), {path}, fileWritable);
  NobodyFileAccess nobody;

  {
    auto store = GeoPackageStore::open(path, StoreAccess::Read);
    INFO((store ? QString() : store.error().toString()).toStdString());
    REQUIRE(store.ok());
    CHECK((*store)->isReadOnly());
    CHECK((*store)->count(IncidentFilter::all()).value() == 500);
    CHECK((*store)->categories().value().size() > 5);
    CHECK((*store)->schemaVersion() == GeoPackageStore::currentSchemaVersion());

    const auto inserted = (*store)->insertIncident(oneIncident(), QStringLiteral("test"));
    REQUIRE_FALSE(inserted.ok());
    CHECK(inserted.error().message.contains(QStringLiteral("read-only")));
    const auto batch = (*store)->insertBatch(syntheticIncidents(10, 5), {});
    REQUIRE_FALSE(batch.ok());
    CHECK(batch.error().message.contains(QStringLiteral("read-only")));
  }
  {
    // The app: writable when possible, else read-only.
    auto store = GeoPackageStore::open(path, StoreAccess::WriteIfPossible);
    REQUIRE(store.ok());
    CHECK((*store)->isReadOnly());
    CHECK((*store)->count(IncidentFilter::all()).value() == 500);
  }
  const auto writing = GeoPackageStore::open(path, StoreAccess::Write);
  REQUIRE_FALSE(writing.ok());
  CHECK(writing.error().message.contains(QStringLiteral("read-only")));
  CHECK_FALSE(writing.error().message.contains(QStringLiteral("GeoPackage")));

  CHECK(filesIn(dir.path()) == files);
  CHECK(digest(path) == before);
}

TEST_CASE("A read-only store with changes still in its -wal file reads them", "[store][readonly]")
{
  QTemporaryDir source;
  QTemporaryDir dir;
  REQUIRE((source.isValid() && dir.isValid()));
  auto store = makeStore(source);
  REQUIRE(store);
  REQUIRE(store->insertBatch(syntheticIncidents(300), {}));
  REQUIRE(store->insertBatch(syntheticIncidents(40, 3, QStringLiteral("late")), {}));
  // A copy taken while the store is open: the last batch is only in the -wal file.
  const QString path = dir.filePath(QStringLiteral("store.gpkg"));
  for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
    REQUIRE(QFile::copy(store->location() + suffix, path + suffix));
  REQUIRE(QFile(path + QStringLiteral("-wal")).size() > 0);

  ReadOnlyFiles readOnly(dir.path(), storeFiles(path));
  NobodyFileAccess nobody;
  auto copy = GeoPackageStore::open(path, StoreAccess::Read);
  INFO((copy ? QString() : copy.error().toString()).toStdString());
  REQUIRE(copy.ok());
  CHECK((*copy)->isReadOnly());
  CHECK((*copy)->count(IncidentFilter::all()).value() == 340);
}

TEST_CASE("A read-only store that an interrupted import left behind is named as such", "[store][readonly]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  QString path;
  {
    auto store = makeStore(dir);
    REQUIRE(store);
    path = store->location();
    REQUIRE(store->insertBatch(syntheticIncidents(2000), {}));
  }
  // A large batch killed in its rollback-journal phase leaves a hot journal.
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
  REQUIRE(QFile(path + QStringLiteral("-journal")).size() > 0);
  const QByteArray before = digest(path);
  const QStringList files = filesIn(dir.path());

  {
    ReadOnlyFiles readOnly(dir.path(), storeFiles(path));
    NobodyFileAccess nobody;
    const auto store = GeoPackageStore::open(path, StoreAccess::Read);
    REQUIRE_FALSE(store.ok());
    INFO(store.error().toString().toStdString());
    CHECK(store.error().message.contains(QStringLiteral("read-only")));
    CHECK(store.error().message.contains(QStringLiteral("interrupted")));
    CHECK_FALSE(store.error().message.contains(QStringLiteral("GeoPackage")));
    CHECK(filesIn(dir.path()) == files);
    CHECK(digest(path) == before);
  }
  // Where it can be written, it is rolled back.
  auto store = GeoPackageStore::open(path, StoreAccess::Read);
  REQUIRE(store.ok());
  CHECK((*store)->count(IncidentFilter::all()).value() == 2000);
}
