// lagesbild-cli compare STORE --a FROM..TO --b FROM..TO [--kind] [--by] [filters] [--format]:
// two periods side by side with the change, rates per 30 days and an exact Poisson p-value,
// optionally broken down by category, source, area, hour, weekday or month.
#include "analysis/analysisexport.h"
#include "analysis/periodcomparison.h"
#include "cli/aoristicoutput.h"
#include "cli/codenames.h"
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/filteroptions.h"
#include "cli/storeopener.h"
#include "cli/swedishformat.h"
#include "cli/tableprinter.h"
#include "store/incidentstore.h"

#include <QCoreApplication>

namespace lagesbild::cli
{
namespace
{
const QString kCommand = QStringLiteral("compare");

struct GroupChoice
{
    const char *name;
    std::optional<GroupField> field;
};

const GroupChoice kGroupChoices[] = {
  {"none", std::nullopt},     {"category", GroupField::Category}, {"source", GroupField::Source}, {"area", GroupField::Area},
  {"hour", GroupField::Hour}, {"weekday", GroupField::Weekday},   {"month", GroupField::Month},
};

QString groupHeader(GroupField field)
{
  switch (field)
  {
  case GroupField::Category:
    return QCoreApplication::translate("cli", "Category");
  case GroupField::Source:
    return QCoreApplication::translate("cli", "Source");
  case GroupField::Area:
    return QCoreApplication::translate("cli", "Area");
  case GroupField::Hour:
    return QCoreApplication::translate("cli", "Hour");
  case GroupField::Weekday:
    return QCoreApplication::translate("cli", "Weekday");
  case GroupField::Month:
    return QCoreApplication::translate("cli", "Month");
  default:
    return QString();
  }
}

//! "p = 0,018" or "p < 0,001"
QString pText(double pValue)
{
  const QString value = SwedishFormat::pValue(pValue);
  return value.startsWith(QLatin1Char('<')) ? QStringLiteral("p ") + value : QStringLiteral("p = ") + value;
}

void printTable(const ComparisonResult &result, const IncidentFilter &filter, const CodeNames &names)
{
  QTextStream &stream = out();
  stream << QCoreApplication::translate("cli", "Period comparison: %1").arg(FilterOptions::kindLabel(filter)) << "\n\n";

  TablePrinter periods;
  periods.addColumn(QString(), TablePrinter::Align::Left);
  periods.addColumn(QCoreApplication::translate("cli", "Period"), TablePrinter::Align::Left);
  periods.addColumn(QCoreApplication::translate("cli", "Days"), TablePrinter::Align::Right);
  periods.addColumn(QCoreApplication::translate("cli", "Count"), TablePrinter::Align::Right);
  periods.addColumn(QCoreApplication::translate("cli", "Per 30 days"), TablePrinter::Align::Right);
  for (const auto &[label, side] : {std::pair{QStringLiteral("A"), &result.a}, std::pair{QStringLiteral("B"), &result.b}})
    periods.addRow({label, side->period.toString(), SwedishFormat::integer(side->period.dayCount()), SwedishFormat::integer(side->total),
                    SwedishFormat::decimal(side->ratePer30Days, 1)});
  periods.print(stream);

  stream << '\n'
         << QCoreApplication::translate("cli", "Change: %1 (%2), %3")
              .arg(SwedishFormat::signedInteger(result.change), SwedishFormat::changePercent(result.changePercent), pText(result.pValue))
         << '\n'
         << QCoreApplication::translate("cli", "p: exact test of two Poisson counts, allowing for the periods' lengths (two-sided).")
         << '\n';

  if (result.groupBy && !result.rows.empty())
  {
    stream << '\n';
    TablePrinter rows;
    rows.addColumn(groupHeader(*result.groupBy), TablePrinter::Align::Left);
    rows.addColumn(QStringLiteral("A"), TablePrinter::Align::Right);
    rows.addColumn(QStringLiteral("B"), TablePrinter::Align::Right);
    rows.addColumn(QCoreApplication::translate("cli", "Change"), TablePrinter::Align::Right);
    rows.addColumn(QCoreApplication::translate("cli", "Change %"), TablePrinter::Align::Right);
    rows.addColumn(QStringLiteral("p"), TablePrinter::Align::Right);
    rows.addColumn(QCoreApplication::translate("cli", "p (FDR)"), TablePrinter::Align::Right);
    for (const ComparisonRow &row : result.rows)
      rows.addRow({names.group(*result.groupBy, row.key), SwedishFormat::integer(row.a), SwedishFormat::integer(row.b),
                   SwedishFormat::signedInteger(row.change), SwedishFormat::changePercent(row.changePercent),
                   SwedishFormat::pValue(row.pValue), SwedishFormat::pValue(row.pAdjusted)});
    rows.addRule();
    rows.addRow({QCoreApplication::translate("cli", "Total"), SwedishFormat::integer(result.a.total),
                 SwedishFormat::integer(result.b.total), SwedishFormat::signedInteger(result.change),
                 SwedishFormat::changePercent(result.changePercent), SwedishFormat::pValue(result.pValue)});
    rows.print(stream);
    stream << QCoreApplication::translate("cli", "p (FDR): adjusted across the rows (Benjamini–Hochberg).") << '\n';
  }
  stream.flush();
}
} // namespace

int runCompareCommand(const QStringList &arguments)
{
  CommandLine commandLine(kCommand,
                          QCoreApplication::translate("cli", "Compare two periods (local days, both included) with an exact Poisson test."),
                          QStringLiteral("STORE --a FROM..TO --b FROM..TO [--kind crime|report|all] "
                                         "[--by none|category|source|area|hour|weekday|month] [--category C]..."));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("a"), QCoreApplication::translate("cli", "The first period, e.g. 2020-01-01..2020-12-12."), QStringLiteral("FROM..TO")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("b"),
                                           QCoreApplication::translate("cli", "The second period, e.g. 2021-01-01..2021-12-12."),
                                           QStringLiteral("FROM..TO")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("by"), QCoreApplication::translate("cli", "Break down by category, source, area, hour, weekday or month."),
    QStringLiteral("none|category|source|area|hour|weekday|month"), QStringLiteral("none")));
  FilterOptions::add(commandLine);
  AoristicOutput::addOptions(commandLine);
  commandLine.addFormatOption();
  if (const auto exit = commandLine.parse(arguments, 1, 1))
    return *exit;

  if (!commandLine.isSet(QStringLiteral("a")) || !commandLine.isSet(QStringLiteral("b")))
    return commandLine.usageError(QCoreApplication::translate("cli", "both --a and --b are required"));
  std::optional<std::optional<GroupField>> groupBy;
  const QString by = commandLine.value(QStringLiteral("by")).trimmed().toLower();
  for (const GroupChoice &choice : kGroupChoices)
  {
    if (by == QLatin1String(choice.name))
      groupBy = choice.field;
  }
  if (!groupBy)
    return commandLine.usageError(
      QCoreApplication::translate("cli", "unknown --by \"%1\": use none, category, source, area, hour, weekday or month").arg(by));

  const auto periodA = DateRange::parse(commandLine.value(QStringLiteral("a")));
  if (!periodA)
    return reportError(kCommand, makeError(ErrorCode::BadInput, QStringLiteral("--a: ") + periodA.error().message));
  const auto periodB = DateRange::parse(commandLine.value(QStringLiteral("b")));
  if (!periodB)
    return reportError(kCommand, makeError(ErrorCode::BadInput, QStringLiteral("--b: ") + periodB.error().message));

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
    return AoristicOutput::runCompare(commandLine, **store, *filter, *periodA, *periodB, *groupBy);
  const auto result = PeriodComparison::compare(**store, *filter, *periodA, *periodB, *groupBy);
  if (!result)
    return reportError(kCommand, result.error());

  switch (commandLine.format())
  {
  case OutputFormat::Json:
    out() << QString::fromUtf8(AnalysisExport::comparisonJson(*result));
    break;
  case OutputFormat::Csv:
    out() << QString::fromUtf8(AnalysisExport::comparisonCsv(*result));
    break;
  case OutputFormat::Table:
    printTable(*result, *filter, CodeNames::load(**store));
    break;
  }
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
