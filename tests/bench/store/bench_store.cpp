// bench_store [COUNT] [DIR]: inserts COUNT (default 1,000,000) synthetic, time-ordered
// incidents over 2019-2023 into a new store in one insertBatch (R-tree maintained), prints the
// time and the file size, then times filtered queries on that store — among them the issue's
// "one year, three categories, hours 18-02" count.
#include "store/geopackage/geopackagestore.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <random>
#include <vector>

using namespace lagesbild;

namespace
{
std::vector<Incident> syntheticIncidents(int count, const std::vector<Category> &categories, const std::vector<Source> &sources)
{
  std::mt19937_64 rng(2021);
  const std::int64_t start = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
  const std::int64_t end = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
  std::uniform_int_distribution<std::int64_t> when(start, end - 1);
  std::vector<std::int64_t> times(static_cast<std::size_t>(count));
  for (auto &t : times)
    t = when(rng);
  std::sort(times.begin(), times.end()); // imports arrive roughly in time order

  // Town-like clustering around a few centres in Kungsör (EPSG:3006).
  const double centres[][2] = {{555300, 6596300}, {555900, 6595800}, {554700, 6596900}, {556400, 6597200}, {553800, 6595100}};
  std::normal_distribution<double> spread(0.0, 350.0);
  std::uniform_int_distribution<int> pick(0, 1 << 30);
  QStringList addresses;
  for (int i = 0; i < 500; ++i)
    addresses.append(QStringLiteral("Gatan %1").arg(i));
  std::vector<Incident> out(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i)
  {
    Incident &incident = out[static_cast<std::size_t>(i)];
    const Category &category = categories[static_cast<std::size_t>(pick(rng)) % categories.size()];
    incident.kind = category.kind;
    incident.category = category.code;
    incident.source = sources[static_cast<std::size_t>(pick(rng)) % sources.size()].code;
    const auto &centre = centres[pick(rng) % 5];
    incident.x = centre[0] + spread(rng);
    incident.y = centre[1] + spread(rng);
    incident.occurredFrom = times[static_cast<std::size_t>(i)];
    if (pick(rng) % 2 == 0)
      incident.occurredTo = incident.occurredFrom + 1800;
    incident.address = addresses.at(pick(rng) % addresses.size());
    if (pick(rng) % 10 < 6)
      incident.externalId = QString::number(i);
  }
  return out;
}

double timeMs(const std::function<void()> &work, int repeats = 5)
{
  std::vector<double> runs;
  for (int r = 0; r < repeats; ++r)
  {
    QElapsedTimer timer;
    timer.start();
    work();
    runs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
  }
  std::sort(runs.begin(), runs.end());
  return runs[runs.size() / 2];
}

double cpuMs()
{
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

qint64 storeBytes(const QString &path)
{
  return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000000;
  QTemporaryDir temporary;
  const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path();
  const QString path = dir + QStringLiteral("/bench_store.gpkg");
  for (const char *suffix : {"", "-wal", "-shm"})
    QFile::remove(path + QString::fromLatin1(suffix));

  auto created = GeoPackageStore::create(path);
  if (!created)
  {
    std::fprintf(stderr, "%s\n", created.error().toString().toLocal8Bit().constData());
    return 1;
  }
  std::unique_ptr<IncidentStore> store = std::move(created.value());
  StockholmTime::instance(); // build the zone table outside the timing
  const auto incidents = syntheticIncidents(count, store->categories().value(), store->sources().value());

  QElapsedTimer timer;
  timer.start();
  const double cpuBefore = cpuMs();
  const auto summary = store->insertBatch(incidents, {});
  const double insertMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  const double insertCpuMs = cpuMs() - cpuBefore;
  if (!summary)
  {
    std::fprintf(stderr, "%s\n", summary.error().toString().toLocal8Bit().constData());
    return 1;
  }
  std::printf("insertBatch: %lld incidents in %.0f ms wall, %.0f ms CPU (%.0f per second wall), R-tree packed\n",
              static_cast<long long>(summary->inserted), insertMs, insertCpuMs, 1000.0 * static_cast<double>(summary->inserted) / insertMs);
  if (qEnvironmentVariableIsSet("BENCH_INSERT_ONLY"))
    return 0;
  std::printf("file size after insert: %.1f MB (main file + WAL)\n", static_cast<double>(storeBytes(path)) / 1e6);
  store.reset(); // closing checkpoints the WAL into the file
  std::printf("file size after close: %.1f MB\n", static_cast<double>(QFileInfo(path).size()) / 1e6);
  store = std::move(GeoPackageStore::open(path).value());

  IncidentFilter evening;
  evening.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 31));
  evening.categories = QStringList{QStringLiteral("klotter"), QStringLiteral("skadegorelse"), QStringLiteral("brott_skadegorelse")};
  evening.hours = IncidentFilter::parseHours(QStringLiteral("18-02")).value();
  std::int64_t result = 0;
  timer.restart();
  result = store->count(evening).value();
  std::printf("count (2021, 3 categories, hours 18-02): %lld incidents, first run %.2f ms\n", static_cast<long long>(result),
              static_cast<double>(timer.nsecsElapsed()) / 1e6);
  std::printf("count (2021, 3 categories, hours 18-02): median of 5 runs %.2f ms\n",
              timeMs([&] { result = store->count(evening).value(); }));

  IncidentFilter year;
  year.period = evening.period;
  year.kind = IncidentKind::Report;
  std::printf("count (2021, kind report): %.2f ms\n", timeMs([&] { result = store->count(year).value(); }));
  std::printf("countBy weekday x hour (2021, kind report): %.2f ms\n",
              timeMs(
                [&] {
                  result = static_cast<std::int64_t>(store->countBy(year, {GroupField::Weekday, GroupField::Hour}).value().size());
                }));
  std::printf("countBy category (2021, both kinds): %.2f ms\n",
              timeMs(
                [&]
                {
                  IncidentFilter both;
                  both.period = evening.period;
                  result = static_cast<std::int64_t>(store->countBy(both, {GroupField::Category}).value().size());
                }));
  IncidentFilter box;
  box.bbox = BoundingBox{555000, 6596000, 555600, 6596600};
  const double boxMs = timeMs([&] { result = static_cast<std::int64_t>(store->points(box).value().size()); });
  std::printf("points in a 600 m box (all time): %.2f ms (%lld points)\n", boxMs, static_cast<long long>(result));
  const double yearMs = timeMs([&] { result = static_cast<std::int64_t>(store->points(year).value().size()); }, 3);
  std::printf("points (2021, kind report): %.2f ms (%lld points)\n", yearMs, static_cast<long long>(result));

  timer.restart();
  const auto again = store->insertBatch(incidents, {});
  std::printf("re-inserting the same %d incidents: %lld duplicates, %lld inserted, %.0f ms\n", count,
              static_cast<long long>(again.value().duplicates), static_cast<long long>(again.value().inserted),
              static_cast<double>(timer.nsecsElapsed()) / 1e6);
  return 0;
}
