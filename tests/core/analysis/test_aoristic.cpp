// Aoristic weighting against hand-computed cases across both clock changes of 2021, the limit
// for long windows, clipping at the period's edges, and the comparison without a test.
#include "analysis/aoristic.h"
#include "analysis/aoristiccomparison.h"
#include "analysis/aoristicexport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace lagesbild;

namespace
{
std::int64_t local(int year, int month, int day, int hour, int minute, LocalTimeChoice choice = LocalTimeChoice::Earlier)
{
  return StockholmTime::instance().toUtc(QDate(year, month, day), QTime(hour, minute), choice);
}

Incident windowed(std::int64_t from, std::optional<std::int64_t> to, const QString &category = QStringLiteral("inbrott"))
{
  Incident incident;
  incident.category = category;
  incident.source = QStringLiteral("polisen");
  incident.occurredFrom = from;
  incident.occurredTo = to;
  return incident;
}

const DateRange kYear2021(QDate(2021, 1, 1), QDate(2021, 12, 31));
} // namespace

TEST_CASE("Aoristic weights across the October clock change: the 02 hour occurs twice", "[analysis][aoristic]")
{
  // 2021-10-31 01:30 CEST (23:30 UTC the day before) to 03:30 CET (02:30 UTC): three real hours.
  // 01:30–02:00 is half an hour, 02:00–03:00 happens twice (CEST, then CET), 03:00–03:30 half an hour.
  const std::int64_t from = local(2021, 10, 31, 1, 30);
  const std::int64_t to = local(2021, 10, 31, 3, 30);
  REQUIRE(to - from == 3 * 3600);
  const AoristicTally tally = Aoristic::tally({windowed(from, to)}, kYear2021);
  const std::size_t sunday = 6;
  CHECK(tally.hourByWeekday[sunday][1] == Approx(0.5 / 3.0).margin(1e-12));
  CHECK(tally.hourByWeekday[sunday][2] == Approx(2.0 / 3.0).margin(1e-12));
  CHECK(tally.hourByWeekday[sunday][3] == Approx(0.5 / 3.0).margin(1e-12));
  CHECK(tally.hours[0] == 0.0);
  CHECK(tally.hours[4] == 0.0);
  CHECK(tally.weekdays[sunday] == Approx(1.0));
  CHECK(tally.total == Approx(1.0));
  CHECK(tally.months.at(QStringLiteral("2021-10")) == Approx(1.0));
  CHECK(tally.spread == 1);
  CHECK(tally.countedAtStart == 0);
}

TEST_CASE("Aoristic weights across the March clock change: the 02 hour never happens", "[analysis][aoristic]")
{
  // 2021-03-28 01:30 CET (00:30 UTC) to 03:30 CEST (01:30 UTC): one real hour, half in 01, half in 03.
  const std::int64_t from = local(2021, 3, 28, 1, 30);
  const std::int64_t to = local(2021, 3, 28, 3, 30);
  REQUIRE(to - from == 3600);
  const AoristicTally tally = Aoristic::tally({windowed(from, to)}, kYear2021);
  CHECK(tally.hours[1] == Approx(0.5));
  CHECK(tally.hours[2] == 0.0);
  CHECK(tally.hours[3] == Approx(0.5));
  CHECK(tally.total == Approx(1.0));
}

TEST_CASE("Aoristic weights over a weekend, long windows and period edges", "[analysis][aoristic]")
{
  // Friday 2021-09-10 17:00 to Monday 07:30: 62.5 hours.
  const std::int64_t friday = local(2021, 9, 10, 17, 0);
  const std::int64_t monday = local(2021, 9, 13, 7, 30);
  const double length = 62.5;
  // Eight days: longer than the 7-day limit, counted at its start (a Wednesday, 12 o'clock).
  const std::int64_t wednesday = local(2021, 9, 1, 12, 0);
  const std::vector<Incident> incidents = {windowed(friday, monday), windowed(wednesday, wednesday + 8 * 86400),
                                           windowed(wednesday, std::nullopt, QStringLiteral("brand"))};
  const AoristicTally tally = Aoristic::tally(incidents, kYear2021);
  CHECK(tally.total == Approx(3.0));
  CHECK(tally.weekdays[4] == Approx(7.0 / length));         // Friday 17–24
  CHECK(tally.weekdays[5] == Approx(24.0 / length));        // Saturday
  CHECK(tally.weekdays[6] == Approx(24.0 / length));        // Sunday
  CHECK(tally.weekdays[0] == Approx(7.5 / length));         // Monday 00–07:30
  CHECK(tally.hourByWeekday[0][7] == Approx(0.5 / length)); // Monday 07–07:30
  CHECK(tally.weekdays[2] == Approx(2.0));                  // the long window and the instant, both Wednesday 12
  CHECK(tally.hours[12] == Approx(2.0 + 2.0 / length));     // … plus Saturday's and Sunday's 12 o'clock
  CHECK(tally.countedAtStart == 1);
  CHECK(tally.spread == 1);
  CHECK(tally.incidents == 3);
  CHECK(tally.categories.value(QStringLiteral("brand")) == Approx(1.0));

  // A period ending on the Saturday keeps only the part of the window inside it.
  const AoristicTally clipped = Aoristic::tally(incidents, DateRange(QDate(2021, 9, 10), QDate(2021, 9, 11)));
  CHECK(clipped.total == Approx(31.0 / length));
  CHECK(clipped.incidents == 1);

  // With a longer limit the 8-day window is spread too.
  const AoristicTally longer = Aoristic::tally(incidents, kYear2021, 10 * 86400);
  CHECK(longer.countedAtStart == 0);
  CHECK(longer.weekdays[2] == Approx(1.0 + 36.0 / 192.0)); // the instant + Wednesday 1 from 12 and all of Wednesday 8

  // The fetch filter reaches back over the limit so windows from before the period are seen.
  const IncidentFilter fetch = Aoristic::fetchFilter(IncidentFilter::all(), DateRange(QDate(2021, 9, 11), QDate(2021, 9, 30)));
  REQUIRE(fetch.period.has_value());
  CHECK(fetch.period->from() <= QDate(2021, 9, 3));
  CHECK(fetch.period->to() == QDate(2021, 9, 30));
}

TEST_CASE("Aoristic comparison: fractional counts and no Poisson test", "[analysis][aoristic]")
{
  const std::int64_t from = local(2021, 10, 31, 1, 30);
  const std::int64_t to = local(2021, 10, 31, 3, 30);
  const AoristicTally a =
    Aoristic::tally({windowed(from - 365 * 86400, to - 365 * 86400)}, DateRange(QDate(2020, 1, 1), QDate(2020, 12, 31)));
  const AoristicTally b = Aoristic::tally({windowed(from, to), windowed(from, to)}, kYear2021);
  const AoristicComparisonResult result = AoristicComparison::compare(a, b, GroupField::Hour);
  CHECK(result.change == Approx(1.0));
  REQUIRE(result.rows.size() == 24);
  CHECK(result.rows[2].b == Approx(4.0 / 3.0));
  const QJsonObject json = QJsonDocument::fromJson(AoristicExport::comparisonJson(result)).object();
  CHECK(json.value(QStringLiteral("aoristic")).toBool());
  CHECK(json.value(QStringLiteral("p_value")).isNull());
  CHECK(json.value(QStringLiteral("test")).toString().startsWith(QStringLiteral("not applied")));
  CHECK(AoristicExport::patternsCsv(b).startsWith("aoristic,limit_days,7,"));
  const QJsonObject patterns = QJsonDocument::fromJson(AoristicExport::patternsJson(b)).object();
  CHECK(patterns.value(QStringLiteral("aoristic")).toBool());
}
