// No silent guesses: a second row with the same id but other content is a conflict, duplicate
// column names are an error, over-long texts and names with control characters are refused,
// and new categories and sources are listed.
#include "importertesthelpers.h"

using namespace lagesbild;
using namespace lagesbild::importer;
using namespace lagesbild::importer::test;

TEST_CASE("guesses: the same id with another date, category or place is a conflict, not a duplicate", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("ids.csv"),
                                    "id;datum;kategori;adress;lat;lon\n"
                                    "A-1;2021-03-05 22:30;Klotter;Storgatan 1;59,4226;16,0963\n"
                                    "A-1;2021-03-05 22:30;Klotter;Storgatan 1;59,4226;16,0963\n" // the same: a duplicate
                                    "A-1;2021-03-06 22:30;Brand;Storgatan 1;59,4226;16,0963\n"
                                    "A-2;2021-03-05 22:30;Klotter;Storgatan 1;59,4226;16,0963\n"
                                    "A-2;2021-03-05 22:30;Klotter;Storgatan 9;59,4300;16,0963\n");
  ImportOptions options;
  options.skipInvalid = true;
  const ParsedImport parsed = readOk(path, options);
  REQUIRE(parsed.errors.size() == 2);
  CHECK(parsed.errors[0].line == 4);
  CHECK(parsed.errors[0].message.contains(QStringLiteral("A-1")));
  CHECK(parsed.errors[0].message.contains(QStringLiteral("line 2")));
  CHECK(parsed.errors[0].message.contains(QStringLiteral("time")));
  CHECK(parsed.errors[0].message.contains(QStringLiteral("category")));
  CHECK_FALSE(parsed.errors[0].message.contains(QStringLiteral("place")));
  CHECK(parsed.errors[1].line == 6);
  CHECK(parsed.errors[1].message.contains(QStringLiteral("place")));
  CHECK(parsed.incidents.size() == 3); // both A-1 on line 2 and 3 (the duplicate goes to the store), A-2 once
  CHECK(parsed.record.rejected == 2);
  REQUIRE(parsed.rejected.size() == 2);
  CHECK(parsed.rejected[0].line == 4);
}

TEST_CASE("guesses: duplicate column names are an error naming both columns", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("twice.csv"),
                                    "datum;kategori;Datum;lat;lon\n"
                                    "2021-03-05 22:30;Klotter;2020-01-01 10:00;59,4226;16,0963\n");
  const Importer importer{ImportOptions()};
  auto parsed = importer.read(path);
  REQUIRE_FALSE(parsed.ok());
  const QString message = parsed.error().message;
  CHECK(message.contains(QStringLiteral("columns 1 and 3")));
  CHECK(message.contains(QStringLiteral("datum"), Qt::CaseInsensitive));

  // With a mapping that names the column, too.
  ImportOptions mapped;
  auto mapping = ColumnMapping::fromJson(R"({"columns": {"occurred": "Datum"}})", QStringLiteral("map.json"));
  REQUIRE(mapping.ok());
  mapped.mapping = *mapping;
  auto mappedRead = Importer(mapped).read(path);
  REQUIRE_FALSE(mappedRead.ok());
  CHECK(mappedRead.error().message.contains(QStringLiteral("Datum")));
}

TEST_CASE("guesses: over-long texts and control characters in names are refused", "[importer]")
{
  QTemporaryDir dir;
  const QByteArray longCategory(100000, 'k');
  const QByteArray longDescription(10001, 'd');
  const QString path = writeFixture(dir, QStringLiteral("long.csv"),
                                    "datum;kategori;källa;beskrivning;lat;lon\n"
                                    "2021-03-05 22:30;" +
                                      longCategory +
                                      ";Väktare;kort;59,4226;16,0963\n"
                                      "2021-03-05 22:30;Klotter;Väktare;" +
                                      longDescription +
                                      ";59,4226;16,0963\n"
                                      "2021-03-05 22:30;Klotter;\"Väk\ttare\";kort;59,4226;16,0963\n"
                                      "2021-03-05 22:30;\"Klot\nter\";Väktare;kort;59,4226;16,0963\n"
                                      "2021-03-05 22:30;Klotter;Väktare;" +
                                      QByteArray(10000, 'd') + ";59,4226;16,0963\n");
  const ParsedImport parsed = readOk(path);
  CHECK(parsed.incidents.size() == 1); // the 10,000-character description is allowed
  REQUIRE(parsed.errors.size() == 4);
  CHECK(parsed.errors[0].line == 2);
  CHECK(parsed.errors[0].field == QStringLiteral("kategori"));
  CHECK(parsed.errors[0].message.contains(QStringLiteral("100000")));
  CHECK(parsed.errors[0].message.size() < 200);
  CHECK(parsed.errors[1].line == 3);
  CHECK(parsed.errors[1].field == QStringLiteral("beskrivning"));
  CHECK(parsed.errors[2].line == 4);
  CHECK(parsed.errors[2].field == QStringLiteral("källa"));
  CHECK(parsed.errors[2].message.contains(QStringLiteral("control character")));
  CHECK(parsed.errors[3].line == 5);
  CHECK(parsed.errors[3].field == QStringLiteral("kategori"));
  for (const Category &category : parsed.newCategories)
    CHECK(category.nameSv.size() <= 80);
}

TEST_CASE("guesses: new categories and sources are listed in the result", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("new.csv"),
                                    "datum;kategori;källa;lat;lon\n"
                                    "2021-03-05 22:30;Klottre;Väktarna AB;59,4226;16,0963\n");
  const ParsedImport parsed = readOk(path);
  REQUIRE(parsed.newCategories.size() == 1);
  CHECK(parsed.newCategories[0].nameSv == QStringLiteral("Klottre"));
  REQUIRE(parsed.newSources.size() == 1);
  CHECK(parsed.newSources[0].name == QStringLiteral("Väktarna AB"));
}
