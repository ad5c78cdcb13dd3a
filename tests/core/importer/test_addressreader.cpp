// The address register from files: CSV with x/y and Lantmäteriet-style columns, GeoJSON with
// OSM tags, a mapping file; re-import replaces the register atomically.
#include "importertesthelpers.h"

#include "importer/addressreader.h"
#include "store/geopackage/geopackagestore.h"

#include <QTemporaryDir>

using namespace lagesbild;
using namespace lagesbild::importer;
using namespace lagesbild::importer::test;

TEST_CASE("address register: Lantmäteriet-style CSV with x/y", "[importer][geocoding]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("belagenhetsadresser.csv"),
                                    "adressomrade,adressplatsnummer,bokstavstillagg,postnummer,postort,kommunkod,x,y\n"
                                    "Drottninggatan,4,B,736 30,Kungsör,1960,562855,6587615\n"
                                    "Drottninggatan,6,,736 30,Kungsör,1960,562870,6587620\n"
                                    ",,,,,,562870,6587620\n");
  auto read = AddressReader::read(path);
  REQUIRE(read.ok());
  REQUIRE(read->addresses.size() == 2);
  CHECK(read->skipped == 1);
  const geocoding::AddressPoint &first = read->addresses.front();
  CHECK(first.street == QStringLiteral("Drottninggatan"));
  CHECK(first.number == 4);
  CHECK(first.letter == QStringLiteral("B"));
  CHECK(first.postcode == QStringLiteral("736 30"));
  CHECK(first.postalTown == QStringLiteral("Kungsör"));
  CHECK(first.municipalityCode == QStringLiteral("1960"));
  CHECK(first.x == 562855);
  CHECK(first.y == 6587615);
}

TEST_CASE("address register: OSM tags in GeoJSON (WGS 84) and a mapping file", "[importer][geocoding]")
{
  QTemporaryDir dir;
  const QString osm = writeFixture(dir, QStringLiteral("osm.geojson"), R"({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"addr:street": "Kungsgatan", "addr:housenumber": "7A", "addr:postcode": "73630", "addr:city": "Kungsör"},
     "geometry": {"type": "Point", "coordinates": [16.0963, 59.4226]}},
    {"type": "Feature", "properties": {"name": "Kungsparken"},
     "geometry": {"type": "Polygon", "coordinates": [[[16.100, 59.420], [16.102, 59.420], [16.102, 59.421], [16.100, 59.421], [16.100, 59.420]]]}}
  ]})");
  auto read = AddressReader::read(osm);
  REQUIRE(read.ok());
  REQUIRE(read->addresses.size() == 2);
  CHECK(read->addresses[0].street == QStringLiteral("Kungsgatan"));
  CHECK(read->addresses[0].number == 7);
  CHECK(read->addresses[0].letter == QStringLiteral("A"));
  CHECK(read->addresses[0].postalTown == QStringLiteral("Kungsör"));
  CHECK(read->addresses[0].x == Approx(562210.0).margin(50)); // as the police feed test: 59.422571, 16.096306
  CHECK(read->addresses[1].placeName == QStringLiteral("Kungsparken"));

  const QString own = writeFixture(dir, QStringLiteral("egen.csv"), "GATA;NR;ORTNAMN;OST;NORD\nÄngsvägen;3;Kungsör;562400;6586900\n");
  const QString mappingPath =
    writeFixture(dir, QStringLiteral("map.json"),
                 R"({"columns": {"street": "GATA", "number": "NR", "town": "ORTNAMN", "x": "OST", "y": "NORD"}, "crs": "EPSG:3006"})");
  auto mapping = AddressMapping::load(mappingPath);
  REQUIRE(mapping.ok());
  auto mapped = AddressReader::read(own, &*mapping);
  REQUIRE(mapped.ok());
  REQUIRE(mapped->addresses.size() == 1);
  CHECK(mapped->addresses[0].street == QStringLiteral("Ängsvägen"));
  CHECK(mapped->addresses[0].x == 562400);
}

TEST_CASE("address register: re-import replaces the whole register", "[store][geocoding]")
{
  QTemporaryDir dir;
  auto store = GeoPackageStore::create(dir.filePath(QStringLiteral("store.gpkg")));
  REQUIRE(store.ok());
  std::vector<geocoding::AddressPoint> first(3);
  for (int i = 0; i < 3; ++i)
  {
    first[i].street = QStringLiteral("Storgatan");
    first[i].number = i + 1;
    first[i].x = 562760 + i;
    first[i].y = 6587600;
  }
  REQUIRE((*store)->replaceAddresses(first, QStringLiteral("test")).ok());
  CHECK(*(*store)->addressCount() == 3);
  std::vector<geocoding::AddressPoint> second(1, first[0]);
  second[0].street = QStringLiteral("Kungsgatan");
  REQUIRE((*store)->replaceAddresses(second, QStringLiteral("test")).ok());
  auto loaded = (*store)->addresses();
  REQUIRE(loaded.ok());
  REQUIRE(loaded->size() == 1);
  CHECK(loaded->front().street == QStringLiteral("Kungsgatan"));
  // A register that fails (not a number) leaves the previous one.
  std::vector<geocoding::AddressPoint> bad(1);
  CHECK_FALSE((*store)->replaceAddresses(bad, QStringLiteral("test")).ok()); // neither street nor place: CHECK fails
  CHECK(*(*store)->addressCount() == 1);
  // The R-tree answers the nearest-address query.
  auto nearest = (*store)->nearestAddress(562765, 6587610, 50);
  REQUIRE(nearest.ok());
  REQUIRE(nearest->has_value());
  CHECK((*nearest)->street == QStringLiteral("Kungsgatan"));
}
