// CSV import: encodings, delimiters, quoting, decimal commas, dates and DST, time windows,
// coordinate systems, mappings, bad rows with file/line/field, masking and cancel.
// Reference coordinates from PROJ's cs2cs 9.1 (echo "lat lon" | cs2cs EPSG:4326 EPSG:3006).
#include "importertesthelpers.h"

#include "importer/csvimporter.h"
#include "importer/importer.h"

#include <QTemporaryDir>

using namespace lagesbild;
using namespace lagesbild::importer;
using namespace lagesbild::importer::test;

namespace
{
// 59.4226 N, 16.0963 E (Kungsör) in EPSG:3006 according to cs2cs.
constexpr double kKungsorE = 562209.627;
constexpr double kKungsorN = 6587622.733;

KnownReferences defaultReferences()
{
  KnownReferences known;
  Category crime;
  crime.code = QStringLiteral("brott_skadegorelse");
  crime.nameSv = QStringLiteral("Skadegörelse");
  crime.kind = IncidentKind::Crime;
  Category report;
  report.code = QStringLiteral("skadegorelse");
  report.nameSv = QStringLiteral("Skadegörelse");
  report.kind = IncidentKind::Report;
  Category graffiti;
  graffiti.code = QStringLiteral("klotter");
  graffiti.nameSv = QStringLiteral("Klotter");
  known.categories = {crime, report, graffiti};
  known.sources = {{QStringLiteral("bostadsbolaget"), QStringLiteral("Bostadsbolaget")},
                   {QStringLiteral("polisen"), QStringLiteral("Polisen")}};
  return known;
}
} // namespace

TEST_CASE("CSV: Swedish export with semicolons, decimal commas and lat/lon", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("rapporter.csv"),
                                    "Datum;Brottstyp;Källa;Adress;Lat;Lon;Beskrivning\n"
                                    "2021-03-05 22:30;Skadegörelse;Bostadsbolaget;Storgatan 1;59,4226;16,0963;Krossad ruta\n"
                                    "2021-07-01 08:15;Nedskräpning;Nattvandrarna;Torget;59,4226;16,0963;\n");
  ImportOptions options;
  options.known = defaultReferences();
  const ParsedImport parsed = readOk(path, options);
  INFO(allIssues(parsed.errors).toStdString());
  REQUIRE(parsed.errors.empty());
  REQUIRE(parsed.incidents.size() == 2);
  const Incident &first = parsed.incidents[0];
  CHECK(first.x == Approx(kKungsorE).margin(0.01));
  CHECK(first.y == Approx(kKungsorN).margin(0.01));
  CHECK(first.occurredFrom == utc(2021, 3, 5, 21, 30)); // CET
  CHECK_FALSE(first.occurredTo.has_value());
  CHECK(first.category == QStringLiteral("skadegorelse")); // the report category, not the crime one
  CHECK(first.source == QStringLiteral("bostadsbolaget"));
  CHECK(first.address == QStringLiteral("Storgatan 1"));
  CHECK(first.description == QStringLiteral("Krossad ruta"));
  CHECK(first.kind == IncidentKind::Report);
  CHECK(first.precision == LocationPrecision::Exact);
  CHECK(parsed.incidents[1].occurredFrom == utc(2021, 7, 1, 6, 15)); // CEST
  // Unknown category and source are created under their own names, not dropped.
  REQUIRE(parsed.newCategories.size() == 1);
  CHECK(parsed.newCategories[0].code == QStringLiteral("nedskrapning"));
  CHECK(parsed.newCategories[0].nameSv == QStringLiteral("Nedskräpning"));
  REQUIRE(parsed.newSources.size() == 1);
  CHECK(parsed.newSources[0].code == QStringLiteral("nattvandrarna"));
  CHECK(parsed.record.read == 2);
  CHECK(parsed.record.rejected == 0);
  CHECK(parsed.record.checksum.size() == 64);
  CHECK(parsed.format == ImportFormat::Csv);

  options.kind = IncidentKind::Crime;
  const ParsedImport crimes = readOk(path, options);
  CHECK(crimes.incidents[0].category == QStringLiteral("brott_skadegorelse"));
}

TEST_CASE("CSV: Windows-1252 and UTF-8 with BOM keep åäö", "[importer]")
{
  QTemporaryDir dir;
  const QByteArray body =
    "datum,kategori,adress,lat,lon\n2021-03-05 22:30,Skadeg\xF6relse,\"G\xE5rdsv\xE4gen 3, Kungs\xF6r\",59.4226,16.0963\n";
  const QString cp1252 = writeFixture(dir, QStringLiteral("ansi.csv"), body);
  const ParsedImport fromAnsi = readOk(cp1252);
  REQUIRE(fromAnsi.incidents.size() == 1);
  CHECK(fromAnsi.incidents[0].address == QStringLiteral("Gårdsvägen 3, Kungsör"));
  CHECK(fromAnsi.newCategories.at(0).nameSv == QStringLiteral("Skadegörelse"));

  const QString utf8 =
    QStringLiteral("datum,kategori,adress,lat,lon\n2021-03-05 22:30,Skadegörelse,\"Gårdsvägen 3, Kungsör\",59.4226,16.0963\n");
  const QString bom = writeFixture(dir, QStringLiteral("bom.csv"), "\xEF\xBB\xBF" + utf8.toUtf8());
  const ParsedImport fromBom = readOk(bom);
  REQUIRE(fromBom.incidents.size() == 1);
  CHECK(fromBom.header.at(0) == QStringLiteral("datum")); // the BOM is not part of the first header
  CHECK(fromBom.incidents[0].address == QStringLiteral("Gårdsvägen 3, Kungsör"));
}

TEST_CASE("CSV: quoted fields with line breaks and doubled quotes, tab delimiter", "[importer]")
{
  QTemporaryDir dir;
  const QString path =
    writeFixture(dir, QStringLiteral("tabs.csv"),
                 "id\tdate\tcategory\tdescription\tlat\tlon\r\n"
                 "A1\t2021-03-05T22:30:00+01:00\tKlotter\t\"Text på vägg:\r\n\"\"ACAB\"\"\r\nstor\"\t59.4226\t16.0963\r\n"
                 "A2\t2021-03-06\tKlotter\t\t59.4226\tbad\r\n");
  const ParsedImport parsed = readOk(path);
  REQUIRE(parsed.incidents.size() == 1);
  CHECK(parsed.incidents[0].description == QStringLiteral("Text på vägg:\r\n\"ACAB\"\r\nstor"));
  CHECK(parsed.incidents[0].externalId == QStringLiteral("A1"));
  CHECK(parsed.incidents[0].occurredFrom == utc(2021, 3, 5, 21, 30));
  // The second record starts on line 5, after the three physical lines of the first.
  REQUIRE(parsed.errors.size() == 1);
  CHECK(parsed.errors[0].line == 5);
  CHECK(parsed.errors[0].field == QStringLiteral("lon"));
  CHECK(parsed.errors[0].toString().startsWith(path + QStringLiteral(":5: lon: ")));
}

TEST_CASE("CSV: DST-ambiguous autumn times take the earlier instant with a warning", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("dst.csv"),
                                    "datum;tid;kategori;lat;lon\n"
                                    "2021-10-31;02:30;Klotter;59,4226;16,0963\n"   // occurs twice: 00:30 and 01:30 UTC
                                    "2021-03-28;02:30;Klotter;59,4226;16,0963\n"   // does not exist
                                    "2021-10-31;03:30;Klotter;59,4226;16,0963\n"); // after the change: CET
  const ParsedImport parsed = readOk(path);
  REQUIRE(parsed.incidents.size() == 3);
  CHECK(parsed.incidents[0].occurredFrom == utc(2021, 10, 31, 0, 30));
  CHECK(parsed.incidents[1].occurredFrom == utc(2021, 3, 28, 1, 30));
  CHECK(parsed.incidents[2].occurredFrom == utc(2021, 10, 31, 2, 30));
  int rowWarnings = 0;
  for (const ImportIssue &warning : parsed.warnings)
    rowWarnings += warning.line == 2 || warning.line == 3 ? 1 : 0;
  CHECK(rowWarnings == 2);
}

TEST_CASE("CSV: time windows and whole days", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("window.csv"),
                                    "från;till;kategori;E;N\n"
                                    "2021-06-01 22:00;06:00;Klotter;562210;6587623\n"
                                    "2021-06-02;;Klotter;562210;6587623\n"
                                    "2021-06-03 10:00;2021-06-04 12:00;Klotter;562210;6587623\n"
                                    "2021-06-05 10:00;2021-06-04 12:00;Klotter;562210;6587623\n");
  const ParsedImport parsed = readOk(path);
  REQUIRE(parsed.incidents.size() == 3);
  CHECK(parsed.incidents[0].occurredFrom == utc(2021, 6, 1, 20, 0));
  CHECK(parsed.incidents[0].occurredTo == utc(2021, 6, 2, 4, 0));    // over midnight
  CHECK(parsed.incidents[1].occurredFrom == utc(2021, 6, 1, 22, 0)); // local midnight
  CHECK(parsed.incidents[1].occurredTo == utc(2021, 6, 2, 21, 59, 59));
  CHECK(parsed.incidents[2].occurredTo == utc(2021, 6, 4, 10, 0));
  REQUIRE(parsed.errors.size() == 1);
  CHECK(parsed.errors[0].line == 5);
  CHECK(parsed.errors[0].field == QStringLiteral("till"));
  CHECK(parsed.incidents[0].x == Approx(562210.0));
}

TEST_CASE("CSV: SWEREF 99 TM with X as northing, and another CRS with --crs", "[importer]")
{
  QTemporaryDir dir;
  // Swedish convention: X is the northing. Read the other way round, with a warning.
  const QString swapped = writeFixture(dir, QStringLiteral("xy.csv"), "datum;kategori;X;Y\n2021-03-05 22:30;Klotter;6587622,7;562209,6\n");
  const ParsedImport fromSwapped = readOk(swapped);
  REQUIRE(fromSwapped.incidents.size() == 1);
  CHECK(fromSwapped.incidents[0].x == Approx(562209.6));
  CHECK(fromSwapped.incidents[0].y == Approx(6587622.7));
  CHECK_FALSE(fromSwapped.warnings.empty());

  // RT 90 2.5 gon V (EPSG:3021): cs2cs EPSG:4326 EPSG:3021 of 59.42 N, 16.1 E gives
  // 6588862.575 N, 1516739.709 E; cs2cs to EPSG:3006 gives 562424.357 E, 6587336.693 N.
  const QString rt90 =
    writeFixture(dir, QStringLiteral("rt90.csv"), "datum;kategori;E;N\n2021-03-05 22:30;Klotter;1516739.709;6588862.575\n");
  ImportOptions options;
  options.crs = QStringLiteral("EPSG:3021");
  const ParsedImport fromRt90 = readOk(rt90, options);
  REQUIRE(fromRt90.incidents.size() == 1);
  CHECK(fromRt90.incidents[0].x == Approx(562424.357).margin(0.01));
  CHECK(fromRt90.incidents[0].y == Approx(6587336.693).margin(0.01));

  options.crs = QStringLiteral("EPSG:999999");
  const Importer importer(options);
  const auto bad = importer.read(rt90);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.contains(QStringLiteral("EPSG:999999")));
}

TEST_CASE("CSV: slash dates — order from the file, or --date-format when ambiguous", "[importer]")
{
  QTemporaryDir dir;
  const QString proven =
    writeFixture(dir, QStringLiteral("slash.csv"),
                 "date,category,lat,lon\n5/3/2021 22:30,Klotter,59.4226,16.0963\n13/3/2021 10:00,Klotter,59.4226,16.0963\n");
  const ParsedImport parsed = readOk(proven);
  INFO(allIssues(parsed.errors).toStdString());
  REQUIRE(parsed.incidents.size() == 2);
  CHECK(parsed.incidents[0].occurredFrom == utc(2021, 3, 5, 21, 30)); // 5 March, as 13/3 shows

  const QString ambiguous =
    writeFixture(dir, QStringLiteral("ambiguous.csv"), "date,category,lat,lon\n5/3/2021 22:30,Klotter,59.4226,16.0963\n");
  const ParsedImport unclear = readOk(ambiguous);
  REQUIRE(unclear.errors.size() == 1);
  CHECK(unclear.errors[0].line == 2);
  CHECK(unclear.errors[0].message.contains(QStringLiteral("--date-format")));

  ImportOptions options;
  options.dateFormat = QStringLiteral("M/d/yyyy HH:mm");
  const ParsedImport american = readOk(ambiguous, options);
  REQUIRE(american.incidents.size() == 1);
  CHECK(american.incidents[0].occurredFrom == utc(2021, 5, 3, 20, 30)); // 3 May, CEST
}

TEST_CASE("CSV: a mapping names columns and translates categories and sources", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("export.csv"),
                                    "Ärende;När;Vad;Vem;Nord;Öst\n"
                                    "K-1;2021-03-05 22:30;Skadegörelse/klotter;AB Kungsörs Fastigheter;6587622,7;562209,6\n");
  const auto mapping = ColumnMapping::fromJson(R"({
      "columns": {"id": "Ärende", "occurred": "När", "category": "Vad", "source": "Vem", "northing": "Nord", "easting": "Öst"},
      "categories": {"Skadegörelse/klotter": "klotter"},
      "sources": {"AB Kungsörs Fastigheter": "bostadsbolaget"}})",
                                               QStringLiteral("map.json"));
  REQUIRE(mapping.ok());
  ImportOptions options;
  options.mapping = *mapping;
  options.known = defaultReferences();
  const ParsedImport parsed = readOk(path, options);
  INFO(allIssues(parsed.errors).toStdString());
  REQUIRE(parsed.incidents.size() == 1);
  CHECK(parsed.incidents[0].category == QStringLiteral("klotter"));
  CHECK(parsed.incidents[0].source == QStringLiteral("bostadsbolaget"));
  CHECK(parsed.incidents[0].externalId == QStringLiteral("K-1"));
  CHECK(parsed.newCategories.empty());

  // A mapping column that is not in the file is an error naming it, and nothing is read.
  auto wrong = ColumnMapping::fromJson(R"({"columns": {"category": "Kategori"}})", QStringLiteral("map.json"));
  REQUIRE(wrong.ok());
  options.mapping = *wrong;
  const auto failed = Importer(options).read(path);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().code == ErrorCode::BadInput);
  CHECK(failed.error().message.contains(QStringLiteral("category")));
  CHECK(failed.error().message.contains(QStringLiteral("\"Kategori\"")));

  const auto notJson = ColumnMapping::fromJson("{\n\"columns\": [", QStringLiteral("map.json"));
  REQUIRE_FALSE(notJson.ok());
  CHECK(notJson.error().message.startsWith(QStringLiteral("map.json:2:")));
  CHECK_FALSE(ColumnMapping::fromJson(R"({"columns": {"colour": "Färg"}})", QStringLiteral("m")).ok());
}

TEST_CASE("CSV: every bad row is an error naming file, line and field", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("bad.csv"),
                                    "datum;kategori;lat;lon\n"
                                    "2021-03-05 22:30;Klotter;59,4226;16,0963\n"
                                    "35/13/2021;Klotter;59,4226;16,0963\n"
                                    "2021-03-05 22:30;Klotter;abc;16,0963\n"
                                    "2021-03-05 22:30;Klotter;40,0;16,0963\n"
                                    "2021-03-05 22:30;;59,4226;16,0963\n"
                                    ";Klotter;59,4226;16,0963\n"
                                    "2021-03-05 22:30;Klotter;59,4226;16,0963;extra\n");
  const ParsedImport parsed = readOk(path);
  INFO(allIssues(parsed.errors).toStdString());
  REQUIRE(parsed.errors.size() == 6);
  const std::vector<std::pair<std::int64_t, QString>> expected = {{3, QStringLiteral("datum")}, {4, QStringLiteral("lat")},
                                                                  {5, QStringLiteral("lat")},   {6, QStringLiteral("kategori")},
                                                                  {7, QStringLiteral("datum")}, {8, QString()}};
  for (std::size_t i = 0; i < expected.size(); ++i)
  {
    CHECK(parsed.errors[i].line == expected[i].first);
    CHECK(parsed.errors[i].field == expected[i].second);
    CHECK(parsed.errors[i].file == path);
  }
  CHECK(parsed.errors[0].message.contains(QStringLiteral("35/13/2021")));
  CHECK(parsed.incidents.size() == 1);
  CHECK(parsed.record.read == 7);
  CHECK(parsed.record.rejected == 6);
  CHECK(parsed.rejected.size() == 6);
  CHECK(parsed.rejected[0].values.at(0) == QStringLiteral("35/13/2021"));
}

TEST_CASE("CSV: files that cannot be imported give one clear error", "[importer]")
{
  QTemporaryDir dir;
  const Importer importer{ImportOptions()};
  const auto missing = importer.read(dir.filePath(QStringLiteral("missing.csv")));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == ErrorCode::NotFound);
  const auto directory = importer.read(dir.path());
  REQUIRE_FALSE(directory.ok());
  CHECK(directory.error().message.contains(QStringLiteral("directory")));
  const auto empty = importer.read(writeFixture(dir, QStringLiteral("empty.csv"), QByteArray()));
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().message.contains(QStringLiteral("empty")));
  const auto blank = importer.read(writeFixture(dir, QStringLiteral("blank.csv"), "\r\n\r\n"));
  REQUIRE_FALSE(blank.ok());
  QByteArray garbage(4096, '\0');
  for (int i = 0; i < garbage.size(); ++i)
    garbage[i] = static_cast<char>((i * 7919) % 256);
  const auto binary = importer.read(writeFixture(dir, QStringLiteral("garbage.csv"), garbage));
  REQUIRE_FALSE(binary.ok());
  CHECK(binary.error().code == ErrorCode::BadInput);
  const auto noCoordinates = importer.read(writeFixture(dir, QStringLiteral("nocoords.csv"), "datum;kategori\n2021-03-05;Klotter\n"));
  REQUIRE_FALSE(noCoordinates.ok());
  CHECK(noCoordinates.error().message.contains(QStringLiteral(":1:")));
  CHECK(noCoordinates.error().message.contains(QStringLiteral("coordinate")));
  const auto garbageOgr = importer.read(writeFixture(dir, QStringLiteral("garbage.bin"), garbage));
  REQUIRE_FALSE(garbageOgr.ok());
  CHECK(garbageOgr.error().code == ErrorCode::BadInput);
}

TEST_CASE("CSV: identity numbers in free text are masked before storage and counted", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("pnr.csv"),
                                    "datum;kategori;adress;beskrivning;lat;lon\n"
                                    "2021-03-05 22:30;Klotter;Storgatan 1;Anmälare 121212-1212 såg två personer;59,4226;16,0963\n"
                                    "2021-03-05 22:30;Klotter;Boende 19811218-9876;Ej personnummer: 121212-1213;59,4226;16,0963\n");
  const ParsedImport parsed = readOk(path);
  REQUIRE(parsed.incidents.size() == 2);
  CHECK(parsed.incidents[0].description == QStringLiteral("Anmälare [personnummer] såg två personer"));
  CHECK(parsed.incidents[1].address == QStringLiteral("Boende [personnummer]"));
  CHECK(parsed.incidents[1].description == QStringLiteral("Ej personnummer: 121212-1213"));
  CHECK(parsed.record.masked == 2);
}

TEST_CASE("CSV: cancel stops the import with Cancelled", "[importer]")
{
  QTemporaryDir dir;
  QByteArray data = "datum;kategori;lat;lon\n";
  for (int i = 0; i < 20000; ++i)
    data += "2021-03-05 22:30;Klotter;59,4226;16,0963\n";
  const QString path = writeFixture(dir, QStringLiteral("big.csv"), data);
  Feedback feedback;
  feedback.cancel();
  const auto parsed = Importer(ImportOptions()).read(path, &feedback);
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().code == ErrorCode::Cancelled);

  double lastProgress = -1.0;
  Feedback progress([&lastProgress](double percent) { lastProgress = percent; });
  const auto complete = Importer(ImportOptions()).read(path, &progress);
  REQUIRE(complete.ok());
  CHECK(complete->incidents.size() == 20000);
  CHECK(lastProgress == Approx(100.0));
}

namespace
{
//! Over 8 MB, so read in parts. With quotedLines, every 7th record spans three physical lines
//! (a quoted line break and a doubled quote: the parts are found by tokenizing); without, no
//! quote at all (the parts are found at line breaks). Every 1000th record has a bad latitude,
//! every 500th an identity number to mask, and a category first seen near the end is new. The
//! expected line of every record is counted while writing, so a record split at a part's
//! boundary or a part's line numbering going wrong shows up as a wrong id, text, count or line.
void checkLargeFileInParts(bool quotedLines)
{
  QByteArray csv = "id;datum;kategori;beskrivning;lat;lon\n";
  std::vector<QString> goodIds;
  std::vector<std::int64_t> badLines;
  std::int64_t line = 2;
  std::int64_t multiLine = 0;
  int masked = 0;
  constexpr int kRecords = 120000;
  for (int r = 0; r < kRecords; ++r)
  {
    const bool identity = r % 500 == 250;
    const bool spans = quotedLines && r % 7 == 3 && !identity;
    const bool bad = r % 1000 == 999;
    const QByteArray description = identity ? QByteArray("Anmälare 121212-1212 ringde")
                                   : spans  ? QByteArray("\"Rad ett\nrad \"\"två\"\"\nrad tre\"")
                                            : QByteArray("Klotter på vägg vid gångtunneln");
    masked += identity ? 1 : 0;
    const QByteArray category = r > kRecords - 300 ? QByteArray("Sen kategori") : QByteArray("Klotter");
    csv += "R" + QByteArray::number(r) + ";2021-03-05 22:" + QByteArray::number(10 + r % 50) + ";" + category + ";" + description + ";" +
           (bad ? QByteArray("norr") : QByteArray("59,4226")) + ";16,0963\n";
    if (bad)
      badLines.push_back(line);
    else
      goodIds.push_back(QStringLiteral("R%1").arg(r));
    multiLine += spans && !bad ? 1 : 0;
    line += spans ? 3 : 1;
  }
  REQUIRE(csv.size() > 8 * 1024 * 1024);
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("large.csv"), csv);
  ImportOptions options;
  options.known = defaultReferences();
  const ParsedImport parsed = readOk(path, options);

  REQUIRE(parsed.incidents.size() == goodIds.size());
  std::size_t wrongIds = 0;
  std::int64_t spanning = 0;
  for (std::size_t i = 0; i < goodIds.size(); ++i)
  {
    wrongIds += parsed.incidents[i].externalId == goodIds[i] ? 0 : 1;
    if (parsed.incidents[i].description.contains(QLatin1Char('\n')))
    {
      spanning += 1;
      CHECK(parsed.incidents[i].description == QStringLiteral("Rad ett\nrad \"två\"\nrad tre"));
    }
  }
  CHECK(wrongIds == 0);
  CHECK(spanning == multiLine);
  REQUIRE(parsed.errors.size() == badLines.size());
  for (std::size_t i = 0; i < badLines.size(); ++i)
  {
    CHECK(parsed.errors[i].line == badLines[i]);
    CHECK(parsed.errors[i].field == QStringLiteral("lat"));
  }
  CHECK(parsed.record.read == kRecords);
  CHECK(parsed.record.rejected == static_cast<std::int64_t>(badLines.size()));
  CHECK(parsed.record.masked == masked);
  REQUIRE(parsed.newCategories.size() == 1);
  CHECK(parsed.newCategories.front().nameSv == QStringLiteral("Sen kategori"));
  CHECK(parsed.incidents.back().category == parsed.newCategories.front().code);
}
} // namespace

TEST_CASE("CSV: a large file read in parts on several threads reads as one pass would", "[importer]")
{
  SECTION("records with quoted line breaks")
  {
    checkLargeFileInParts(true);
  }
  SECTION("plain lines")
  {
    checkLargeFileInParts(false);
  }
}
