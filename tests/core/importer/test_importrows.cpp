// No row is lost or garbled without a word: CR-only line ends are read, a UTF-8 file with a few
// broken bytes stays UTF-8 with those lines reported, a real Windows-1252 file is read as such
// with a notice, and a header-only file says that it has no rows.
#include "importertesthelpers.h"

using namespace lagesbild;
using namespace lagesbild::importer;
using namespace lagesbild::importer::test;

TEST_CASE("rows: CR-only line ends (old Mac and Excel exports) are read as lines", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("mac.csv"),
                                    "datum;kategori;adress;lat;lon\r"
                                    "2021-03-05 22:30;Klotter;Storgatan 1;59,4226;16,0963\r"
                                    "2021-03-06 22:30;Brand;Storgatan 2;59,4226;16,0963\r"
                                    "inget datum;Brand;Storgatan 3;59,4226;16,0963\r");
  const ParsedImport parsed = readOk(path);
  CHECK(parsed.record.read == 3);
  REQUIRE(parsed.incidents.size() == 2);
  CHECK(parsed.incidents[1].address == QStringLiteral("Storgatan 2"));
  REQUIRE(parsed.errors.size() == 1);
  CHECK(parsed.errors[0].line == 4);
  CHECK(parsed.errors[0].field == QStringLiteral("datum"));
}

TEST_CASE("rows: a UTF-8 file with one broken byte stays UTF-8 and names the line and field", "[importer]")
{
  QTemporaryDir dir;
  QByteArray csv = "datum;kategori;adress;beskrivning;lat;lon\n";
  for (int i = 0; i < 5; ++i)
    csv += "2021-03-05 22:30;Skadegörelse;Kungsörsgatan 1;Åtta vittnen;59,4226;16,0963\n";
  csv += "2021-03-05 22:30;Klotter;Kungs\xF6rsgatan 2;ok;59,4226;16,0963\n"; // one Latin-1 byte
  const QString path = writeFixture(dir, QStringLiteral("mostly-utf8.csv"), csv);
  const ParsedImport parsed = readOk(path);
  REQUIRE(parsed.incidents.size() == 5);
  for (const Incident &incident : parsed.incidents)
  {
    CHECK(incident.address == QStringLiteral("Kungsörsgatan 1"));
    CHECK(incident.description == QStringLiteral("Åtta vittnen"));
  }
  CHECK(parsed.newCategories.size() <= 1);
  for (const Category &category : parsed.newCategories)
    CHECK_FALSE(category.nameSv.contains(QStringLiteral("Ã")));
  REQUIRE(parsed.errors.size() == 1);
  CHECK(parsed.errors[0].line == 7);
  CHECK(parsed.errors[0].field == QStringLiteral("adress"));
  CHECK(parsed.errors[0].message.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("rows: a Windows-1252 file is read as Windows-1252 with a notice", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("latin1.csv"),
                                    "datum;kategori;adress;lat;lon\n"
                                    "2021-03-05 22:30;Skadeg\xF6relse;Kungs\xF6rsgatan 1;59,4226;16,0963\n"
                                    "2021-03-06 22:30;Klotter;\xC5sgatan 2;59,4226;16,0963\n");
  const ParsedImport parsed = readOk(path);
  REQUIRE(parsed.incidents.size() == 2);
  CHECK(parsed.incidents[0].address == QStringLiteral("Kungsörsgatan 1"));
  CHECK(parsed.incidents[1].address == QStringLiteral("Åsgatan 2"));
  CHECK_FALSE(parsed.hasErrors());
  CHECK(allIssues(parsed.warnings).contains(QStringLiteral("Windows-1252")));
}

TEST_CASE("rows: a header-only file says it has no rows", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("header.csv"), "datum;kategori;adress;lat;lon\r\n");
  const ParsedImport parsed = readOk(path);
  CHECK(parsed.record.read == 0);
  CHECK(parsed.incidents.empty());
  CHECK(allIssues(parsed.warnings).contains(QStringLiteral("no rows")));
}
