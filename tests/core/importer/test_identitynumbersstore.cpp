// A hostile import — personal identity numbers in every column, in the header, in the file
// name, in category and source names and in rejected rows — leaves none in the store (every
// text of every table, read through SQLite), in the messages or in NAME.rejected.csv. The leak
// detector here is written independently of IdentityNumberMasker (a regular expression with its
// own date and Luhn check), and looser than it.
#include "importertesthelpers.h"

#include "importer/identitynumbermasker.h"
#include "store/geopackage/geopackagestore.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace lagesbild;
using namespace lagesbild::importer;
using namespace lagesbild::importer::test;

namespace
{
//! Every identity number a text holds, in any form: 6 or 8 digits, up to two spaces, an optional
//! separator, up to two spaces, 4 digits; month 1-12, day 1-31 or 61-91, Luhn digit right.
QStringList identityNumbersIn(const QString &text)
{
  static const QRegularExpression kPattern(
    QStringLiteral("(?<![0-9])((?:18|19|20)?[0-9]{6})[ \\t\\x{00A0}\\x{202F}]{0,2}[-+\\x{2212}\\x{2013}\\x{2014}]?"
                   "[ \\t\\x{00A0}\\x{202F}]{0,2}([0-9]{4})(?![0-9])"));
  QStringList found;
  auto matches = kPattern.globalMatch(text);
  while (matches.hasNext())
  {
    const QRegularExpressionMatch match = matches.next();
    const QString digits = (match.captured(1) + match.captured(2)).right(10);
    const int month = digits.mid(2, 2).toInt();
    const int day = digits.mid(4, 2).toInt();
    if (month < 1 || month > 12 || !((day >= 1 && day <= 31) || (day >= 61 && day <= 91)))
      continue;
    int sum = 0;
    for (int i = 0; i < 10; ++i)
    {
      const int product = digits.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
      sum += product > 9 ? product - 9 : product;
    }
    if (sum % 10 == 0)
      found.append(match.captured(0));
  }
  return found;
}

//! Every text value of every table of the SQLite file, as "table.column: value".
QStringList dumpTexts(const QString &path)
{
  sqlite3 *db = nullptr;
  REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  QStringList tables;
  sqlite3_stmt *list = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &list, nullptr) == SQLITE_OK);
  while (sqlite3_step(list) == SQLITE_ROW)
    tables.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list, 0))));
  sqlite3_finalize(list);
  QStringList texts;
  for (const QString &table : tables)
  {
    sqlite3_stmt *rows = nullptr;
    const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\"";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &rows, nullptr) != SQLITE_OK)
      continue; // a virtual table of a module this connection lacks (the R-tree shadow tables are read)
    while (sqlite3_step(rows) == SQLITE_ROW)
      for (int c = 0; c < sqlite3_column_count(rows); ++c)
        if (sqlite3_column_type(rows, c) == SQLITE_TEXT)
          texts.append(table + QLatin1Char('.') + QString::fromUtf8(sqlite3_column_name(rows, c)) + QStringLiteral(": ") +
                       QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(rows, c))));
    sqlite3_finalize(rows);
  }
  sqlite3_close(db);
  return texts;
}

void requireNoIdentityNumbers(const QStringList &texts, const char *where)
{
  for (const QString &text : texts)
  {
    const QStringList found = identityNumbersIn(text);
    INFO(where << ": " << text.left(300).toStdString());
    CHECK(found.isEmpty());
  }
}
} // namespace

TEST_CASE("identity numbers: a hostile import leaks none into the store, the messages or the rejected rows", "[importer][store][pnr]")
{
  const QString minus = QString(QChar(0x2212));
  const QString enDash = QString(QChar(0x2013));
  // The leak detector finds what it must.
  CHECK(identityNumbersIn(QStringLiteral("x 811218 - 9876 y")).size() == 1);
  CHECK(identityNumbersIn(QStringLiteral("811218") + minus + QStringLiteral("9876")).size() == 1);
  CHECK(identityNumbersIn(QStringLiteral("19811218 9876")).size() == 1);
  CHECK(identityNumbersIn(QStringLiteral("070-123 45 67")).isEmpty());

  QTemporaryDir dir;
  auto created = GeoPackageStore::create(dir.filePath(QStringLiteral("store.gpkg")));
  REQUIRE(created.ok());
  std::unique_ptr<IncidentStore> store = std::move(created).value();

  // Every column of the file, the extra column's header, the file name, the category and source
  // names, and rows that are rejected (their values and the messages quoting them).
  const QString csv =
    QStringLiteral("id;datum;kategori;källa;adress;plats;beskrivning;lat;lon;Kund 811218-9876\n") +
    QStringLiteral("19811218-9876;2021-03-05 22:30;Klotter 811218 - 9876;Väktare 811218") + minus +
    QStringLiteral("9876;Storgatan 1 (boende 701063-2391);19701063 2391;Anmälare 811218+9876 ringde;59,4226;16,0963;8112189876\n") +
    QStringLiteral("A-2 460101-1234;2021-03-06 22:30;Brand 460101 1234;Nattvandrare 19460101") + enDash +
    QStringLiteral("1234;Skolgatan 2;;Ungdomar 460101-1234;59,4230;16,0970;x\n") +
    QStringLiteral("A-3;811218-9876;Klotter;Väktare;Torget;;rad med fel datum 19811218 9876;59,4226;16,0963;19811218-9876\n") +
    QStringLiteral("A-4;2021-03-07 22:30;Klotter;Väktare;Torget;;fel koordinat;811218-9876;16,0963;811218-9876\n") +
    QStringLiteral("A-5;2021-03-07 22:30;Kategori 811218-9876 ") + QString(200, QLatin1Char('x')) +
    QStringLiteral(";Väktare;Torget;;för lång kategori;59,4226;16,0963;\n");
  const QString path = writeFixture(dir, QStringLiteral("rapport 19811218-9876.csv"), csv.toUtf8());

  ImportOptions options;
  auto known = Importer::knownReferences(*store);
  REQUIRE(known.ok());
  options.known = *known;
  options.skipInvalid = true;
  const Importer importer(options);
  auto parsed = importer.read(path);
  REQUIRE(parsed.ok());
  CHECK(parsed->incidents.size() == 2);
  CHECK(parsed->errors.size() >= 3);
  auto written = importer.write(*store, *parsed, QStringLiteral("test"));
  if (!written)
    FAIL(written.error().toString().toStdString());
  CHECK(written->inserted == 2);

  QStringList messages;
  for (const ImportIssue &issue : parsed->errors)
    messages.append(issue.toString());
  for (const ImportIssue &issue : parsed->warnings)
    messages.append(issue.toString());
  messages.append(parsed->record.fileName);
  for (const Category &category : parsed->newCategories)
    messages << category.code << category.nameSv << category.nameEn;
  for (const Source &source : parsed->newSources)
    messages << source.code << source.name;
  // Something was found and reported: the detector would see a leak in it.
  REQUIRE(messages.join(QLatin1Char('\n')).contains(IdentityNumberMasker::replacement()));
  requireNoIdentityNumbers(messages, "messages");

  // The rejected rows: the file's name and its whole text.
  const QString rejectedPath = Importer::rejectedPath(path);
  requireNoIdentityNumbers({rejectedPath}, "rejected file name");
  QFile rejected(rejectedPath);
  REQUIRE(rejected.open(QIODevice::ReadOnly));
  const QString rejectedText = QString::fromUtf8(rejected.readAll());
  CHECK(rejectedText.contains(QStringLiteral("rad med fel datum")));
  requireNoIdentityNumbers(rejectedText.split(QLatin1Char('\n')), "rejected rows");
  // No other file was written with a number in its name.
  requireNoIdentityNumbers(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("rejected")), "files");

  // Every text column of every table.
  store.reset();
  const QStringList dump = dumpTexts(dir.filePath(QStringLiteral("store.gpkg")));
  REQUIRE(dump.filter(QStringLiteral("incidents.description")).size() == 2);
  CHECK(dump.filter(IdentityNumberMasker::replacement()).size() >= 5);
  requireNoIdentityNumbers(dump, "store");
}

TEST_CASE("identity numbers: the police feed leaks none into the store", "[importer][store][pnr]")
{
  QTemporaryDir dir;
  auto created = GeoPackageStore::create(dir.filePath(QStringLiteral("store.gpkg")));
  REQUIRE(created.ok());
  std::unique_ptr<IncidentStore> store = std::move(created).value();
  const QByteArray feed = R"([
  {"id": 1, "datetime": "2023-04-11 3:24:01 +02:00", "name": "11 april 00:37, Brand, Kungsör",
   "summary": "Misstänkt 811218-9876 greps.", "url": "/x", "type": "Brand 19811218 9876",
   "location": {"name": "Kungsör 701063-2391", "gps": "59.422698,16.096323"}},
  {"id": "19811218-9876", "datetime": "2023-04-11 3:24:01 +02:00", "name": "11 april 00:37, Brand, Kungsör",
   "summary": "", "url": "/x", "type": "Brand", "location": {"name": "Kungsör", "gps": "59.422698,16.096323"}}
])";
  const QString path = writeFixture(dir, QStringLiteral("polisen.json"), feed);
  ImportOptions options;
  auto known = Importer::knownReferences(*store);
  REQUIRE(known.ok());
  options.known = *known;
  options.skipInvalid = true;
  const Importer importer(options);
  auto parsed = importer.read(path);
  REQUIRE(parsed.ok());
  auto written = importer.write(*store, *parsed, QStringLiteral("test"));
  REQUIRE(written.ok());
  CHECK(written->inserted == 1);
  QStringList messages;
  for (const ImportIssue &issue : parsed->errors)
    messages.append(issue.toString());
  for (const ImportIssue &issue : parsed->warnings)
    messages.append(issue.toString());
  requireNoIdentityNumbers(messages, "messages");
  // The unknown type goes to "Övrigt"; the warning listing it names it masked.
  CHECK(messages.filter(IdentityNumberMasker::replacement()).size() >= 1);
  store.reset();
  const QStringList dump = dumpTexts(dir.filePath(QStringLiteral("store.gpkg")));
  CHECK(dump.filter(IdentityNumberMasker::replacement()).size() >= 2); // summary, location name
  requireNoIdentityNumbers(dump, "store");
}
