// lagesbild-cli report STORE --period FROM..TO [--compare-to FROM..TO] [--template map-a4|map-a3|report|FILE.qpt]
// [--title T] [--comment TEXT] [--public [--min-count N]] [--intervention ID]... [filters] --out FILE.pdf|FILE.png:
// a printed map sheet or the lägesbild report (with a follow-up page per intervention) as a vector
// PDF or PNG, made headless from the QGIS layout templates (resources/layouts or a user's edited .qpt).
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/filteroptions.h"
#include "cli/storeopener.h"
#include "cli/swedishformat.h"
#include "print/reportlayout.h"
#include "print/reportwriter.h"
#include "store/incidentstore.h"

#include <QCoreApplication>

namespace lagesbild::cli
{

int runReportCommand(const QStringList &arguments)
{
  const QString command = QStringLiteral("report");
  CommandLine commandLine(
    command, QCoreApplication::translate("cli", "Print a map sheet or the lägesbild report to PDF (QGIS print layouts, headless)."),
    QStringLiteral(
      "STORE --period FROM..TO [--compare-to FROM..TO] [--template map-a4|map-a3|report|FILE.qpt] "
      "[--title T] [--comment TEXT] [--heatmap] [--public] [--min-count N] [--intervention ID]... "
      "[--reports-period FROM..TO] [--reports-compare-to FROM..TO] [--sum-kinds] [--kind crime|report|all] --out FILE.pdf|FILE.png"));
  commandLine.addOption(QCommandLineOption(QStringLiteral("period"),
                                           QCoreApplication::translate("cli", "The period shown, e.g. 2021-01-01..2021-12-12."),
                                           QStringLiteral("FROM..TO")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("compare-to"),
    QCoreApplication::translate("cli", "The earlier period to compare with (report: default the same days a year before)."),
    QStringLiteral("FROM..TO")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("reports-period"),
    QCoreApplication::translate("cli", "Report template: the period of the lägesbild reports when it differs from --period."),
    QStringLiteral("FROM..TO")));
  commandLine.addOption(
    QCommandLineOption(QStringLiteral("reports-compare-to"),
                       QCoreApplication::translate(
                         "cli", "Report template: the earlier period of the lägesbild reports (default the same days a year before)."),
                       QStringLiteral("FROM..TO")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("sum-kinds"),
    QCoreApplication::translate("cli", "Report template: also show the sum of reported crimes and reports (labelled as a sum).")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("template"), QCoreApplication::translate("cli", "map-a4, map-a3 or report, or a layout template (.qpt) edited in QGIS."),
    QStringLiteral("map-a4|map-a3|report|FILE.qpt"), QStringLiteral("map-a4")));
  commandLine.addOption(
    QCommandLineOption(QStringLiteral("intervention"),
                       QCoreApplication::translate("cli", "Report template: add a follow-up page for this intervention id (repeatable)."),
                       QStringLiteral("ID")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("dpi"),
                                           QCoreApplication::translate("cli", "PNG output: resolution in dpi (default 150)."),
                                           QStringLiteral("N"), QStringLiteral("150")));
  commandLine.addOption(
    QCommandLineOption(QStringLiteral("all-pages"),
                       QCoreApplication::translate("cli", "PNG output: one file per page (FILE.png, FILE_2.png …), not just the first.")));
  commandLine.addOption(
    QCommandLineOption(QStringLiteral("title"), QCoreApplication::translate("cli", "The title on the sheet."), QStringLiteral("T")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("comment"),
                                           QCoreApplication::translate("cli", "The coordinator's assessment (report template)."),
                                           QStringLiteral("TEXT")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("public"),
    QCoreApplication::translate("cli", "Public version: counts per grid cell instead of points, small counts suppressed.")));
  commandLine.addOption(
    QCommandLineOption(QStringLiteral("heatmap"),
                       QCoreApplication::translate("cli", "Map sheets: draw the heat map (kernel density) instead of the points.")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("min-count"),
                                           QCoreApplication::translate("cli", "Public version: hide counts below N (default 5)."),
                                           QStringLiteral("N"), QStringLiteral("5")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("cell-size"),
                                           QCoreApplication::translate("cli", "Public version: grid cell size in metres (default 250)."),
                                           QStringLiteral("METRES"), QStringLiteral("250")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("out"), QCoreApplication::translate("cli", "The PDF (or .png) to write."),
                                           QStringLiteral("FILE.pdf")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("save-template"),
    QCoreApplication::translate("cli", "Save the built-in template of --template as FILE.qpt to edit in QGIS, instead of printing."),
    QStringLiteral("FILE.qpt")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("write-default-templates"),
    QCoreApplication::translate("cli", "Developers: draw the default templates from code into DIR (how resources/layouts is made)."),
    QStringLiteral("DIR")));
  FilterOptions::add(commandLine);
  if (const auto exit = commandLine.parse(arguments, 0, 1))
    return *exit;

  if (commandLine.isSet(QStringLiteral("write-default-templates")))
  {
    const QString directory = commandLine.value(QStringLiteral("write-default-templates"));
    if (const auto written = ReportWriter::writeDefaultTemplates(directory); !written)
      return reportError(command, written.error());
    out() << QCoreApplication::translate("cli", "Wrote map-a4.qpt, map-a3.qpt, report.qpt and followup.qpt to %1\n").arg(directory);
    out().flush();
    return ExitSuccess;
  }
  const QString templateValue = commandLine.value(QStringLiteral("template"));
  auto layoutTemplate = reportTemplateFromName(templateValue);
  QString templatePath;
  if (!layoutTemplate && templateValue.endsWith(QLatin1String(".qpt"), Qt::CaseInsensitive))
  {
    const auto document = ReportLayout::readTemplate(templateValue);
    if (!document)
      return reportError(command, document.error());
    layoutTemplate = ReportLayout::kindOf(*document);
    templatePath = templateValue;
  }
  if (!layoutTemplate)
    return commandLine.usageError(
      QCoreApplication::translate("cli", "unknown --template \"%1\": use map-a4, map-a3, report or a .qpt file").arg(templateValue));
  if (commandLine.isSet(QStringLiteral("save-template")))
  {
    const QString path = commandLine.value(QStringLiteral("save-template"));
    const auto saved = ReportWriter::saveTemplate(*layoutTemplate, path);
    if (!saved)
      return reportError(command, saved.error());
    out() << QCoreApplication::translate("cli", "Wrote the %1 template to %2\n").arg(reportTemplateName(*layoutTemplate), path);
    out().flush();
    return ExitSuccess;
  }
  if (commandLine.positional().size() != 1)
    return commandLine.usageError(QCoreApplication::translate("cli", "the store is required"));

  if (!commandLine.isSet(QStringLiteral("period")))
    return commandLine.usageError(QCoreApplication::translate("cli", "--period is required"));
  if (!commandLine.isSet(QStringLiteral("out")))
    return commandLine.usageError(QCoreApplication::translate("cli", "--out is required"));
  bool dpiOk = false;
  const int dpi = commandLine.value(QStringLiteral("dpi")).toInt(&dpiOk);
  if (!dpiOk || dpi < 30 || dpi > 1200)
    return commandLine.usageError(QCoreApplication::translate("cli", "--dpi must be a whole number from 30 to 1200"));
  std::vector<std::int64_t> interventionIds;
  for (const QString &value : commandLine.values(QStringLiteral("intervention")))
  {
    bool idOk = false;
    interventionIds.push_back(value.toLongLong(&idOk));
    if (!idOk)
      return commandLine.usageError(QCoreApplication::translate("cli", "--intervention must be a number, not \"%1\"").arg(value));
  }
  if (!interventionIds.empty() && *layoutTemplate != ReportTemplate::Report)
    return commandLine.usageError(QCoreApplication::translate("cli", "--intervention needs --template report"));
  bool minimumOk = false;
  const int minimumCount = commandLine.value(QStringLiteral("min-count")).toInt(&minimumOk);
  if (!minimumOk || minimumCount < 1)
    return commandLine.usageError(QCoreApplication::translate("cli", "--min-count must be a whole number of at least 1"));
  bool cellOk = false;
  const double cellSize = commandLine.value(QStringLiteral("cell-size")).toDouble(&cellOk);
  if (!cellOk || cellSize < 10.0 || cellSize > 100000.0)
    return commandLine.usageError(QCoreApplication::translate("cli", "--cell-size must be between 10 and 100000 metres"));

  ReportOptions options;
  const auto period = DateRange::parse(commandLine.value(QStringLiteral("period")));
  if (!period)
    return reportError(command, makeError(ErrorCode::BadInput, QStringLiteral("--period: ") + period.error().message));
  options.period = *period;
  if (commandLine.isSet(QStringLiteral("compare-to")))
  {
    const auto compareTo = DateRange::parse(commandLine.value(QStringLiteral("compare-to")));
    if (!compareTo)
      return reportError(command, makeError(ErrorCode::BadInput, QStringLiteral("--compare-to: ") + compareTo.error().message));
    options.compareTo = *compareTo;
  }
  const auto readRange = [&commandLine](const QString &name, std::optional<DateRange> &target) -> std::optional<Error>
  {
    if (!commandLine.isSet(name))
      return std::nullopt;
    const auto range = DateRange::parse(commandLine.value(name));
    if (!range)
      return makeError(ErrorCode::BadInput, QStringLiteral("--%1: %2").arg(name, range.error().message));
    target = *range;
    return std::nullopt;
  };
  if (const auto error = readRange(QStringLiteral("reports-period"), options.reportsPeriod))
    return reportError(command, *error);
  if (const auto error = readRange(QStringLiteral("reports-compare-to"), options.reportsCompareTo))
    return reportError(command, *error);
  options.sumKinds = commandLine.isSet(QStringLiteral("sum-kinds"));
  options.storePath = commandLine.positional().at(0);
  options.layoutTemplate = *layoutTemplate;
  options.templatePath = templatePath;
  options.interventionIds = interventionIds;
  options.imageDpi = dpi;
  options.imageAllPages = commandLine.isSet(QStringLiteral("all-pages"));
  options.title = commandLine.value(QStringLiteral("title"));
  options.comment = commandLine.value(QStringLiteral("comment"));
  options.publicVersion = commandLine.isSet(QStringLiteral("public"));
  options.heatMap = commandLine.isSet(QStringLiteral("heatmap"));
  options.minimumCount = minimumCount;
  options.publicCellSize = cellSize;
  options.outputPath = commandLine.value(QStringLiteral("out"));
  // Open for reading until the report is written: QGIS returns a GeoPackage to rollback-journal
  // mode when it closes its last handle on it, which SQLite refuses while this connection is open,
  // so the store is not changed.
  const auto store = openStore(command, options.storePath, StoreAccess::Read);
  if (!store)
    return reportError(command, store.error());
  const auto filter = FilterOptions::read(commandLine, **store);
  if (!filter)
  {
    if (filter.error().code == ErrorCode::Usage)
      return commandLine.usageError(filter.error().message);
    return reportError(command, filter.error());
  }
  options.filter = *filter;

  const auto summary = ReportWriter::write(options);
  if (!summary)
    return reportError(command, summary.error());
  // "%n page(s)" has Swedish singular and plural forms ("1 sida", "3 sidor"); numbers as in Swedish.
  out() << QCoreApplication::translate("cli", "Wrote %1 (%n page(s), %2 incidents) in %3 s\n", nullptr, summary->pages)
             .arg(summary->files.join(QStringLiteral(", ")), SwedishFormat::integer(summary->incidents),
                  SwedishFormat::decimal(summary->seconds, 2));
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
