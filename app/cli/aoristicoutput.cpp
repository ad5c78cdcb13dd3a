#include "aoristicoutput.h"

#include "analysis/aoristic.h"
#include "analysis/aoristiccomparison.h"
#include "analysis/aoristicexport.h"
#include "cli/codenames.h"
#include "cli/filteroptions.h"
#include "cli/swedishformat.h"
#include "cli/tableprinter.h"
#include "cli/timelabels.h"
#include "store/incidentstore.h"

#include <QCoreApplication>

namespace lagesbild::cli
{
namespace
{
constexpr std::int64_t kSecondsPerDay = 86400;

QString count(double value)
{
  return SwedishFormat::decimal(value, 1);
}

QString signedCount(double value)
{
  const QString text = SwedishFormat::decimal(value, 1);
  return value > 0.0 ? QStringLiteral("+") + text : text;
}

Result<AoristicTally> tallyOf(const IncidentStore &store, const IncidentFilter &filter, const DateRange &period, std::int64_t limit)
{
  const auto incidents = store.incidents(Aoristic::fetchFilter(filter, period, limit));
  if (!incidents)
    return incidents.error();
  return Aoristic::tally(*incidents, period, limit);
}

//! "Aoristic counts: 123 incidents spread over their time windows, 4 windows longer than 7 days counted at their start."
QString aoristicNote(const AoristicTally &tally)
{
  return QCoreApplication::translate("cli", "Aoristic counts: %1 incidents spread over their time windows (each hour receives the share "
                                            "of the window it covers); %2 windows longer than %3 days counted at their start.")
    .arg(SwedishFormat::integer(tally.spread), SwedishFormat::integer(tally.countedAtStart),
         SwedishFormat::decimal(static_cast<double>(tally.limitSeconds) / kSecondsPerDay, 0));
}

void printPatterns(const AoristicTally &tally, const IncidentFilter &filter)
{
  QTextStream &stream = out();
  stream << QCoreApplication::translate("cli", "Time patterns %1 (aoristic): %2, %3 in total")
              .arg(tally.period.toString(), FilterOptions::kindLabel(filter), count(tally.total))
         << '\n'
         << aoristicNote(tally) << "\n\n";
  stream << QCoreApplication::translate("cli", "Hour of day (local time) × weekday") << '\n';
  TablePrinter matrix;
  matrix.addColumn(QString(), TablePrinter::Align::Left);
  for (int hour = 0; hour < 24; ++hour)
    matrix.addColumn(QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')), TablePrinter::Align::Right);
  matrix.addColumn(QCoreApplication::translate("cli", "Total"), TablePrinter::Align::Right);
  for (int weekday = 1; weekday <= 7; ++weekday)
  {
    QStringList row{TimeLabels::weekdayShort(weekday)};
    for (const double value : tally.hourByWeekday[static_cast<std::size_t>(weekday - 1)])
      row.append(count(value));
    row.append(count(tally.weekdays[static_cast<std::size_t>(weekday - 1)]));
    matrix.addRow(row);
  }
  matrix.addRule();
  QStringList totals{QCoreApplication::translate("cli", "Total")};
  for (const double value : tally.hours)
    totals.append(count(value));
  totals.append(count(tally.total));
  matrix.addRow(totals);
  matrix.print(stream);
  stream << '\n';

  TablePrinter months;
  months.addColumn(QCoreApplication::translate("cli", "Month"), TablePrinter::Align::Left);
  months.addColumn(QCoreApplication::translate("cli", "Count"), TablePrinter::Align::Right);
  for (const auto &[key, value] : tally.months)
    months.addRow({TimeLabels::month(key.mid(5, 2).toInt()) + QLatin1Char(' ') + key.left(4), count(value)});
  months.print(stream);
  stream.flush();
}

void printComparison(const AoristicComparisonResult &result, const IncidentFilter &filter, const CodeNames &names)
{
  QTextStream &stream = out();
  stream << QCoreApplication::translate("cli", "Period comparison (aoristic): %1").arg(FilterOptions::kindLabel(filter)) << '\n'
         << QStringLiteral("A: ") << aoristicNote(result.a) << '\n'
         << QStringLiteral("B: ") << aoristicNote(result.b) << "\n\n";
  TablePrinter periods;
  periods.addColumn(QString(), TablePrinter::Align::Left);
  periods.addColumn(QCoreApplication::translate("cli", "Period"), TablePrinter::Align::Left);
  periods.addColumn(QCoreApplication::translate("cli", "Days"), TablePrinter::Align::Right);
  periods.addColumn(QCoreApplication::translate("cli", "Count"), TablePrinter::Align::Right);
  for (const auto &[label, side] : {std::pair{QStringLiteral("A"), &result.a}, std::pair{QStringLiteral("B"), &result.b}})
    periods.addRow({label, side->period.toString(), SwedishFormat::integer(side->period.dayCount()), count(side->total)});
  periods.print(stream);
  stream << '\n'
         << QCoreApplication::translate("cli", "Change: %1 (%2)")
              .arg(signedCount(result.change), SwedishFormat::changePercent(result.changePercent))
         << '\n'
         << QCoreApplication::translate("cli",
                                        "No significance test: aoristic counts are fractional, and the exact Poisson test needs whole "
                                        "counts. Compare without --aoristic for p-values.")
         << '\n';
  if (result.groupBy && !result.rows.empty())
  {
    stream << '\n';
    TablePrinter rows;
    rows.addColumn(QString(), TablePrinter::Align::Left);
    rows.addColumn(QStringLiteral("A"), TablePrinter::Align::Right);
    rows.addColumn(QStringLiteral("B"), TablePrinter::Align::Right);
    rows.addColumn(QCoreApplication::translate("cli", "Change"), TablePrinter::Align::Right);
    rows.addColumn(QCoreApplication::translate("cli", "Change %"), TablePrinter::Align::Right);
    for (const AoristicRow &row : result.rows)
      rows.addRow({names.group(*result.groupBy, row.key), count(row.a), count(row.b), signedCount(row.change),
                   SwedishFormat::changePercent(row.changePercent)});
    rows.print(stream);
  }
  stream.flush();
}
} // namespace

void AoristicOutput::addOptions(CommandLine &commandLine)
{
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("aoristic"), QCoreApplication::translate("cli", "Spread incidents with a time window over it (aoristic counts).")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("max-window-days"),
    QCoreApplication::translate("cli", "With --aoristic: windows longer than this are counted at their start (default 7)."),
    QStringLiteral("N"), QStringLiteral("7")));
}

bool AoristicOutput::requested(const CommandLine &commandLine)
{
  return commandLine.isSet(QStringLiteral("aoristic"));
}

std::optional<std::int64_t> AoristicOutput::limitSeconds(const CommandLine &commandLine)
{
  bool ok = false;
  const double days = commandLine.value(QStringLiteral("max-window-days")).toDouble(&ok);
  if (!ok || days < 0.0 || days > 366.0)
    return std::nullopt;
  return static_cast<std::int64_t>(days * kSecondsPerDay);
}

int AoristicOutput::runPatterns(const CommandLine &commandLine, const IncidentStore &store, const IncidentFilter &filter,
                                const DateRange &period)
{
  const auto limit = limitSeconds(commandLine);
  if (!limit)
    return commandLine.usageError(QCoreApplication::translate("cli", "--max-window-days must be a number of days from 0 to 366"));
  const auto tally = tallyOf(store, filter, period, *limit);
  if (!tally)
    return reportError(QStringLiteral("patterns"), tally.error());
  switch (commandLine.format())
  {
  case OutputFormat::Json:
    out() << QString::fromUtf8(AoristicExport::patternsJson(*tally));
    break;
  case OutputFormat::Csv:
    out() << QString::fromUtf8(AoristicExport::patternsCsv(*tally));
    break;
  case OutputFormat::Table:
    printPatterns(*tally, filter);
    break;
  }
  out().flush();
  return ExitSuccess;
}

int AoristicOutput::runCompare(const CommandLine &commandLine, const IncidentStore &store, const IncidentFilter &filter, const DateRange &a,
                               const DateRange &b, std::optional<GroupField> groupBy)
{
  const auto limit = limitSeconds(commandLine);
  if (!limit)
    return commandLine.usageError(QCoreApplication::translate("cli", "--max-window-days must be a number of days from 0 to 366"));
  auto tallyA = tallyOf(store, filter, a, *limit);
  if (!tallyA)
    return reportError(QStringLiteral("compare"), tallyA.error());
  auto tallyB = tallyOf(store, filter, b, *limit);
  if (!tallyB)
    return reportError(QStringLiteral("compare"), tallyB.error());
  const AoristicComparisonResult result = AoristicComparison::compare(std::move(*tallyA), std::move(*tallyB), groupBy);
  switch (commandLine.format())
  {
  case OutputFormat::Json:
    out() << QString::fromUtf8(AoristicExport::comparisonJson(result));
    break;
  case OutputFormat::Csv:
    out() << QString::fromUtf8(AoristicExport::comparisonCsv(result));
    break;
  case OutputFormat::Table:
    printComparison(result, filter, CodeNames::load(store));
    break;
  }
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
