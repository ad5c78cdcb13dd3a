// The police events feed as saved copies really look: publication time with a one-digit hour
// and switching offsets, the event's own time only in the name ("00:37", later "10.27"), the
// year to infer around New Year, county names, municipality-centre points.
#include "importertesthelpers.h"

#include "importer/policefeedimporter.h"

#include <QTemporaryDir>

using namespace lagesbild;
using namespace lagesbild::importer;
using namespace lagesbild::importer::test;

namespace
{
const QByteArray kFeed = R"([
  {"id": 411239, "datetime": "2023-04-11 3:24:01 +02:00", "name": "11 april 00:37, Brand, Kungsör",
   "summary": "Brand i förråd.", "url": "/aktuellt/handelser/2023/april/11/11-april-0037-brand-kungsor/",
   "type": "Brand", "location": {"name": "Kungsör", "gps": "59.422571,16.096306"}},
  {"id": 411300, "datetime": "2023-04-11 12:01:15 +02:00", "name": "11 april 10.27, Misshandel, Västmanlands län",
   "summary": "Man misshandlad. Anmälare 121212-1212.", "url": "/aktuellt/handelser/2023/april/11/x/",
   "type": "Misshandel", "location": {"name": "Västmanlands län", "gps": "59.609901,16.544809"}},
  {"id": 300001, "datetime": "2024-01-01 0:45:00 +01:00", "name": "31 december 23.50, Skadegörelse, Kungsör",
   "summary": "", "url": "", "type": "Skadegörelse", "location": {"name": "Kungsör", "gps": "59.422571,16.096306"}},
  {"id": 300002, "datetime": "2023-12-01 21:30:43 +01:00", "name": "Sammanfattning kväll och natt, Västmanlands län",
   "summary": "Lugn natt.", "url": "/x/", "type": "Sammanfattning natt", "location": {"name": "Västmanlands län", "gps": "59.609901,16.544809"}},
  {"id": 300003, "datetime": "2023-12-02 07:10:00 +01:00", "name": "1 december 22.00 - 06.00, Rattfylleri, Kungsör",
   "summary": "", "url": "", "type": "Rattfylleri", "location": {"name": "Kungsör", "gps": "59.422571,16.096306"}},
  {"id": 300004, "datetime": "2023-12-02 07:10:00 +01:00", "name": "2 december 05.00, Stöld, Kungsör",
   "summary": "", "url": "", "type": "Stöld", "location": {"name": "Kungsör", "gps": ""}},
  {"id": 300005, "datetime": "igår", "name": "2 december 05.00, Stöld, Kungsör",
   "summary": "", "url": "", "type": "Stöld", "location": {"name": "Kungsör", "gps": "59.422571,16.096306"}}
])";
} // namespace

TEST_CASE("police feed: event time from the name, year from the publication time", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("events.json"), kFeed);
  ImportOptions options;
  Category assault;
  assault.code = QStringLiteral("brott_misshandel");
  assault.nameSv = QStringLiteral("Misshandel");
  assault.kind = IncidentKind::Crime;
  options.known.categories = {assault};
  options.known.sources = {{QStringLiteral("polisen"), QStringLiteral("Polisen")}};
  const ParsedImport parsed = readOk(path, options);
  CHECK(parsed.format == ImportFormat::PoliceFeed);
  REQUIRE(parsed.incidents.size() == 5);

  const Incident &fire = parsed.incidents[0];
  CHECK(fire.externalId == QStringLiteral("411239"));
  CHECK(fire.occurredFrom == utc(2023, 4, 10, 22, 37)); // 00:37 CEST
  CHECK(fire.reportedAt == utc(2023, 4, 11, 1, 24, 1)); // 3:24:01 +02:00
  CHECK(fire.kind == IncidentKind::Report);             // a fire is not a crime (PoliceFeedTypes)
  CHECK(fire.source == QStringLiteral("polisen"));
  CHECK(fire.category == QStringLiteral("brand"));
  CHECK(fire.precision == LocationPrecision::Municipality);
  CHECK(fire.address == QStringLiteral("Kungsör"));
  CHECK(fire.description ==
        QStringLiteral("Brand i förråd.\nhttps://polisen.se/aktuellt/handelser/2023/april/11/11-april-0037-brand-kungsor/"));
  // cs2cs EPSG:4326 EPSG:3006 of 59.422571 16.096306: 6587619.510 N, 562210.021 E.
  CHECK(fire.x == Approx(562210.021).margin(0.01));
  CHECK(fire.y == Approx(6587619.510).margin(0.01));

  const Incident &assaultEvent = parsed.incidents[1];
  CHECK(assaultEvent.occurredFrom == utc(2023, 4, 11, 8, 27)); // "10.27" style
  CHECK(assaultEvent.category == QStringLiteral("brott_misshandel"));
  CHECK(assaultEvent.address == QStringLiteral("Västmanlands län"));
  CHECK(assaultEvent.description.contains(QStringLiteral("[personnummer]")));
  CHECK(parsed.record.masked == 1);

  CHECK(parsed.incidents[2].occurredFrom == utc(2023, 12, 31, 22, 50));    // the year before publication
  CHECK(parsed.incidents[3].occurredFrom == utc(2023, 12, 1, 20, 30, 43)); // no time in the name: publication
  CHECK(parsed.incidents[3].category == QStringLiteral("ovrigt"));
  CHECK(parsed.incidents[3].kind == IncidentKind::Report);
  CHECK(assaultEvent.kind == IncidentKind::Crime);
  CHECK(parsed.incidents[4].occurredFrom == utc(2023, 12, 1, 21, 0));
  CHECK(parsed.incidents[4].occurredTo == utc(2023, 12, 2, 5, 0));

  REQUIRE(parsed.errors.size() == 2);
  CHECK(parsed.errors[0].line == 6);
  CHECK(parsed.errors[0].field == QStringLiteral("location.gps"));
  CHECK(parsed.errors[1].line == 7);
  CHECK(parsed.errors[1].field == QStringLiteral("datetime"));
  CHECK(parsed.record.read == 7);
  CHECK(parsed.record.rejected == 2);

  QStringList newCodes;
  for (const Category &category : parsed.newCategories)
    newCodes.append(category.code);
  // The table's categories (this store lacks the default taxonomy, so they are new here).
  CHECK(newCodes == QStringList{QStringLiteral("brand"), QStringLiteral("brott_skadegorelse"), QStringLiteral("ovrigt"),
                                QStringLiteral("brott_trafik"), QStringLiteral("brott_stold_snatteri")});
  CHECK(parsed.newSources.empty());
}

TEST_CASE("police feed: names and JSON that are not the feed", "[importer]")
{
  const std::int64_t published = utc(2023, 4, 11, 1, 24);
  CHECK_FALSE(PoliceFeedImporter::timeFromName(QStringLiteral("Trafikolycka, Kungsör"), published).has_value());
  CHECK_FALSE(PoliceFeedImporter::timeFromName(QStringLiteral("31 februari 10.00, Brand"), published).has_value());
  CHECK(PoliceFeedImporter::timeFromName(QStringLiteral("11 April 10:27, Brand"), published)->from == utc(2023, 4, 11, 8, 27));

  QTemporaryDir dir;
  ImportOptions options;
  options.format = ImportFormat::PoliceFeed;
  const auto broken = Importer(options).read(writeFixture(dir, QStringLiteral("broken.json"), "[\n{\"id\": 1,\n\"name\": }\n]"));
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().message.contains(QStringLiteral("broken.json:3:")));
  const auto object = Importer(options).read(writeFixture(dir, QStringLiteral("object.json"), "{\"a\": 1}"));
  REQUIRE_FALSE(object.ok());
}
