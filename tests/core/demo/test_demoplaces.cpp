// The demo's places: its generated address register places every demo address, and the police
// feed imported into the demo store lands in the municipality's area.
#include "demo/demoaddressregister.h"
#include "demo/demoplaces.h"
#include "demo/demostorewriter.h"
#include "geocoding/geocoder.h"
#include "importer/importer.h"
#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace lagesbild;
using namespace lagesbild::demo;

TEST_CASE("Every demo address geocodes with the demo's register", "[demo][geocoding]")
{
  const auto places = DemoPlaces::embedded();
  REQUIRE(places.ok());
  const std::vector<geocoding::AddressPoint> first = DemoAddressRegister::build(*places);
  const std::vector<geocoding::AddressPoint> second = DemoAddressRegister::build(*places);
  REQUIRE(first.size() == second.size());
  for (std::size_t i = 0; i < first.size(); ++i)
    CHECK((first[i].label() == second[i].label() && first[i].x == second[i].x && first[i].y == second[i].y));
  const geocoding::Geocoder geocoder(first, places->areas());
  int addresses = 0;
  for (const DemoPlace &place : places->places())
    for (const DemoAddress &address : place.addresses)
    {
      ++addresses;
      INFO(address.name.toStdString());
      const geocoding::GeocodeResult result = geocoder.geocode(address.name);
      REQUIRE(result.found);
      // The point is the demo's own (an exact address or a named place at it).
      CHECK(std::hypot(result.point.x - address.point.x, result.point.y - address.point.y) < 1.0);
    }
  CHECK(addresses > 30);
  // Numbers the demo does not use are in the register too.
  const geocoding::GeocodeResult between = geocoder.geocode(QStringLiteral("Hagabergsvägen 9"));
  REQUIRE(between.found);
  CHECK(between.precision == LocationPrecision::Exact);
}

TEST_CASE("The police feed imported into the demo finds the Kungsör events in kungsor-kommun", "[demo][importer][geocoding]")
{
  QTemporaryDir dir;
  const QString storePath = dir.filePath(QStringLiteral("demo.gpkg"));
  REQUIRE(DemoStoreWriter::write(storePath, DemoOptions()).ok());
  auto store = GeoPackageStore::open(storePath);
  REQUIRE(store.ok());
  CHECK(*(*store)->addressCount() > 50);

  // Two Kungsör events (municipality centre point) and one for the county (Västerås).
  const QString feed = dir.filePath(QStringLiteral("events.json"));
  QFile file(feed);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(R"([
  {"id": 911239, "datetime": "2024-04-11 3:24:01 +02:00", "name": "11 april 00:37, Brand, Kungsör",
   "summary": "Brand i förråd.", "url": "/x/", "type": "Brand", "location": {"name": "Kungsör", "gps": "59.422571,16.096306"}},
  {"id": 911240, "datetime": "2025-05-02 14:10:00 +02:00", "name": "2 maj 13.40, Skadegörelse, Kungsör",
   "summary": "", "url": "", "type": "Skadegörelse", "location": {"name": "Kungsör", "gps": "59.422571,16.096306"}},
  {"id": 911300, "datetime": "2024-04-11 12:01:15 +02:00", "name": "11 april 10.27, Misshandel, Västmanlands län",
   "summary": "", "url": "", "type": "Misshandel", "location": {"name": "Västmanlands län", "gps": "59.609901,16.544809"}}
])");
  file.close();
  importer::ImportOptions options;
  auto known = importer::Importer::knownReferences(**store);
  REQUIRE(known.ok());
  options.known = *known;
  const importer::Importer importer(options);
  auto parsed = importer.read(feed);
  REQUIRE(parsed.ok());
  REQUIRE(importer.write(**store, *parsed, QStringLiteral("test")).ok());

  IncidentFilter filter;
  filter.sources = QStringList{QStringLiteral("polisen")};
  filter.areas = QStringList{QStringLiteral("kungsor-kommun")};
  filter.includeMunicipalityPrecision = true;
  filter.period = DateRange(QDate(2024, 1, 1), QDate(2025, 12, 31));
  auto inKungsor = (*store)->incidents(filter);
  REQUIRE(inKungsor.ok());
  // The demo has police incidents of its own: look for the feed's by their event ids.
  std::vector<Incident> fromFeed;
  for (const Incident &incident : *inKungsor)
    if (incident.externalId.startsWith(QStringLiteral("9112")) || incident.externalId.startsWith(QStringLiteral("9113")))
      fromFeed.push_back(incident);
  REQUIRE(fromFeed.size() == 2); // the county event (Västerås) is not in Kungsör
  CHECK(fromFeed[0].externalId == QStringLiteral("911239"));
  CHECK(fromFeed[1].externalId == QStringLiteral("911240"));
  for (const Incident &incident : fromFeed)
  {
    CHECK(incident.area == QStringLiteral("kungsor-kommun"));
    CHECK(incident.precision == LocationPrecision::Municipality);
    CHECK_FALSE(incident.addressDerived); // a municipality centre says no street
  }
  CHECK(fromFeed[0].kind == IncidentKind::Report); // Brand is not a crime
  CHECK(fromFeed[1].kind == IncidentKind::Crime);
}
