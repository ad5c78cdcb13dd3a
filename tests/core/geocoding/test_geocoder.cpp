// The geocoder against a small register: exact, nearest number, street, named place, towns,
// suggestions for a misspelt street, and the reverse lookup.
#include "geocoding/geocoder.h"

#include <catch2/catch.hpp>

using namespace lagesbild;
using namespace lagesbild::geocoding;

namespace
{
AddressPoint address(const char *street, int number, const char *letter, const char *town, double x, double y)
{
  AddressPoint point;
  point.street = QString::fromUtf8(street);
  point.number = number;
  point.letter = QString::fromUtf8(letter);
  point.postalTown = QString::fromUtf8(town);
  point.municipalityCode = QString::fromUtf8(town) == QLatin1String("Arboga") ? QStringLiteral("1984") : QStringLiteral("1960");
  point.x = x;
  point.y = y;
  return point;
}

AddressPoint place(const char *name, double x, double y)
{
  AddressPoint point;
  point.placeName = QString::fromUtf8(name);
  point.x = x;
  point.y = y;
  return point;
}

Geocoder kungsor()
{
  std::vector<AddressPoint> points = {
    address("Drottninggatan", 4, "", "Kungsör", 562850, 6587610),
    address("Drottninggatan", 4, "B", "Kungsör", 562855, 6587615),
    address("Drottninggatan", 6, "", "Kungsör", 562870, 6587620),
    address("Hagabergsvägen", 11, "", "Kungsör", 563300, 6587900),
    address("Hagabergsvägen", 12, "", "Kungsör", 563320, 6587960),
    address("Hagabergsvägen", 15, "", "Kungsör", 563400, 6587900),
    address("Storgatan", 1, "", "Kungsör", 562760, 6587600),
    address("Storgatan", 1, "", "Arboga", 533000, 6584000),
    address("Kyrkvägen", 4, "", "Valskog", 553450, 6589700),
    place("Torget", 562915, 6587560),
    place("Björkskolan", 562300, 6587420),
  };
  Area centrum;
  centrum.code = QStringLiteral("centrum");
  centrum.name = QStringLiteral("Centrum");
  centrum.polygons = {{{{562700, 6587420}, {563080, 6587400}, {563100, 6587700}, {562690, 6587680}, {562700, 6587420}}}};
  return Geocoder(points, {centrum});
}
} // namespace

TEST_CASE("geocoder: exact addresses in every written form", "[geocoding]")
{
  const Geocoder geocoder = kungsor();
  for (const char *text : {"Drottningg. 4 B", "Drottninggatan 4B", "drottninggatan 4 b", "  DROTTNINGGATAN   4b "})
  {
    INFO(text);
    const GeocodeResult result = geocoder.geocode(QString::fromUtf8(text));
    REQUIRE(result.found);
    CHECK(result.precision == LocationPrecision::Exact);
    CHECK(result.point.x == 562855);
    CHECK(result.label == QStringLiteral("Drottninggatan 4 B, Kungsör"));
  }
  const GeocodeResult plain = geocoder.geocode(QStringLiteral("Drottninggatan 4"));
  CHECK(plain.point.x == 562850);
  CHECK(plain.precision == LocationPrecision::Exact);
  const GeocodeResult vagen = geocoder.geocode(QStringLiteral("Hagabergsv. 12"));
  REQUIRE(vagen.found);
  CHECK(vagen.precision == LocationPrecision::Exact);
  CHECK(vagen.point.y == 6587960);
  // A range is its first number.
  const GeocodeResult range = geocoder.geocode(QStringLiteral("Drottninggatan 4-6"));
  CHECK(range.point.x == 562850);
  // å/ä/ö written without dots still finds the street.
  CHECK(geocoder.geocode(QStringLiteral("Hagabergsvagen 12")).precision == LocationPrecision::Exact);
}

TEST_CASE("geocoder: nearest and interpolated numbers", "[geocoding]")
{
  const Geocoder geocoder = kungsor();
  // 13 lies between 11 and 15 on the odd side: half way.
  const GeocodeResult between = geocoder.geocode(QStringLiteral("Hagabergsvägen 13"));
  REQUIRE(between.found);
  CHECK(between.precision == LocationPrecision::NearestNumber);
  CHECK(between.point.x == Approx(563350));
  CHECK(between.point.y == Approx(6587900));
  // A letter the register lacks: the number without it.
  const GeocodeResult letter = geocoder.geocode(QStringLiteral("Drottninggatan 6 C"));
  CHECK(letter.precision == LocationPrecision::NearestNumber);
  CHECK(letter.point.x == 562870);
  // Past the end: the nearest number on the same side.
  const GeocodeResult beyond = geocoder.geocode(QStringLiteral("Drottninggatan 20"));
  CHECK(beyond.precision == LocationPrecision::NearestNumber);
  CHECK(beyond.point.x == 562870);
}

TEST_CASE("geocoder: streets, named places and areas", "[geocoding]")
{
  const Geocoder geocoder = kungsor();
  const GeocodeResult street = geocoder.geocode(QStringLiteral("Hagabergsvägen"));
  REQUIRE(street.found);
  CHECK(street.precision == LocationPrecision::Street);
  const GeocodeResult square = geocoder.geocode(QStringLiteral("torget"));
  REQUIRE(square.found);
  CHECK(square.precision == LocationPrecision::NamedPlace);
  CHECK(square.point.x == 562915);
  const GeocodeResult school = geocoder.geocode(QStringLiteral("Björkskolan, Skolgatan 10"));
  CHECK(school.precision == LocationPrecision::NamedPlace);
  const GeocodeResult area = geocoder.geocode(QStringLiteral("Centrum"));
  REQUIRE(area.found);
  CHECK(area.precision == LocationPrecision::NamedPlace);
  CHECK(area.point.x > 562690);
  CHECK(area.point.x < 563100);
}

TEST_CASE("geocoder: a town chooses between equal street names", "[geocoding]")
{
  const Geocoder geocoder = kungsor();
  const GeocodeResult ambiguous = geocoder.geocode(QStringLiteral("Storgatan 1"));
  CHECK_FALSE(ambiguous.found);
  CHECK(ambiguous.suggestions.contains(QStringLiteral("Storgatan 1, Arboga")));
  CHECK(ambiguous.suggestions.contains(QStringLiteral("Storgatan 1, Kungsör")));
  const GeocodeResult arboga = geocoder.geocode(QStringLiteral("Storgatan 1"), QStringLiteral("Arboga"));
  REQUIRE(arboga.found);
  CHECK(arboga.point.x == 533000);
  const GeocodeResult kommun = geocoder.geocode(QStringLiteral("Storgatan 1"), QStringLiteral("Kungsörs kommun"));
  REQUIRE(kommun.found);
  CHECK(kommun.point.x == 562760);
  const GeocodeResult code = geocoder.geocode(QStringLiteral("Storgatan 1"), QStringLiteral("1984"));
  CHECK(code.point.x == 533000);
  const GeocodeResult comma = geocoder.geocode(QStringLiteral("Storgatan 1, Arboga"));
  CHECK(comma.point.x == 533000);
}

TEST_CASE("geocoder: a misspelt street is not placed but suggested", "[geocoding]")
{
  const Geocoder geocoder = kungsor();
  const GeocodeResult result = geocoder.geocode(QStringLiteral("Hagbergsvägen 12"));
  CHECK_FALSE(result.found);
  REQUIRE(result.suggestions.size() >= 1);
  CHECK(result.suggestions.front() == QStringLiteral("Hagabergsvägen 12"));
  CHECK(result.suggestions.size() <= Geocoder::kMaxSuggestions);
  const GeocodeResult nothing = geocoder.geocode(QStringLiteral("Xyzzyvägen 1"));
  CHECK_FALSE(nothing.found);
  CHECK(nothing.suggestions.isEmpty());
}

TEST_CASE("geocoder: nearest register address within a distance", "[geocoding]")
{
  const Geocoder geocoder = kungsor();
  const auto near = geocoder.nearestAddress(563325, 6587970, 50);
  REQUIRE(near.has_value());
  CHECK(near->label() == QStringLiteral("Hagabergsvägen 12"));
  CHECK_FALSE(geocoder.nearestAddress(563320, 6588060, 50).has_value());
  // Places are not addresses.
  CHECK_FALSE(geocoder.nearestAddress(562300, 6587420, 50).has_value());
}

TEST_CASE("geocoder: search finds streets and places by their start", "[geocoding]")
{
  const Geocoder geocoder = kungsor();
  const auto hits = geocoder.search(QStringLiteral("haga"), 10);
  REQUIRE(hits.size() == 1);
  CHECK(hits.front().label == QStringLiteral("Hagabergsvägen, Kungsör"));
  const auto full = geocoder.search(QStringLiteral("Drottninggatan 4 B"), 10);
  REQUIRE(full.size() == 1);
  CHECK(full.front().point.x == 562855);
  CHECK(geocoder.search(QStringLiteral("tor"), 10).front().label == QStringLiteral("Torget"));
}
