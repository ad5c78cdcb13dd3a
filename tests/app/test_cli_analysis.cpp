// lagesbild-cli compare, patterns, hotspots, evaluate and report run as processes on the Kungsör
// demo store: the seed's figures, JSON that parses, files that are written, and the exit codes
// (0 success, 1 bad input, 2 usage) with messages that name the option or file at fault.
#include "clirunner.h"
#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace lagesbild;
using namespace lagesbild::clitest;

namespace
{
QJsonObject jsonObject(const QString &text)
{
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
  INFO(text.left(400).toStdString());
  REQUIRE(error.error == QJsonParseError::NoError);
  REQUIRE(document.isObject());
  return document.object();
}

QByteArray fileBytes(const QString &path)
{
  QFile file(path);
  REQUIRE(file.open(QIODevice::ReadOnly));
  return file.readAll();
}

const QString kCrimesA = QStringLiteral("2020-01-01..2020-12-12");
const QString kCrimesB = QStringLiteral("2021-01-01..2021-12-12");
} // namespace

TEST_CASE("cli compare gives the seed figure -94 (-12,0 %) for the demo's crimes", "[cli][analysis]")
{
  const QString store = demoStore();
  const QStringList base = {QStringLiteral("compare"), store,    QStringLiteral("--kind"), QStringLiteral("crime"),
                            QStringLiteral("--a"),     kCrimesA, QStringLiteral("--b"),    kCrimesB};
  const CliRun table = runCli(base);
  INFO(table.error.toStdString());
  REQUIRE(table.exitCode == 0);
  CHECK(table.error.isEmpty());
  CHECK(table.output.contains(QStringLiteral("\u221294"))); // −94 with the typographic minus
  CHECK(table.output.contains(QStringLiteral("12,0")));

  const CliRun json = runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
  REQUIRE(json.exitCode == 0);
  const QJsonObject result = jsonObject(json.output);
  CHECK(result.value(QStringLiteral("change")).toInt() == -94);
  CHECK(result.value(QStringLiteral("change_pct")).toDouble() == Approx(-12.0).margin(0.05));
  const QJsonObject a = result.value(QStringLiteral("a")).toObject();
  const QJsonObject b = result.value(QStringLiteral("b")).toObject();
  CHECK(a.value(QStringLiteral("from")).toString() == QStringLiteral("2020-01-01"));
  CHECK(b.value(QStringLiteral("to")).toString() == QStringLiteral("2021-12-12"));
  CHECK(b.value(QStringLiteral("total")).toInt() - a.value(QStringLiteral("total")).toInt() == -94);
  CHECK(result.value(QStringLiteral("p_value")).toDouble() > 0.0);
  CHECK(result.value(QStringLiteral("p_value")).toDouble() < 1.0);

  const CliRun byCategory =
    runCli(base + QStringList{QStringLiteral("--by"), QStringLiteral("category"), QStringLiteral("--format"), QStringLiteral("json")});
  REQUIRE(byCategory.exitCode == 0);
  int sumA = 0;
  for (const QJsonValue &row : jsonObject(byCategory.output).value(QStringLiteral("rows")).toArray())
    sumA += row.toObject().value(QStringLiteral("a")).toInt();
  CHECK(sumA == a.value(QStringLiteral("total")).toInt());

  SECTION("bad input and usage errors")
  {
    const CliRun badDate = runCli(
      {QStringLiteral("compare"), store, QStringLiteral("--a"), QStringLiteral("2020-13-01..2020-12-12"), QStringLiteral("--b"), kCrimesB});
    CHECK(badDate.exitCode == 1);
    CHECK(badDate.error.contains(QStringLiteral("--a")));
    CHECK(badDate.output.isEmpty());
    const CliRun noStore = runCli(
      {QStringLiteral("compare"), store + QStringLiteral(".missing"), QStringLiteral("--a"), kCrimesA, QStringLiteral("--b"), kCrimesB});
    CHECK(noStore.exitCode == 1);
    CHECK(noStore.error.contains(QStringLiteral(".missing")));
    const CliRun noB = runCli({QStringLiteral("compare"), store, QStringLiteral("--a"), kCrimesA});
    CHECK(noB.exitCode == 2);
    CHECK(noB.error.contains(QStringLiteral("--b")));
    CHECK(runCli(base + QStringList{QStringLiteral("--by"), QStringLiteral("colour")}).exitCode == 2);
    CHECK(runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("xml")}).exitCode == 2);
  }
}

TEST_CASE("cli patterns counts the period's incidents by hour, weekday and month", "[cli][analysis]")
{
  const QString store = demoStore();
  const CliRun json = runCli({QStringLiteral("patterns"), store, QStringLiteral("--period"), QStringLiteral("2021-01-01..2021-12-31"),
                              QStringLiteral("--format"), QStringLiteral("json")});
  INFO(json.error.toStdString());
  REQUIRE(json.exitCode == 0);
  const QJsonObject result = jsonObject(json.output);
  const int total = result.value(QStringLiteral("period")).toObject().value(QStringLiteral("total")).toInt();
  IncidentFilter filter;
  filter.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 31));
  {
    auto opened = GeoPackageStore::open(store);
    REQUIRE(opened.ok());
    CHECK(total == (*opened)->count(filter).value());
  }
  CHECK(total > 0);
  int byHour = 0;
  for (const QJsonValue &hour : result.value(QStringLiteral("hours")).toArray())
    byHour += hour.toObject().value(QStringLiteral("count")).toInt();
  CHECK(byHour == total);

  const CliRun table = runCli({QStringLiteral("patterns"), store, QStringLiteral("--period"), QStringLiteral("2021-01-01..2021-12-31")});
  CHECK(table.exitCode == 0);
  CHECK_FALSE(table.output.isEmpty());

  const CliRun noPeriod = runCli({QStringLiteral("patterns"), store});
  CHECK(noPeriod.exitCode == 2);
  CHECK(noPeriod.error.contains(QStringLiteral("--period")));
  const CliRun badPeriod =
    runCli({QStringLiteral("patterns"), store, QStringLiteral("--period"), QStringLiteral("2021-02-30..2021-03-01")});
  CHECK(badPeriod.exitCode == 1);
  CHECK(badPeriod.error.contains(QStringLiteral("--period")));
}

TEST_CASE("cli hotspots writes Gi* cells as CSV and refuses bad options", "[cli][hotspots]")
{
  QTemporaryDir dir;
  const QString store = demoStore();
  const QString csv = dir.filePath(QStringLiteral("gistar.csv"));
  const CliRun gistar =
    runCli({QStringLiteral("hotspots"), store, QStringLiteral("--method"), QStringLiteral("gistar"), QStringLiteral("--out"), csv});
  INFO(gistar.error.toStdString());
  REQUIRE(gistar.exitCode == 0);
  CHECK(gistar.output.contains(csv));
  const QList<QByteArray> lines = fileBytes(csv).split('\n');
  REQUIRE(lines.size() > 2);
  CHECK(lines.front().trimmed() == "x,y,count,value,z,p,p_fdr,class");
  bool hot = false;
  for (const QByteArray &line : lines)
    hot = hot || line.trimmed().endsWith(",hot99");
  CHECK(hot); // the demo has its clusters

  const QString tif = dir.filePath(QStringLiteral("heat.tif"));
  const CliRun kde = runCli({QStringLiteral("hotspots"), store, QStringLiteral("--method"), QStringLiteral("kde"),
                             QStringLiteral("--radius"), QStringLiteral("200"), QStringLiteral("--out"), tif});
  REQUIRE(kde.exitCode == 0);
  CHECK(fileBytes(tif).startsWith("II*")); // a little-endian TIFF

  const CliRun empty =
    runCli({QStringLiteral("hotspots"), store, QStringLiteral("--method"), QStringLiteral("count"), QStringLiteral("--period"),
            QStringLiteral("1990-01-01..1990-12-31"), QStringLiteral("--out"), dir.filePath(QStringLiteral("none.csv"))});
  CHECK(empty.exitCode == 1);
  CHECK_FALSE(empty.error.isEmpty());
  CHECK(runCli({QStringLiteral("hotspots"), store, QStringLiteral("--method"), QStringLiteral("kde"), QStringLiteral("--out"),
                dir.filePath(QStringLiteral("x.txt"))})
          .exitCode == 2);
  const CliRun badCell =
    runCli({QStringLiteral("hotspots"), store, QStringLiteral("--cell"), QStringLiteral("abc"), QStringLiteral("--out"), csv});
  CHECK(badCell.exitCode == 2);
  CHECK(badCell.error.contains(QStringLiteral("--cell")));
  CHECK(runCli({QStringLiteral("hotspots"), store, QStringLiteral("--method"), QStringLiteral("magic"), QStringLiteral("--out"), csv})
          .exitCode == 2);
}

TEST_CASE("cli evaluate follows up the basement intervention: 28 to 3", "[cli][followup]")
{
  const QString store = demoStore();
  const CliRun json = runCli({QStringLiteral("evaluate"), store, QStringLiteral("--intervention"), QStringLiteral("1"),
                              QStringLiteral("--format"), QStringLiteral("json")});
  INFO(json.error.toStdString());
  REQUIRE(json.exitCode == 0);
  const QJsonObject result = jsonObject(json.output);
  const QJsonObject treated = result.value(QStringLiteral("zones")).toObject().value(QStringLiteral("treated")).toObject();
  CHECK(treated.value(QStringLiteral("before")).toInt() == 28);
  CHECK(treated.value(QStringLiteral("after")).toInt() == 3);
  CHECK(result.value(QStringLiteral("wdq")).toDouble() == Approx(-0.39).margin(0.005));
  CHECK(result.value(QStringLiteral("intervention")).toObject().value(QStringLiteral("id")).toInt() == 1);

  const CliRun table = runCli({QStringLiteral("evaluate"), store, QStringLiteral("--intervention"), QStringLiteral("1")});
  CHECK(table.exitCode == 0);
  CHECK(table.output.contains(QStringLiteral("28")));
  CHECK((table.output.contains(QStringLiteral("0,39")) || table.output.contains(QStringLiteral("0.39")))); // WDQ

  const CliRun unknown = runCli({QStringLiteral("evaluate"), store, QStringLiteral("--intervention"), QStringLiteral("999")});
  CHECK(unknown.exitCode == 1);
  CHECK(unknown.error.contains(QStringLiteral("999")));
  const CliRun notNumber = runCli({QStringLiteral("evaluate"), store, QStringLiteral("--intervention"), QStringLiteral("abc")});
  CHECK(notNumber.exitCode == 2);
  CHECK(notNumber.error.contains(QStringLiteral("--intervention")));
  CHECK(runCli({QStringLiteral("evaluate"), store}).exitCode == 2);
}

TEST_CASE("cli report prints the lägesbild report to PDF", "[cli][report]")
{
  QTemporaryDir dir;
  const QString store = demoStore();
  const QString pdf = dir.filePath(QStringLiteral("lagesbild.pdf"));
  const CliRun run = runCli({QStringLiteral("report"), store, QStringLiteral("--period"), kCrimesB, QStringLiteral("--compare-to"),
                             kCrimesA, QStringLiteral("--template"), QStringLiteral("report"), QStringLiteral("--out"), pdf});
  INFO(run.error.toStdString());
  REQUIRE(run.exitCode == 0);
  CHECK(run.output.contains(pdf));
  CHECK(fileBytes(pdf).startsWith("%PDF-"));
  CHECK(QFileInfo(pdf).size() > 10000);

  const QString other = dir.filePath(QStringLiteral("other.pdf"));
  const CliRun badTemplate = runCli({QStringLiteral("report"), store, QStringLiteral("--period"), kCrimesB, QStringLiteral("--template"),
                                     QStringLiteral("poster"), QStringLiteral("--out"), other});
  CHECK(badTemplate.exitCode == 2);
  CHECK(badTemplate.error.contains(QStringLiteral("poster")));
  const CliRun badPeriod =
    runCli({QStringLiteral("report"), store, QStringLiteral("--period"), QStringLiteral("2021-01-01..x"), QStringLiteral("--out"), other});
  CHECK(badPeriod.exitCode == 1);
  CHECK(badPeriod.error.contains(QStringLiteral("--period")));
  const CliRun noStore = runCli({QStringLiteral("report"), dir.filePath(QStringLiteral("none.gpkg")), QStringLiteral("--period"), kCrimesB,
                                 QStringLiteral("--out"), other});
  CHECK(noStore.exitCode == 1);
  CHECK(noStore.error.contains(QStringLiteral("none.gpkg")));
  CHECK(runCli({QStringLiteral("report"), store, QStringLiteral("--period"), kCrimesB}).exitCode == 2); // no --out
  CHECK_FALSE(QFileInfo::exists(other));
}
