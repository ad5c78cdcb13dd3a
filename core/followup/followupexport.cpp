#include "followupexport.h"

#include "analysis/analysisexport.h"
#include "analysis/jsonwriter.h"
#include "time/stockholmtime.h"

#include <QLocale>
#include <QStringList>

namespace lagesbild
{
namespace
{
QString phases(const TimelineWeek &week)
{
  QStringList names;
  if (week.daysBefore > 0)
    names << QStringLiteral("before");
  if (week.daysDuring > 0)
    names << QStringLiteral("during");
  if (week.daysAfter > 0)
    names << QStringLiteral("after");
  return names.join(QLatin1Char('+'));
}

void writePeriod(JsonWriter &json, const QString &name, const std::optional<DateRange> &period)
{
  json.key(name);
  if (!period)
  {
    json.null();
    return;
  }
  json.beginObject();
  json.key(QStringLiteral("from")).value(period->from().toString(Qt::ISODate));
  json.key(QStringLiteral("to")).value(period->to().toString(Qt::ISODate));
  json.key(QStringLiteral("days")).value(period->dayCount());
  json.endObject();
}

void writeZone(JsonWriter &json, const QString &name, const ZoneSummary &zone)
{
  json.key(name).beginObject();
  json.key(QStringLiteral("before")).value(zone.counts.before);
  json.key(QStringLiteral("after")).value(zone.counts.after);
  json.key(QStringLiteral("change")).value(zone.change);
  json.key(QStringLiteral("change_pct")).value(zone.changePercent);
  json.key(QStringLiteral("p_value")).value(zone.pValue);
  json.endObject();
}

void writeOptionalText(JsonWriter &json, const QString &name, const QString &text)
{
  json.key(name);
  if (text.isEmpty())
    json.null();
  else
    json.value(text);
}
} // namespace

QString FollowUpExport::isoWeekLabel(int isoYear, int isoWeek)
{
  return QStringLiteral("%1-W%2").arg(isoYear).arg(isoWeek, 2, 10, QLatin1Char('0'));
}

QByteArray FollowUpExport::evaluationJson(const InterventionEvaluation &evaluation)
{
  const StockholmTime &time = StockholmTime::instance();
  const Intervention &intervention = evaluation.intervention();
  const DisplacementQuotient &displacement = evaluation.displacement();

  JsonWriter json;
  json.beginObject();
  json.key(QStringLiteral("intervention")).beginObject();
  json.key(QStringLiteral("id")).value(intervention.id);
  json.key(QStringLiteral("title")).value(intervention.title);
  json.key(QStringLiteral("type")).value(intervention.type);
  json.key(QStringLiteral("start")).value(time.formatIso(intervention.startUtc));
  writeOptionalText(json, QStringLiteral("end"), intervention.endUtc ? time.formatIso(*intervention.endUtc) : QString());
  json.key(QStringLiteral("treated_area")).value(evaluation.treatedDescription());
  json.key(QStringLiteral("buffer_m")).value(evaluation.options().bufferWidth);
  json.key(QStringLiteral("control_area")).value(evaluation.controlDescription());
  writeOptionalText(json, QStringLiteral("control_area_code"), evaluation.controlAreaCode());
  json.endObject();

  writePeriod(json, QStringLiteral("before"), evaluation.periods().before());
  writePeriod(json, QStringLiteral("during"), evaluation.periods().during());
  writePeriod(json, QStringLiteral("after"), evaluation.periods().after());

  json.key(QStringLiteral("zones")).beginObject();
  writeZone(json, QStringLiteral("treated"), evaluation.treated());
  writeZone(json, QStringLiteral("buffer"), evaluation.buffer());
  writeZone(json, QStringLiteral("control"), evaluation.control());
  json.endObject();

  json.key(QStringLiteral("success_measure")).value(displacement.successMeasure());
  json.key(QStringLiteral("buffer_displacement_measure")).value(displacement.bufferDisplacementMeasure());
  json.key(QStringLiteral("wdq")).value(displacement.quotient());
  json.key(QStringLiteral("total_net_effect")).value(displacement.totalNetEffect());
  json.key(QStringLiteral("significance_level")).value(evaluation.options().significanceLevel);
  json.key(QStringLiteral("verdict")).value(verdictCode(evaluation.verdict()));
  json.key(QStringLiteral("verdict_title")).value(verdictTitle(evaluation.verdict()));
  json.key(QStringLiteral("explanation")).value(evaluation.explanation());

  json.key(QStringLiteral("warnings")).beginArray();
  for (const QString &warning : evaluation.warnings())
    json.value(warning);
  json.endArray();

  json.key(QStringLiteral("timeline")).beginArray();
  for (const TimelineWeek &week : evaluation.timeline())
  {
    json.beginObject();
    json.key(QStringLiteral("week")).value(isoWeekLabel(week.isoYear, week.isoWeek));
    json.key(QStringLiteral("week_start")).value(week.weekStart.toString(Qt::ISODate));
    json.key(QStringLiteral("days_before")).value(week.daysBefore);
    json.key(QStringLiteral("days_during")).value(week.daysDuring);
    json.key(QStringLiteral("days_after")).value(week.daysAfter);
    json.key(QStringLiteral("treated")).value(week.treated);
    json.key(QStringLiteral("buffer")).value(week.buffer);
    json.key(QStringLiteral("control")).value(week.control);
    json.endObject();
  }
  json.endArray();
  json.endObject();
  return json.toUtf8();
}

QByteArray FollowUpExport::evaluationCsv(const InterventionEvaluation &evaluation)
{
  QString text =
    AnalysisExport::csvLine({QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("before"), QStringLiteral("after"),
                             QStringLiteral("change"), QStringLiteral("change_pct"), QStringLiteral("p_value"), QStringLiteral("value"),
                             QStringLiteral("treated"), QStringLiteral("buffer"), QStringLiteral("control")});
  const auto zoneLine = [&](const QString &key, const ZoneSummary &zone)
  {
    text += AnalysisExport::csvLine({QStringLiteral("zone"), key, QString::number(zone.counts.before), QString::number(zone.counts.after),
                                     QString::number(zone.change), AnalysisExport::optionalNumber(zone.changePercent),
                                     AnalysisExport::number(zone.pValue), QString(), QString(), QString(), QString()});
  };
  zoneLine(QStringLiteral("treated"), evaluation.treated());
  zoneLine(QStringLiteral("buffer"), evaluation.buffer());
  zoneLine(QStringLiteral("control"), evaluation.control());

  const DisplacementQuotient &displacement = evaluation.displacement();
  const auto measureLine = [&](const QString &key, const QString &value)
  {
    text += AnalysisExport::csvLine(
      {QStringLiteral("measure"), key, QString(), QString(), QString(), QString(), QString(), value, QString(), QString(), QString()});
  };
  measureLine(QStringLiteral("success_measure"), AnalysisExport::optionalNumber(displacement.successMeasure()));
  measureLine(QStringLiteral("buffer_displacement_measure"), AnalysisExport::optionalNumber(displacement.bufferDisplacementMeasure()));
  measureLine(QStringLiteral("wdq"), AnalysisExport::optionalNumber(displacement.quotient()));
  measureLine(QStringLiteral("total_net_effect"), AnalysisExport::optionalNumber(displacement.totalNetEffect()));
  measureLine(QStringLiteral("verdict"), verdictCode(evaluation.verdict()));

  for (const TimelineWeek &week : evaluation.timeline())
    text += AnalysisExport::csvLine({QStringLiteral("week"), isoWeekLabel(week.isoYear, week.isoWeek), QString(), QString(), QString(),
                                     QString(), QString(), phases(week), QString::number(week.treated), QString::number(week.buffer),
                                     QString::number(week.control)});
  return text.toUtf8();
}

} // namespace lagesbild
