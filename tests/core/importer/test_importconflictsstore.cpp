// Importing against what the store already has: a row whose id is stored with other content is
// a conflict, a row equal to the stored one a duplicate; a file whose rows all fail is no success.
#include "importertesthelpers.h"

#include "store/geopackage/geopackagestore.h"

#include <QFile>
#include <QTemporaryDir>

using namespace lagesbild;
using namespace lagesbild::importer;
using namespace lagesbild::importer::test;

namespace
{
std::unique_ptr<IncidentStore> makeStore(const QTemporaryDir &dir)
{
  auto store = GeoPackageStore::create(dir.filePath(QStringLiteral("store.gpkg")));
  if (!store)
    FAIL(store.error().toString().toStdString());
  return std::move(store).value();
}

Importer importerOf(const IncidentStore &store, bool skipInvalid)
{
  ImportOptions options;
  auto known = Importer::knownReferences(store);
  REQUIRE(known.ok());
  options.known = *known;
  options.skipInvalid = skipInvalid;
  return Importer(options);
}

std::int64_t storedCount(const IncidentStore &store)
{
  auto count = store.count(IncidentFilter::all());
  REQUIRE(count.ok());
  return *count;
}
} // namespace

TEST_CASE("conflicts: a row whose id the store has with other content is reported, not dropped", "[importer][store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  const QString first = writeFixture(dir, QStringLiteral("vecka1.csv"),
                                     "id;datum;kategori;källa;adress;lat;lon\n"
                                     "A-1;2021-03-05 22:30;Klotter;Väktare;Storgatan 1;59,4226;16,0963\n"
                                     "A-2;2021-03-06 22:30;Klotter;Väktare;Storgatan 2;59,4226;16,0963\n");
  {
    const Importer importer = importerOf(*store, false);
    auto parsed = importer.read(first);
    REQUIRE(parsed.ok());
    auto written = importer.write(*store, *parsed, QStringLiteral("test"));
    REQUIRE(written.ok());
    CHECK(written->inserted == 2);
  }
  // Week 2 repeats A-1 unchanged (a duplicate), changes A-2's category (a conflict) and adds A-3.
  const QString second = writeFixture(dir, QStringLiteral("vecka2.csv"),
                                      "id;datum;kategori;källa;adress;lat;lon\n"
                                      "A-1;2021-03-05 22:30;Klotter;Väktare;Storgatan 1;59,4226;16,0963\n"
                                      "A-2;2021-03-06 22:30;Brand;Väktare;Storgatan 2;59,4226;16,0963\n"
                                      "A-3;2021-03-07 22:30;Klotter;Väktare;Storgatan 3;59,4226;16,0963\n");
  const Importer strict = importerOf(*store, false);
  auto parsed = strict.read(second);
  REQUIRE(parsed.ok());
  CHECK_FALSE(parsed->hasErrors()); // the file alone is fine
  auto refused = strict.write(*store, *parsed, QStringLiteral("test"));
  REQUIRE_FALSE(refused.ok());
  REQUIRE(parsed->errors.size() == 1);
  CHECK(parsed->errors[0].line == 3);
  CHECK(parsed->errors[0].message.contains(QStringLiteral("A-2")));
  CHECK(parsed->errors[0].message.contains(QStringLiteral("category")));
  CHECK(storedCount(*store) == 2);

  const Importer lenient = importerOf(*store, true);
  auto again = lenient.read(second);
  REQUIRE(again.ok());
  REQUIRE(Importer::checkAgainstStore(*store, *again).ok());
  REQUIRE(again->errors.size() == 1);
  auto written = lenient.write(*store, *again, QStringLiteral("test"));
  REQUIRE(written.ok());
  CHECK(written->inserted == 1);
  CHECK(written->duplicates == 1);
  CHECK(again->record.rejected == 1);
  CHECK(storedCount(*store) == 3);
}

TEST_CASE("rows: a file whose rows all fail is no success, even with skip-invalid", "[importer][store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  const QString path = writeFixture(dir, QStringLiteral("trasig.csv"),
                                    "datum;kategori;lat;lon\n"
                                    "igår;Klotter;59,4226;16,0963\n"
                                    "2021-03-05 22:30;Klotter;norr;16,0963\n");
  const Importer importer = importerOf(*store, true);
  auto parsed = importer.read(path);
  REQUIRE(parsed.ok());
  CHECK(parsed->record.read == 2);
  auto written = importer.write(*store, *parsed, QStringLiteral("test"));
  REQUIRE_FALSE(written.ok());
  CHECK(written.error().message.contains(QStringLiteral("all 2 row")));
  CHECK(QFile::exists(Importer::rejectedPath(path)));
  CHECK(storedCount(*store) == 0);
  auto imports = store->imports();
  REQUIRE(imports.ok());
  CHECK(imports->empty());
}
