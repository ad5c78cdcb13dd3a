// lagesbild-cli nearrepeat and the --aoristic forms of patterns and compare, run as a user would
// (a child process on a store written here): the JSON cells equal core's KnoxTest on the same
// incidents with the same seed, open bounds are null, the table reads like the Near Repeat
// Calculator's summary, bad bands are usage errors; aoristic outputs say so and spread a window
// across the October clock change by hand-computed shares; compare --aoristic has no p-values.
#include "nearrepeat/knoxtest.h"
#include "store/geopackage/geopackagestore.h"
#include "time/stockholmtime.h"

#include "clirunner.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <random>

using namespace lagesbild;
using namespace lagesbild::clitest;

namespace
{
//! Each near-repeat run gets two minutes, as it had before it used the suite's CLI runner.
CliRun cli(const QStringList &arguments)
{
  return runCli(arguments, 120000);
}

std::int64_t local(int year, int month, int day, int hour, int minute)
{
  return StockholmTime::instance().toUtc(QDate(year, month, day), QTime(hour, minute));
}

//! Burglaries in 2021 with planted near repeats, and one window across the October clock change.
std::vector<Incident> burglaries()
{
  std::mt19937 random(3);
  std::uniform_real_distribution<double> coordinate(0.0, 2500.0);
  std::uniform_int_distribution<std::int64_t> second(0, 300LL * 86400);
  std::normal_distribution<double> near(0.0, 40.0);
  std::uniform_int_distribution<std::int64_t> soon(3600, 4LL * 86400);
  std::vector<Incident> incidents;
  auto add = [&incidents](double x, double y, std::int64_t from, std::optional<std::int64_t> to = std::nullopt)
  {
    Incident incident;
    incident.kind = IncidentKind::Crime;
    incident.category = QStringLiteral("brott_bostadsinbrott");
    incident.source = QStringLiteral("polisen");
    incident.x = x;
    incident.y = y;
    incident.occurredFrom = from;
    incident.occurredTo = to;
    incident.externalId = QStringLiteral("b%1").arg(incidents.size());
    incidents.push_back(incident);
  };
  const std::int64_t start = local(2021, 1, 10, 12, 0);
  for (int i = 0; i < 80; ++i)
    add(562000.0 + coordinate(random), 6587000.0 + coordinate(random), start + second(random));
  for (int i = 0; i < 25; ++i)
  {
    const Incident origin = incidents[static_cast<std::size_t>(i * 3)];
    add(origin.x + near(random), origin.y + near(random), origin.occurredFrom + soon(random));
  }
  add(563000.0, 6588000.0, local(2021, 10, 31, 1, 30), local(2021, 10, 31, 3, 30));
  return incidents;
}
} // namespace

TEST_CASE("lagesbild-cli nearrepeat prints the Knox test of core with the same seed", "[cli][nearrepeat]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("store.gpkg"));
  const std::vector<Incident> incidents = burglaries();
  {
    auto store = GeoPackageStore::create(path);
    REQUIRE(store.ok());
    REQUIRE((*store)->insertBatch(incidents, IncidentStore::InsertOptions()).value().inserted ==
            static_cast<std::int64_t>(incidents.size()));
  }

  const QStringList knox = {QStringLiteral("nearrepeat"),     path,
                            QStringLiteral("--space-bands"),  QStringLiteral("0,1,100,200"),
                            QStringLiteral("--time-bands"),   QStringLiteral("0,7,14"),
                            QStringLiteral("--permutations"), QStringLiteral("99"),
                            QStringLiteral("--seed"),         QStringLiteral("5"),
                            QStringLiteral("--kind"),         QStringLiteral("crime")};
  const CliRun json = cli(knox + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
  INFO(json.error.toStdString());
  REQUIRE(json.exitCode == 0);
  const QJsonObject object = QJsonDocument::fromJson(json.output.toUtf8()).object();
  CHECK(object.value(QStringLiteral("permutations")).toInt() == 99);
  const QJsonArray cells = object.value(QStringLiteral("cells")).toArray();
  REQUIRE(cells.size() == 4 * 3);

  // The permutations shuffle the times in the order the incidents come, so the reference reads
  // them back from the store as the command does.
  auto store = GeoPackageStore::open(path);
  REQUIRE(store.ok());
  IncidentFilter filter;
  filter.kind = IncidentKind::Crime;
  filter.includeMunicipalityPrecision = false;
  const auto stored = (*store)->incidents(filter);
  REQUIRE(stored.ok());
  REQUIRE(stored->size() == incidents.size());
  std::vector<KnoxEvent> events;
  for (const Incident &incident : *stored)
    events.push_back({incident.x, incident.y, incident.occurredFrom});
  KnoxOptions options;
  options.spaceBands = KnoxBands::parse(QStringLiteral("0,1,100,200")).value();
  options.timeBands = KnoxBands::parse(QStringLiteral("0,7,14")).value();
  options.permutations = 99;
  options.seed = 5;
  const auto expected = KnoxTest::run(events, options);
  REQUIRE(expected.ok());
  bool anySignificant = false;
  for (int c = 0; c < cells.size(); ++c)
  {
    const QJsonObject cell = cells.at(c).toObject();
    const KnoxCell &reference = expected->cells[static_cast<std::size_t>(c)];
    CHECK(cell.value(QStringLiteral("space_from")).toDouble() == reference.spaceFrom);
    CHECK(cell.value(QStringLiteral("time_from")).toDouble() == reference.timeFrom);
    CHECK(cell.value(QStringLiteral("space_to")).isNull() == !reference.spaceTo.has_value());
    CHECK(cell.value(QStringLiteral("time_to")).isNull() == !reference.timeTo.has_value());
    CHECK(static_cast<std::int64_t>(cell.value(QStringLiteral("observed")).toDouble()) == reference.observed);
    CHECK(cell.value(QStringLiteral("expected")).toDouble() == reference.expected);
    CHECK(cell.value(QStringLiteral("p_value")).toDouble() == reference.pValue);
    anySignificant = anySignificant || cell.value(QStringLiteral("significant")).toBool();
  }
  CHECK(anySignificant);

  const CliRun csv = cli(knox + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
  REQUIRE(csv.exitCode == 0);
  CHECK(csv.output.startsWith(QStringLiteral("space_from,space_to,time_from,time_to,observed,expected,ratio,p_value,significant\n")));
  CHECK(csv.output.count(QLatin1Char('\n')) == 13);

  const CliRun table = cli(knox);
  REQUIRE(table.exitCode == 0);
  CHECK(table.output.contains(QStringLiteral("Observed pairs")));
  CHECK(table.output.contains(QStringLiteral("Knox ratio")));
  CHECK(table.output.contains(QStringLiteral("Same location")));
  CHECK(table.output.contains(QStringLiteral("0–6 days")));
  CHECK(table.output.contains(QStringLiteral("Within ")));

  CHECK(cli({QStringLiteral("nearrepeat"), path, QStringLiteral("--time-bands"), QStringLiteral("0,7")}).exitCode == 2);
  CHECK(cli({QStringLiteral("nearrepeat"), path, QStringLiteral("--space-bands"), QStringLiteral("5,10"), QStringLiteral("--time-bands"),
             QStringLiteral("0,7")})
          .exitCode == 2);
  CHECK(cli({QStringLiteral("nearrepeat"), path, QStringLiteral("--space-bands"), QStringLiteral("0,100"), QStringLiteral("--time-bands"),
             QStringLiteral("0,7"), QStringLiteral("--distance"), QStringLiteral("crow")})
          .exitCode == 2);
}

TEST_CASE("lagesbild-cli patterns and compare --aoristic spread windows and say so", "[cli][aoristic]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("store.gpkg"));
  {
    auto store = GeoPackageStore::create(path);
    REQUIRE(store.ok());
    REQUIRE((*store)->insertBatch(burglaries(), IncidentStore::InsertOptions()).ok());
  }
  const CliRun patterns = cli({QStringLiteral("patterns"), path, QStringLiteral("--period"), QStringLiteral("2021-10-31..2021-10-31"),
                               QStringLiteral("--aoristic"), QStringLiteral("--format"), QStringLiteral("json")});
  INFO(patterns.error.toStdString());
  REQUIRE(patterns.exitCode == 0);
  const QJsonObject json = QJsonDocument::fromJson(patterns.output.toUtf8()).object();
  CHECK(json.value(QStringLiteral("aoristic")).toBool());
  const QJsonArray sunday = json.value(QStringLiteral("hour_weekday")).toArray().at(6).toArray();
  CHECK(sunday.at(1).toDouble() == Approx(1.0 / 6.0));
  CHECK(sunday.at(2).toDouble() == Approx(2.0 / 3.0));
  CHECK(sunday.at(3).toDouble() == Approx(1.0 / 6.0));

  const CliRun table = cli(
    {QStringLiteral("patterns"), path, QStringLiteral("--period"), QStringLiteral("2021-10-01..2021-10-31"), QStringLiteral("--aoristic")});
  REQUIRE(table.exitCode == 0);
  CHECK(table.output.contains(QStringLiteral("(aoristic)")));
  CHECK(table.output.contains(QStringLiteral("counted at their start")));

  const CliRun compare = cli({QStringLiteral("compare"), path, QStringLiteral("--a"), QStringLiteral("2021-01-01..2021-05-31"),
                              QStringLiteral("--b"), QStringLiteral("2021-06-01..2021-10-31"), QStringLiteral("--aoristic"),
                              QStringLiteral("--by"), QStringLiteral("hour"), QStringLiteral("--format"), QStringLiteral("json")});
  REQUIRE(compare.exitCode == 0);
  const QJsonObject comparison = QJsonDocument::fromJson(compare.output.toUtf8()).object();
  CHECK(comparison.value(QStringLiteral("aoristic")).toBool());
  CHECK(comparison.value(QStringLiteral("p_value")).isNull());
  CHECK(comparison.value(QStringLiteral("rows")).toArray().size() == 24);
  const double total = comparison.value(QStringLiteral("a")).toObject().value(QStringLiteral("total")).toDouble() +
                       comparison.value(QStringLiteral("b")).toObject().value(QStringLiteral("total")).toDouble();

  // The one window lies inside B: the aoristic totals are the plain counts.
  const CliRun plain =
    cli({QStringLiteral("compare"), path, QStringLiteral("--a"), QStringLiteral("2021-01-01..2021-05-31"), QStringLiteral("--b"),
         QStringLiteral("2021-06-01..2021-10-31"), QStringLiteral("--format"), QStringLiteral("json")});
  REQUIRE(plain.exitCode == 0);
  CHECK_FALSE(plain.output.contains(QStringLiteral("aoristic")));
  const QJsonObject plainJson = QJsonDocument::fromJson(plain.output.toUtf8()).object();
  CHECK(total == Approx(plainJson.value(QStringLiteral("a")).toObject().value(QStringLiteral("total")).toDouble() +
                        plainJson.value(QStringLiteral("b")).toObject().value(QStringLiteral("total")).toDouble()));
  CHECK(total > 50.0);
}
