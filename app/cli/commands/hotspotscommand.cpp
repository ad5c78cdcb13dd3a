// lagesbild-cli hotspots STORE --method kde|gistar|count|addresses [...] --out FILE: heat maps,
// Getis-Ord Gi* hot spots, counts per cell and repeat addresses for the filtered incidents, and
// with --compare-to the change of Gi* hot spots between two periods. Grids are aligned to
// multiples of --cell in EPSG:3006; the output format follows the --out extension (.tif, .gpkg,
// .csv). Points that only say which municipality (police feed) are left out unless asked for.
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/filteroptions.h"
#include "cli/helperprogram.h"
#include "cli/storeopener.h"
#include "cli/swedishformat.h"
#include "hotspots/cellcounts.h"
#include "hotspots/getisordgistar.h"
#include "hotspots/hotspotcomparison.h"
#include "hotspots/hotspotwriter.h"
#include "hotspots/kerneldensity.h"
#include "hotspots/repeatlocations.h"
#include "store/incidentstore.h"
#include "time/daterange.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace lagesbild::cli
{

namespace
{
const QString kCommand = QStringLiteral("hotspots");

// Defaults (documented in --help): a 10 m raster makes a smooth heat map at the usual 200 m
// bandwidth; 50 m cells (about a block) for Gi* and counts, with neighbours within 2.5 cells
// (the 21 cells of a 5 × 5 block without its corners, 125 m).
constexpr double kDefaultKdeCell = 10.0;
constexpr double kDefaultCountCell = 50.0;
constexpr double kDefaultRadius = 200.0;
constexpr double kDefaultDistanceInCells = 2.5;
constexpr int kDefaultTop = 20;

enum class Method
{
  Kde,
  GiStar,
  Count,
  Addresses,
};

std::optional<Method> methodFromName(const QString &name)
{
  const QString key = name.trimmed().toLower();
  if (key == QLatin1String("kde"))
    return Method::Kde;
  if (key == QLatin1String("gistar"))
    return Method::GiStar;
  if (key == QLatin1String("count"))
    return Method::Count;
  if (key == QLatin1String("addresses"))
    return Method::Addresses;
  return std::nullopt;
}

//! A positive or any number from an option; nullopt (after a usage error message) when not a number.
std::optional<double> numberOption(const CommandLine &commandLine, const QString &name, double fallback)
{
  if (!commandLine.isSet(name))
    return fallback;
  bool ok = false;
  const double value = commandLine.value(name).trimmed().toDouble(&ok);
  if (!ok)
    return std::nullopt;
  return value;
}

std::optional<BoundingBox> parseExtent(const QString &text)
{
  const QStringList parts = text.split(QLatin1Char(','));
  if (parts.size() != 4)
    return std::nullopt;
  std::array<double, 4> values{};
  for (int k = 0; k < 4; ++k)
  {
    bool ok = false;
    values[static_cast<std::size_t>(k)] = parts.at(k).trimmed().toDouble(&ok);
    if (!ok)
      return std::nullopt;
  }
  return BoundingBox{values[0], values[1], values[2], values[3]};
}

QString metres(double value)
{
  return QString::number(value, 'g', 10) + QStringLiteral(" m");
}

void printClassCounts(const std::vector<HotspotClass> &classes)
{
  std::map<int, std::size_t> counts;
  for (HotspotClass value : classes)
    ++counts[static_cast<int>(value)];
  QStringList parts;
  for (int level = 3; level >= -3; --level)
    parts << QStringLiteral("%1 %2").arg(hotspotClassName(static_cast<HotspotClass>(level))).arg(counts[level]);
  out() << QCoreApplication::translate("cli", "Cells by class (FDR-adjusted): %1\n").arg(parts.join(QStringLiteral(", ")));
}

int runAddresses(const CommandLine &commandLine, const IncidentStore &store, const IncidentFilter &filter)
{
  const auto counts = store.countBy(filter, {GroupField::Address});
  if (!counts)
    return reportError(kCommand, counts.error());
  const RepeatLocationSummary summary = rankRepeatLocations(*counts);
  if (summary.totalIncidents == 0)
    return reportError(kCommand, makeError(ErrorCode::BadInput, QCoreApplication::translate("cli", "No incidents match the selection.")));
  bool topOk = true;
  const int top = commandLine.isSet(QStringLiteral("top")) ? commandLine.value(QStringLiteral("top")).toInt(&topOk) : kDefaultTop;
  if (!topOk || top < 0)
    return commandLine.usageError(QCoreApplication::translate("cli", "--top must be a whole number ≥ 0"));

  QTextStream &stream = out();
  stream << QCoreApplication::translate("cli", "Repeat locations: %1 incidents, %2 places, %3 without an address\n")
              .arg(summary.totalIncidents)
              .arg(summary.places.size())
              .arg(summary.withoutAddress);
  if (summary.placesForHalf > 0)
    stream << QCoreApplication::translate("cli", "Half of all incidents happened at %1 places (%2 % of the places).\n")
                .arg(summary.placesForHalf)
                .arg(SwedishFormat::decimal(100.0 * summary.shareOfPlacesForHalf, 1));
  stream << '\n' << QCoreApplication::translate("cli", "rank  count  share  cumulative  address") << '\n';
  for (const RepeatLocation &place : summary.places)
  {
    if (place.rank > top)
      break;
    stream << QStringLiteral("%1  %2  %3 %  %4 %  %5\n")
                .arg(place.rank, 4)
                .arg(place.count, 5)
                .arg(SwedishFormat::decimal(100.0 * place.share, 1), 5)
                .arg(SwedishFormat::decimal(100.0 * place.cumulativeShare, 1), 8)
                .arg(place.address);
  }
  if (commandLine.isSet(QStringLiteral("out")))
  {
    const QString path = commandLine.value(QStringLiteral("out"));
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
      return commandLine.usageError(QCoreApplication::translate("cli", "--method addresses writes a .csv file"));
    if (auto written = writeRepeatLocationsCsv(summary, path); !written)
      return reportError(kCommand, written.error());
    stream << '\n' << QCoreApplication::translate("cli", "Wrote %1\n").arg(path);
  }
  stream.flush();
  return ExitSuccess;
}
} // namespace

int runHotspotsCommand(const QStringList &arguments)
{
  CommandLine commandLine(
    kCommand,
    QCoreApplication::translate("cli", "Hot spots of the filtered incidents: kernel density (heat map), Getis-Ord Gi* with FDR-adjusted "
                                       "classes, counts per cell, or repeat addresses; with --compare-to, how Gi* hot spots changed. "
                                       "Grids are aligned to multiples of --cell in EPSG:3006. Output by extension: .tif (GeoTIFF), "
                                       ".gpkg (cell polygons), .csv (x,y,count,value,z,p,p_fdr,class)."),
    QStringLiteral("STORE --method kde|gistar|count|addresses [--cell M] [--radius M] [--distance M] "
                   "[--kernel quartic|triangular|uniform|triweight|epanechnikov] [--scaled] [--extent XMIN,YMIN,XMAX,YMAX] "
                   "[--period FROM..TO] [--compare-to FROM..TO] --out FILE"));
  commandLine.addOption(QCommandLineOption(QStringLiteral("method"),
                                           QCoreApplication::translate("cli", "kde (default), gistar, count or addresses."),
                                           QStringLiteral("kde|gistar|count|addresses"), QStringLiteral("kde")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("cell"),
                                           QCoreApplication::translate("cli", "Cell size in metres (default 10 for kde, 50 otherwise)."),
                                           QStringLiteral("M")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("radius"),
                                           QCoreApplication::translate("cli", "Kernel radius (bandwidth) in metres, default 200."),
                                           QStringLiteral("M")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("distance"),
                                           QCoreApplication::translate("cli", "Gi* neighbour distance between cell centres in metres "
                                                                              "(default 2.5 cells), the cell itself included."),
                                           QStringLiteral("M")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("kernel"),
                                           QCoreApplication::translate("cli", "Kernel shape (as QGIS's heatmap), default quartic."),
                                           QStringLiteral("quartic|triangular|uniform|triweight|epanechnikov"), QStringLiteral("quartic")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("scaled"),
                                           QCoreApplication::translate("cli", "kde: a density per km² (each incident's kernel integrates "
                                                                              "to 1) instead of raw kernel sums.")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("extent"),
                                           QCoreApplication::translate("cli", "Grid extent in EPSG:3006 (snapped outwards to the cells); "
                                                                              "default: the incidents, grown by the radius for kde."),
                                           QStringLiteral("XMIN,YMIN,XMAX,YMAX")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("period"), QCoreApplication::translate("cli", "Only incidents in these local days, e.g. 2021-06-01..2021-11-30."),
    QStringLiteral("FROM..TO")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("compare-to"),
    QCoreApplication::translate("cli", "gistar: the reference period A; cells are flagged new, persistent, intensifying, diminishing or "
                                       "disappearing hot spots from A to --period (B). Writes x,y,count_a,count_b,change,z_a,z_b,"
                                       "class_a,class_b,trend."),
    QStringLiteral("FROM..TO")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("include-municipality-precision"),
                                           QCoreApplication::translate("cli", "Also use points that only say which municipality "
                                                                              "(police feed centre points); left out by default.")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("top"), QCoreApplication::translate("cli", "addresses: how many places to print (default 20)."), QStringLiteral("N")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("out"), QCoreApplication::translate("cli", "Output file: .tif, .gpkg or .csv."),
                                           QStringLiteral("FILE")));
  FilterOptions::add(commandLine);
  if (const auto exit = commandLine.parse(arguments, 1, 1))
    return *exit;

  const auto method = methodFromName(commandLine.value(QStringLiteral("method")));
  if (!method)
    return commandLine.usageError(QCoreApplication::translate("cli", "unknown --method \"%1\": use kde, gistar, count or addresses")
                                    .arg(commandLine.value(QStringLiteral("method"))));
  const auto shape = kernelShapeFromName(commandLine.value(QStringLiteral("kernel")));
  if (!shape)
    return commandLine.usageError(
      QCoreApplication::translate("cli", "unknown --kernel \"%1\": use quartic, triangular, uniform, triweight or epanechnikov")
        .arg(commandLine.value(QStringLiteral("kernel"))));
  const double defaultCell = *method == Method::Kde ? kDefaultKdeCell : kDefaultCountCell;
  const auto cell = numberOption(commandLine, QStringLiteral("cell"), defaultCell);
  if (!cell)
    return commandLine.usageError(QCoreApplication::translate("cli", "--cell must be a number of metres"));
  const auto radius = numberOption(commandLine, QStringLiteral("radius"), kDefaultRadius);
  if (!radius)
    return commandLine.usageError(QCoreApplication::translate("cli", "--radius must be a number of metres"));
  const auto distance = numberOption(commandLine, QStringLiteral("distance"), kDefaultDistanceInCells * *cell);
  if (!distance)
    return commandLine.usageError(QCoreApplication::translate("cli", "--distance must be a number of metres"));
  std::optional<BoundingBox> extent;
  if (commandLine.isSet(QStringLiteral("extent")))
  {
    extent = parseExtent(commandLine.value(QStringLiteral("extent")));
    if (!extent)
      return commandLine.usageError(QCoreApplication::translate("cli", "--extent must be XMIN,YMIN,XMAX,YMAX in metres (EPSG:3006)"));
  }
  const bool comparing = commandLine.isSet(QStringLiteral("compare-to"));
  if (comparing && *method != Method::GiStar)
    return commandLine.usageError(QCoreApplication::translate("cli", "--compare-to needs --method gistar"));
  if (comparing && !commandLine.isSet(QStringLiteral("period")))
    return commandLine.usageError(QCoreApplication::translate("cli", "--compare-to needs --period (the period compared with it)"));
  const QString outPath = commandLine.value(QStringLiteral("out"));
  if (*method != Method::Addresses)
  {
    if (outPath.isEmpty())
      return commandLine.usageError(QCoreApplication::translate("cli", "--out FILE is required (.tif, .gpkg or .csv)"));
    if (!isSupportedGridOutput(outPath))
      return commandLine.usageError(QCoreApplication::translate("cli", "--out must end in .tif, .gpkg or .csv: %1").arg(outPath));
    // A GeoPackage is written by GDAL, which the lean lagesbild-cli does not load.
    if (!canWriteGridOutput(outPath))
      return handOverToHelper(Helper::Gdal, kCommand);
  }
  // Nonsense numbers are bad input (exit 1) with the core's message.
  if (auto checked = checkCellSize(*cell); !checked)
    return reportError(kCommand, makeError(ErrorCode::BadInput, QStringLiteral("--cell: ") + checked.error().message));
  if (*method == Method::Kde)
  {
    if (auto checked = checkPositiveDistance(*radius, QStringLiteral("radius")); !checked)
      return reportError(kCommand, makeError(ErrorCode::BadInput, QStringLiteral("--radius: ") + checked.error().message));
  }
  if (*method == Method::GiStar)
  {
    if (auto checked = checkPositiveDistance(*distance, QStringLiteral("distance")); !checked)
      return reportError(kCommand, makeError(ErrorCode::BadInput, QStringLiteral("--distance: ") + checked.error().message));
  }

  std::optional<DateRange> period;
  if (commandLine.isSet(QStringLiteral("period")))
  {
    const auto parsed = DateRange::parse(commandLine.value(QStringLiteral("period")));
    if (!parsed)
      return reportError(kCommand, makeError(ErrorCode::BadInput, QStringLiteral("--period: ") + parsed.error().message));
    period = *parsed;
  }
  std::optional<DateRange> reference;
  if (comparing)
  {
    const auto parsed = DateRange::parse(commandLine.value(QStringLiteral("compare-to")));
    if (!parsed)
      return reportError(kCommand, makeError(ErrorCode::BadInput, QStringLiteral("--compare-to: ") + parsed.error().message));
    reference = *parsed;
  }

  const auto store = openStore(kCommand, commandLine.positional().at(0), StoreAccess::Read);
  if (!store)
    return reportError(kCommand, store.error());
  auto filter = FilterOptions::read(commandLine, **store);
  if (!filter)
  {
    if (filter.error().code == ErrorCode::Usage)
      return commandLine.usageError(filter.error().message);
    return reportError(kCommand, filter.error());
  }
  filter->period = period;
  filter->includeMunicipalityPrecision = commandLine.isSet(QStringLiteral("include-municipality-precision"));

  if (*method == Method::Addresses)
    return runAddresses(commandLine, **store, *filter);

  QElapsedTimer timer;
  timer.start();
  // A kernel density of radius tens of metres takes the points at the spatial index's precision
  // (within half a metre), read ten times faster; cell counts (count, Gi*) take them exactly.
  const bool forDensity = *method == Method::Kde;
  const auto readPoints = [&](const IncidentFilter &selection)
  { return forDensity ? (*store)->pointsForDensity(selection) : (*store)->points(selection); };
  const auto points = readPoints(*filter);
  if (!points)
    return reportError(kCommand, points.error());
  std::vector<PointXY> referencePoints;
  if (comparing)
  {
    IncidentFilter referenceFilter = *filter;
    referenceFilter.period = reference;
    auto loaded = readPoints(referenceFilter);
    if (!loaded)
      return reportError(kCommand, loaded.error());
    referencePoints = std::move(*loaded);
    if (referencePoints.empty())
      return reportError(kCommand, makeError(ErrorCode::BadInput, QCoreApplication::translate("cli", "No incidents match the selection in "
                                                                                                     "the --compare-to period %1.")
                                                                    .arg(reference->toString())));
  }
  if (points->empty())
    return reportError(kCommand, makeError(ErrorCode::BadInput, QCoreApplication::translate("cli", "No incidents match the selection; "
                                                                                                   "there is nothing to map.")));

  const double margin = *method == Method::Kde ? *radius : 0.0;
  std::vector<PointXY> bothPeriods; // a comparison's grid covers both periods
  if (comparing)
  {
    bothPeriods = *points;
    bothPeriods.insert(bothPeriods.end(), referencePoints.begin(), referencePoints.end());
  }
  auto grid = extent ? Grid::covering(*extent, *cell) : Grid::aroundPoints(comparing ? bothPeriods : *points, *cell, margin);
  if (!grid)
    return reportError(kCommand, grid.error());

  QTextStream &stream = out();
  if (comparing)
  {
    const auto comparison = compareHotspots(*grid, referencePoints, *points, *distance);
    if (!comparison)
      return reportError(kCommand, comparison.error());
    if (auto written = writeHotspotComparison(*comparison, outPath); !written)
      return reportError(kCommand, written.error());
    std::map<HotspotTrend, std::size_t> trends;
    for (HotspotTrend trend : comparison->trends)
      ++trends[trend];
    stream << QCoreApplication::translate("cli", "Gi* hot spots %1 (A, %2 incidents) vs %3 (B, %4 incidents): %5 × %6 cells of %7, "
                                                 "distance %8\n")
                .arg(reference->toString())
                .arg(referencePoints.size())
                .arg(period->toString())
                .arg(points->size())
                .arg(grid->columns())
                .arg(grid->rows())
                .arg(metres(*cell), metres(*distance));
    QStringList parts;
    for (HotspotTrend trend :
         {HotspotTrend::New, HotspotTrend::Persistent, HotspotTrend::Intensifying, HotspotTrend::Diminishing, HotspotTrend::Disappearing})
      parts << QStringLiteral("%1 %2").arg(hotspotTrendName(trend)).arg(trends[trend]);
    stream << QCoreApplication::translate("cli", "Hot-spot cells: %1\n").arg(parts.join(QStringLiteral(", ")));
    stream
      << QCoreApplication::translate("cli", "Wrote %1 in %2 s\n").arg(outPath).arg(SwedishFormat::decimal(timer.elapsed() / 1000.0, 2));
    stream.flush();
    return ExitSuccess;
  }

  HotspotGrid result;
  result.grid = *grid;
  result.method = *method == Method::Kde      ? HotspotMethod::KernelDensity
                  : *method == Method::GiStar ? HotspotMethod::GiStar
                                              : HotspotMethod::Count;
  // Counts per cell only where they are used: a heat map's GeoTIFF holds just the density.
  std::size_t outside = 0;
  if (result.method == HotspotMethod::GiStar || gridOutputUsesCounts(outPath, result.method))
    result.counts = countPointsPerCell(*grid, *points, &outside);
  else
    outside = countPointsOutside(*grid, *points);
  QString description;
  switch (*method)
  {
  case Method::Kde:
  {
    KernelDensityOptions options;
    options.shape = *shape;
    options.radius = *radius;
    options.scaled = commandLine.isSet(QStringLiteral("scaled"));
    KernelDensityReport report; // its peak: found by the threads, no second pass over the grid
    auto values = KernelDensity(options).compute(*grid, *points, {}, nullptr, &report);
    if (!values)
      return reportError(kCommand, values.error());
    result.values = std::move(*values);
    const double peak = report.peak;
    description = QCoreApplication::translate("cli", "kernel density, %1 kernel, radius %2, %3; highest value %4")
                    .arg(kernelShapeName(*shape), metres(*radius),
                         options.scaled ? QCoreApplication::translate("cli", "incidents per km²")
                                        : QCoreApplication::translate("cli", "raw kernel sums"))
                    .arg(peak, 0, 'g', 6);
    break;
  }
  case Method::GiStar:
  {
    auto gi = GetisOrdGiStar(*distance).compute(*grid, result.counts);
    if (!gi)
      return reportError(kCommand, gi.error());
    result.z = std::move(gi->z);
    result.p = std::move(gi->p);
    result.pFdr = std::move(gi->pFdr);
    result.classes = std::move(gi->classes);
    description = QCoreApplication::translate("cli", "Getis-Ord Gi*, neighbours within %1").arg(metres(*distance));
    break;
  }
  case Method::Count:
  case Method::Addresses:
    description = QCoreApplication::translate("cli", "incidents per cell");
    break;
  }
  if (auto written = writeHotspotGrid(result, outPath); !written)
    return reportError(kCommand, written.error());
  stream << QCoreApplication::translate("cli", "%1 incidents (%2 outside the grid), %3 × %4 cells of %5 from (%6, %7): %8\n")
              .arg(points->size())
              .arg(outside)
              .arg(grid->columns())
              .arg(grid->rows())
              .arg(metres(*cell))
              .arg(grid->xMin(), 0, 'f', 0)
              .arg(grid->yMin(), 0, 'f', 0)
              .arg(description);
  if (result.method == HotspotMethod::GiStar)
    printClassCounts(result.classes);
  stream << QCoreApplication::translate("cli", "Wrote %1 in %2 s\n").arg(outPath).arg(SwedishFormat::decimal(timer.elapsed() / 1000.0, 2));
  stream.flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
