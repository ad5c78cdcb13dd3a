// Swedish address forms as people write them, reduced to one key.
#include "geocoding/addressnormalizer.h"
#include "geocoding/editdistance.h"

#include <catch2/catch.hpp>

using namespace lagesbild::geocoding;

namespace
{
std::string key(const char *text)
{
  return AddressNormalizer::key(QString::fromUtf8(text)).toStdString();
}
} // namespace

TEST_CASE("normaliser: case and whitespace", "[geocoding]")
{
  CHECK(key("  HAGABERGSVÄGEN  ") == key("Hagabergsvägen"));
  CHECK(key("Södra\tRingvägen") == "södra ringvägen");
  CHECK(key("Södra   ringvägen") == "södra ringvägen");
}

TEST_CASE("normaliser: g. v. pl. abbreviations", "[geocoding]")
{
  CHECK(key("Drottningg.") == "drottninggatan");
  CHECK(key("Drottninggatan") == "drottninggatan");
  CHECK(key("Hagabergsv.") == "hagabergsvägen");
  CHECK(key("Gustav Adolfs pl.") == "gustav adolfs platsen");
  CHECK(key("Stortorgspl.") == "stortorgsplatsen");
  CHECK(key("S:t Eriksg.") == "sankt eriksgatan");
}

TEST_CASE("normaliser: house numbers, letters and ranges", "[geocoding]")
{
  for (const char *text : {"Drottningg. 4 B", "Drottninggatan 4B", "drottninggatan 4 b", "DROTTNINGGATAN 4b"})
  {
    const ParsedAddress parsed = AddressNormalizer::parse(QString::fromUtf8(text));
    INFO(text);
    CHECK(parsed.streetKey == QStringLiteral("drottninggatan"));
    CHECK(parsed.number == 4);
    CHECK(parsed.letter == QStringLiteral("b"));
  }
  const ParsedAddress range = AddressNormalizer::parse(QStringLiteral("Ängsvägen 12-14"));
  CHECK(range.streetKey == QStringLiteral("ängsvägen"));
  CHECK(range.number == 12);
  CHECK(range.letter.isEmpty());
  const ParsedAddress rangeSpaced = AddressNormalizer::parse(QStringLiteral("Ängsvägen 12 – 14"));
  CHECK(rangeSpaced.number == 12);
  // "lgh" (apartment) is not a letter.
  const ParsedAddress flat = AddressNormalizer::parse(QStringLiteral("Kungsgatan 7 lgh 1102"));
  CHECK(flat.number == 7);
  CHECK(flat.letter.isEmpty());
  // A town after a comma.
  const ParsedAddress inTown = AddressNormalizer::parse(QStringLiteral("Kyrkvägen 4, Valskog"));
  CHECK(inTown.streetKey == QStringLiteral("kyrkvägen"));
  CHECK(inTown.town == QStringLiteral("valskog"));
  // No number: a street or a place.
  const ParsedAddress square = AddressNormalizer::parse(QStringLiteral("Torget"));
  CHECK(square.streetKey == QStringLiteral("torget"));
  CHECK(square.number == 0);
}

TEST_CASE("normaliser: towns and municipalities", "[geocoding]")
{
  CHECK(AddressNormalizer::townKey(QStringLiteral("Kungsör")) == QStringLiteral("kungsör"));
  CHECK(AddressNormalizer::townKey(QStringLiteral("ARBOGA KOMMUN")) == QStringLiteral("arboga"));
  CHECK(AddressNormalizer::foldedKey(QStringLiteral("kungsör")) == QStringLiteral("kungsor"));
}

TEST_CASE("edit distance is bounded and counts transpositions once", "[geocoding]")
{
  CHECK(boundedEditDistance(QStringLiteral("hagbergsvägen"), QStringLiteral("hagabergsvägen"), 3) == 1);
  CHECK(boundedEditDistance(QStringLiteral("storgtaan"), QStringLiteral("storgatan"), 3) == 1);
  CHECK(boundedEditDistance(QStringLiteral("kungsgatan"), QStringLiteral("kungsgatan"), 3) == 0);
  CHECK(boundedEditDistance(QStringLiteral("abc"), QStringLiteral("xyzxyz"), 2) == 3);
}
