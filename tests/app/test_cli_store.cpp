// lagesbild-cli init, import and demo run as processes: exit codes (0 success, 1 bad input,
// 2 usage), what they print, and what they leave in the store (read back independently).
#include "clirunner.h"
#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <map>
#include <tuple>

using namespace lagesbild;
using namespace lagesbild::clitest;

namespace
{
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
  const QString path = dir.filePath(name);
  QFile file(path);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(bytes);
  return path;
}

std::int64_t incidentCount(const QString &path)
{
  auto store = GeoPackageStore::open(path);
  REQUIRE(store.ok());
  return (*store)->count(IncidentFilter::all()).value();
}

const QByteArray kGoodCsv = "Datum;Kategori;Källa;Adress;Lat;Lon\n"
                            "2021-03-05 22:30;Klotter;Nattvandrare;Storgatan 1;59,4226;16,0963\n"
                            "2021-03-06 01:15;Klotter;Nattvandrare;Torget;59,4230;16,0970\n"
                            "2021-03-07 23:05;Klotter;Nattvandrare;Torget;59,4231;16,0971\n";
} // namespace

TEST_CASE("cli init creates an empty store and refuses an existing file", "[cli]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("new.gpkg"));
  const CliRun created = runCli({QStringLiteral("init"), path});
  INFO(created.error.toStdString());
  CHECK(created.exitCode == 0);
  CHECK(created.output.contains(path));
  CHECK(created.error.isEmpty());
  CHECK(incidentCount(path) == 0);
  {
    auto store = GeoPackageStore::open(path);
    REQUIRE(store.ok());
    CHECK_FALSE((*store)->categories().value().empty()); // seeded with the taxonomy
  }

  const QByteArray before = [&path]
  {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
  }();
  const CliRun again = runCli({QStringLiteral("init"), path});
  CHECK(again.exitCode == 1);
  CHECK(again.error.contains(path));
  CHECK(again.output.isEmpty());
  QFile file(path);
  REQUIRE(file.open(QIODevice::ReadOnly));
  CHECK(file.readAll() == before);

  const CliRun noPlace = runCli({QStringLiteral("init"), dir.filePath(QStringLiteral("no/such/dir/x.gpkg"))});
  CHECK(noPlace.exitCode == 1);
  CHECK(noPlace.error.contains(QStringLiteral("x.gpkg")));

  const CliRun usage = runCli({QStringLiteral("init")});
  CHECK(usage.exitCode == 2);
  CHECK(usage.error.contains(QStringLiteral("lagesbild-cli init")));
  CHECK(runCli({QStringLiteral("init"), path, QStringLiteral("extra")}).exitCode == 2);
  CHECK(runCli({QStringLiteral("init"), QStringLiteral("--help")}).exitCode == 0);
}

TEST_CASE("cli import writes the rows of a good file once and nothing of a bad one", "[cli][importer]")
{
  QTemporaryDir dir;
  const QString store = dir.filePath(QStringLiteral("store.gpkg"));
  REQUIRE(runCli({QStringLiteral("init"), store}).exitCode == 0);
  const QString good = writeFile(dir, QStringLiteral("rapporter.csv"), kGoodCsv);

  const CliRun imported = runCli({QStringLiteral("import"), store, good, QStringLiteral("--kind"), QStringLiteral("report")});
  INFO(imported.error.toStdString());
  REQUIRE(imported.exitCode == 0);
  CHECK(imported.output.contains(QStringLiteral("rapporter.csv")));
  CHECK(imported.output.contains(QRegularExpression(QStringLiteral("\\b3\\b")))); // read 3, imported 3
  CHECK(incidentCount(store) == 3);

  // The same file again adds nothing.
  const CliRun again = runCli({QStringLiteral("import"), store, good});
  CHECK(again.exitCode == 0);
  CHECK(incidentCount(store) == 3);

  SECTION("a bad row rejects the file, naming file, line and field")
  {
    const QString bad = writeFile(dir, QStringLiteral("fel.csv"),
                                  "Datum;Kategori;Lat;Lon\n"
                                  "2021-04-01 10:00;Klotter;59,4226;16,0963\n"
                                  "2021-04-02 10:00;Klotter;norr;16,0963\n");
    const CliRun run = runCli({QStringLiteral("import"), store, bad});
    CHECK(run.exitCode == 1);
    CHECK(run.error.contains(QStringLiteral("fel.csv:3")));
    CHECK(run.error.contains(QStringLiteral("lat"), Qt::CaseInsensitive));
    CHECK(incidentCount(store) == 3);

    // With --skip-invalid the good row goes in and the bad one to fel.rejected.csv.
    const CliRun skipped = runCli({QStringLiteral("import"), store, bad, QStringLiteral("--skip-invalid")});
    INFO(skipped.error.toStdString());
    CHECK(skipped.exitCode == 0);
    CHECK(incidentCount(store) == 4);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("fel.rejected.csv"))));
  }

  SECTION("a missing file, a missing store and usage errors")
  {
    const CliRun missing = runCli({QStringLiteral("import"), store, dir.filePath(QStringLiteral("saknas.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.error.contains(QStringLiteral("saknas.csv")));
    const CliRun noStore = runCli({QStringLiteral("import"), dir.filePath(QStringLiteral("ingen.gpkg")), good});
    CHECK(noStore.exitCode == 1);
    CHECK(noStore.error.contains(QStringLiteral("ingen.gpkg")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("ingen.gpkg"))));
    CHECK(runCli({QStringLiteral("import"), store}).exitCode == 2);
    CHECK(runCli({QStringLiteral("import"), store, good, QStringLiteral("--kind"), QStringLiteral("magic")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("import"), store, good, QStringLiteral("--format"), QStringLiteral("xml")}).exitCode == 2);
    CHECK(incidentCount(store) == 3);
  }
}

TEST_CASE("cli demo writes the Kungsör demo with the seed figures and refuses to overwrite", "[cli][demo]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
  const CliRun run = runCli({QStringLiteral("demo"), path});
  INFO(run.error.toStdString());
  REQUIRE(run.exitCode == 0);
  // The seed's figure counted back from the written store: crimes −94 (−12,0 %), one minus sign
  // and one decimal style in the line (Swedish style in either language).
  CHECK(run.output.contains(QStringLiteral("\u221294 (\u221212,0\u00a0%)")));
  CHECK(incidentCount(path) > 1000);

  const CliRun exists = runCli({QStringLiteral("demo"), path});
  CHECK(exists.exitCode == 1);
  CHECK(exists.error.contains(path));
  CHECK(exists.error.contains(QStringLiteral("--force")));

  CHECK(runCli({QStringLiteral("demo"), dir.filePath(QStringLiteral("x.gpkg")), QStringLiteral("--scale"), QStringLiteral("0")}).exitCode ==
        2);
  CHECK(runCli({QStringLiteral("demo")}).exitCode == 2);
  CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.gpkg"))));
}

TEST_CASE("cli addresses loads the register, and import places addresses with it", "[cli][geocoding]")
{
  QTemporaryDir dir;
  const QString store = dir.filePath(QStringLiteral("store.gpkg"));
  REQUIRE(runCli({QStringLiteral("init"), store}).exitCode == 0);
  const QString reports =
    writeFile(dir, QStringLiteral("rapporter.csv"), "datum;kategori;adress\n2021-03-05 22:30;Klotter;Hagabergsv. 12\n");

  // Without a register a file without coordinates is refused.
  const CliRun refused = runCli({QStringLiteral("import"), store, reports});
  CHECK(refused.exitCode == 1);
  CHECK(refused.error.contains(QStringLiteral("address register")));

  const QString addresses = writeFile(dir, QStringLiteral("belagenhetsadresser.csv"),
                                      "adressomrade,adressplatsnummer,bokstavstillagg,postnummer,postort,kommunkod,x,y\n"
                                      "Hagabergsvägen,12,,736 30,Kungsör,1960,563320,6587970\n"
                                      "Hagabergsvägen,14,,736 30,Kungsör,1960,563340,6587975\n");
  const CliRun loaded = runCli({QStringLiteral("addresses"), store, QStringLiteral("import"), addresses});
  INFO(loaded.error.toStdString());
  REQUIRE(loaded.exitCode == 0);
  CHECK(loaded.output.contains(QStringLiteral("register now 2 addresses")));
  const CliRun counted = runCli({QStringLiteral("addresses"), store, QStringLiteral("count")});
  CHECK(counted.exitCode == 0);
  CHECK(counted.output.contains(QStringLiteral("2 addresses and places")));

  const CliRun imported = runCli({QStringLiteral("import"), store, reports});
  INFO(imported.error.toStdString());
  CHECK(imported.exitCode == 0);
  CHECK(incidentCount(store) == 1);

  // A misspelt street: the file is rejected naming file, line and field, with a suggestion.
  const QString misspelt = writeFile(dir, QStringLiteral("fel.csv"), "datum;kategori;adress\n2021-03-06 22:30;Klotter;Hagbergsvägen 14\n");
  const CliRun rejected = runCli({QStringLiteral("import"), store, misspelt});
  CHECK(rejected.exitCode == 1);
  CHECK(rejected.error.contains(QStringLiteral("fel.csv:2")));
  CHECK(rejected.error.contains(QStringLiteral("Hagabergsvägen 14")));
  CHECK(incidentCount(store) == 1);

  CHECK(runCli({QStringLiteral("addresses"), store, QStringLiteral("import"), dir.filePath(QStringLiteral("saknas.csv"))}).exitCode == 1);
  CHECK(runCli({QStringLiteral("addresses"), store, QStringLiteral("remove")}).exitCode == 2);
}

TEST_CASE("cli import --area-field takes each row's area from a column, overriding the one found from the point", "[cli][geocoding]")
{
  QTemporaryDir dir;
  const QString store = dir.filePath(QStringLiteral("store.gpkg"));
  REQUIRE(runCli({QStringLiteral("init"), store}).exitCode == 0);
  {
    auto opened = GeoPackageStore::open(store);
    REQUIRE(opened.ok());
    for (const auto &[code, name, x0] : {std::tuple{"norr", "Norr", 560000.0}, std::tuple{"soder", "Söder", 570000.0}})
    {
      Area area;
      area.code = QString::fromLatin1(code);
      area.name = QString::fromUtf8(name);
      area.type = QStringLiteral("district");
      area.polygons = {{{{x0, 6580000.0}, {x0 + 5000.0, 6580000.0}, {x0 + 5000.0, 6585000.0}, {x0, 6585000.0}, {x0, 6580000.0}}}};
      REQUIRE((*opened)->upsertArea(area).ok());
    }
  }
  // Both points lie in Norr; the column says the first belongs to Söder (by name) and leaves the second open.
  const QString csv = writeFile(dir, QStringLiteral("rapporter.csv"),
                                "datum;kategori;x;y;omrade;id\n"
                                "2021-03-05 22:30;Klotter;561000;6581000;Söder;a1\n"
                                "2021-03-06 22:30;Klotter;562000;6582000;;a2\n");
  const CliRun imported = runCli({QStringLiteral("import"), store, csv, QStringLiteral("--crs"), QStringLiteral("EPSG:3006"),
                                  QStringLiteral("--area-field"), QStringLiteral("omrade")});
  INFO(imported.error.toStdString());
  REQUIRE(imported.exitCode == 0);
  auto opened = GeoPackageStore::open(store);
  REQUIRE(opened.ok());
  const auto incidents = (*opened)->incidents(IncidentFilter::all());
  REQUIRE(incidents.ok());
  REQUIRE(incidents->size() == 2);
  std::map<QString, QString> areaById;
  for (const Incident &incident : *incidents)
    areaById[incident.externalId] = incident.area;
  CHECK(areaById[QStringLiteral("a1")] == QStringLiteral("soder"));
  CHECK(areaById[QStringLiteral("a2")] == QStringLiteral("norr"));

  // An area the store does not have is refused, naming file, line and column; nothing is written.
  const QString unknown =
    writeFile(dir, QStringLiteral("okand.csv"), "datum;kategori;x;y;omrade\n2021-03-07 22:30;Klotter;561000;6581000;Väster\n");
  const CliRun refused = runCli({QStringLiteral("import"), store, unknown, QStringLiteral("--crs"), QStringLiteral("EPSG:3006"),
                                 QStringLiteral("--area-field"), QStringLiteral("omrade")});
  CHECK(refused.exitCode == 1);
  CHECK(refused.error.contains(QStringLiteral("okand.csv:2")));
  CHECK(refused.error.contains(QStringLiteral("omrade")));
  CHECK(incidentCount(store) == 2);

  // A column that is not in the file is a clear error too.
  const CliRun missing = runCli({QStringLiteral("import"), store, unknown, QStringLiteral("--crs"), QStringLiteral("EPSG:3006"),
                                 QStringLiteral("--area-field"), QStringLiteral("distrikt")});
  CHECK(missing.exitCode == 1);
  CHECK(missing.error.contains(QStringLiteral("distrikt")));
  CHECK(incidentCount(store) == 2);
}
