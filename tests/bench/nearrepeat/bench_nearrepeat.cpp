// bench_nearrepeat: a Knox test of a year of a large city — 15,000 incidents over 25 × 20 km
// (half in 150 clusters of a few hundred metres, half scattered, some near repeats), space bands
// 0, 100 … 1,000 m and time bands 0, 7 … 70 days, 999 permutations. Prints the time and the pairs
// within the largest bands; target ≤ 2 s on two cores.
#include "nearrepeat/knoxtest.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>
#include <random>
#include <thread>

using namespace lagesbild;

namespace
{
constexpr int kIncidents = 15000;
constexpr double kWidth = 25000.0;
constexpr double kHeight = 20000.0;
constexpr int kClusters = 150;
constexpr std::int64_t kYearSeconds = 365LL * 86400;
constexpr std::int64_t kStart = 1609459200; // 2021-01-01T00:00:00Z

std::vector<KnoxEvent> city()
{
  std::mt19937_64 random(2021);
  std::uniform_real_distribution<double> x(0.0, kWidth);
  std::uniform_real_distribution<double> y(0.0, kHeight);
  std::uniform_int_distribution<std::int64_t> instant(0, kYearSeconds - 1);
  std::normal_distribution<double> spread(0.0, 300.0);
  std::normal_distribution<double> near(0.0, 80.0);
  std::uniform_int_distribution<std::int64_t> soon(0, 10LL * 86400);
  std::vector<std::pair<double, double>> centres;
  for (int c = 0; c < kClusters; ++c)
    centres.emplace_back(x(random), y(random));
  std::uniform_int_distribution<int> cluster(0, kClusters - 1);
  std::bernoulli_distribution repeat(0.1);
  std::vector<KnoxEvent> events;
  events.reserve(kIncidents);
  while (static_cast<int>(events.size()) < kIncidents)
  {
    if (!events.empty() && repeat(random))
    {
      const KnoxEvent &origin = events[std::uniform_int_distribution<std::size_t>(0, events.size() - 1)(random)];
      events.push_back({origin.x + near(random), origin.y + near(random), origin.time + soon(random)});
    }
    else if (events.size() % 2 == 0)
    {
      const auto &centre = centres[static_cast<std::size_t>(cluster(random))];
      events.push_back({562000.0 + centre.first + spread(random), 6570000.0 + centre.second + spread(random), kStart + instant(random)});
    }
    else
    {
      events.push_back({562000.0 + x(random), 6570000.0 + y(random), kStart + instant(random)});
    }
  }
  return events;
}
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  const std::vector<KnoxEvent> events = city();
  KnoxOptions options;
  options.spaceBands = KnoxBands::parse(QStringLiteral("0,100,200,300,400,500,600,700,800,900,1000")).value();
  options.timeBands = KnoxBands::parse(QStringLiteral("0,7,14,21,28,35,42,49,56,63,70")).value();
  options.permutations = 999;
  options.seed = 1;

  std::printf("Knox test: %d incidents, %d space x %d time bands (to 1000 m, 70 days), %d permutations, %u cores\n", kIncidents,
              options.spaceBands.count(), options.timeBands.count(), options.permutations, std::thread::hardware_concurrency());
  QElapsedTimer timer;
  timer.start();
  const std::clock_t cpuStart = std::clock();
  const auto result = KnoxTest::run(events, options);
  const qint64 elapsed = timer.elapsed();
  const double cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
  if (!result)
  {
    std::fprintf(stderr, "failed: %s\n", qPrintable(result.error().toString()));
    return 1;
  }
  std::printf("  all pairs: %lld\n", static_cast<long long>(result->pairs));
  std::printf("  pairs within 1000 m (walked by every permutation): %lld\n", static_cast<long long>(result->pairsWithinSpaceLimit));
  std::printf("  pairs within 1000 m and 70 days (observed): %lld\n", static_cast<long long>(result->pairsWithinLimits));
  std::printf("  time, all cores: %.3f s wall, %.3f s CPU over all threads (target <= 2 s wall)\n", static_cast<double>(elapsed) / 1000.0,
              cpuSeconds);
  std::printf("  (a shared machine: CPU time / cores is the wall time when nothing else runs)\n");

  options.threads = 1;
  timer.restart();
  const auto single = KnoxTest::run(events, options);
  const qint64 singleElapsed = timer.elapsed();
  bool same = single.ok() && single->cells.size() == result->cells.size();
  for (std::size_t c = 0; same && c < result->cells.size(); ++c)
    same = single->cells[c].pValue == result->cells[c].pValue && single->cells[c].expected == result->cells[c].expected;
  std::printf("  time, one thread: %.3f s; same result: %s\n", static_cast<double>(singleElapsed) / 1000.0, same ? "yes" : "NO");
  const KnoxCell &first = result->cell(0, 0);
  std::printf("  cell [0,100) m x [0,7) days: observed %lld, expected %.1f, ratio %.2f, p %.3f\n", static_cast<long long>(first.observed),
              first.expected, first.ratio.value_or(0.0), first.pValue);
  return same ? 0 : 1;
}
