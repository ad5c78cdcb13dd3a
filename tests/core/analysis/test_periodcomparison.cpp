#include "analysis/benjaminihochberg.h"
#include "analysis/periodcomparison.h"
#include "analysis/poissontest.h"
#include "analysisfixture.h"
#include "memoryincidents.h"

#include <catch2/catch.hpp>

#include <QDateTime>

#include <functional>
#include <map>

using namespace lagesbild;
using namespace lagesbild::test;

namespace
{
DateRange range(const char *text)
{
  const auto parsed = DateRange::parse(QString::fromLatin1(text));
  REQUIRE(parsed.ok());
  return *parsed;
}

//! Brute force: every matching incident of each period counted under its key.
std::map<QString, std::pair<std::int64_t, std::int64_t>> bruteRows(const std::vector<Incident> &incidents, IncidentFilter filter,
                                                                   const DateRange &a, const DateRange &b, GroupField field)
{
  std::map<QString, std::pair<std::int64_t, std::int64_t>> rows;
  for (const Incident &incident : incidents)
  {
    QString key = MemoryIncidents::keyOf(incident, field);
    if (field == GroupField::Month)
      key = key.right(2);
    filter.period = a;
    if (MemoryIncidents::matches(incident, filter))
      rows[key].first += 1;
    filter.period = b;
    if (MemoryIncidents::matches(incident, filter))
      rows[key].second += 1;
  }
  return rows;
}

std::int64_t bruteTotal(const std::vector<Incident> &incidents, IncidentFilter filter, const DateRange &period)
{
  filter.period = period;
  std::int64_t total = 0;
  for (const Incident &incident : incidents)
    total += MemoryIncidents::matches(incident, filter) ? 1 : 0;
  return total;
}

void checkComparison(const std::vector<Incident> &incidents, const IncidentFilter &filter, const DateRange &a, const DateRange &b,
                     std::optional<GroupField> field)
{
  const MemoryIncidents queries(incidents);
  const auto result = PeriodComparison::compare(queries, filter, a, b, field);
  REQUIRE(result.ok());

  const std::int64_t totalA = bruteTotal(incidents, filter, a);
  const std::int64_t totalB = bruteTotal(incidents, filter, b);
  const double secondsA = static_cast<double>(referenceExposure(a, GroupField::Category, {}));
  const double secondsB = static_cast<double>(referenceExposure(b, GroupField::Category, {}));
  CHECK(result->a.total == totalA);
  CHECK(result->b.total == totalB);
  CHECK(result->a.period == a);
  CHECK(result->b.period == b);
  CHECK(result->change == totalB - totalA);
  if (totalA == 0)
    CHECK_FALSE(result->changePercent.has_value());
  else
    CHECK(*result->changePercent == Approx(100.0 * static_cast<double>(totalB - totalA) / static_cast<double>(totalA)));
  CHECK(result->a.ratePer30Days == Approx(static_cast<double>(totalA) / secondsA * 30 * 86400));
  CHECK(result->b.ratePer30Days == Approx(static_cast<double>(totalB) / secondsB * 30 * 86400));
  CHECK(result->pValue == Approx(PoissonTest::twoSidedPValue(totalA, totalB, secondsA, secondsB)).epsilon(1e-12));

  if (!field)
  {
    CHECK(result->rows.empty());
    return;
  }
  const auto expected = bruteRows(incidents, filter, a, b, *field);
  REQUIRE(result->rows.size() == expected.size());
  std::vector<std::optional<double>> pValues;
  for (const ComparisonRow &row : result->rows)
  {
    INFO("row " << row.key.toStdString());
    const auto found = expected.find(row.key);
    REQUIRE(found != expected.end());
    const auto [rowA, rowB] = found->second;
    CHECK(row.a == rowA);
    CHECK(row.b == rowB);
    CHECK(row.change == rowB - rowA);
    CHECK(row.changePercent.has_value() == (rowA != 0));
    if (rowA != 0)
      CHECK(*row.changePercent == Approx(100.0 * static_cast<double>(rowB - rowA) / static_cast<double>(rowA)));
    const std::int64_t exposureA = referenceExposure(a, *field, row.key);
    const std::int64_t exposureB = referenceExposure(b, *field, row.key);
    if (exposureA > 0 && exposureB > 0)
    {
      REQUIRE(row.pValue.has_value());
      CHECK(*row.pValue ==
            Approx(PoissonTest::twoSidedPValue(rowA, rowB, static_cast<double>(exposureA), static_cast<double>(exposureB))).epsilon(1e-12));
      CHECK(*row.ratePer30DaysA == Approx(static_cast<double>(rowA) * 30 * 86400 / static_cast<double>(exposureA)));
      CHECK(*row.ratePer30DaysB == Approx(static_cast<double>(rowB) * 30 * 86400 / static_cast<double>(exposureB)));
    }
    else
    {
      CHECK_FALSE(row.pValue.has_value());
    }
    pValues.push_back(row.pValue);
  }
  const auto adjusted = adjustBenjaminiHochberg(pValues);
  for (std::size_t i = 0; i < adjusted.size(); ++i)
  {
    CHECK(result->rows[i].pAdjusted.has_value() == adjusted[i].has_value());
    if (adjusted[i])
      CHECK(*result->rows[i].pAdjusted == Approx(*adjusted[i]));
  }
}

IncidentFilter filterWith(const std::function<void(IncidentFilter &)> &change)
{
  IncidentFilter filter;
  change(filter);
  return filter;
}
} // namespace

TEST_CASE("Comparison totals and rows equal brute-force counts under every filter", "[analysis][compare]")
{
  const std::vector<Incident> incidents = syntheticIncidents(4000, QDate(2019, 1, 1), QDate(2022, 12, 31));
  const std::vector<std::pair<DateRange, DateRange>> periods = {
    {range("2020-01-01..2020-12-12"), range("2021-01-01..2021-12-12")}, // unequal: 2020 is a leap year
    {range("2020-02-01..2020-02-29"), range("2021-02-01..2021-02-28")}, // leap day
    {range("2021-03-20..2021-04-05"), range("2021-10-20..2021-11-05")}, // across both DST changes
    {range("2019-06-01..2019-06-10"), range("2022-01-01..2022-03-31")}, // very different lengths
  };
  const std::vector<IncidentFilter> filters = {
    IncidentFilter::all(),
    filterWith([](IncidentFilter &f) { f.kind = IncidentKind::Crime; }),
    filterWith(
      [](IncidentFilter &f)
      {
        f.kind = IncidentKind::Crime;
        f.categories = QStringList{QStringLiteral("stold"), QStringLiteral("misshandel")};
      }),
    filterWith([](IncidentFilter &f) { f.sources = QStringList{QStringLiteral("vaktare")}; }),
    filterWith(
      [](IncidentFilter &f) {
        f.areas = QStringList{QString(), QStringLiteral("centrum")};
      }),
    filterWith([](IncidentFilter &f) { f.hours = *IncidentFilter::parseHours(QStringLiteral("18-02")); }),
    filterWith(
      [](IncidentFilter &f)
      {
        f.weekdays = {5, 6};
        f.includeMunicipalityPrecision = false;
      }),
  };
  const std::vector<std::optional<GroupField>> fields = {std::nullopt,      GroupField::Category, GroupField::Source,
                                                         GroupField::Area,  GroupField::Hour,     GroupField::Weekday,
                                                         GroupField::Month, GroupField::Kind,     GroupField::Address};
  for (const auto &[a, b] : periods)
    for (std::size_t f = 0; f < filters.size(); ++f)
      for (const auto &field : fields)
      {
        INFO("A " << a.toString().toStdString() << " B " << b.toString().toStdString() << " filter " << f << " field "
                  << (field ? static_cast<int>(*field) : -1));
        checkComparison(incidents, filters[f], a, b, field);
      }
}

TEST_CASE("The demo's reported-crime change: −94, −12.0 %", "[analysis][compare]")
{
  // 783 crimes spread over 2020-01-01..2020-12-12 and 689 over 2021-01-01..2021-12-12.
  std::vector<Incident> incidents;
  for (int i = 0; i < 783; ++i)
    incidents.push_back(makeIncident(IncidentKind::Crime, i % 3 ? QStringLiteral("stold") : QStringLiteral("skadegorelse"),
                                     QStringLiteral("polisen"), {}, QDate(2020, 1, 1).addDays(i % 347), QTime(i % 24, 10)));
  for (int i = 0; i < 689; ++i)
    incidents.push_back(makeIncident(IncidentKind::Crime, i % 2 ? QStringLiteral("stold") : QStringLiteral("skadegorelse"),
                                     QStringLiteral("polisen"), {}, QDate(2021, 1, 1).addDays(i % 346), QTime(i % 24, 50)));
  // Outside both periods and of the other kind: must not count.
  incidents.push_back(
    makeIncident(IncidentKind::Crime, QStringLiteral("stold"), QStringLiteral("polisen"), {}, QDate(2020, 12, 13), QTime(0, 0)));
  incidents.push_back(
    makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), {}, QDate(2021, 5, 5), QTime(12, 0)));
  const MemoryIncidents queries(incidents);
  IncidentFilter crimes;
  crimes.kind = IncidentKind::Crime;
  const auto result =
    PeriodComparison::compare(queries, crimes, range("2020-01-01..2020-12-12"), range("2021-01-01..2021-12-12"), GroupField::Category);
  REQUIRE(result.ok());
  CHECK(result->a.total == 783);
  CHECK(result->b.total == 689);
  CHECK(result->change == -94);
  CHECK(*result->changePercent == Approx(-12.005108556832695));
  // binom.test(689, 1472, 346/693)$p.value (scipy 1.10 binomtest, same rule)
  CHECK(result->pValue == Approx(0.017669901193752502).epsilon(1e-9));
  CHECK(result->a.ratePer30Days == Approx(783.0 * 30 / 347));
  CHECK(result->b.ratePer30Days == Approx(689.0 * 30 / 346));
  REQUIRE(result->rows.size() == 2);
  CHECK(result->rows[0].key == QStringLiteral("stold")); // 522 + 344, the larger group first
  CHECK(result->rows[0].a == 522);
  CHECK(result->rows[0].b == 344);
  CHECK(result->rows[1].a == 261);
  CHECK(result->rows[1].b == 345);
}

TEST_CASE("An empty period A: no percentage, still a p-value", "[analysis][compare]")
{
  const std::vector<Incident> incidents = syntheticIncidents(500, QDate(2020, 1, 1), QDate(2020, 12, 31));
  const MemoryIncidents queries(incidents);
  const auto result = PeriodComparison::compare(queries, IncidentFilter::all(), range("2018-01-01..2018-12-31"),
                                                range("2020-01-01..2020-12-31"), GroupField::Source);
  REQUIRE(result.ok());
  CHECK(result->a.total == 0);
  CHECK(result->b.total == 500);
  CHECK(result->change == 500);
  CHECK_FALSE(result->changePercent.has_value());
  CHECK(result->a.ratePer30Days == 0.0);
  CHECK(result->pValue < 1e-100);
  REQUIRE(result->rows.size() == 4);
  for (const ComparisonRow &row : result->rows)
  {
    CHECK(row.a == 0);
    CHECK_FALSE(row.changePercent.has_value());
    REQUIRE(row.pValue.has_value());
    CHECK(*row.pValue < 1e-10);
  }
  checkComparison(incidents, IncidentFilter::all(), range("2018-01-01..2018-12-31"), range("2020-01-01..2020-12-31"), GroupField::Hour);
}

TEST_CASE("A filter that matches nothing: zeros, p = 1, no rows", "[analysis][compare]")
{
  const MemoryIncidents queries(syntheticIncidents(500, QDate(2020, 1, 1), QDate(2021, 12, 31)));
  IncidentFilter nothing;
  nothing.categories = QStringList{QStringLiteral("finns_inte")};
  for (const auto field : {std::optional<GroupField>(), std::optional<GroupField>(GroupField::Category)})
  {
    const auto result =
      PeriodComparison::compare(queries, nothing, range("2020-01-01..2020-12-31"), range("2021-01-01..2021-12-31"), field);
    REQUIRE(result.ok());
    CHECK(result->a.total == 0);
    CHECK(result->b.total == 0);
    CHECK(result->change == 0);
    CHECK_FALSE(result->changePercent.has_value());
    CHECK(result->pValue == 1.0);
    CHECK(result->rows.empty());
  }
}

TEST_CASE("Hours across DST: a missing 02:00 has no exposure, a doubled one twice as much", "[analysis][compare][dst]")
{
  std::vector<Incident> incidents;
  // 2021-10-31 02:30 happens twice: 00:30 UTC (CEST) and 01:30 UTC (CET).
  const std::int64_t firstTwoThirty = QDateTime(QDate(2021, 10, 31), QTime(0, 30), Qt::UTC).toSecsSinceEpoch();
  incidents.push_back(makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), {}, firstTwoThirty));
  incidents.push_back(makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), {}, firstTwoThirty + 3600));
  // 2021-03-28: 01:59 CET is followed by 03:00 CEST.
  incidents.push_back(
    makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), {}, QDate(2021, 3, 28), QTime(1, 59)));
  incidents.push_back(
    makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), {}, QDate(2021, 3, 28), QTime(3, 0)));
  incidents.push_back(
    makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), {}, QDate(2021, 10, 31), QTime(3, 0)));
  // The last minute of the autumn day and the first of the next: only the first counts.
  incidents.push_back(
    makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), {}, QDate(2021, 10, 31), QTime(23, 59)));
  incidents.push_back(
    makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), {}, QDate(2021, 11, 1), QTime(0, 0)));
  const MemoryIncidents queries(incidents);
  const DateRange spring = range("2021-03-28");
  const DateRange autumn = range("2021-10-31");
  const auto result = PeriodComparison::compare(queries, IncidentFilter::all(), spring, autumn, GroupField::Hour);
  REQUIRE(result.ok());
  CHECK(result->a.exposureSeconds == 23 * 3600);
  CHECK(result->b.exposureSeconds == 25 * 3600);
  CHECK(result->a.total == 2);
  CHECK(result->b.total == 4);
  // binom.test(4, 6, 25/48)
  CHECK(result->pValue == Approx(PoissonTest::binomialTwoSided(4, 6, 25.0 / 48.0)));
  REQUIRE(result->rows.size() == 4);
  CHECK(result->rows[0].key == QStringLiteral("1"));
  CHECK(result->rows[1].key == QStringLiteral("2"));
  CHECK(result->rows[1].a == 0);
  CHECK(result->rows[1].b == 2);
  CHECK_FALSE(result->rows[1].pValue.has_value()); // 02:00 does not exist on 28 March
  CHECK_FALSE(result->rows[1].ratePer30DaysA.has_value());
  CHECK(*result->rows[1].ratePer30DaysB == Approx(2.0 * 30 * 24 / 2)); // 2 incidents in 2 hours
  CHECK(result->rows[2].key == QStringLiteral("3"));
  CHECK(result->rows[2].a == 1);
  CHECK(result->rows[2].b == 1);
  CHECK(*result->rows[2].pValue == 1.0);
  CHECK(result->rows[3].key == QStringLiteral("23"));
  checkComparison(incidents, IncidentFilter::all(), spring, autumn, GroupField::Hour);
  checkComparison(incidents, IncidentFilter::all(), spring, autumn, GroupField::Weekday);
}

TEST_CASE("Comparing day by day is refused", "[analysis][compare]")
{
  const MemoryIncidents queries;
  const auto result = PeriodComparison::compare(queries, IncidentFilter::all(), range("2020-01-01"), range("2021-01-01"), GroupField::Day);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::Usage);
}
