// bench_hotspots: kernel density and Gi* timings on a million points clustered like a town.
//   bench_hotspots [--points N] [--qgis-points N] [--no-qgis] [--check] [--quick]
// Prints our KDE time (radius 200 m, cell 10 m, quartic), QGIS's time for the same points through
// `qgis_process run qgis:heatmapkerneldensityestimation` and the ratio, and our Gi* times.
// Times are the best and the median of a few runs (the machine is shared); QGIS's is one run,
// including its start-up. Also: the KDE on the same points snapped to "addresses" (repeat places
// are merged before the sweep), and how many cells the error bound sent to the direct sum.
// --check also compares a slice of our grid with a direct double-precision sum.
#include "hotspots/cellcounts.h"
#include "hotspots/geotiffwriter.h"
#include "hotspots/getisordgistar.h"
#include "hotspots/kerneldensity.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <random>

using namespace lagesbild;

namespace
{

//! A town of about 7.6 × 6.1 km: a centre, a station, schools, housing areas, roads, background.
std::vector<PointXY> townPoints(std::size_t count)
{
  const double x0 = 548000.0, y0 = 6572000.0, width = 7600.0, height = 6100.0;
  struct Cluster
  {
      double x, y, sigma, share;
  };
  const Cluster clusters[] = {{0.50, 0.50, 250, 0.25}, {0.55, 0.42, 120, 0.10}, {0.30, 0.62, 180, 0.10}, {0.70, 0.70, 200, 0.08},
                              {0.40, 0.30, 150, 0.07}, {0.62, 0.55, 90, 0.05},  {0.20, 0.25, 300, 0.05}, {0.80, 0.30, 220, 0.05}};
  std::mt19937_64 random(2021);
  std::normal_distribution<double> normal(0.0, 1.0);
  std::uniform_real_distribution<double> uniform(0.0, 1.0);
  std::vector<PointXY> points;
  points.reserve(count);
  while (points.size() < count)
  {
    double pick = uniform(random);
    PointXY point{x0 + width * uniform(random), y0 + height * uniform(random)}; // background 25 %
    for (const Cluster &cluster : clusters)
    {
      if (pick < cluster.share)
      {
        point = {x0 + width * cluster.x + cluster.sigma * normal(random), y0 + height * cluster.y + cluster.sigma * normal(random)};
        break;
      }
      pick -= cluster.share;
    }
    if (uniform(random) < 0.1) // along a main road
      point = {x0 + width * uniform(random), y0 + height * 0.5 + 15.0 * normal(random)};
    if (point.x >= x0 && point.x <= x0 + width && point.y >= y0 && point.y <= y0 + height)
      points.push_back(point);
  }
  return points;
}

double gCpuSeconds = 0.0;    //!< process CPU time of the best run of the last secondsOf()
double gMedianSeconds = 0.0; //!< median wall time of the runs of the last secondsOf()

//! Best wall time of repeats runs (the machine is shared: the best run is the least disturbed);
//! the median goes to gMedianSeconds.
double secondsOf(const std::function<void()> &work, int repeats)
{
  double best = 1e300;
  std::vector<double> walls;
  for (int k = 0; k < repeats; ++k)
  {
    QElapsedTimer timer;
    const std::clock_t cpu = std::clock();
    timer.start();
    work();
    const double wall = timer.nsecsElapsed() / 1e9;
    walls.push_back(wall);
    if (wall < best)
    {
      best = wall;
      gCpuSeconds = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
    }
  }
  std::sort(walls.begin(), walls.end());
  gMedianSeconds = walls[walls.size() / 2];
  return best;
}

//! How many different (x, y) there are.
std::size_t distinctPlaces(std::vector<PointXY> points)
{
  std::sort(points.begin(), points.end(), [](const PointXY &a, const PointXY &b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
  return static_cast<std::size_t>(
    std::unique(points.begin(), points.end(), [](const PointXY &a, const PointXY &b) { return a.x == b.x && a.y == b.y; }) -
    points.begin());
}

bool writePointsGpkg(const std::vector<PointXY> &points, const QString &path)
{
  GDALAllRegister();
  GDALDatasetH dataset = GDALCreate(GDALGetDriverByName("GPKG"), path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!dataset)
    return false;
  OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(srs, 3006);
  OGRLayerH layer = GDALDatasetCreateLayer(dataset, "incidents", srs, wkbPoint, nullptr);
  OSRDestroySpatialReference(srs);
  (void)GDALDatasetStartTransaction(dataset, FALSE);
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
  for (const PointXY &point : points)
  {
    OGRFeatureH feature = OGR_F_Create(definition);
    OGRGeometryH geometry = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(geometry, 0, point.x, point.y);
    OGR_F_SetGeometryDirectly(feature, geometry);
    if (OGR_L_CreateFeature(layer, feature) != OGRERR_NONE)
      std::fprintf(stderr, "could not write a point\n");
    OGR_F_Destroy(feature);
  }
  (void)GDALDatasetCommitTransaction(dataset);
  GDALClose(dataset);
  return true;
}

double gQgisCpuSeconds = 0.0; //!< CPU time (user + system) of the last qgis_process run

//! CPU seconds used so far by finished child processes.
double childCpuSeconds()
{
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

//! Wall time of qgis_process for the heatmap on a GPKG of points (its CPU time goes to
//! gQgisCpuSeconds); negative when it failed.
double qgisHeatmapSeconds(const QString &pointsPath, const QString &outputPath)
{
  const double cpuBefore = childCpuSeconds();
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  process.setProcessEnvironment(environment);
  const QStringList arguments = {QStringLiteral("run"),
                                 QStringLiteral("qgis:heatmapkerneldensityestimation"),
                                 QStringLiteral("--INPUT=%1").arg(pointsPath),
                                 QStringLiteral("--RADIUS=200"),
                                 QStringLiteral("--PIXEL_SIZE=10"),
                                 QStringLiteral("--KERNEL=0"),
                                 QStringLiteral("--OUTPUT_VALUE=0"),
                                 QStringLiteral("--OUTPUT=%1").arg(outputPath)};
  // Debian's /usr/bin/qgis_process wrapper adds --noversioncheck from /etc/default/qgis, which
  // qgis_process 3.22 rejects; the real binary beside it takes the arguments as they are.
  const QString program = QFile::exists(QStringLiteral("/usr/bin/qgis_process.bin")) ? QStringLiteral("/usr/bin/qgis_process.bin")
                                                                                     : QStringLiteral("qgis_process");
  QElapsedTimer timer;
  timer.start();
  process.start(program, arguments);
  if (!process.waitForFinished(-1) || process.exitCode() != 0)
  {
    std::fprintf(stderr, "qgis_process failed: %s\n", process.readAllStandardError().constData());
    return -1.0;
  }
  const double wall = timer.nsecsElapsed() / 1e9;
  gQgisCpuSeconds = childCpuSeconds() - cpuBefore;
  return wall;
}

} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  const QStringList arguments = app.arguments();
  const auto option = [&](const QString &name, long long fallback)
  {
    const int at = static_cast<int>(arguments.indexOf(name));
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toLongLong() : fallback;
  };
  const std::size_t count = static_cast<std::size_t>(option(QStringLiteral("--points"), 1000000));
  const std::size_t qgisCount = static_cast<std::size_t>(option(QStringLiteral("--qgis-points"), static_cast<long long>(count)));
  const bool runQgis = !arguments.contains(QStringLiteral("--no-qgis"));

  const std::vector<PointXY> points = townPoints(count);
  const double radius = 200.0, cell = 10.0;
  const Grid grid = *Grid::aroundPoints(points, cell, radius);
  std::printf("points: %zu (%zu distinct places), grid %d x %d cells of %.0f m (%zu cells), radius %.0f m\n", points.size(),
              distinctPlaces(points), grid.columns(), grid.rows(), cell, grid.cellCount(), radius);

  std::vector<double> density;
  for (int threads : {1, 2})
  {
    KernelDensityOptions options;
    options.radius = radius;
    options.threads = threads;
    KernelDensityReport report;
    const double seconds = secondsOf([&] { density = *KernelDensity(options).compute(grid, points, {}, nullptr, &report); }, 3);
    std::printf("ours  KDE quartic raw, %d thread(s): best %.3f s wall (%.3f s CPU), median %.3f s wall; %zu cells summed directly\n",
                threads, seconds, gCpuSeconds, gMedianSeconds, report.directCells);
  }
  {
    // The same points moved to the nearest of a 20 m lattice of "addresses": repeat places are
    // merged into weighted points before the sweep (real incidents share addresses).
    std::vector<PointXY> snapped = points;
    for (PointXY &point : snapped)
      point = {std::round(point.x / 20.0) * 20.0 + 3.0, std::round(point.y / 20.0) * 20.0 + 7.0};
    KernelDensityOptions options;
    options.radius = radius;
    options.threads = 2;
    KernelDensityReport report;
    const double seconds = secondsOf([&] { (void)*KernelDensity(options).compute(grid, snapped, {}, nullptr, &report); }, 3);
    std::printf("ours  KDE quartic raw, 2 threads, points snapped to a 20 m lattice (%zu places, %zu merged): best %.3f s wall "
                "(%.3f s CPU), median %.3f s\n",
                report.pointsUsed, report.pointsMerged, seconds, gCpuSeconds, gMedianSeconds);
  }
  const bool quick = arguments.contains(QStringLiteral("--quick"));
  for (KernelShape shape :
       quick ? std::vector<KernelShape>{}
             : std::vector<KernelShape>{KernelShape::Epanechnikov, KernelShape::Triweight, KernelShape::Uniform, KernelShape::Triangular})
  {
    KernelDensityOptions options;
    options.radius = radius;
    options.shape = shape;
    options.threads = 2;
    std::vector<double> other;
    const double seconds = secondsOf([&] { other = *KernelDensity(options).compute(grid, points); }, 1);
    std::printf("ours  KDE %s raw, 2 threads: %.3f s wall, %.3f s CPU\n", kernelShapeName(shape).toUtf8().constData(), seconds,
                gCpuSeconds);
  }

  if (arguments.contains(QStringLiteral("--check")))
  {
    // Direct sum over every point for three rows through the town centre.
    double worst = 0.0;
    for (int row : {grid.rows() / 2 - 7, grid.rows() / 2, grid.rows() / 2 + 11})
    {
      for (int column = 0; column < grid.columns(); ++column)
      {
        double sum = 0.0;
        for (const PointXY &point : points)
        {
          const double dx = grid.centreX(column) - point.x, dy = grid.centreY(row) - point.y;
          const double q = 1.0 - (dx * dx + dy * dy) / (radius * radius);
          if (q > 0.0)
            sum += q * q;
        }
        const double ours = density[grid.index(column, row)];
        if (sum != 0.0)
          worst = std::max(worst, std::fabs(ours - sum) / sum);
      }
    }
    std::printf("check: worst relative difference to a direct double sum on 3 rows: %.3g\n", worst);
  }

  if (quick)
    return 0;
  double ourSeconds = 0.0;
  {
    const std::vector<PointXY> subset(points.begin(), points.begin() + static_cast<std::ptrdiff_t>(std::min(qgisCount, points.size())));
    const Grid subsetGrid = *Grid::aroundPoints(subset, cell, radius);
    KernelDensityOptions options;
    options.radius = radius;
    options.threads = 2;
    ourSeconds = secondsOf([&] { (void)KernelDensity(options).compute(subsetGrid, subset); }, 3);
    const double ourCpu = gCpuSeconds, ourMedian = gMedianSeconds;
    if (runQgis)
    {
      QTemporaryDir dir;
      const QString pointsPath = dir.filePath(QStringLiteral("points.gpkg"));
      writePointsGpkg(subset, pointsPath);
      const QString onePath = dir.filePath(QStringLiteral("one.gpkg"));
      writePointsGpkg({subset.front()}, onePath);
      const double startup = qgisHeatmapSeconds(onePath, dir.filePath(QStringLiteral("one.tif")));
      const double qgis = qgisHeatmapSeconds(pointsPath, dir.filePath(QStringLiteral("heatmap.tif")));
      const double qgisCpu = gQgisCpuSeconds;
      std::printf("QGIS  qgis:heatmapkerneldensityestimation on %zu points: %.2f s wall, %.2f s CPU (qgis_process start-up with 1 point: "
                  "%.2f s)\n",
                  subset.size(), qgis, qgisCpu, startup);
      std::printf("ours  on the same %zu points, 2 threads: best %.3f s wall (%.3f s CPU), median %.3f s wall\n", subset.size(), ourSeconds,
                  ourCpu, ourMedian);
      if (qgis > 0.0)
      {
        std::printf("ratio QGIS / ours: %.0fx against our best run, %.0fx against our median (%.0fx after subtracting QGIS's start-up)\n",
                    qgis / ourSeconds, qgis / ourMedian, (qgis - startup) / ourSeconds);
        // On a shared machine the CPU times say more than the wall times (both ran on the same load).
        std::printf("ratio of CPU times QGIS / ours: %.0fx\n", qgisCpu / ourCpu);
      }
    }
  }

  {
    // The heat map's GeoTIFF: our writer against GDAL's GTiff driver with the same file (Float32,
    // tiles of 256, DEFLATE level 1 on all cores), from the same double grid.
    QTemporaryDir files;
    const QString ours = files.filePath(QStringLiteral("ours.tif"));
    const double ourSeconds = secondsOf(
      [&] {
        (void)GeoTiffWriter::write(grid, {{QStringLiteral("value"), &density}}, 3006, ours).ok();
      },
      5);
    const QString theirs = files.filePath(QStringLiteral("gdal.tif"));
    const double gdalSeconds = secondsOf(
      [&]
      {
        GDALAllRegister();
        char **options = nullptr;
        for (const char *option : {"COMPRESS=DEFLATE", "ZLEVEL=1", "TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "NUM_THREADS=ALL_CPUS"})
          options = CSLAddString(options, option);
        GDALDatasetH dataset =
          GDALCreate(GDALGetDriverByName("GTiff"), theirs.toUtf8().constData(), grid.columns(), grid.rows(), 1, GDT_Float32, options);
        CSLDestroy(options);
        double transform[6] = {grid.xMin(), grid.cellSize(), 0.0, grid.yMax(), 0.0, -grid.cellSize()};
        GDALSetGeoTransform(dataset, transform);
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, 3006);
        GDALSetSpatialRef(dataset, srs);
        OSRDestroySpatialReference(srs);
        std::vector<float> northUp(grid.cellCount());
        for (int row = 0; row < grid.rows(); ++row)
          for (int column = 0; column < grid.columns(); ++column)
            northUp[static_cast<std::size_t>(grid.rows() - 1 - row) * grid.columns() + column] =
              static_cast<float>(density[grid.index(column, row)]);
        const CPLErr written = GDALRasterIO(GDALGetRasterBand(dataset, 1), GF_Write, 0, 0, grid.columns(), grid.rows(), northUp.data(),
                                            grid.columns(), grid.rows(), GDT_Float32, 0, 0);
        if (written != CE_None)
          std::fprintf(stderr, "GDAL could not write the GeoTIFF\n");
        GDALClose(dataset);
      },
      5);
    std::printf("ours  GeoTIFF of the heat map (%d x %d, DEFLATE 1, tiles 256): best %.3f s, %.1f MB; GDAL's GTiff driver, same options: "
                "best %.3f s, %.1f MB (%.1fx)\n",
                grid.columns(), grid.rows(), ourSeconds, static_cast<double>(QFile(ours).size()) / 1e6, gdalSeconds,
                static_cast<double>(QFile(theirs).size()) / 1e6, gdalSeconds / ourSeconds);
  }

  {
    const Grid small = *Grid::covering(BoundingBox{548000.0, 6572000.0, 548000.0 + 300 * 25.0, 6572000.0 + 300 * 25.0}, 25.0);
    const std::vector<double> counts = countPointsPerCell(small, points);
    const double seconds = secondsOf([&] { (void)*GetisOrdGiStar(75.0).compute(small, counts); }, 5);
    std::printf("ours  Gi* on %d x %d cells, distance band 3 cells (29 neighbours): %.4f s\n", small.columns(), small.rows(), seconds);
    const std::vector<double> fullCounts = countPointsPerCell(grid, points);
    const double full = secondsOf([&] { (void)*GetisOrdGiStar(25.0).compute(grid, fullCounts); }, 3);
    std::printf("ours  Gi* on the KDE grid %d x %d, distance 2.5 cells: %.4f s\n", grid.columns(), grid.rows(), full);
    const double counting = secondsOf([&] { (void)countPointsPerCell(grid, points); }, 3);
    std::printf("ours  counts per cell, %zu points: %.4f s\n", points.size(), counting);
  }
  return 0;
}
