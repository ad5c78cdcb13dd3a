// lagesbild-cli evaluate STORE --intervention ID: follow-up of one intervention — incidents in the
// treated area, the buffer around it and a control area before and after, the exact Poisson test
// of the treated change, the weighted displacement quotient and its verdict in plain words, and
// the weekly timeline. Table (default), JSON or CSV.
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/storeopener.h"
#include "followup/followupexport.h"
#include "followup/interventionevaluation.h"
#include "store/incidentstore.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace lagesbild::cli
{
namespace
{
const QString kCommand = QStringLiteral("evaluate");

std::optional<int> parsePositiveInt(const QString &text)
{
  bool ok = false;
  const int value = text.toInt(&ok);
  if (!ok || value < 1)
    return std::nullopt;
  return value;
}

QString count(std::int64_t value)
{
  return QLocale().toString(static_cast<qlonglong>(value));
}

QString signedCount(std::int64_t value)
{
  return (value > 0 ? QStringLiteral("+") : QString()) + count(value);
}

QString percent(const std::optional<double> &value)
{
  if (!value)
    return QStringLiteral("–");
  const QString number = QLocale().toString(*value, 'f', 1);
  return (*value > 0 ? QStringLiteral("+") : QString()) + number + QStringLiteral(" %");
}

QString optionalDecimal(const std::optional<double> &value, int decimals)
{
  return value ? QLocale().toString(*value, 'f', decimals) : QCoreApplication::translate("cli", "cannot be computed");
}

QString pValueText(double pValue)
{
  return pValue < 0.001 ? QStringLiteral("< ") + QLocale().toString(0.001, 'f', 3) : QLocale().toString(pValue, 'f', 3);
}

QString period(const DateRange &range)
{
  return QCoreApplication::translate("cli", "%1 (%2 days)").arg(range.toString()).arg(range.dayCount());
}

void printTable(const InterventionEvaluation &evaluation)
{
  QTextStream &stream = out();
  const Intervention &intervention = evaluation.intervention();
  const StockholmTime &time = StockholmTime::instance();
  const DisplacementQuotient &displacement = evaluation.displacement();

  QString title = intervention.title.isEmpty() ? QString() : QStringLiteral(": ") + intervention.title;
  if (!intervention.type.isEmpty())
    title += QStringLiteral(" (%1)").arg(intervention.type);
  stream << QCoreApplication::translate("cli", "Follow-up of intervention %1%2\n").arg(intervention.id).arg(title);
  const QString end = intervention.endUtc ? time.formatIso(*intervention.endUtc) : QCoreApplication::translate("cli", "ongoing");
  stream << QCoreApplication::translate("cli", "Intervention period: %1 – %2\n").arg(time.formatIso(intervention.startUtc), end);
  stream << QCoreApplication::translate("cli", "Treated area:  %1\n").arg(evaluation.treatedDescription());
  stream << QCoreApplication::translate("cli", "Buffer:        %1 m outside the treated area\n")
              .arg(QLocale().toString(evaluation.options().bufferWidth, 'f', 0));
  stream << QCoreApplication::translate("cli", "Control area:  %1\n").arg(evaluation.controlDescription());
  stream << QCoreApplication::translate("cli", "Before:        %1\n").arg(period(evaluation.periods().before()));
  if (evaluation.periods().during())
    stream << QCoreApplication::translate("cli", "During:        %1 (not compared)\n").arg(period(*evaluation.periods().during()));
  stream << QCoreApplication::translate("cli", "After:         %1\n\n").arg(period(evaluation.periods().after()));

  const QStringList header = {QCoreApplication::translate("cli", "Zone"),     QCoreApplication::translate("cli", "Before"),
                              QCoreApplication::translate("cli", "After"),    QCoreApplication::translate("cli", "Change"),
                              QCoreApplication::translate("cli", "Change %"), QCoreApplication::translate("cli", "p-value")};
  std::vector<QStringList> rows = {header};
  const auto zoneRow = [&](const QString &name, const ZoneSummary &zone)
  {
    rows.push_back({name, count(zone.counts.before), count(zone.counts.after), signedCount(zone.change), percent(zone.changePercent),
                    pValueText(zone.pValue)});
  };
  zoneRow(QCoreApplication::translate("cli", "Treated area"), evaluation.treated());
  zoneRow(QCoreApplication::translate("cli", "Buffer"), evaluation.buffer());
  zoneRow(QCoreApplication::translate("cli", "Control area"), evaluation.control());
  std::vector<int> widths(header.size(), 0);
  for (const QStringList &row : rows)
    for (int i = 0; i < row.size(); ++i)
      widths[i] = std::max(widths[i], static_cast<int>(row[i].size()));
  for (const QStringList &row : rows)
  {
    QString line = row[0].leftJustified(widths[0]);
    for (int i = 1; i < row.size(); ++i)
      line += QStringLiteral("  ") + row[i].rightJustified(widths[i]);
    stream << line << '\n';
  }

  stream << '\n';
  stream << QCoreApplication::translate("cli", "Success measure (Ra/Ca − Rb/Cb):       %1\n")
              .arg(optionalDecimal(displacement.successMeasure(), 4));
  stream << QCoreApplication::translate("cli", "Buffer displacement (Ba/Ca − Bb/Cb):   %1\n")
              .arg(optionalDecimal(displacement.bufferDisplacementMeasure(), 4));
  // The WDQ relates the buffer to a gain in the treated area: without one it means nothing.
  QString quotient = optionalDecimal(displacement.quotient(), 2);
  const bool treatedImproved =
    evaluation.verdict() != FollowUpVerdict::NoEffect && evaluation.verdict() != FollowUpVerdict::TooFewIncidents;
  if (displacement.quotient() && !treatedImproved)
    quotient += QLatin1Char(' ') + QCoreApplication::translate("cli", "(not meaningful: no measurable effect in the treated area)");
  stream << QCoreApplication::translate("cli", "Weighted displacement quotient (WDQ):  %1\n").arg(quotient);
  stream << QCoreApplication::translate("cli", "Total net effect (incidents avoided):  %1\n\n")
              .arg(optionalDecimal(displacement.totalNetEffect(), 1));

  stream << verdictTitle(evaluation.verdict()) << '\n';
  stream << evaluation.explanation() << '\n';
  for (const QString &warning : evaluation.warnings())
    stream << QCoreApplication::translate("cli", "Note: %1\n").arg(warning);

  stream << '\n'
         << QCoreApplication::translate("cli", "Incidents per week in the treated area, the buffer and the control area (ISO weeks)\n");
  const QStringList weekHeader = {QCoreApplication::translate("cli", "Week"),   QCoreApplication::translate("cli", "Monday"),
                                  QCoreApplication::translate("cli", "Period"), QCoreApplication::translate("cli", "Treated"),
                                  QCoreApplication::translate("cli", "Buffer"), QCoreApplication::translate("cli", "Control")};
  std::vector<QStringList> weekRows = {weekHeader};
  for (const TimelineWeek &week : evaluation.timeline())
  {
    QStringList phases;
    if (week.daysBefore > 0)
      phases << QCoreApplication::translate("cli", "before");
    if (week.daysDuring > 0)
      phases << QCoreApplication::translate("cli", "during");
    if (week.daysAfter > 0)
      phases << QCoreApplication::translate("cli", "after");
    weekRows.push_back({FollowUpExport::isoWeekLabel(week.isoYear, week.isoWeek), week.weekStart.toString(Qt::ISODate),
                        phases.join(QLatin1Char('/')), count(week.treated), count(week.buffer), count(week.control)});
  }
  std::vector<int> weekWidths(weekHeader.size(), 0);
  for (const QStringList &row : weekRows)
    for (int i = 0; i < row.size(); ++i)
      weekWidths[i] = std::max(weekWidths[i], static_cast<int>(row[i].size()));
  for (const QStringList &row : weekRows)
  {
    QString line;
    for (int i = 0; i < row.size(); ++i)
    {
      if (i > 0)
        line += QStringLiteral("  ");
      line += i < 3 ? row[i].leftJustified(weekWidths[i]) : row[i].rightJustified(weekWidths[i]);
    }
    stream << line.trimmed() << '\n';
  }
  stream.flush();
}
} // namespace

int runEvaluateCommand(const QStringList &arguments)
{
  CommandLine commandLine(
    kCommand,
    QCoreApplication::translate("cli", "Follow up an intervention: incidents in the treated area, a buffer around it "
                                       "and a control area before and after, with an exact Poisson test and the "
                                       "weighted displacement quotient (displacement or diffusion of benefits)."),
    QStringLiteral("STORE --intervention ID [--before-days N] [--after-days N] [--after-from start|end] [--buffer M] "
                   "[--control AREA] [--kind crime|report|all] [--category C]... [--source S]... [--format table|json|csv]"));
  commandLine.addOption(QCommandLineOption(QStringLiteral("intervention"), QCoreApplication::translate("cli", "Id of the intervention."),
                                           QStringLiteral("ID")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("before-days"),
                                           QCoreApplication::translate("cli", "Days before the start to compare with (default 28)."),
                                           QStringLiteral("N"), QStringLiteral("28")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("after-days"),
                                           QCoreApplication::translate("cli", "Days of the after period (default: as many as before)."),
                                           QStringLiteral("N")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("after-from"),
                                           QCoreApplication::translate("cli", "Where the after period begins: start (the intervention's "
                                                                              "first day, default) or end (the day after it ended)."),
                                           QStringLiteral("start|end"), QStringLiteral("start")));
  commandLine.addOption(QCommandLineOption(
    QStringLiteral("buffer"), QCoreApplication::translate("cli", "Width in metres of the buffer around the treated area (default 200)."),
    QStringLiteral("M"), QStringLiteral("200")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("control"),
                                           QCoreApplication::translate("cli", "Area code of the control area (default: the municipality)."),
                                           QStringLiteral("AREA")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("kind"), QCoreApplication::translate("cli", "crime, report or all (default)."),
                                           QStringLiteral("crime|report|all"), QStringLiteral("all")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("category"),
                                           QCoreApplication::translate("cli", "Only this category (repeatable)."), QStringLiteral("C")));
  commandLine.addOption(QCommandLineOption(QStringLiteral("source"), QCoreApplication::translate("cli", "Only this source (repeatable)."),
                                           QStringLiteral("S")));
  commandLine.addFormatOption();
  if (const auto exit = commandLine.parse(arguments, 1, 1))
    return *exit;

  // Options.
  if (!commandLine.isSet(QStringLiteral("intervention")))
    return commandLine.usageError(QCoreApplication::translate("cli", "--intervention ID is required"));
  bool idOk = false;
  const qlonglong interventionId = commandLine.value(QStringLiteral("intervention")).toLongLong(&idOk);
  if (!idOk)
    return commandLine.usageError(QCoreApplication::translate("cli", "--intervention must be a number, not \"%1\"")
                                    .arg(commandLine.value(QStringLiteral("intervention"))));

  EvaluationOptions options;
  const auto beforeDays = parsePositiveInt(commandLine.value(QStringLiteral("before-days")));
  if (!beforeDays)
    return commandLine.usageError(QCoreApplication::translate("cli", "--before-days must be a whole number of days, at least 1"));
  options.beforeDays = *beforeDays;
  options.afterDays = *beforeDays;
  if (commandLine.isSet(QStringLiteral("after-days")))
  {
    const auto afterDays = parsePositiveInt(commandLine.value(QStringLiteral("after-days")));
    if (!afterDays)
      return commandLine.usageError(QCoreApplication::translate("cli", "--after-days must be a whole number of days, at least 1"));
    options.afterDays = *afterDays;
  }
  const QString afterFrom = commandLine.value(QStringLiteral("after-from")).toLower();
  if (afterFrom == QLatin1String("end"))
    options.afterStart = AfterPeriodStart::InterventionEnd;
  else if (afterFrom != QLatin1String("start"))
    return commandLine.usageError(QCoreApplication::translate("cli", "unknown --after-from \"%1\": use start or end").arg(afterFrom));
  bool bufferOk = false;
  options.bufferWidth = commandLine.value(QStringLiteral("buffer")).toDouble(&bufferOk);
  if (!bufferOk || !(options.bufferWidth > 0.0))
    return commandLine.usageError(QCoreApplication::translate("cli", "--buffer must be a distance in metres above 0"));
  options.controlAreaCode = commandLine.value(QStringLiteral("control"));
  const QString kind = commandLine.value(QStringLiteral("kind")).toLower();
  if (kind != QLatin1String("all"))
  {
    options.filter.kind = kindFromCode(kind);
    if (!options.filter.kind)
      return commandLine.usageError(QCoreApplication::translate("cli", "unknown --kind \"%1\": use crime, report or all").arg(kind));
  }
  options.filter.categories = commandLine.values(QStringLiteral("category"));
  options.filter.sources = commandLine.values(QStringLiteral("source"));
  options.today = StockholmTime::instance().localDate(QDateTime::currentSecsSinceEpoch());

  // Store, intervention and areas.
  const QString path = commandLine.positional().at(0);
  const auto store = openStore(kCommand, path, StoreAccess::Read);
  if (!store)
    return reportError(kCommand, store.error());
  const auto interventions = (*store)->interventions();
  if (!interventions)
    return reportError(kCommand, interventions.error());
  const auto found = std::find_if(interventions->begin(), interventions->end(),
                                  [&](const Intervention &intervention) { return intervention.id == interventionId; });
  if (found == interventions->end())
    return reportError(
      kCommand, makeError(ErrorCode::NotFound,
                          QCoreApplication::translate("cli", "%1: there is no intervention with id %2").arg(path).arg(interventionId)));
  const auto areas = (*store)->areas();
  if (!areas)
    return reportError(kCommand, areas.error());

  const auto evaluation = InterventionEvaluation::evaluate(**store, *found, *areas, options);
  if (!evaluation)
    return reportError(kCommand, evaluation.error());

  switch (commandLine.format())
  {
  case OutputFormat::Json:
    out() << QString::fromUtf8(FollowUpExport::evaluationJson(*evaluation)) << '\n';
    out().flush();
    break;
  case OutputFormat::Csv:
    out() << QString::fromUtf8(FollowUpExport::evaluationCsv(*evaluation));
    out().flush();
    break;
  case OutputFormat::Table:
    printTable(*evaluation);
    break;
  }
  return ExitSuccess;
}

} // namespace lagesbild::cli
