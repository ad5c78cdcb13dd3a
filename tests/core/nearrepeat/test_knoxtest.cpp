// The Knox test: observed tables equal base R's on 522 Chicago arsons (both distances), and
// the simulations (expected, ratio, p) equal a brute-force O(n²) Knox test replaying the same
// permutations — whatever the number of threads.
#include "nearrepeat/knoxexport.h"
#include "nearrepeat/knoxrandom.h"
#include "nearrepeat/knoxsummary.h"
#include "nearrepeat/knoxtest.h"
#include "time/stockholmtime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <mutex>
#include <random>

using namespace lagesbild;

namespace
{
const QString kReferenceDir = QStringLiteral(LAGESBILD_SOURCE_DIR "/../shared/data/nearrepeat/");

//! Noon local time of a date: its local day is the date.
std::int64_t noonOf(const QDate &date)
{
  return StockholmTime::instance().startOfDayUtc(date) + 12 * 3600;
}

std::vector<KnoxEvent> chicagoArsons()
{
  QFile file(kReferenceDir + QStringLiteral("chicago_arson.csv"));
  REQUIRE(file.open(QIODevice::ReadOnly));
  std::vector<KnoxEvent> events;
  while (!file.atEnd())
  {
    const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
    if (fields.size() != 3)
      continue;
    const QDate date = QDate::fromString(fields[2], Qt::ISODate);
    REQUIRE(date.isValid());
    events.push_back({fields[0].toDouble(), fields[1].toDouble(), noonOf(date)});
  }
  return events;
}

//! R's labels "[200,400)" / "[600,Inf)" → the lower bound.
double lowerBound(const QString &label)
{
  static const QRegularExpression pattern(QStringLiteral("^\\[([0-9.]+),"));
  const auto match = pattern.match(label);
  REQUIRE(match.hasMatch());
  return match.captured(1).toDouble();
}

//! (space from, time from) → observed count of the reference table.
std::map<std::pair<double, double>, std::int64_t> referenceTable(const QString &distance)
{
  QFile file(kReferenceDir + QStringLiteral("knox_observed_chicago_arson_%1.csv").arg(distance));
  REQUIRE(file.open(QIODevice::ReadOnly));
  file.readLine();
  std::map<std::pair<double, double>, std::int64_t> table;
  while (!file.atEnd())
  {
    const QString line = QString::fromUtf8(file.readLine()).trimmed().remove(QLatin1Char('"'));
    if (line.isEmpty())
      continue;
    const QStringList fields = line.split(QLatin1Char(','));
    REQUIRE(fields.size() == 5); // [a,b) splits in two
    table[{lowerBound(fields[0] + QLatin1Char(',') + fields[1]), lowerBound(fields[2] + QLatin1Char(',') + fields[3])}] =
      fields[4].toLongLong();
  }
  return table;
}

KnoxOptions options(const char *space, const char *time, int permutations, std::uint64_t seed)
{
  KnoxOptions result;
  result.spaceBands = KnoxBands::parse(QString::fromLatin1(space)).value();
  result.timeBands = KnoxBands::parse(QString::fromLatin1(time)).value();
  result.permutations = permutations;
  result.seed = seed;
  return result;
}

//! The Knox table of all n(n−1)/2 pairs, straight from the definitions.
std::vector<std::int64_t> bruteForceTable(const std::vector<KnoxEvent> &events, const std::vector<std::int64_t> &times,
                                          const KnoxOptions &options)
{
  const int timeCount = options.timeBands.count();
  std::vector<std::int64_t> table(static_cast<std::size_t>(options.spaceBands.count() * timeCount), 0);
  const double unit = options.timeDifference == KnoxTimeDifference::WholeDays ? 1.0 : 86400.0;
  for (std::size_t i = 0; i < events.size(); ++i)
  {
    for (std::size_t j = i + 1; j < events.size(); ++j)
    {
      const double dx = events[i].x - events[j].x;
      const double dy = events[i].y - events[j].y;
      const double d = options.distance == KnoxDistance::Euclidean ? std::sqrt(dx * dx + dy * dy) : std::fabs(dx) + std::fabs(dy);
      const double days = static_cast<double>(std::llabs(times[i] - times[j])) / unit;
      int s = 0;
      while (s + 1 < options.spaceBands.count() && d >= options.spaceBands.breaks()[static_cast<std::size_t>(s) + 1])
        ++s;
      int t = 0;
      while (t + 1 < timeCount && days >= options.timeBands.breaks()[static_cast<std::size_t>(t) + 1])
        ++t;
      ++table[static_cast<std::size_t>(s * timeCount + t)];
    }
  }
  return table;
}

std::vector<std::int64_t> timesOf(const std::vector<KnoxEvent> &events, KnoxTimeDifference difference)
{
  std::vector<std::int64_t> times;
  for (const KnoxEvent &event : events)
    times.push_back(difference == KnoxTimeDifference::WholeDays ? StockholmTime::instance().toLocal(event.time).dayNumber : event.time);
  return times;
}

//! Clustered incidents with near repeats: some follow-ups close in space and time to earlier ones.
std::vector<KnoxEvent> smallSet()
{
  std::mt19937 random(11);
  std::uniform_real_distribution<double> coordinate(0.0, 3000.0);
  std::uniform_int_distribution<std::int64_t> instant(0, 200LL * 86400);
  std::normal_distribution<double> near(0.0, 60.0);
  std::uniform_int_distribution<std::int64_t> soon(0, 5LL * 86400);
  const std::int64_t start = noonOf(QDate(2021, 3, 1));
  std::vector<KnoxEvent> events;
  for (int i = 0; i < 90; ++i)
    events.push_back({562000.0 + coordinate(random), 6587000.0 + coordinate(random), start + instant(random)});
  for (int i = 0; i < 30; ++i)
  {
    const KnoxEvent &origin = events[static_cast<std::size_t>(i * 3)];
    events.push_back({origin.x + near(random), origin.y + near(random), origin.time + soon(random)});
  }
  events.push_back(events[5]); // a repeat at the same place and time
  return events;
}
} // namespace

TEST_CASE("Knox observed counts equal base R's on the Chicago arsons", "[nearrepeat]")
{
  const std::vector<KnoxEvent> events = chicagoArsons();
  REQUIRE(events.size() == 522);
  for (const auto &[name, distance] : {std::pair{"euclidean", KnoxDistance::Euclidean}, std::pair{"manhattan", KnoxDistance::Manhattan}})
  {
    INFO(name);
    KnoxOptions knox = options("0,1,200,400,600", "0,1,2,3", 19, 1);
    knox.distance = distance;
    const auto result = KnoxTest::run(events, knox);
    REQUIRE(result.ok());
    CHECK(result->pairs == 522 * 521 / 2);
    const auto reference = referenceTable(QString::fromLatin1(name));
    REQUIRE(reference.size() == 20);
    REQUIRE(result->cells.size() == 20);
    std::int64_t sum = 0;
    for (const KnoxCell &cell : result->cells)
    {
      INFO("space from " << cell.spaceFrom << ", time from " << cell.timeFrom);
      CHECK(cell.observed == reference.at({cell.spaceFrom, cell.timeFrom}));
      sum += cell.observed;
    }
    CHECK(sum == result->pairs);
  }
}

TEST_CASE("Knox simulations equal a brute-force test with the same permutations", "[nearrepeat]")
{
  const std::vector<KnoxEvent> events = smallSet();
  const auto n = static_cast<std::uint32_t>(events.size());
  for (const KnoxTimeDifference difference : {KnoxTimeDifference::WholeDays, KnoxTimeDifference::Exact})
  {
    for (const KnoxDistance distance : {KnoxDistance::Euclidean, KnoxDistance::Manhattan})
    {
      KnoxOptions knox = options("0,1,50,100,200,400", "0,1,3,7,14", 99, 20211031);
      knox.distance = distance;
      knox.timeDifference = difference;
      if (difference == KnoxTimeDifference::Exact)
        knox.timeBands = KnoxBands::parse(QStringLiteral("0,0.5,2,7,14")).value();

      const std::vector<std::int64_t> times = timesOf(events, difference);
      const std::vector<std::int64_t> observed = bruteForceTable(events, times, knox);
      std::vector<std::int64_t> sums(observed.size(), 0);
      std::vector<std::int64_t> atLeast(observed.size(), 0);
      std::vector<std::uint32_t> permutation;
      for (int k = 0; k < knox.permutations; ++k)
      {
        KnoxRandom random(knox.seed, static_cast<std::uint64_t>(k));
        random.permutation(n, permutation);
        std::vector<KnoxEvent> shuffled = events;
        for (std::uint32_t i = 0; i < n; ++i)
          shuffled[i].time = events[permutation[i]].time;
        const std::vector<std::int64_t> simulated = bruteForceTable(shuffled, timesOf(shuffled, difference), knox);
        for (std::size_t c = 0; c < simulated.size(); ++c)
        {
          sums[c] += simulated[c];
          atLeast[c] += simulated[c] >= observed[c] ? 1 : 0;
        }
      }

      for (const int threads : {1, 2, 3})
      {
        knox.threads = threads;
        const auto result = KnoxTest::run(events, knox);
        REQUIRE(result.ok());
        REQUIRE(result->cells.size() == observed.size());
        bool anySignificant = false;
        for (std::size_t c = 0; c < observed.size(); ++c)
        {
          const KnoxCell &cell = result->cells[c];
          INFO("threads " << threads << ", cell " << c);
          CHECK(cell.observed == observed[c]);
          const double expected = static_cast<double>(sums[c]) / knox.permutations;
          CHECK(cell.expected == expected);
          CHECK(cell.pValue == static_cast<double>(atLeast[c] + 1) / (knox.permutations + 1));
          if (expected > 0.0)
            CHECK(*cell.ratio == static_cast<double>(observed[c]) / expected);
          else
            CHECK_FALSE(cell.ratio.has_value());
          CHECK(cell.significant == (cell.pValue <= 0.05 && static_cast<double>(cell.observed) > expected));
          anySignificant = anySignificant || cell.significant;
        }
        // The planted follow-ups make near repeats: within 100 m and 7 days is far above chance.
        CHECK(anySignificant);
        const auto zone = KnoxSummary::zone(*result);
        REQUIRE(zone.has_value());
        CHECK(zone->radius <= 200.0);
      }
    }
  }
}

TEST_CASE("Knox JSON has the documented cells, null for open bounds", "[nearrepeat]")
{
  const auto result = KnoxTest::run(smallSet(), options("0,1,100", "0,7", 9, 3));
  REQUIRE(result.ok());
  const QJsonObject json = QJsonDocument::fromJson(KnoxExport::json(*result)).object();
  CHECK(json.value(QStringLiteral("permutations")).toInt() == 9);
  const QJsonArray cells = json.value(QStringLiteral("cells")).toArray();
  REQUIRE(cells.size() == 6);
  const QJsonObject first = cells.at(0).toObject();
  CHECK(first.value(QStringLiteral("space_from")).toDouble() == 0.0);
  CHECK(first.value(QStringLiteral("space_to")).toDouble() == 1.0);
  CHECK(first.value(QStringLiteral("time_to")).toDouble() == 7.0);
  CHECK(cells.at(1).toObject().value(QStringLiteral("time_to")).isNull());
  CHECK(cells.at(5).toObject().value(QStringLiteral("space_to")).isNull());
  CHECK(first.value(QStringLiteral("observed")).toInt() == result->cells[0].observed);
  CHECK(first.value(QStringLiteral("p_value")).toDouble() == result->cells[0].pValue);
  const QByteArray csv = KnoxExport::csv(*result);
  CHECK(csv.startsWith("space_from,space_to,time_from,time_to,observed,expected,ratio,p_value,significant\n"));
  CHECK(csv.count('\n') == 7);
}

TEST_CASE("Knox test refuses bad options and can be cancelled", "[nearrepeat]")
{
  KnoxOptions knox = options("0,1,100", "0,7", 0, 1);
  CHECK_FALSE(KnoxTest::run(smallSet(), knox).ok());
  knox.permutations = 999;
  Feedback feedback;
  feedback.cancel();
  const auto cancelled = KnoxTest::run(smallSet(), knox, &feedback);
  REQUIRE_FALSE(cancelled.ok());
  CHECK(cancelled.error().code == ErrorCode::Cancelled);
}

TEST_CASE("Knox test reports its progress in steps, also with many permutations", "[nearrepeat]")
{
  for (const int permutations : {999, 20000})
  {
    KnoxOptions knox = options("0,1,100", "0,7", permutations, 1);
    std::mutex mutex;
    std::vector<double> reported;
    Feedback feedback(
      [&](double percent)
      {
        const std::lock_guard<std::mutex> lock(mutex);
        reported.push_back(percent);
      });
    REQUIRE(KnoxTest::run(smallSet(), knox, &feedback).ok());
    INFO(permutations << " permutations, " << reported.size() << " reports");
    // A progress bar that moves: hundreds of reports, the last at 100 %.
    CHECK(reported.size() >= 100);
    CHECK(reported.size() <= 600);
    CHECK(*std::max_element(reported.begin(), reported.end()) == 100.0);
  }
}
