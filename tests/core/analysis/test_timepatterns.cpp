#include "analysis/timepatterns.h"
#include "analysisfixture.h"
#include "memoryincidents.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

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

//! Brute force with QTimeZone for local parts (independent of StockholmTime).
struct Expected
{
    std::int64_t total = 0;
    std::int64_t matrix[7][24] = {};
    std::map<QString, std::int64_t> months;
    std::map<QString, std::int64_t> categories;
    std::map<QString, std::int64_t> sources;
    std::map<QString, std::int64_t> days;
};

Expected brute(const std::vector<Incident> &incidents, IncidentFilter filter, const DateRange &period)
{
  const QTimeZone zone(QByteArrayLiteral("Europe/Stockholm"));
  filter.period = period;
  Expected expected;
  for (const Incident &incident : incidents)
  {
    if (!MemoryIncidents::matches(incident, filter))
      continue;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(incident.occurredFrom, zone);
    ++expected.total;
    ++expected.matrix[local.date().dayOfWeek() - 1][local.time().hour()];
    ++expected.months[local.date().toString(QStringLiteral("yyyy-MM"))];
    ++expected.categories[incident.category];
    ++expected.sources[incident.source];
    ++expected.days[local.date().toString(Qt::ISODate)];
  }
  return expected;
}

void checkPatterns(const std::vector<Incident> &incidents, const IncidentFilter &filter, const DateRange &period)
{
  const MemoryIncidents queries(incidents);
  const auto result = TimePatterns::compute(queries, filter, period);
  REQUIRE(result.ok());
  const Expected expected = brute(incidents, filter, period);
  CHECK(result->period == period);
  CHECK(result->total == expected.total);
  std::int64_t hourSum[24] = {};
  std::int64_t weekdaySum[7] = {};
  for (int w = 0; w < 7; ++w)
    for (int h = 0; h < 24; ++h)
    {
      INFO("weekday " << w + 1 << " hour " << h);
      CHECK(result->hourByWeekday[static_cast<std::size_t>(w)][static_cast<std::size_t>(h)] == expected.matrix[w][h]);
      hourSum[h] += expected.matrix[w][h];
      weekdaySum[w] += expected.matrix[w][h];
    }
  for (int h = 0; h < 24; ++h)
    CHECK(result->hours[static_cast<std::size_t>(h)] == hourSum[h]);
  for (int w = 0; w < 7; ++w)
    CHECK(result->weekdays[static_cast<std::size_t>(w)] == weekdaySum[w]);

  // Every month the period touches, in order, zeros included.
  std::vector<QString> monthKeys;
  for (QDate m(period.from().year(), period.from().month(), 1); m <= period.to(); m = m.addMonths(1))
    monthKeys.push_back(m.toString(QStringLiteral("yyyy-MM")));
  REQUIRE(result->months.size() == monthKeys.size());
  for (std::size_t i = 0; i < monthKeys.size(); ++i)
  {
    CHECK(result->months[i].key == monthKeys[i]);
    const auto found = expected.months.find(monthKeys[i]);
    CHECK(result->months[i].count == (found == expected.months.end() ? 0 : found->second));
  }

  const auto checkList = [](const std::vector<KeyCount> &actual, const std::map<QString, std::int64_t> &reference)
  {
    REQUIRE(actual.size() == reference.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
    {
      CHECK(actual[i].count == reference.at(actual[i].key));
      if (i > 0)
        CHECK((actual[i - 1].count > actual[i].count || (actual[i - 1].count == actual[i].count && actual[i - 1].key < actual[i].key)));
    }
  };
  checkList(result->categories, expected.categories);
  checkList(result->sources, expected.sources);

  // Busiest calendar days: the top of the brute-force day counts.
  std::vector<std::pair<QString, std::int64_t>> days(expected.days.begin(), expected.days.end());
  std::stable_sort(days.begin(), days.end(), [](const auto &l, const auto &r) { return l.second > r.second; });
  REQUIRE(result->busiestDays.size() == std::min<std::size_t>(days.size(), TimePatternsResult::kBusiestDayCount));
  for (std::size_t i = 0; i < result->busiestDays.size(); ++i)
  {
    CHECK(result->busiestDays[i].key == days[i].first);
    CHECK(result->busiestDays[i].count == days[i].second);
  }

  // Busiest hours and weekdays by average per occurrence, occurrences counted with QTimeZone.
  const std::int64_t start = localToUtc(period.from(), QTime(0, 0));
  const std::int64_t end = localToUtc(period.to().addDays(1), QTime(0, 0));
  int hourOccurrences[24] = {};
  for (std::int64_t t = start; t < end; t += 3600)
    ++hourOccurrences[QDateTime::fromSecsSinceEpoch(t, QTimeZone(QByteArrayLiteral("Europe/Stockholm"))).time().hour()];
  int weekdayOccurrences[7] = {};
  for (QDate d = period.from(); d <= period.to(); d = d.addDays(1))
    ++weekdayOccurrences[d.dayOfWeek() - 1];
  for (int h = 0; h < 24; ++h)
    CHECK(result->hourOccurrences[static_cast<std::size_t>(h)] == hourOccurrences[h]);
  for (int w = 0; w < 7; ++w)
    CHECK(result->weekdayOccurrences[static_cast<std::size_t>(w)] == weekdayOccurrences[w]);
  REQUIRE(result->busiestHours.size() == 24);
  REQUIRE(result->busiestWeekdays.size() == 7);
  const auto hourAverage = [&](int h) { return hourOccurrences[h] ? double(hourSum[h]) / hourOccurrences[h] : 0.0; };
  const auto weekdayAverage = [&](int w)
  { return weekdayOccurrences[w - 1] ? double(weekdaySum[w - 1]) / weekdayOccurrences[w - 1] : 0.0; };
  for (std::size_t i = 1; i < 24; ++i)
  {
    const int previous = result->busiestHours[i - 1];
    const int current = result->busiestHours[i];
    CHECK((hourAverage(previous) > hourAverage(current) || (hourAverage(previous) == hourAverage(current) && previous < current)));
  }
  for (std::size_t i = 1; i < 7; ++i)
  {
    const int previous = result->busiestWeekdays[i - 1];
    const int current = result->busiestWeekdays[i];
    CHECK(
      (weekdayAverage(previous) > weekdayAverage(current) || (weekdayAverage(previous) == weekdayAverage(current) && previous < current)));
  }
}
} // namespace

TEST_CASE("Patterns equal brute-force counts with QTimeZone local times", "[analysis][patterns]")
{
  const std::vector<Incident> incidents = syntheticIncidents(8000, QDate(2019, 12, 1), QDate(2021, 12, 31));
  IncidentFilter crimesInEvenings;
  crimesInEvenings.kind = IncidentKind::Crime;
  crimesInEvenings.hours = *IncidentFilter::parseHours(QStringLiteral("18-02"));
  IncidentFilter weekendsInCentre;
  weekendsInCentre.weekdays = {6, 7};
  weekendsInCentre.areas = QStringList{QStringLiteral("centrum")};
  for (const IncidentFilter &filter : {IncidentFilter::all(), crimesInEvenings, weekendsInCentre})
  {
    checkPatterns(incidents, filter, range("2020-01-01..2020-12-31")); // leap year, both DST changes
    checkPatterns(incidents, filter, range("2020-02-27..2020-03-02")); // leap day
    checkPatterns(incidents, filter, range("2021-10-30..2021-11-01")); // autumn DST
    checkPatterns(incidents, filter, range("2019-12-15..2021-01-15"));
  }
}

TEST_CASE("Patterns of an empty period and of a filter that matches nothing", "[analysis][patterns]")
{
  const std::vector<Incident> incidents = syntheticIncidents(300, QDate(2020, 1, 1), QDate(2020, 12, 31));
  const MemoryIncidents queries(incidents);
  IncidentFilter nothing;
  nothing.sources = QStringList{QStringLiteral("ingen")};
  for (const auto &[filter, period] :
       {std::pair{IncidentFilter::all(), range("2019-03-01..2019-05-31")}, std::pair{nothing, range("2020-01-01..2020-12-31")}})
  {
    const auto result = TimePatterns::compute(queries, filter, period);
    REQUIRE(result.ok());
    CHECK(result->total == 0);
    CHECK(result->categories.empty());
    CHECK(result->sources.empty());
    CHECK(result->busiestDays.empty());
    CHECK(result->busiestHours.front() == 0); // all ties: natural order
    CHECK(result->busiestWeekdays.front() == 1);
    for (const KeyCount &month : result->months)
      CHECK(month.count == 0);
    checkPatterns(incidents, filter, period);
  }
}

TEST_CASE("An autumn DST day puts both 02:30s in hour 2, which occurs twice", "[analysis][patterns][dst]")
{
  std::vector<Incident> incidents;
  const std::int64_t first = QDateTime(QDate(2021, 10, 31), QTime(0, 30), Qt::UTC).toSecsSinceEpoch(); // 02:30 CEST
  incidents.push_back(makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), {}, first));
  incidents.push_back(makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), {}, first + 3600));
  incidents.push_back(
    makeIncident(IncidentKind::Crime, QStringLiteral("stold"), QStringLiteral("polisen"), {}, QDate(2021, 10, 31), QTime(18, 0)));
  const MemoryIncidents queries(incidents);
  const auto result = TimePatterns::compute(queries, IncidentFilter::all(), range("2021-10-31"));
  REQUIRE(result.ok());
  CHECK(result->total == 3);
  CHECK(result->hourByWeekday[6][2] == 2); // Sunday 02
  CHECK(result->hourOccurrences[2] == 2);
  CHECK(result->hourAverage(2) == 1.0);
  CHECK(result->hourAverage(18) == 1.0);
  CHECK(result->busiestHours[0] == 2); // tie at 1.0 per occurrence: earlier hour first
  CHECK(result->busiestHours[1] == 18);
  CHECK(result->busiestWeekdays[0] == 7);
  REQUIRE(result->categories.size() == 2);
  CHECK(result->categories[0].key == QStringLiteral("klotter"));
  CHECK(result->categories[0].count == 2);
  REQUIRE(result->busiestDays.size() == 1);
  CHECK(result->busiestDays[0].key == QStringLiteral("2021-10-31"));
  checkPatterns(incidents, IncidentFilter::all(), range("2021-10-31"));
}
