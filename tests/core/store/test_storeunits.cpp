// Units of the store: ISO text and local columns against Qt and StockholmTime, GeoPackage
// geometry blobs, R-tree float rounding, the de-duplication key and the radix sort.
#include "storetestsupport.h"

#include "store/deduplicationkey.h"
#include "store/geopackage/geopackagegeometry.h"
#include "store/geopackage/incidentrowwriter.h"
#include "store/geopackage/radixsort.h"
#include "store/geopackage/rtreebulkloader.h"
#include "store/isotimetext.h"
#include "time/stockholmtime.h"

#include <catch2/catch.hpp>

#include <QDateTime>

#include <algorithm>
#include <cstring>
#include <limits>
#include <random>

using namespace lagesbild;
using namespace lagesbild::storetest;

TEST_CASE("ISO text and local columns agree with QDateTime and StockholmTime", "[store]")
{
  const StockholmTime &time = StockholmTime::instance();
  std::mt19937_64 rng(11);
  std::uniform_int_distribution<std::int64_t> when(utc(1901, 1, 1, 0), utc(2199, 12, 31, 0));
  for (int i = 0; i < 20000; ++i)
  {
    const std::int64_t t = i < 4 ? std::vector<std::int64_t>{0, -1, utc(2021, 10, 31, 0, 30), utc(2021, 10, 31, 1, 30)}[i] : when(rng);
    char utcText[IsoTimeText::kUtcLength];
    IsoTimeText::writeUtc(t, utcText);
    const QString expectedUtc = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    REQUIRE(QString::fromLatin1(utcText, IsoTimeText::kUtcLength) == expectedUtc);
    REQUIRE(IsoTimeText::parse(expectedUtc) == t);

    const LocalColumns local = IncidentRowWriter::localColumns(t);
    char localText[IsoTimeText::kLocalLength];
    IsoTimeText::writeLocal(t, local.offsetSeconds, localText);
    REQUIRE(QString::fromLatin1(localText, IsoTimeText::kLocalLength) == time.formatIso(t));
    REQUIRE(IsoTimeText::parse(time.formatIso(t)) == t);
    const LocalParts parts = time.toLocal(t);
    REQUIRE(local.day == parts.dayNumber);
    REQUIRE(local.hour == parts.hour);
    REQUIRE(local.weekday == parts.weekday);
    REQUIRE(local.month == parts.year * 100 + parts.month);
  }
  CHECK(!IsoTimeText::parse(std::string_view("2021-13-01T00:00:00Z")));
  CHECK(!IsoTimeText::parse(std::string_view("yesterday")));
  CHECK(IsoTimeText::parse(std::string_view("2021-03-05T22:30+01:00")) == utc(2021, 3, 5, 21, 30));
}

TEST_CASE("GeoPackage geometry blobs encode and decode", "[store]")
{
  const QByteArray point = GeoPackageGeometry::encodePoint(560123.5, 6580456.25);
  REQUIRE(point.size() == GeoPackageGeometry::kPointBlobSize);
  const auto *bytes = reinterpret_cast<const unsigned char *>(point.constData());
  CHECK(bytes[0] == 'G');
  CHECK(bytes[1] == 'P');
  CHECK(bytes[2] == 0);
  CHECK(bytes[3] == 0x01); // little-endian, no envelope
  std::int32_t srs = 0;
  std::memcpy(&srs, bytes + 4, 4);
  CHECK(srs == 3006);
  const auto decoded = GeoPackageGeometry::decodePoint(bytes, static_cast<int>(point.size()));
  REQUIRE(decoded);
  CHECK(decoded->x == 560123.5);
  CHECK(decoded->y == 6580456.25);
  const auto envelope = GeoPackageGeometry::envelope(bytes, static_cast<int>(point.size()));
  REQUIRE(envelope);
  CHECK(envelope->minX == 560123.5);
  CHECK(envelope->maxY == 6580456.25);

  // A big-endian point with an envelope, as another writer might store it.
  const unsigned char bigEndian[] = {'G',  'P',  0, 0x02, 0, 0,    0x0B, 0xBE, // flags: big-endian, xy envelope; srs 3006
                                     0x40, 0x24, 0, 0,    0, 0,    0,    0,    0x40, 0x24, 0, 0, 0, 0,    0,    0, // minx, maxx = 10
                                     0x40, 0x34, 0, 0,    0, 0,    0,    0,    0x40, 0x34, 0, 0, 0, 0,    0,    0, // miny, maxy = 20
                                     0x00, 0,    0, 0,    1, 0x40, 0x24, 0,    0,    0,    0, 0, 0, 0x40, 0x34, 0, 0, 0, 0, 0, 0};
  const auto other = GeoPackageGeometry::decodePoint(bigEndian, sizeof bigEndian);
  REQUIRE(other);
  CHECK(other->x == 10.0);
  CHECK(other->y == 20.0);

  std::vector<std::vector<Ring>> polygons = {{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{2, 2}, {3, 2}, {3, 3}, {2, 2}}},
                                             {{{20, 20}, {30, 20}, {30, 35}, {20, 20}}}};
  const QByteArray multi = GeoPackageGeometry::encodeMultiPolygon(polygons);
  const auto *multiBytes = reinterpret_cast<const unsigned char *>(multi.constData());
  const auto multiEnvelope = GeoPackageGeometry::envelope(multiBytes, static_cast<int>(multi.size()));
  REQUIRE(multiEnvelope);
  CHECK(multiEnvelope->minX == 0.0);
  CHECK(multiEnvelope->maxX == 30.0);
  CHECK(multiEnvelope->maxY == 35.0);
  const auto back = GeoPackageGeometry::decodeMultiPolygon(multiBytes, static_cast<int>(multi.size()));
  REQUIRE(back);
  REQUIRE(back->size() == 2);
  CHECK((*back)[0].size() == 2);
  CHECK((*back)[0][0].size() == 5); // closed on writing
  CHECK((*back)[0][1].size() == 4); // already closed
  CHECK((*back)[1][0][2].y == 35.0);
  CHECK(GeoPackageGeometry::encodeMultiPolygon({}).isEmpty());
  CHECK(!GeoPackageGeometry::envelope(bytes, 7));
  CHECK(!GeoPackageGeometry::decodePoint(multiBytes, static_cast<int>(multi.size())));
}

TEST_CASE("R-tree boxes are rounded outwards to floats", "[store]")
{
  std::mt19937_64 rng(5);
  std::uniform_real_distribution<double> coordinate(200000.0, 7700000.0);
  for (int i = 0; i < 10000; ++i)
  {
    const double x = coordinate(rng);
    const double y = coordinate(rng);
    const RtreeEntry e = RtreeBulkLoader::entryForPoint(i, x, y);
    REQUIRE(static_cast<double>(e.minX) <= x);
    REQUIRE(static_cast<double>(e.maxX) >= x);
    REQUIRE(static_cast<double>(e.minY) <= y);
    REQUIRE(static_cast<double>(e.maxY) >= y);
    REQUIRE(static_cast<double>(e.maxX) - static_cast<double>(e.minX) <= 1.0);
  }
}

TEST_CASE("De-duplication keys are stable", "[store]")
{
  Incident incident;
  incident.kind = IncidentKind::Report;
  incident.category = QStringLiteral("klotter");
  incident.source = QStringLiteral("vaktare");
  incident.x = 560000.004;
  incident.y = 6580000.0;
  incident.occurredFrom = utc(2021, 3, 5, 21, 30);
  incident.address = QStringLiteral("Kungsgatan 3");
  incident.description = QStringLiteral("Tags på väggen");
  const std::int64_t key = DeduplicationKey::of(incident);
  // Stores keep these values: the definition must never change between versions.
  CHECK(key == -2937842600472249682LL);
  Incident same = incident;
  same.x = 560000.001; // same centimetre
  same.id = 99;
  same.reportedAt = utc(2021, 3, 6, 8, 0); // not part of the content
  CHECK(DeduplicationKey::of(same) == key);
  Incident moved = incident;
  moved.y += 0.02;
  CHECK(DeduplicationKey::of(moved) != key);
  Incident split = incident;
  split.address = QStringLiteral("Kungsgatan");
  split.description = QStringLiteral("3Tags på väggen");
  CHECK(DeduplicationKey::of(split) != key);
  Incident otherKind = incident;
  otherKind.kind = IncidentKind::Crime;
  CHECK(DeduplicationKey::of(otherKind) != key);

  incident.externalId = QStringLiteral(" 2021/77 ");
  const std::int64_t idKey = DeduplicationKey::of(incident);
  CHECK(idKey == 7257334726934611500LL);
  Incident edited = incident;
  edited.description = QStringLiteral("updated upstream");
  edited.occurredFrom += 600;
  edited.externalId = QStringLiteral("2021/77");
  CHECK(DeduplicationKey::of(edited) == idKey);
  Incident otherSource = incident;
  otherSource.source = QStringLiteral("polisen");
  CHECK(DeduplicationKey::of(otherSource) != idKey);

  // No collisions among 200,000 distinct external ids and contents.
  std::vector<std::int64_t> keys;
  for (int i = 0; i < 100000; ++i)
  {
    Incident a = incident;
    a.externalId = QString::number(i);
    keys.push_back(DeduplicationKey::of(a));
    Incident b = same;
    b.occurredFrom += i;
    keys.push_back(DeduplicationKey::of(b));
  }
  std::sort(keys.begin(), keys.end());
  CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());
}

TEST_CASE("The radix sort orders by the upper half and keeps equal keys in order", "[store]")
{
  std::mt19937_64 random(99);
  for (const std::size_t n : {std::size_t(0), std::size_t(1), std::size_t(1000), std::size_t(200000)})
  {
    std::vector<std::uint64_t> values(n);
    for (std::size_t i = 0; i < n; ++i)
    {
      // Few distinct keys in the small case (many ties), the whole range in the large one.
      const std::uint64_t key = n <= 1000 ? random() % 37 : random() >> 32;
      values[i] = (key << 32) | i;
    }
    std::vector<std::uint64_t> expected = values;
    std::stable_sort(expected.begin(), expected.end(), [](std::uint64_t a, std::uint64_t b) { return (a >> 32) < (b >> 32); });
    std::vector<std::uint64_t> scratch;
    RadixSort::byUpperHalf(values, scratch);
    CHECK(values == expected);
  }
}

TEST_CASE("The radix sort orders signed keys as std::sort does", "[store]")
{
  std::mt19937_64 random(7);
  for (const std::size_t n : {std::size_t(0), std::size_t(1), std::size_t(2000), std::size_t(300000)})
  {
    std::vector<std::int64_t> values(n);
    for (std::size_t i = 0; i < n; ++i)
    {
      // Hashes over the whole range, negative ones among them; in the small case many share
      // their upper half (the insertion pass) and some are equal.
      const auto hash = static_cast<std::int64_t>(random());
      values[i] = n <= 2000 ? static_cast<std::int64_t>(static_cast<std::uint64_t>(hash % 5) << 32) - 3 * (hash % 11) : hash;
    }
    values.push_back(std::numeric_limits<std::int64_t>::min());
    values.push_back(std::numeric_limits<std::int64_t>::max());
    values.push_back(-1);
    values.push_back(0);
    std::vector<std::int64_t> expected = values;
    std::sort(expected.begin(), expected.end());
    std::vector<std::int64_t> scratch;
    RadixSort::ascending(values, scratch);
    CHECK(values == expected);
  }
}
