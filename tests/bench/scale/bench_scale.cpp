// bench_scale: a store at a police region's scale, written and grown in batches.
//   bench_scale [--scale N] [--more N] [--dir DIR] [--keep] [--year Y] [--from STORE [--runs N]]
// 1. Writes the Kungsör demo at scale N (default 2300: about 10 million incidents) into a new store
//    in DIR, in the demo's batches of 2^20, printing each batch's insertBatch time (the R-tree and
//    the key blocks grow with each batch, so a later batch costing as much as the first shows
//    that a batch's cost follows the batch, not the store) and the whole time with generation.
// 2. Adds N more (default 1,000,000) incidents of year Y in one batch, as a year's import: by default
//    2023, the year after the demo's last (new rows append to the time index); a year inside the
//    demo's period (2019-2022) inserts them among the store's.
// 3. Reads every point and one year's (IncidentStore::points from the table's geometries, and
//    pointsForDensity from the R-tree's leaves), the filtered count and a comparison of two
//    years by category, on the grown store.
// Prints the store's bytes per incident and the process's peak memory. Never fails on time.
// --from STORE skips step 1: step 2 runs on a copy of STORE (a store step 1 kept with --keep and
// --more 0), --runs times (default 1), each on a fresh copy in a quiet file system, printing each
// run and the median (the machine is shared: one run of a write that ends in an fsync says little).
// Each run starts with the process's memory as a new `lagesbild-cli import` finds it only in the
// first run; the page faults each run takes are printed (on a virtual machine, where a fault costs
// microseconds, fresh memory is part of a write's time).
#include "common/feedback.h"
#include "demo/demoaddressregister.h"
#include "demo/demogenerator.h"
#include "store/geopackage/geopackagestore.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <random>
#include <vector>

using namespace lagesbild;
using namespace lagesbild::demo;

namespace
{
double seconds(const QElapsedTimer &timer)
{
  return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

//! Minor page faults of the process so far.
long pageFaults()
{
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_minflt;
}

double peakMegabytes()
{
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

//! The best of a few runs, in milliseconds (the machine is shared).
double bestMs(const std::function<void()> &work, int repeats = 3)
{
  double best = 1e300;
  for (int r = 0; r < repeats; ++r)
  {
    QElapsedTimer timer;
    timer.start();
    work();
    best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e6);
  }
  return best;
}

//! count incidents of one year, clustered in the demo's town, as a year's import.
std::vector<Incident> yearIncidents(std::size_t count, int year, const std::vector<Category> &categories,
                                    const std::vector<Source> &sources, double x, double y)
{
  std::mt19937_64 rng(static_cast<std::uint64_t>(year));
  const std::int64_t start = QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
  const std::int64_t end = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
  std::uniform_int_distribution<std::int64_t> when(start, end - 1);
  std::normal_distribution<double> spread(0.0, 600.0);
  std::uniform_int_distribution<std::size_t> pick(0, 1U << 30);
  std::vector<Incident> out(count);
  for (std::size_t i = 0; i < count; ++i)
  {
    Incident &incident = out[i];
    const Category &category = categories[pick(rng) % categories.size()];
    incident.kind = category.kind;
    incident.category = category.code;
    incident.source = sources[pick(rng) % sources.size()].code;
    incident.x = x + spread(rng);
    incident.y = y + spread(rng);
    incident.occurredFrom = when(rng);
    incident.address = QStringLiteral("Drottninggatan %1").arg(pick(rng) % 60);
    incident.externalId = QStringLiteral("year-%1-%2").arg(year).arg(i);
  }
  return out;
}

//! Copies from to to, then flushes every file system (the copy, and whatever an earlier step left
//! to the kernel's writeback), so that a timed write's fsync at commit flushes only what the write
//! itself changed.
bool copyFlushed(const QString &from, const QString &to)
{
  std::error_code error;
  std::filesystem::copy_file(from.toStdString(), to.toStdString(), std::filesystem::copy_options::overwrite_existing, error);
  if (error)
  {
    std::fprintf(stderr, "cannot copy %s: %s\n", qPrintable(from), error.message().c_str());
    return false;
  }
  ::sync();
  return true;
}

//! Step 2: a year's incidents (more) in one batch into store, which holds existing ones; prints
//! the time, its phases and the page faults, and returns the seconds, negative on failure.
double addYear(IncidentStore &store, std::size_t more, int year, std::int64_t existing, std::int64_t &inserted)
{
  const auto categories = store.categories().value();
  const auto sources = store.sources().value();
  const auto incidents = yearIncidents(more, year, categories, sources, 554000.0, 6581000.0);
  const long faultsBefore = pageFaults();
  QElapsedTimer timer;
  timer.start();
  // Where the batch's time goes, from its progress: the rows (to 80 %), the day summary and the
  // de-duplication key blocks (to 90 %), the R-tree (to 99 %), the commit (to 100 %).
  double phaseEnds[4] = {0.0, 0.0, 0.0, 0.0};
  Feedback phases(
    [&](double percent)
    {
      const double at = seconds(timer);
      for (const auto &[index, threshold] : {std::pair{0, 80.0}, std::pair{1, 90.0}, std::pair{2, 99.0}, std::pair{3, 100.0}})
        if (percent >= threshold && phaseEnds[index] == 0.0)
          phaseEnds[index] = at;
    });
  const auto added = store.insertBatch(incidents, {}, &phases);
  if (!added)
  {
    std::fprintf(stderr, "%s\n", qPrintable(added.error().toString()));
    return -1.0;
  }
  const double addSeconds = seconds(timer);
  inserted = added->inserted;
  std::printf("add %lld of %d into %lld: insertBatch %.2f s (rows %.2f s, day summary and keys %.2f s, R-tree %.2f s, "
              "commit %.2f s); "
              "%ld page faults; peak memory %.0f MB\n",
              static_cast<long long>(added->inserted), year, static_cast<long long>(existing), addSeconds, phaseEnds[0],
              phaseEnds[1] - phaseEnds[0], phaseEnds[2] - phaseEnds[1], addSeconds - phaseEnds[2], pageFaults() - faultsBefore,
              peakMegabytes());
  std::fflush(stdout);
  return addSeconds;
}

//! --from: step 2 alone, runs times on fresh copies of source; prints the median.
int addToCopies(const QString &source, const QString &path, std::size_t more, int year, int runs)
{
  std::vector<double> times;
  for (int run = 0; run < runs; ++run)
  {
    for (const char *suffix : {"-wal", "-shm", "-journal"})
      QFile::remove(path + QLatin1String(suffix));
    if (!copyFlushed(source, path))
      return 1;
    auto opened = GeoPackageStore::open(path);
    if (!opened)
    {
      std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
      return 1;
    }
    std::unique_ptr<IncidentStore> store = std::move(opened.value());
    const std::int64_t existing = store->count(IncidentFilter::all()).value();
    std::int64_t inserted = 0;
    const double s = addYear(*store, more, year, existing, inserted);
    if (s < 0)
      return 1;
    times.push_back(s);
  }
  std::sort(times.begin(), times.end());
  std::printf("add, %d runs: median %.2f s, best %.2f s, worst %.2f s\n", runs, times[times.size() / 2], times.front(), times.back());
  for (const char *suffix : {"", "-wal", "-shm", "-journal"})
    QFile::remove(path + QLatin1String(suffix));
  return 0;
}
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  int scale = 2300;
  std::size_t more = 1000000;
  QString dir;
  bool keep = false;
  QString from;
  int runs = 1;
  int addedYear = 2023;
  const QStringList args = QCoreApplication::arguments();
  for (int i = 1; i < args.size(); ++i)
  {
    if (args.at(i) == QLatin1String("--scale") && i + 1 < args.size())
      scale = args.at(++i).toInt();
    else if (args.at(i) == QLatin1String("--more") && i + 1 < args.size())
      more = args.at(++i).toULong();
    else if (args.at(i) == QLatin1String("--dir") && i + 1 < args.size())
      dir = args.at(++i);
    else if (args.at(i) == QLatin1String("--keep"))
      keep = true;
    else if (args.at(i) == QLatin1String("--year") && i + 1 < args.size())
      addedYear = args.at(++i).toInt();
    else if (args.at(i) == QLatin1String("--from") && i + 1 < args.size())
      from = args.at(++i);
    else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
      runs = std::max(1, args.at(++i).toInt());
    else
    {
      std::fprintf(stderr, "usage: bench_scale [--scale N] [--more N] [--dir DIR] [--keep] [--year Y] [--from STORE [--runs N]]\n");
      return 2;
    }
  }
  QTemporaryDir temporary;
  // --from works on a copy under another name, so that its source may lie in the same folder.
  const QString path = (dir.isEmpty() ? temporary.path() : dir) +
                       (from.isEmpty() ? QStringLiteral("/bench-scale.gpkg") : QStringLiteral("/bench-scale-copy.gpkg"));
  for (const char *suffix : {"", "-wal", "-shm", "-journal"})
    QFile::remove(path + QLatin1String(suffix));
  if (!from.isEmpty())
  {
    StockholmTime::instance();
    return addToCopies(from, path, more, addedYear, runs);
  }

  DemoOptions options;
  options.scale = scale;
  auto generator = DemoGenerator::create(options);
  auto created = GeoPackageStore::create(path);
  if (!generator || !created)
  {
    std::fprintf(stderr, "cannot start: %s\n", qPrintable((!generator ? generator.error() : created.error()).toString()));
    return 1;
  }
  std::unique_ptr<IncidentStore> store = std::move(created.value());
  StockholmTime::instance();
  for (const Area &area : generator->areas())
    if (!store->upsertArea(area))
      return 1;
  if (!store->replaceAddresses(DemoAddressRegister::build(generator->places()), QStringLiteral("bench")))
    return 1;

  std::printf("bench_scale: demo scale %d, %lld incidents planned\n", scale, static_cast<long long>(generator->plannedCount()));
  QElapsedTimer whole;
  whole.start();
  double insertSeconds = 0.0;
  std::int64_t written = 0;
  int batch = 0;
  std::optional<Error> failure;
  const auto generated = generator->generate(
    [&](std::vector<Incident> &chunk)
    {
      QElapsedTimer timer;
      timer.start();
      const auto summary = store->insertBatch(chunk, {});
      if (!summary)
      {
        failure = summary.error();
        return false;
      }
      const double s = seconds(timer);
      insertSeconds += s;
      written += summary->inserted;
      std::printf("  batch %2d: %8lld into %9lld  insertBatch %6.2f s\n", ++batch, static_cast<long long>(summary->inserted),
                  static_cast<long long>(written - summary->inserted), s);
      std::fflush(stdout);
      return true;
    },
    std::size_t(1) << 20);
  if (failure || !generated)
  {
    std::fprintf(stderr, "%s\n", qPrintable((failure ? *failure : generated.error()).toString()));
    return 1;
  }
  const double wholeSeconds = seconds(whole);
  std::printf("write %lld: insertBatch total %.2f s; with the demo's generation %.2f s; peak memory %.0f MB\n",
              static_cast<long long>(written), insertSeconds, wholeSeconds, peakMegabytes());

  // 2. A year's million in one batch.
  std::int64_t inserted = 0;
  if (addYear(*store, more, addedYear, written, inserted) < 0)
    return 1;
  const std::int64_t total = written + inserted;
  store.reset();
  std::printf("store file %.0f MB: %.1f bytes per incident\n", static_cast<double>(QFileInfo(path).size()) / 1e6,
              static_cast<double>(QFileInfo(path).size()) / static_cast<double>(total));
  store = std::move(GeoPackageStore::open(path).value());

  // 3. Reading on the grown store.
  std::size_t points = 0;
  const double allMs = bestMs([&] { points = store->points(IncidentFilter::all()).value().size(); });
  std::printf("points, all: %zu in %.0f ms (%.1f M points/s)\n", points, allMs, static_cast<double>(points) / allMs / 1e3);
  IncidentFilter year;
  year.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 31));
  const double yearMs = bestMs([&] { points = store->points(year).value().size(); });
  std::printf("points, 2021: %zu in %.0f ms (%.1f M points/s)\n", points, yearMs, static_cast<double>(points) / yearMs / 1e3);
  const double densityAllMs = bestMs([&] { points = store->pointsForDensity(IncidentFilter::all()).value().size(); });
  std::printf("points for density (R-tree leaves), all: %zu in %.0f ms (%.1f M points/s)\n", points, densityAllMs,
              static_cast<double>(points) / densityAllMs / 1e3);
  const double densityYearMs = bestMs([&] { points = store->pointsForDensity(year).value().size(); });
  std::printf("points for density (R-tree leaves), 2021: %zu in %.0f ms (%.1f M points/s)\n", points, densityYearMs,
              static_cast<double>(points) / densityYearMs / 1e3);

  IncidentFilter evening;
  evening.period = year.period;
  evening.categories = QStringList{QStringLiteral("klotter"), QStringLiteral("skadegorelse"), QStringLiteral("brott_skadegorelse")};
  evening.hours = IncidentFilter::parseHours(QStringLiteral("18-02")).value();
  std::int64_t counted = 0;
  const double countMs = bestMs([&] { counted = store->count(evening).value(); });
  std::printf("filtered count (2021, 3 categories, hours 18-02): %lld in %.1f ms\n", static_cast<long long>(counted), countMs);
  IncidentFilter a;
  a.period = DateRange(QDate(2020, 1, 1), QDate(2020, 12, 12));
  a.kind = IncidentKind::Crime;
  IncidentFilter b = a;
  b.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 12));
  std::size_t groups = 0;
  const double compareMs = bestMs(
    [&]
    {
      groups = store->countBy(a, {GroupField::Category}).value().size();
      groups += store->countBy(b, {GroupField::Category}).value().size();
    });
  std::printf("compare by category (crimes 2020 vs 2021, two countBy): %zu groups in %.1f ms\n", groups, compareMs);
  if (!keep)
  {
    store.reset();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
      QFile::remove(path + QLatin1String(suffix));
  }
  return 0;
}
