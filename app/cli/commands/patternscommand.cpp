// lagesbild-cli patterns STORE --period FROM..TO [--kind] [filters] [--format]: when incidents
// happen — hour × weekday (local time), per month, category and source, the busiest hours,
// weekdays and days.
#include "analysis/analysisexport.h"
#include "analysis/timepatterns.h"
#include "cli/aoristicoutput.h"
#include "cli/codenames.h"
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/filteroptions.h"
#include "cli/storeopener.h"
#include "cli/swedishformat.h"
#include "cli/tableprinter.h"
#include "cli/timelabels.h"
#include "store/incidentstore.h"

#include <QCoreApplication>

#include <functional>

namespace lagesbild::cli
{
namespace
{
const QString kCommand = QStringLiteral("patterns");
constexpr int kBusiestShown = 5;

QString share(std::int64_t count, std::int64_t total)
{
  return total > 0 ? SwedishFormat::decimal(100.0 * static_cast<double>(count) / static_cast<double>(total), 1) + QStringLiteral("\u00a0%")
                   : SwedishFormat::missing();
}

void printKeyCounts(QTextStream &stream, const QString &header, const std::vector<KeyCount> &list, std::int64_t total,
                    const std::function<QString(const QString &)> &label)
{
  TablePrinter table;
  table.addColumn(header, TablePrinter::Align::Left);
  table.addColumn(QCoreApplication::translate("cli", "Count"), TablePrinter::Align::Right);
  table.addColumn(QCoreApplication::translate("cli", "Share"), TablePrinter::Align::Right);
  for (const KeyCount &item : list)
    table.addRow({label(item.key), SwedishFormat::integer(item.count), share(item.count, total)});
  table.print(stream);
  stream << '\n';
}

void printTable(const TimePatternsResult &result, const IncidentFilter &filter, const CodeNames &names)
{
  QTextStream &stream = out();
  stream << QCoreApplication::translate("cli", "Time patterns %1: %2, %3 in total")
              .arg(result.period.toString(), FilterOptions::kindLabel(filter), SwedishFormat::integer(result.total))
         << "\n\n";

  stream << QCoreApplication::translate("cli", "Hour of day (local time) × weekday") << '\n';
  TablePrinter matrix;
  matrix.addColumn(QString(), TablePrinter::Align::Left);
  for (int hour = 0; hour < 24; ++hour)
    matrix.addColumn(QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')), TablePrinter::Align::Right);
  matrix.addColumn(QCoreApplication::translate("cli", "Total"), TablePrinter::Align::Right);
  for (int weekday = 1; weekday <= 7; ++weekday)
  {
    QStringList row{TimeLabels::weekdayShort(weekday)};
    for (const std::int64_t count : result.hourByWeekday[static_cast<std::size_t>(weekday - 1)])
      row.append(SwedishFormat::integer(count));
    row.append(SwedishFormat::integer(result.weekdays[static_cast<std::size_t>(weekday - 1)]));
    matrix.addRow(row);
  }
  matrix.addRule();
  QStringList totals{QCoreApplication::translate("cli", "Total")};
  for (const std::int64_t count : result.hours)
    totals.append(SwedishFormat::integer(count));
  totals.append(SwedishFormat::integer(result.total));
  matrix.addRow(totals);
  matrix.print(stream);
  stream << '\n';

  if (result.total > 0)
  {
    QStringList hours;
    for (std::size_t i = 0; i < result.busiestHours.size() && i < kBusiestShown; ++i)
    {
      const int hour = result.busiestHours[i];
      hours.append(QCoreApplication::translate("cli", "%1 (%2 per day)")
                     .arg(TimeLabels::hourSpan(hour), SwedishFormat::decimal(result.hourAverage(hour), 2)));
    }
    stream << QCoreApplication::translate("cli", "Busiest hours: %1").arg(hours.join(QStringLiteral(", "))) << '\n';
    QStringList weekdays;
    for (std::size_t i = 0; i < result.busiestWeekdays.size() && i < 3; ++i)
    {
      const int weekday = result.busiestWeekdays[i];
      weekdays.append(QCoreApplication::translate("cli", "%1 (%2 per day)")
                        .arg(TimeLabels::weekday(weekday), SwedishFormat::decimal(result.weekdayAverage(weekday), 1)));
    }
    stream << QCoreApplication::translate("cli", "Busiest weekdays: %1").arg(weekdays.join(QStringLiteral(", "))) << '\n';
    QStringList days;
    for (std::size_t i = 0; i < result.busiestDays.size() && i < kBusiestShown; ++i)
      days.append(QStringLiteral("%1 (%2)").arg(result.busiestDays[i].key, SwedishFormat::integer(result.busiestDays[i].count)));
    stream << QCoreApplication::translate("cli", "Busiest days: %1").arg(days.join(QStringLiteral(", "))) << "\n\n";
  }

  printKeyCounts(stream, QCoreApplication::translate("cli", "Month"), result.months, result.total,
                 [](const QString &key) { return TimeLabels::month(key.mid(5, 2).toInt()) + QLatin1Char(' ') + key.left(4); });
  printKeyCounts(stream, QCoreApplication::translate("cli", "Category"), result.categories, result.total,
                 [&names](const QString &key) { return names.category(key); });
  printKeyCounts(stream, QCoreApplication::translate("cli", "Source"), result.sources, result.total,
                 [&names](const QString &key) { return names.source(key); });
  stream.flush();
}
} // namespace

int runPatternsCommand(const QStringList &arguments)
{
  CommandLine commandLine(
    kCommand, QCoreApplication::translate("cli", "Time patterns of one period: hour × weekday, month, category, source."),
    QStringLiteral("STORE --period FROM..TO [--kind crime|report|all] [--category C]... [--hours 18-02] [--weekdays 5,6]"));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("period"), QCoreApplication::translate("cli", "The period, local days, both included: 2021-01-01..2021-12-31."),
    QStringLiteral("FROM..TO")));
  FilterOptions::add(commandLine);
  AoristicOutput::addOptions(commandLine);
  commandLine.addFormatOption();
  if (const auto exit = commandLine.parse(arguments, 1, 1))
    return *exit;
  if (!commandLine.isSet(QStringLiteral("period")))
    return commandLine.usageError(QCoreApplication::translate("cli", "--period is required"));

  const auto period = DateRange::parse(commandLine.value(QStringLiteral("period")));
  if (!period)
    return reportError(kCommand, makeError(ErrorCode::BadInput, QStringLiteral("--period: ") + period.error().message));

  const auto store = openStore(kCommand, commandLine.positional().at(0), StoreAccess::Read);
  if (!store)
    return reportError(kCommand, store.error());
  const auto filter = FilterOptions::read(commandLine, **store);
  if (!filter)
  {
    if (filter.error().code == ErrorCode::Usage)
      return commandLine.usageError(filter.error().message);
    return reportError(kCommand, filter.error());
  }

  if (AoristicOutput::requested(commandLine))
    return AoristicOutput::runPatterns(commandLine, **store, *filter, *period);
  const auto result = TimePatterns::compute(**store, *filter, *period);
  if (!result)
    return reportError(kCommand, result.error());

  switch (commandLine.format())
  {
  case OutputFormat::Json:
    out() << QString::fromUtf8(AnalysisExport::patternsJson(*result));
    break;
  case OutputFormat::Csv:
    out() << QString::fromUtf8(AnalysisExport::patternsCsv(*result));
    break;
  case OutputFormat::Table:
    printTable(*result, *filter, CodeNames::load(**store));
    break;
  }
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
