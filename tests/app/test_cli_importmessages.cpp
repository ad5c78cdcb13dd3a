// lagesbild-cli import, run as a user would: a 10 MB one-line file gives a short message, a
// file whose rows all fail exits 1 even with --skip-invalid, a header-only file says so, no
// "ERROR 1:" line of GDAL or PROJ reaches stderr, and in Swedish (the default) no message
// falls back to English.
#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace lagesbild;

namespace
{
struct Run
{
    int exitCode = -1;
    QString output;
    QByteArray error;
};

Run cli(const QStringList &arguments, const QString &language)
{
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("LAGESBILD_LANG"), language);
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(LAGESBILD_BINARY_DIR "/bin/lagesbild-cli"), QStringList{QStringLiteral("import")} + arguments);
  REQUIRE(process.waitForFinished(120000));
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), process.readAllStandardError()};
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
  const QString path = dir.filePath(name);
  QFile file(path);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(bytes);
  return path;
}

QString newStore(const QTemporaryDir &dir)
{
  const QString path = dir.filePath(QStringLiteral("store.gpkg"));
  REQUIRE(GeoPackageStore::create(path).ok());
  return path;
}
} // namespace

TEST_CASE("lagesbild-cli import: a 10 MB one-line file gives a short message and exit 1", "[cli][importer]")
{
  QTemporaryDir dir;
  const QString store = newStore(dir);
  QByteArray line;
  while (line.size() < 10 * 1024 * 1024)
    line += "kolumn" + QByteArray::number(line.size()) + ";";
  const QString path = write(dir, QStringLiteral("one-line.csv"), line);
  const Run run = cli({store, path}, QStringLiteral("en"));
  CHECK(run.exitCode == 1);
  CHECK(run.error.size() < 4000);
}

TEST_CASE("lagesbild-cli import: rows that all fail exit 1, a header-only file says it has no rows", "[cli][importer]")
{
  QTemporaryDir dir;
  const QString store = newStore(dir);
  const QString failing = write(dir, QStringLiteral("trasig.csv"), "datum;kategori;lat;lon\nigår;Klotter;59,4226;16,0963\n");
  const Run all = cli({store, failing, QStringLiteral("--skip-invalid")}, QStringLiteral("en"));
  CHECK(all.exitCode == 1);
  CHECK(all.error.contains("all 1 row"));

  const QString header = write(dir, QStringLiteral("rubrik.csv"), "datum;kategori;lat;lon\n");
  const Run empty = cli({store, header}, QStringLiteral("en"));
  CHECK(empty.exitCode == 0);
  CHECK(empty.error.contains("no rows"));

  const QString mac = write(dir, QStringLiteral("mac.csv"), "datum;kategori;lat;lon\r2021-03-05 22:30;Klotter;59,4226;16,0963\r");
  const Run cr = cli({store, mac}, QStringLiteral("en"));
  CHECK(cr.exitCode == 0);
  CHECK(cr.output.contains(QStringLiteral("imported 1")));
}

TEST_CASE("lagesbild-cli import: no GDAL or PROJ error line, no English in Swedish messages", "[cli][importer]")
{
  QTemporaryDir dir;
  const QString store = newStore(dir);
  const QStringList files = {
    write(dir, QStringLiteral("crs.geojson"), R"({"type": "FeatureCollection",
    "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::999999"}}, "features": [
    {"type": "Feature", "properties": {"datum": "2021-03-05 22:30", "kategori": "Klotter"},
     "geometry": {"type": "Point", "coordinates": [562800, 6587650]}}]})"),
    write(dir, QStringLiteral("fel.csv"),
          "id;datum;kategori;källa;adress;lat;lon;Datum\n"
          "1;igår;Klotter;Väktare;Storgatan 1;59,4226;16,0963;x\n"),
    write(dir, QStringLiteral("rader.csv"),
          "id;datum;kategori;källa;adress;lat;lon\n"
          "1;igår;Klotter;Väktare;Storgatan 1;59,4226;16,0963\n"
          "2;2021-03-05 22:30;\"Klot\tter\";Väktare;Storgatan 1;59,4226;norr\n"
          "3;2021-03-05 22:30;Klotter;Väktare;Storgatan 1;99,4226;16,0963\n"
          "4;2021-03-05 22:30;Klotter;Väktare;Storgatan 1;59,4226;16,0963\n"
          "4;2021-03-06 22:30;Brand;Väktare;Storgatan 1;59,4226;16,0963\n"),
    write(dir, QStringLiteral("former.geojson"), R"({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"datum": "2021-03-05 22:30", "kategori": "Klotter"},
     "geometry": {"type": "LineString", "coordinates": [[16.09, 59.42], [16.10, 59.42]]}},
    {"type": "Feature", "properties": {"datum": "inte", "kategori": "Klotter"},
     "geometry": {"type": "Point", "coordinates": [16.09, 59.42]}}]})"),
    write(dir, QStringLiteral("polisen.json"), R"([{"id": 1, "datetime": "igår", "name": "x", "type": "Brand",
      "location": {"name": "K", "gps": "norr"}}])"),
  };
  // Words of the English messages that Swedish ones never contain.
  static const QRegularExpression kEnglish(
    QStringLiteral("\\b(the|is|are|cannot|missing|invalid|not|row|rows|line|feature|already|with|outside|were|was)\\b"));
  for (const QString &file : files)
  {
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--skip-invalid")}})
    {
      const Run run = cli(QStringList{store, file} + extra, QStringLiteral("sv"));
      INFO(file.toStdString() << "\n" << run.error.toStdString());
      CHECK_FALSE(run.error.contains("ERROR"));
      CHECK_FALSE(run.error.isEmpty());
      // The file names and quoted values are the user's; the rest must be Swedish.
      QString text = QString::fromUtf8(run.error);
      text.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"")));
      text.remove(dir.path());
      text.remove(QRegularExpression(QStringLiteral("--[a-z-]+"))); // option names are not prose
      const auto english = kEnglish.match(text);
      CHECK_FALSE(english.hasMatch());
    }
  }
}
