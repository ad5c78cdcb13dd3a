// Importing into a real store: one atomic write, idempotent re-import, all-or-nothing on bad
// input, --skip-invalid with NAME.rejected.csv, cancel leaves the store unchanged, new
// categories get their names.
#include "importertesthelpers.h"

#include "store/geopackage/geopackagestore.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace lagesbild;
using namespace lagesbild::importer;
using namespace lagesbild::importer::test;

namespace
{
std::unique_ptr<IncidentStore> newStore(const QTemporaryDir &dir)
{
  auto store = GeoPackageStore::create(dir.filePath(QStringLiteral("store.gpkg")));
  if (!store)
    FAIL(store.error().toString().toStdString());
  return std::move(store).value();
}

std::int64_t countAll(const IncidentStore &store)
{
  auto count = store.count(IncidentFilter::all());
  REQUIRE(count.ok());
  return *count;
}

Importer importerFor(const IncidentStore &store, bool skipInvalid = false)
{
  ImportOptions options;
  auto known = Importer::knownReferences(store);
  REQUIRE(known.ok());
  options.known = *known;
  options.skipInvalid = skipInvalid;
  return Importer(options);
}

const QByteArray kGoodCsv = "datum;kategori;källa;adress;beskrivning;lat;lon\n"
                            "2021-03-05 22:30;Klotter;Väktare;Storgatan 1;Tagg på vägg;59,4226;16,0963\n"
                            "2021-03-06 23:10;Skadegörelse;Väktare;Storgatan 3;Krossad ruta, 121212-1212;59,4230;16,0970\n"
                            "2021-03-07 01:05;Ungdomar på taket;Bostadsbolaget;Skolgatan 2;;59,4210;16,0950\n";
} // namespace

TEST_CASE("import writes everything in one call and re-import adds nothing", "[importer][store]")
{
  QTemporaryDir dir;
  auto store = newStore(dir);
  const QString path = writeFixture(dir, QStringLiteral("rapporter.csv"), kGoodCsv);
  const Importer importer = importerFor(*store);

  auto first = importer.read(path);
  REQUIRE(first.ok());
  REQUIRE_FALSE(first->hasErrors());
  auto written = importer.write(*store, *first, QStringLiteral("test"));
  if (!written)
    FAIL(written.error().toString().toStdString());
  CHECK(written->inserted == 3);
  CHECK(written->duplicates == 0);
  CHECK(countAll(*store) == 3);
  CHECK(first->record.masked == 1);

  // The new category got its name, not its code.
  auto categories = store->categories();
  REQUIRE(categories.ok());
  bool named = false;
  for (const Category &category : *categories)
    named = named || (category.code == QStringLiteral("ungdomar_pa_taket") && category.nameSv == QStringLiteral("Ungdomar på taket"));
  CHECK(named);

  auto again = importer.read(path);
  REQUIRE(again.ok());
  auto second = importer.write(*store, *again, QStringLiteral("test"));
  REQUIRE(second.ok());
  CHECK(second->inserted == 0);
  CHECK(second->duplicates == 3);
  CHECK(countAll(*store) == 3);

  auto checksum = store->hasImportWithChecksum(first->record.checksum);
  REQUIRE(checksum.ok());
  CHECK(*checksum);
  auto imports = store->imports();
  REQUIRE(imports.ok());
  REQUIRE_FALSE(imports->empty());
  CHECK(imports->front().fileName == QStringLiteral("rapporter.csv"));

  auto incidents = store->incidents(IncidentFilter::all());
  REQUIRE(incidents.ok());
  for (const Incident &incident : *incidents)
    CHECK_FALSE(incident.description.contains(QStringLiteral("121212-1212")));
}

TEST_CASE("bad input writes nothing, --skip-invalid writes the valid rows and NAME.rejected.csv", "[importer][store]")
{
  QTemporaryDir dir;
  auto store = newStore(dir);
  const QString path = writeFixture(dir, QStringLiteral("blandat.csv"), kGoodCsv + "2021-13-01 10:00;Klotter;Väktare;X;;59,4226;16,0963\n");
  {
    const Importer strict = importerFor(*store);
    auto parsed = strict.read(path);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->errors.size() == 1);
    CHECK(parsed->errors[0].toString() == path + QStringLiteral(":5: datum: cannot read \"2021-13-01 10:00\" as a date or time"));
    auto refused = strict.write(*store, *parsed, QStringLiteral("test"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(countAll(*store) == 0);
  }
  const Importer lenient = importerFor(*store, true);
  auto parsed = lenient.read(path);
  REQUIRE(parsed.ok());
  auto written = lenient.write(*store, *parsed, QStringLiteral("test"));
  REQUIRE(written.ok());
  CHECK(written->inserted == 3);
  CHECK(parsed->record.rejected == 1);
  QFile rejected(Importer::rejectedPath(path));
  CHECK(rejected.fileName().endsWith(QStringLiteral("blandat.rejected.csv")));
  REQUIRE(rejected.open(QIODevice::ReadOnly));
  const QString text = QString::fromUtf8(rejected.readAll());
  CHECK(text.contains(QStringLiteral("reason")));
  CHECK(text.contains(QStringLiteral("2021-13-01 10:00;Klotter;Väktare;X;;59,4226;16,0963;5;")));
}

TEST_CASE("a cancelled write leaves the store unchanged", "[importer][store]")
{
  QTemporaryDir dir;
  auto store = newStore(dir);
  QByteArray data = "datum;kategori;lat;lon\n";
  for (int i = 0; i < 30000; ++i)
    data += QStringLiteral("2021-03-05 %1:%2;Ny kategori;59,4226;16,0963\n")
              .arg(i / 60 % 24, 2, 10, QLatin1Char('0'))
              .arg(i % 60, 2, 10, QLatin1Char('0'))
              .toUtf8();
  const QString path = writeFixture(dir, QStringLiteral("stor.csv"), data);
  const Importer importer = importerFor(*store);
  auto parsed = importer.read(path);
  REQUIRE(parsed.ok());
  Feedback feedback;
  feedback.cancel();
  auto written = importer.write(*store, *parsed, QStringLiteral("test"), &feedback);
  REQUIRE_FALSE(written.ok());
  CHECK(written.error().code == ErrorCode::Cancelled);
  CHECK(countAll(*store) == 0);
  auto imports = store->imports();
  REQUIRE(imports.ok());
  CHECK(imports->empty());
  auto categories = store->categories();
  REQUIRE(categories.ok());
  for (const Category &category : *categories)
    CHECK(category.code != QStringLiteral("ny_kategori"));
}

TEST_CASE("the police feed re-imported adds nothing (external ids)", "[importer][store]")
{
  QTemporaryDir dir;
  auto store = newStore(dir);
  const QString path = writeFixture(dir, QStringLiteral("events.json"), R"([
    {"id": 1, "datetime": "2023-04-11 3:24:01 +02:00", "name": "11 april 00:37, Brand, Kungsör", "summary": "",
     "url": "", "type": "Brand", "location": {"name": "Kungsör", "gps": "59.422571,16.096306"}},
    {"id": 2, "datetime": "2023-04-11 12:01:15 +02:00", "name": "11 april 10.27, Misshandel, Kungsör", "summary": "",
     "url": "", "type": "Misshandel", "location": {"name": "Kungsör", "gps": "59.422571,16.096306"}}])");
  const Importer importer = importerFor(*store);
  auto first = importer.read(path);
  REQUIRE(first.ok());
  auto written = importer.write(*store, *first, QStringLiteral("test"));
  REQUIRE(written.ok());
  CHECK(written->inserted == 2);
  CHECK(first->incidents[1].category == QStringLiteral("brott_misshandel"));
  auto again = importer.read(path);
  REQUIRE(again.ok());
  auto second = importer.write(*store, *again, QStringLiteral("test"));
  REQUIRE(second.ok());
  CHECK(second->inserted == 0);
  CHECK(second->duplicates == 2);
  IncidentFilter streetLevel;
  streetLevel.includeMunicipalityPrecision = false;
  auto streetCount = store->count(streetLevel);
  REQUIRE(streetCount.ok());
  CHECK(*streetCount == 0);
}

TEST_CASE("new categories and sources are created with their names by the import itself", "[importer][store]")
{
  QTemporaryDir dir;
  auto store = newStore(dir);
  const QString path = writeFixture(dir, QStringLiteral("nya.csv"),
                                    "datum;kategori;kalla;lat;lon\n"
                                    "2021-03-05 22:30;Glaskross;Fastighetsjouren;59,4226;16,0963\n"
                                    "2021-13-01 10:00;Bara i fel rad;Okänd källa;59,4226;16,0963\n");
  const Importer lenient = importerFor(*store, true);
  auto parsed = lenient.read(path);
  REQUIRE(parsed.ok());
  auto written = lenient.write(*store, *parsed, QStringLiteral("test"));
  REQUIRE(written.ok());
  CHECK(written->inserted == 1);

  auto categories = store->categories();
  REQUIRE(categories.ok());
  const auto category =
    std::find_if(categories->begin(), categories->end(), [](const Category &c) { return c.code == QStringLiteral("glaskross"); });
  REQUIRE(category != categories->end());
  CHECK(category->nameSv == QStringLiteral("Glaskross"));
  CHECK(category->colour != QStringLiteral("#808080")); // the importer's colour for a new category
  // Used only by the rejected row: not created.
  CHECK(
    std::none_of(categories->begin(), categories->end(), [](const Category &c) { return c.nameSv == QStringLiteral("Bara i fel rad"); }));

  auto sources = store->sources();
  REQUIRE(sources.ok());
  CHECK(std::any_of(sources->begin(), sources->end(),
                    [](const Source &s)
                    { return s.code == QStringLiteral("fastighetsjouren") && s.name == QStringLiteral("Fastighetsjouren"); }));
  CHECK(std::none_of(sources->begin(), sources->end(), [](const Source &s) { return s.name == QStringLiteral("Okänd källa"); }));
}
