// bench_import [ROWS] [--read-only]: writes a CSV of ROWS incidents (default 1,000,000: lat/lon,
// date, category, source, address), imports it into a new store (read + one atomic write with
// the spatial index), then converts the same CSV with `ogr2ogr -f GPKG` to EPSG:3006 and
// prints both times and the ratio. Prints figures only; never fails on time. With --read-only
// only the reading (parse, masking, transform) is timed, for profiling.
#include "importer/importer.h"
#include "store/geopackage/geopackagestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <random>

using namespace lagesbild;

namespace
{
QByteArray generateCsv(std::int64_t rows)
{
  const char *categories[] = {"Klotter", "Skadegörelse", "Otrygg samling",    "Nedskräpning",
                              "Brand",   "Buskörning",   "Berusade personer", "Övrigt"};
  const char *sources[] = {"Väktare", "Bostadsbolaget", "Nattvandrare", "Skolan", "Polisen", "Allmänheten"};
  const char *streets[] = {"Drottninggatan", "Storgatan", "Kungsgatan", "Skolgatan", "Stationsgatan", "Malmbergavägen", "Torget"};
  std::mt19937_64 random(20211212);
  std::uniform_real_distribution<double> lat(59.40, 59.45);
  std::uniform_real_distribution<double> lon(16.05, 16.14);
  std::uniform_int_distribution<int> day(0, 730);
  std::uniform_int_distribution<int> minute(0, 24 * 60 - 1);
  QByteArray csv;
  csv.reserve(rows * 90);
  csv += "datum,kategori,kalla,adress,lat,lon\n";
  char line[256];
  const QDate start(2020, 1, 1);
  for (std::int64_t i = 0; i < rows; ++i)
  {
    const QDate date = start.addDays(day(random));
    const int m = minute(random);
    const int n = std::snprintf(line, sizeof line, "%04d-%02d-%02d %02d:%02d,%s,%s,%s %d,%.6f,%.6f\n", date.year(), date.month(),
                                date.day(), m / 60, m % 60, categories[random() % 8], sources[random() % 6], streets[random() % 7],
                                static_cast<int>(random() % 60) + 1, lat(random), lon(random));
    csv.append(line, n);
  }
  return csv;
}
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  const std::int64_t rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
  QTemporaryDir dir;
  QElapsedTimer generation;
  generation.start();
  const QString csvPath = dir.filePath(QStringLiteral("incidents.csv"));
  {
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly))
      return 1;
    file.write(generateCsv(rows));
  }
  std::printf("bench_import: %lld rows, CSV %.1f MB (generated in %.1f s)\n", static_cast<long long>(rows), QFile(csvPath).size() / 1e6,
              generation.nsecsElapsed() / 1e9);

  QElapsedTimer total;
  total.start();
  auto store = GeoPackageStore::create(dir.filePath(QStringLiteral("store.gpkg")));
  if (!store)
  {
    std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
    return 1;
  }
  importer::ImportOptions options;
  auto known = importer::Importer::knownReferences(**store);
  if (known)
    options.known = *known;
  const importer::Importer importer(options);
  QElapsedTimer phase;
  phase.start();
  const std::clock_t readCpuStart = std::clock();
  auto parsed = importer.read(csvPath);
  if (!parsed || parsed->hasErrors())
  {
    std::fprintf(stderr, "read failed: %s\n",
                 parsed ? qPrintable(parsed->errors.front().toString()) : qPrintable(parsed.error().toString()));
    return 1;
  }
  const double readSeconds = phase.nsecsElapsed() / 1e9;
  const double readCpuSeconds = static_cast<double>(std::clock() - readCpuStart) / CLOCKS_PER_SEC;
  if (app.arguments().contains(QStringLiteral("--read-only")))
  {
    std::printf("read+parse+transform: %.2f s wall, %.2f s CPU (all threads), %zu incidents\n", readSeconds, readCpuSeconds,
                parsed->incidents.size());
    return 0;
  }
  phase.restart();
  const std::clock_t writeCpuStart = std::clock();
  auto written = importer.write(**store, *parsed, QStringLiteral("bench"));
  if (!written)
  {
    std::fprintf(stderr, "write failed: %s\n", qPrintable(written.error().toString()));
    return 1;
  }
  const double writeSeconds = phase.nsecsElapsed() / 1e9;
  const double writeCpuSeconds = static_cast<double>(std::clock() - writeCpuStart) / CLOCKS_PER_SEC;
  store->reset();
  const double importSeconds = total.nsecsElapsed() / 1e9;
  std::printf("lagesbild import: %.2f s wall (read+parse+transform %.2f s wall / %.2f s CPU, store write %.2f s wall / %.2f s CPU), "
              "%lld imported\n",
              importSeconds, readSeconds, readCpuSeconds, writeSeconds, writeCpuSeconds, static_cast<long long>(written->inserted));

  QElapsedTimer ogrTimer;
  ogrTimer.start();
  QProcess ogr2ogr;
  ogr2ogr.start(QStringLiteral("ogr2ogr"),
                {QStringLiteral("-f"), QStringLiteral("GPKG"), dir.filePath(QStringLiteral("ogr.gpkg")), csvPath, QStringLiteral("-oo"),
                 QStringLiteral("X_POSSIBLE_NAMES=lon"), QStringLiteral("-oo"), QStringLiteral("Y_POSSIBLE_NAMES=lat"),
                 QStringLiteral("-s_srs"), QStringLiteral("EPSG:4326"), QStringLiteral("-t_srs"), QStringLiteral("EPSG:3006")});
  if (!ogr2ogr.waitForFinished(-1) || ogr2ogr.exitCode() != 0)
  {
    std::fprintf(stderr, "ogr2ogr failed: %s\n", ogr2ogr.readAllStandardError().constData());
    return 1;
  }
  const double ogrSeconds = ogrTimer.nsecsElapsed() / 1e9;
  std::printf("ogr2ogr -f GPKG: %.2f s\n", ogrSeconds);
  std::printf("ratio ogr2ogr / lagesbild: %.1fx (target >= 10x; import target <= 3 s)\n", ogrSeconds / importSeconds);
  return 0;
}
