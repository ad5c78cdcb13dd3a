// bench_analysis: times PeriodComparison and TimePatterns in-process on a store of ~1M incidents,
// after the store is open (targets: compare by category ≤ 100 ms, patterns ≤ 200 ms).
//   bench_analysis [STORE] [--scale N] [--runs N]
// Without STORE it writes the Kungsör demo at --scale (default 230 ≈ 1.0M incidents) into a
// temporary folder first. Also times the single store queries the analysis issues, so a slow
// one can be named. Prints figures; never fails on time.
#include "analysis/periodcomparison.h"
#include "analysis/timepatterns.h"
#include "store/geopackage/geopackagestore.h"
#ifdef LAGESBILD_BENCH_HAVE_DEMO
#include "demo/demostorewriter.h"
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace lagesbild;

namespace
{
DateRange range(const char *text)
{
  return DateRange::parse(QString::fromLatin1(text)).value();
}

double processCpuMs()
{
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

//! Runs work `runs` times; prints the minimum and median wall time and the median CPU time in ms
//! (CPU time shows the cost when other processes share the cores).
void time(const char *label, int runs, const std::function<bool()> &work)
{
  std::vector<double> wall;
  std::vector<double> cpu;
  for (int i = 0; i < runs; ++i)
  {
    QElapsedTimer timer;
    const double cpuStart = processCpuMs();
    timer.start();
    if (!work())
    {
      std::printf("%-58s FAILED\n", label);
      return;
    }
    wall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    cpu.push_back(processCpuMs() - cpuStart);
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  std::printf("%-58s wall min %7.1f median %7.1f ms | cpu median %7.1f ms\n", label, wall.front(), wall[wall.size() / 2],
              cpu[cpu.size() / 2]);
  std::fflush(stdout);
}
//! Replays the store's answers from memory, so the analysis code alone can be timed. The key
//! covers what the benchmark varies (period, kind, hours, weekdays, fields).
class CachedQueries final : public IncidentQueries
{
  public:
    explicit CachedQueries(const IncidentQueries &inner) : mInner(inner) {}

    Result<std::int64_t> count(const IncidentFilter &filter) const override
    {
      const QString key = keyOf(filter, {});
      if (!mCounts.contains(key))
      {
        const auto n = mInner.count(filter);
        if (!n)
          return n.error();
        mCounts.insert(key, *n);
      }
      return mCounts.value(key);
    }
    Result<std::vector<GroupCount>> countBy(const IncidentFilter &filter, const std::vector<GroupField> &fields) const override
    {
      const QString key = keyOf(filter, fields);
      if (!mGroups.contains(key))
      {
        const auto groups = mInner.countBy(filter, fields);
        if (!groups)
          return groups.error();
        mGroups.insert(key, *groups);
      }
      return mGroups.value(key);
    }
    Result<std::vector<PointXY>> points(const IncidentFilter &filter) const override { return mInner.points(filter); }

  private:
    static QString keyOf(const IncidentFilter &filter, const std::vector<GroupField> &fields)
    {
      QString key = filter.period ? filter.period->toString() : QString();
      key += QLatin1Char('|') + (filter.kind ? kindCode(*filter.kind) : QString());
      for (const int h : filter.hours)
        key += QStringLiteral("h%1").arg(h);
      for (const int w : filter.weekdays)
        key += QStringLiteral("w%1").arg(w);
      for (const GroupField f : fields)
        key += QStringLiteral("f%1").arg(static_cast<int>(f));
      return key;
    }

    const IncidentQueries &mInner;
    mutable QHash<QString, std::int64_t> mCounts;
    mutable QHash<QString, std::vector<GroupCount>> mGroups;
};
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  QString storePath;
  int scale = 230;
  int runs = 7;
  const QStringList arguments = app.arguments();
  for (int i = 1; i < arguments.size(); ++i)
  {
    if (arguments[i] == QLatin1String("--scale") && i + 1 < arguments.size())
      scale = arguments[++i].toInt();
    else if (arguments[i] == QLatin1String("--runs") && i + 1 < arguments.size())
      runs = std::max(1, arguments[++i].toInt());
    else
      storePath = arguments[i];
  }

  QTemporaryDir folder;
  if (storePath.isEmpty() || !QFileInfo::exists(storePath))
  {
#ifdef LAGESBILD_BENCH_HAVE_DEMO
    if (storePath.isEmpty())
      storePath = folder.filePath(QStringLiteral("bench.gpkg"));
    std::printf("Writing the demo at scale %d to %s …\n", scale, qPrintable(storePath));
    std::fflush(stdout);
    demo::DemoOptions options;
    options.scale = scale;
    const auto written = demo::DemoStoreWriter::write(storePath, options);
    if (!written)
    {
      std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(written.error().toString()));
      return 1;
    }
    std::printf("  %lld crimes + %lld reports in %.1f s\n", static_cast<long long>(written->crimes),
                static_cast<long long>(written->reports), written->seconds);
#else
    std::fprintf(stderr, "bench_analysis: give an existing STORE (built without the demo generator)\n");
    return 2;
#endif
  }

  const auto store = GeoPackageStore::open(storePath);
  if (!store)
  {
    std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(store.error().toString()));
    return 1;
  }
  const IncidentStore &queries = **store;
  const auto total = queries.count(IncidentFilter::all());
  std::printf("Store %s: %lld incidents; %d runs each\n\n", qPrintable(storePath), static_cast<long long>(total.ok() ? *total : -1), runs);

  const DateRange a = range("2020-01-01..2020-12-12");
  const DateRange b = range("2021-01-01..2021-12-12");
  const DateRange year = range("2021-01-01..2021-12-31");
  IncidentFilter crimes;
  crimes.kind = IncidentKind::Crime;
  IncidentFilter all;
  IncidentFilter evenings;
  evenings.hours = *IncidentFilter::parseHours(QStringLiteral("18-02"));
  evenings.weekdays = {5, 6};

  std::int64_t sink = 0;
  auto compare = [&](const IncidentFilter &filter, std::optional<GroupField> by)
  {
    return [&, filter, by]()
    {
      const auto result = PeriodComparison::compare(queries, filter, a, b, by);
      if (result)
        sink += result->a.total + static_cast<std::int64_t>(result->rows.size());
      return result.ok();
    };
  };
  auto patterns = [&](const IncidentFilter &filter, const DateRange &period)
  {
    return [&, filter, period]()
    {
      const auto result = TimePatterns::compute(queries, filter, period);
      if (result)
        sink += result->total;
      return result.ok();
    };
  };

  std::printf("PeriodComparison (A 2020-01-01..2020-12-12, B 2021-01-01..2021-12-12)\n");
  time("compare, crimes, by category            [target 100 ms]", runs, compare(crimes, GroupField::Category));
  time("compare, all kinds, by category", runs, compare(all, GroupField::Category));
  time("compare, all kinds, totals only", runs, compare(all, std::nullopt));
  time("compare, all kinds, by source", runs, compare(all, GroupField::Source));
  time("compare, all kinds, by area", runs, compare(all, GroupField::Area));
  time("compare, all kinds, by hour", runs, compare(all, GroupField::Hour));
  time("compare, all kinds, by weekday", runs, compare(all, GroupField::Weekday));
  time("compare, all kinds, by month", runs, compare(all, GroupField::Month));
  time("compare, Fri+Sat 18-02, by category", runs, compare(evenings, GroupField::Category));

  std::printf("\nTimePatterns\n");
  time("patterns, all kinds, 2021                 [target 200 ms]", runs, patterns(all, year));
  time("patterns, crimes, 2021", runs, patterns(crimes, year));
  time("patterns, all kinds, 2019-01-01..2022-06-30", runs, patterns(all, range("2019-01-01..2022-06-30")));

  std::printf("\nAnalysis code alone (store answers replayed from memory)\n");
  const CachedQueries cached(queries);
  auto cachedCompare = [&](const IncidentFilter &filter, std::optional<GroupField> by)
  { return [&, filter, by]() { return PeriodComparison::compare(cached, filter, a, b, by).ok(); }; };
  auto cachedPatterns = [&](const IncidentFilter &filter, const DateRange &period)
  { return [&, filter, period]() { return TimePatterns::compute(cached, filter, period).ok(); }; };
  time("compare, crimes, by category (analysis only)", runs + 1, cachedCompare(crimes, GroupField::Category));
  time("compare, all kinds, by hour (analysis only)", runs + 1, cachedCompare(all, GroupField::Hour));
  time("patterns, all kinds, 2021 (analysis only)", runs + 1, cachedPatterns(all, year));
  time("patterns, 2019-01-01..2022-06-30 (analysis only)", runs + 1, cachedPatterns(all, range("2019-01-01..2022-06-30")));

  std::printf("\nSingle store queries (the analysis issues these)\n");
  IncidentFilter allYear = all;
  allYear.period = year;
  IncidentFilter crimesA = crimes;
  crimesA.period = a;
  auto query = [&](const IncidentFilter &filter, std::vector<GroupField> fields)
  {
    return [&, filter, fields]()
    {
      const auto groups = queries.countBy(filter, fields);
      if (groups)
        sink += static_cast<std::int64_t>(groups->size());
      return groups.ok();
    };
  };
  time("countBy(crimes, A, {category})", runs, query(crimesA, {GroupField::Category}));
  time("count(crimes, A)", runs,
       [&]()
       {
         const auto n = queries.count(crimesA);
         sink += n.ok() ? *n : 0;
         return n.ok();
       });
  time("countBy(all, 2021, {day, hour})", runs, query(allYear, {GroupField::Day, GroupField::Hour}));
  time("countBy(all, 2021, {category, source})", runs, query(allYear, {GroupField::Category, GroupField::Source}));
  time("countBy(all, 2021, {weekday, hour})", runs, query(allYear, {GroupField::Weekday, GroupField::Hour}));
  time("countBy(all, 2021, {month})", runs, query(allYear, {GroupField::Month}));
  std::printf("\n(checksum %lld)\n", static_cast<long long>(sink));
  return 0;
}
