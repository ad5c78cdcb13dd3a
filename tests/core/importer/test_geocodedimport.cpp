// Places on import: rows with an address and no coordinates are placed from the store's
// register (with the match quality), a row that cannot be placed is an error naming the line
// with suggestions and nothing is written, a point without an address gets the nearest
// register address (derived), and every incident gets the smallest area containing it — on
// import, manual entry, edits and when an area is added or changed.
#include "importertesthelpers.h"

#include "store/geopackage/geopackagestore.h"

#include <QFile>
#include <QTemporaryDir>

using namespace lagesbild;
using namespace lagesbild::importer;
using namespace lagesbild::importer::test;

namespace
{
geocoding::AddressPoint address(const char *street, int number, double x, double y)
{
  geocoding::AddressPoint point;
  point.street = QString::fromUtf8(street);
  point.number = number;
  point.postalTown = QStringLiteral("Kungsör");
  point.x = x;
  point.y = y;
  return point;
}

Area square(const char *code, const char *type, double x0, double y0, double size)
{
  Area area;
  area.code = QString::fromLatin1(code);
  area.name = QString::fromLatin1(code);
  area.type = QString::fromLatin1(type);
  area.polygons = {{{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}}}};
  return area;
}

//! A store with a small Kungsör register, the municipality and a centre area inside it.
std::unique_ptr<IncidentStore> storeWithRegister(const QTemporaryDir &dir)
{
  auto store = GeoPackageStore::create(dir.filePath(QStringLiteral("store.gpkg")));
  REQUIRE(store.ok());
  geocoding::AddressPoint torget;
  torget.placeName = QStringLiteral("Torget");
  torget.x = 562915;
  torget.y = 6587560;
  REQUIRE((*store)
            ->replaceAddresses({address("Drottninggatan", 4, 562850, 6587610), address("Hagabergsvägen", 12, 563320, 6587960),
                                address("Hagabergsvägen", 14, 563400, 6587940), torget},
                               QStringLiteral("test"))
            .ok());
  REQUIRE((*store)->upsertArea(square("kommun", "municipality", 550000, 6580000, 20000)).ok());
  REQUIRE((*store)->upsertArea(square("centrum", "district", 562700, 6587400, 400)).ok());
  return std::move(store).value();
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
} // namespace

TEST_CASE("geocoded import: addresses without coordinates are placed from the register", "[importer][store][geocoding]")
{
  QTemporaryDir dir;
  auto store = storeWithRegister(dir);
  const QString path = writeFixture(dir, QStringLiteral("rapporter.csv"),
                                    "datum;kategori;adress;postort\n"
                                    "2021-03-05 22:30;Klotter;Drottningg. 4;Kungsör\n"
                                    "2021-03-06 22:30;Klotter;Hagabergsvägen 12-14;\n"
                                    "2021-03-07 22:30;Klotter;Hagabergsvägen 16;\n"
                                    "2021-03-08 22:30;Klotter;Torget;\n");
  const Importer importer = importerFor(*store);
  auto parsed = importer.read(path);
  REQUIRE(parsed.ok());
  INFO(allIssues(parsed->errors).toStdString());
  REQUIRE_FALSE(parsed->hasErrors());
  REQUIRE(importer.write(*store, *parsed, QStringLiteral("test")).ok());
  auto incidents = store->incidents(IncidentFilter::all());
  REQUIRE(incidents.ok());
  REQUIRE(incidents->size() == 4);
  const Incident &drottning = (*incidents)[0];
  CHECK(drottning.x == 562850);
  CHECK(drottning.y == 6587610);
  CHECK(drottning.precision == LocationPrecision::Exact);
  CHECK(drottning.area == QStringLiteral("centrum"));
  CHECK(drottning.address == QStringLiteral("Drottningg. 4"));
  CHECK_FALSE(drottning.addressDerived);
  CHECK((*incidents)[1].x == 563320);
  CHECK((*incidents)[1].precision == LocationPrecision::Exact);
  CHECK((*incidents)[2].precision == LocationPrecision::NearestNumber);
  CHECK((*incidents)[2].area == QStringLiteral("kommun"));
  CHECK((*incidents)[3].precision == LocationPrecision::NamedPlace);
  CHECK((*incidents)[3].area == QStringLiteral("centrum"));
}

TEST_CASE("geocoded import: a row that cannot be placed names the line, suggests, and writes nothing", "[importer][store][geocoding]")
{
  QTemporaryDir dir;
  auto store = storeWithRegister(dir);
  const QString path = writeFixture(dir, QStringLiteral("rapporter.csv"),
                                    "datum;kategori;adress\n"
                                    "2021-03-05 22:30;Klotter;Drottninggatan 4\n"
                                    "2021-03-06 22:30;Klotter;Hagbergsvägen 12\n");
  {
    const Importer importer = importerFor(*store);
    auto parsed = importer.read(path);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->errors.size() == 1);
    const QString message = parsed->errors.front().toString();
    INFO(message.toStdString());
    CHECK(message.startsWith(QStringLiteral("%1:3: adress: Hagbergsvägen 12: ").arg(path)));
    CHECK(message.contains(QStringLiteral("did you mean Hagabergsvägen 12?")));
    CHECK_FALSE(importer.write(*store, *parsed, QStringLiteral("test")).ok());
    auto count = store->count(IncidentFilter::all());
    REQUIRE(count.ok());
    CHECK(*count == 0);
  }
  // --skip-invalid: the placed row is imported, the other goes to the rejected file.
  const Importer skipping = importerFor(*store, true);
  auto parsed = skipping.read(path);
  REQUIRE(parsed.ok());
  REQUIRE(skipping.write(*store, *parsed, QStringLiteral("test")).ok());
  auto count = store->count(IncidentFilter::all());
  REQUIRE(count.ok());
  CHECK(*count == 1);
  QFile rejected(Importer::rejectedPath(path));
  REQUIRE(rejected.open(QIODevice::ReadOnly));
  const QString text = QString::fromUtf8(rejected.readAll());
  CHECK(text.contains(QStringLiteral("Hagbergsvägen 12")));
  CHECK(text.contains(QStringLiteral("Hagabergsvägen 12")));
}

TEST_CASE("geocoded import: without a register a file without coordinates is refused", "[importer][store][geocoding]")
{
  QTemporaryDir dir;
  auto store = GeoPackageStore::create(dir.filePath(QStringLiteral("empty.gpkg")));
  REQUIRE(store.ok());
  const QString path =
    writeFixture(dir, QStringLiteral("rapporter.csv"), "datum;kategori;adress\n2021-03-05 22:30;Klotter;Drottninggatan 4\n");
  auto parsed = importerFor(**store).read(path);
  REQUIRE_FALSE(parsed.ok()); // a layout problem refuses the whole file, as a missing date column does
  CHECK(parsed.error().message.contains(QStringLiteral("address register")));
}

TEST_CASE("reverse geocoding: a point without an address gets the nearest register address, derived", "[importer][store][geocoding]")
{
  QTemporaryDir dir;
  auto store = storeWithRegister(dir);
  // Imported with coordinates and no address.
  const QString path = writeFixture(dir, QStringLiteral("punkter.csv"),
                                    "datum;kategori;E;N\n"
                                    "2021-03-05 22:30;Klotter;563325;6587970\n"
                                    "2021-03-06 22:30;Klotter;563320;6588100\n");
  const Importer importer = importerFor(*store);
  auto parsed = importer.read(path);
  REQUIRE(parsed.ok());
  REQUIRE(importer.write(*store, *parsed, QStringLiteral("test")).ok());
  auto incidents = store->incidents(IncidentFilter::all());
  REQUIRE(incidents.ok());
  REQUIRE(incidents->size() == 2);
  CHECK((*incidents)[0].address == QStringLiteral("Hagabergsvägen 12"));
  CHECK((*incidents)[0].addressDerived);
  CHECK((*incidents)[1].address.isEmpty()); // 130 m from the nearest: none
  CHECK_FALSE((*incidents)[1].addressDerived);

  // Placed by a map click (manual entry): the same, and an edit that moves it re-derives.
  Incident clicked;
  clicked.kind = IncidentKind::Report;
  clicked.category = QStringLiteral("klotter");
  clicked.source = QStringLiteral("vaktare");
  clicked.occurredFrom = utc(2021, 4, 1, 12, 0);
  clicked.x = 562855;
  clicked.y = 6587600;
  auto id = store->insertIncident(clicked, QStringLiteral("test"));
  REQUIRE(id.ok());
  auto stored = store->incident(*id);
  REQUIRE((stored.ok() && stored->has_value()));
  CHECK((*stored)->address == QStringLiteral("Drottninggatan 4"));
  CHECK((*stored)->addressDerived);
  CHECK((*stored)->area == QStringLiteral("centrum"));
  Incident moved = **stored;
  moved.x = 563395;
  moved.y = 6587945;
  REQUIRE(store->updateIncident(moved, QStringLiteral("test")).ok());
  stored = store->incident(*id);
  CHECK((*stored)->address == QStringLiteral("Hagabergsvägen 14"));
  CHECK((*stored)->addressDerived);
  CHECK((*stored)->area == QStringLiteral("kommun"));
  // A written address is kept.
  Incident written = clicked;
  written.address = QStringLiteral("Vid busskuren");
  written.occurredFrom = utc(2021, 4, 2, 12, 0);
  auto writtenId = store->insertIncident(written, QStringLiteral("test"));
  REQUIRE(writtenId.ok());
  CHECK((*store->incident(*writtenId))->address == QStringLiteral("Vid busskuren"));
  CHECK_FALSE((*store->incident(*writtenId))->addressDerived);
}

TEST_CASE("areas: adding or changing an area re-assigns the incidents it covers", "[store][geocoding]")
{
  QTemporaryDir dir;
  auto store = storeWithRegister(dir);
  Incident incident;
  incident.kind = IncidentKind::Report;
  incident.category = QStringLiteral("klotter");
  incident.source = QStringLiteral("vaktare");
  incident.occurredFrom = utc(2021, 4, 1, 12, 0);
  incident.address = QStringLiteral("Hamnen");
  incident.x = 563500;
  incident.y = 6587100;
  auto id = store->insertIncident(incident, QStringLiteral("test"));
  REQUIRE(id.ok());
  CHECK((*store->incident(*id))->area == QStringLiteral("kommun"));
  // A new, smaller area around it takes it.
  REQUIRE(store->upsertArea(square("hamnen", "district", 563400, 6587000, 200)).ok());
  CHECK((*store->incident(*id))->area == QStringLiteral("hamnen"));
  // Moved away: back to the municipality.
  REQUIRE(store->upsertArea(square("hamnen", "district", 564400, 6587000, 200)).ok());
  CHECK((*store->incident(*id))->area == QStringLiteral("kommun"));
  // Municipality-precision points (the police feed) belong to the municipality, not to the
  // smallest area around the municipality's centre point.
  Incident police = incident;
  police.precision = LocationPrecision::Municipality;
  police.x = 562800;
  police.y = 6587500;
  police.occurredFrom = utc(2021, 4, 3, 12, 0);
  auto policeId = store->insertIncident(police, QStringLiteral("test"));
  REQUIRE(policeId.ok());
  CHECK((*store->incident(*policeId))->area == QStringLiteral("kommun"));
}
