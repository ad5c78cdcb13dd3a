// bench_demo: how fast the Kungsör demo is generated and written at scale.
//   bench_demo [--scale N] [--keep FILE]
// Prints the time to plan, to generate alone (incidents discarded), and to generate and write a
// new store through IncidentStore::insertBatch, per million incidents, and the seed's figures
// counted back from the written store. Default scale 230 (about 1 million incidents, the
// issue's target size); --scale 1000 writes about 4.4 million.
#include "demo/demofigures.h"
#include "demo/demogenerator.h"
#include "demo/demostorewriter.h"
#include "store/geopackage/geopackagestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace lagesbild;
using namespace lagesbild::demo;

namespace
{
double seconds(const QElapsedTimer &timer)
{
  return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

void printComparison(const IncidentStore &store, const char *label, const DemoAnchor &a, const DemoAnchor &b)
{
  IncidentFilter filter;
  filter.kind = a.kind;
  filter.period = a.period;
  QElapsedTimer timer;
  timer.start();
  const std::int64_t countA = store.count(filter).value();
  filter.period = b.period;
  const std::int64_t countB = store.count(filter).value();
  const double change = std::round(1000.0 * static_cast<double>(countB - countA) / static_cast<double>(countA)) / 10.0;
  std::printf("  %-16s %s: %lld  %s: %lld  change %lld (%.1f %%)  [two counts %.3f s]\n", label, qPrintable(a.period.toString()),
              static_cast<long long>(countA), qPrintable(b.period.toString()), static_cast<long long>(countB),
              static_cast<long long>(countB - countA), change, seconds(timer));
}
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  int scale = 230;
  QString keep;
  const QStringList args = QCoreApplication::arguments();
  for (int i = 1; i < args.size(); ++i)
  {
    if (args.at(i) == QLatin1String("--scale") && i + 1 < args.size())
      scale = args.at(++i).toInt();
    else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
      keep = args.at(++i);
    else
    {
      std::fprintf(stderr, "usage: bench_demo [--scale N] [--keep FILE]\n");
      return 2;
    }
  }

  DemoOptions options;
  options.scale = scale;
  QElapsedTimer timer;
  timer.start();
  const auto generator = DemoGenerator::create(options);
  if (!generator)
  {
    std::fprintf(stderr, "%s\n", qPrintable(generator.error().toString()));
    return 1;
  }
  const double planSeconds = seconds(timer);
  const auto planned = generator->plannedCount();
  const double millions = static_cast<double>(planned) / 1e6;

  timer.restart();
  std::int64_t generated = 0;
  const auto result = generator->generate(
    [&generated](std::vector<Incident> &chunk)
    {
      generated += static_cast<std::int64_t>(chunk.size());
      return true;
    });
  const double generateSeconds = seconds(timer);
  if (!result)
    return 1;

  std::printf("bench_demo: scale %d, %lld incidents (%lld crimes, %lld reports)\n", scale, static_cast<long long>(planned),
              static_cast<long long>(generator->plannedCount(IncidentKind::Crime)),
              static_cast<long long>(generator->plannedCount(IncidentKind::Report)));
  std::printf("  plan                 %7.3f s\n", planSeconds);
  std::printf("  generate only        %7.3f s   %6.3f s per million\n", generateSeconds, generateSeconds / millions);

  QTemporaryDir dir;
  const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench-demo.gpkg")) : keep;
  timer.restart();
  const auto summary = DemoStoreWriter::write(path, options);
  const double writeSeconds = seconds(timer);
  if (!summary)
  {
    std::fprintf(stderr, "%s\n", qPrintable(summary.error().toString()));
    return 1;
  }
  std::printf("  generate + write     %7.3f s   %6.3f s per million   (store file %.0f MB)\n", writeSeconds, writeSeconds / millions,
              static_cast<double>(QFileInfo(path).size()) / 1e6);

  const auto store = GeoPackageStore::open(path);
  if (!store)
    return 1;
  const auto anchors = DemoFigures::anchors();
  std::printf("Seed figures counted in the store (scale %d):\n", scale);
  printComparison(**store, "reported crimes", anchors[0], anchors[1]);
  printComparison(**store, "reports", anchors[2], anchors[3]);
  return 0;
}
