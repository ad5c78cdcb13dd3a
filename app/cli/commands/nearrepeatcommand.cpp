// lagesbild-cli nearrepeat STORE [--period FROM..TO] [filters] --space-bands … --time-bands …
// [--permutations N] [--seed S] [--distance euclidean|manhattan] [--exact-time] [--format]:
// the Knox test of near repeats, printed like the Near Repeat Calculator's summary (observed,
// expected, Knox ratios with significance, p-values) or as JSON/CSV.
#include "cli/codenames.h"
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/filteroptions.h"
#include "cli/knoxlabels.h"
#include "cli/swedishformat.h"
#include "cli/tableprinter.h"
#include "nearrepeat/knoxexport.h"
#include "nearrepeat/knoxtest.h"
#include "store/incidentstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

namespace lagesbild::cli
{
namespace
{
const QString kCommand = QStringLiteral("nearrepeat");

void printMatrix(QTextStream &stream, const QString &title, const KnoxResult &result, const std::function<QString(const KnoxCell &)> &value)
{
  const KnoxOptions &options = result.options;
  stream << title << '\n';
  TablePrinter table;
  table.addColumn(QString(), TablePrinter::Align::Left);
  for (int t = 0; t < options.timeBands.count(); ++t)
    table.addColumn(KnoxLabels::timeBand(options.timeBands, t, options.timeDifference), TablePrinter::Align::Right);
  for (int s = 0; s < options.spaceBands.count(); ++s)
  {
    QStringList row{KnoxLabels::spaceBand(options.spaceBands, s)};
    for (int t = 0; t < options.timeBands.count(); ++t)
      row.append(value(result.cell(s, t)));
    table.addRow(row);
  }
  table.print(stream);
  stream << '\n';
}

void printTable(const KnoxResult &result, const IncidentFilter &filter, const QString &what, qint64 milliseconds)
{
  QTextStream &stream = out();
  const KnoxOptions &options = result.options;
  stream << QCoreApplication::translate("cli", "Near repeats (Knox test): %1, %2 incidents, %3 pairs")
              .arg(FilterOptions::kindLabel(filter), SwedishFormat::integer(result.events), SwedishFormat::integer(result.pairs))
         << '\n'
         << QCoreApplication::translate("cli", "Distance: %1. Time: %2. %3 permutations of the times, seed %4; %5 s.")
              .arg(options.distance == KnoxDistance::Manhattan ? QCoreApplication::translate("cli", "Manhattan")
                                                               : QCoreApplication::translate("cli", "Euclidean"),
                   options.timeDifference == KnoxTimeDifference::Exact ? QCoreApplication::translate("cli", "exact differences")
                                                                       : QCoreApplication::translate("cli", "whole days"),
                   SwedishFormat::integer(options.permutations), QString::number(options.seed),
                   SwedishFormat::decimal(static_cast<double>(milliseconds) / 1000.0, 1))
         << "\n\n";
  printMatrix(stream, QCoreApplication::translate("cli", "Observed pairs"), result,
              [](const KnoxCell &cell) { return SwedishFormat::integer(cell.observed); });
  printMatrix(stream, QCoreApplication::translate("cli", "Mean expected pairs (simulated)"), result,
              [](const KnoxCell &cell) { return SwedishFormat::decimal(cell.expected, 1); });
  printMatrix(stream, QCoreApplication::translate("cli", "Knox ratio (observed / expected; * significant)"), result,
              [](const KnoxCell &cell) { return KnoxLabels::ratio(cell); });
  printMatrix(stream, QCoreApplication::translate("cli", "p-value"), result,
              [](const KnoxCell &cell) { return SwedishFormat::decimal(cell.pValue, 3); });
  stream << KnoxLabels::sentence(result, what) << "\n\n"
         << QCoreApplication::translate("cli",
                                        "* p ≤ %1 and more pairs than expected; p = (simulations ≥ observed + 1) / (simulations + 1).")
              .arg(SwedishFormat::decimal(options.significanceLevel, 2))
         << '\n'
         << KnoxLabels::convention() << '\n';
  stream.flush();
}
} // namespace

int runNearRepeatCommand(const QStringList &arguments)
{
  CommandLine commandLine(
    kCommand,
    QCoreApplication::translate("cli", "Near repeats: the Knox test of pairs close in space and time, with Monte Carlo permutations."),
    QStringLiteral("STORE --space-bands 0,1,100,200,… --time-bands 0,7,14,… [--period FROM..TO] [--kind …] [--category C]... "
                   "[--permutations N] [--seed S] [--distance euclidean|manhattan] [--exact-time]"));
  commandLine.addOption(QCommandLineOption(QStringLiteral("period"),
                                           QCoreApplication::translate("cli", "Only incidents of this period, local days, both included."),
                                           QStringLiteral("FROM..TO")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("space-bands"),
                                           QCoreApplication::translate("cli", "Breaks of the distance bands in metres, from 0; the "
                                                                              "last band is open-ended: 0,1,100,200,300,400."),
                                           QStringLiteral("BREAKS")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("time-bands"),
    QCoreApplication::translate("cli", "Breaks of the time bands in days, from 0; the last band is open-ended: 0,7,14,21,28."),
    QStringLiteral("BREAKS")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("permutations"),
                                           QCoreApplication::translate("cli", "Monte Carlo permutations of the times (default 999)."),
                                           QStringLiteral("N"), QStringLiteral("999")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("seed"),
                                           QCoreApplication::translate("cli", "Seed of the permutations (same seed, same result)."),
                                           QStringLiteral("S"), QStringLiteral("1")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("distance"),
                                           QCoreApplication::translate("cli", "Euclidean (default) or Manhattan distance."),
                                           QStringLiteral("euclidean|manhattan"), QStringLiteral("euclidean")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("exact-time"),
                                           QCoreApplication::translate("cli", "Exact time differences instead of whole local days.")));
  FilterOptions::add(commandLine);
  commandLine.addFormatOption();
  if (const auto exit = commandLine.parse(arguments, 1, 1))
    return *exit;
  if (!commandLine.isSet(QStringLiteral("space-bands")) || !commandLine.isSet(QStringLiteral("time-bands")))
    return commandLine.usageError(QCoreApplication::translate("cli", "--space-bands and --time-bands are required"));

  KnoxOptions options;
  const auto spaceBands = KnoxBands::parse(commandLine.value(QStringLiteral("space-bands")));
  if (!spaceBands)
    return commandLine.usageError(QStringLiteral("--space-bands: ") + spaceBands.error().message);
  const auto timeBands = KnoxBands::parse(commandLine.value(QStringLiteral("time-bands")));
  if (!timeBands)
    return commandLine.usageError(QStringLiteral("--time-bands: ") + timeBands.error().message);
  options.spaceBands = *spaceBands;
  options.timeBands = *timeBands;
  bool ok = false;
  options.permutations = commandLine.value(QStringLiteral("permutations")).toInt(&ok);
  if (!ok || options.permutations < 1 || options.permutations > KnoxOptions::kMaximumPermutations)
    return commandLine.usageError(
      QCoreApplication::translate("cli", "--permutations must be a whole number from 1 to %1").arg(KnoxOptions::kMaximumPermutations));
  options.seed = commandLine.value(QStringLiteral("seed")).toULongLong(&ok);
  if (!ok)
    return commandLine.usageError(QCoreApplication::translate("cli", "--seed must be a whole number ≥ 0"));
  const QString distance = commandLine.value(QStringLiteral("distance")).trimmed().toLower();
  if (distance == QLatin1String("manhattan"))
    options.distance = KnoxDistance::Manhattan;
  else if (distance != QLatin1String("euclidean"))
    return commandLine.usageError(
      QCoreApplication::translate("cli", "unknown --distance \"%1\": use euclidean or manhattan").arg(distance));
  if (commandLine.isSet(QStringLiteral("exact-time")))
    options.timeDifference = KnoxTimeDifference::Exact;

  std::optional<DateRange> period;
  if (commandLine.isSet(QStringLiteral("period")))
  {
    const auto parsed = DateRange::parse(commandLine.value(QStringLiteral("period")));
    if (!parsed)
      return reportError(kCommand, makeError(ErrorCode::BadInput, QStringLiteral("--period: ") + parsed.error().message));
    period = *parsed;
  }

  const auto store = IncidentStore::open(commandLine.positional().at(0));
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
  // Points that only say which municipality would all be "the same location".
  filter->includeMunicipalityPrecision = false;

  const auto incidents = (*store)->incidents(*filter);
  if (!incidents)
    return reportError(kCommand, incidents.error());
  std::vector<KnoxEvent> events;
  events.reserve(incidents->size());
  for (const Incident &incident : *incidents)
    events.push_back({incident.x, incident.y, incident.occurredFrom});

  QElapsedTimer timer;
  timer.start();
  const auto result = KnoxTest::run(events, options);
  if (!result)
    return reportError(kCommand, result.error());

  switch (commandLine.format())
  {
  case OutputFormat::Json:
    out() << QString::fromUtf8(KnoxExport::json(*result));
    break;
  case OutputFormat::Csv:
    out() << QString::fromUtf8(KnoxExport::csv(*result));
    break;
  case OutputFormat::Table:
  {
    QString what;
    if (filter->categories.size() == 1)
      what = CodeNames::load(**store).category(filter->categories.front());
    printTable(*result, *filter, what, timer.elapsed());
    break;
  }
  }
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
