#include "analysisexport.h"

#include "jsonwriter.h"

#include <QLocale>
#include <QStringList>

namespace lagesbild
{
namespace
{
void writeSide(JsonWriter &json, const ComparisonSide &side)
{
  json.beginObject();
  json.key(QStringLiteral("from")).value(side.period.from().toString(Qt::ISODate));
  json.key(QStringLiteral("to")).value(side.period.to().toString(Qt::ISODate));
  json.key(QStringLiteral("total")).value(side.total);
  json.key(QStringLiteral("rate_per_30_days")).value(side.ratePer30Days);
  json.endObject();
}

void writeKeyCounts(JsonWriter &json, const QString &name, const QString &keyName, const std::vector<KeyCount> &list)
{
  json.key(name).beginArray();
  for (const KeyCount &item : list)
  {
    json.beginObject();
    json.key(keyName).value(item.key);
    json.key(QStringLiteral("count")).value(item.count);
    json.endObject();
  }
  json.endArray();
}

} // namespace

QString AnalysisExport::csvLine(const QStringList &fields)
{
  QStringList quoted;
  quoted.reserve(fields.size());
  for (const QString &field : fields)
    quoted.append(csvField(field));
  return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString AnalysisExport::number(double value)
{
  return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString AnalysisExport::optionalNumber(const std::optional<double> &value)
{
  return value ? number(*value) : QString();
}

QString AnalysisExport::csvField(const QString &text)
{
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
      !text.contains(QLatin1Char('\r')))
    return text;
  QString escaped = text;
  escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
  return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray AnalysisExport::comparisonJson(const ComparisonResult &result)
{
  JsonWriter json;
  json.beginObject();
  json.key(QStringLiteral("a"));
  writeSide(json, result.a);
  json.key(QStringLiteral("b"));
  writeSide(json, result.b);
  json.key(QStringLiteral("change")).value(result.change);
  json.key(QStringLiteral("change_pct")).value(result.changePercent);
  json.key(QStringLiteral("p_value")).value(result.pValue);
  json.key(QStringLiteral("rows")).beginArray();
  for (const ComparisonRow &row : result.rows)
  {
    json.beginObject();
    json.key(QStringLiteral("key")).value(row.key);
    json.key(QStringLiteral("a")).value(row.a);
    json.key(QStringLiteral("b")).value(row.b);
    json.key(QStringLiteral("change")).value(row.change);
    json.key(QStringLiteral("change_pct")).value(row.changePercent);
    json.key(QStringLiteral("p_value")).value(row.pValue);
    json.key(QStringLiteral("p_adj")).value(row.pAdjusted);
    json.endObject();
  }
  json.endArray();
  json.endObject();
  return json.toUtf8() + '\n';
}

QByteArray AnalysisExport::comparisonCsv(const ComparisonResult &result)
{
  QString text = csvLine({QStringLiteral("level"), QStringLiteral("key"), QStringLiteral("a"), QStringLiteral("b"),
                          QStringLiteral("change"), QStringLiteral("change_pct"), QStringLiteral("rate_a_per_30_days"),
                          QStringLiteral("rate_b_per_30_days"), QStringLiteral("p_value"), QStringLiteral("p_adj")});
  text += csvLine({QStringLiteral("total"), QString(), QString::number(result.a.total), QString::number(result.b.total),
                   QString::number(result.change), optionalNumber(result.changePercent), number(result.a.ratePer30Days),
                   number(result.b.ratePer30Days), number(result.pValue), QString()});
  for (const ComparisonRow &row : result.rows)
    text += csvLine({QStringLiteral("row"), row.key, QString::number(row.a), QString::number(row.b), QString::number(row.change),
                     optionalNumber(row.changePercent), optionalNumber(row.ratePer30DaysA), optionalNumber(row.ratePer30DaysB),
                     optionalNumber(row.pValue), optionalNumber(row.pAdjusted)});
  return text.toUtf8();
}

QByteArray AnalysisExport::patternsJson(const TimePatternsResult &result)
{
  JsonWriter json;
  json.beginObject();
  json.key(QStringLiteral("period")).beginObject();
  json.key(QStringLiteral("from")).value(result.period.from().toString(Qt::ISODate));
  json.key(QStringLiteral("to")).value(result.period.to().toString(Qt::ISODate));
  json.key(QStringLiteral("total")).value(result.total);
  json.endObject();

  json.key(QStringLiteral("hour_weekday")).beginArray();
  for (const auto &day : result.hourByWeekday)
  {
    json.beginArray();
    for (const std::int64_t count : day)
      json.value(count);
    json.endArray();
  }
  json.endArray();

  json.key(QStringLiteral("hours")).beginArray();
  for (int hour = 0; hour < 24; ++hour)
  {
    json.beginObject();
    json.key(QStringLiteral("hour")).value(hour);
    json.key(QStringLiteral("count")).value(result.hours[static_cast<std::size_t>(hour)]);
    json.key(QStringLiteral("occurrences")).value(result.hourOccurrences[static_cast<std::size_t>(hour)]);
    json.key(QStringLiteral("average")).value(result.hourAverage(hour));
    json.endObject();
  }
  json.endArray();

  json.key(QStringLiteral("weekdays")).beginArray();
  for (int weekday = 1; weekday <= 7; ++weekday)
  {
    json.beginObject();
    json.key(QStringLiteral("weekday")).value(weekday);
    json.key(QStringLiteral("count")).value(result.weekdays[static_cast<std::size_t>(weekday - 1)]);
    json.key(QStringLiteral("occurrences")).value(result.weekdayOccurrences[static_cast<std::size_t>(weekday - 1)]);
    json.key(QStringLiteral("average")).value(result.weekdayAverage(weekday));
    json.endObject();
  }
  json.endArray();

  writeKeyCounts(json, QStringLiteral("months"), QStringLiteral("month"), result.months);
  writeKeyCounts(json, QStringLiteral("categories"), QStringLiteral("key"), result.categories);
  writeKeyCounts(json, QStringLiteral("sources"), QStringLiteral("key"), result.sources);

  json.key(QStringLiteral("busiest_hours")).beginArray();
  for (const int hour : result.busiestHours)
    json.value(hour);
  json.endArray();
  json.key(QStringLiteral("busiest_weekdays")).beginArray();
  for (const int weekday : result.busiestWeekdays)
    json.value(weekday);
  json.endArray();
  writeKeyCounts(json, QStringLiteral("busiest_days"), QStringLiteral("date"), result.busiestDays);
  json.endObject();
  return json.toUtf8() + '\n';
}

QByteArray AnalysisExport::patternsCsv(const TimePatternsResult &result)
{
  QString text =
    csvLine({QStringLiteral("section"), QStringLiteral("weekday"), QStringLiteral("hour"), QStringLiteral("key"), QStringLiteral("count")});
  text += csvLine({QStringLiteral("total"), {}, {}, result.period.toString(), QString::number(result.total)});
  for (int weekday = 1; weekday <= 7; ++weekday)
    for (int hour = 0; hour < 24; ++hour)
      text += csvLine({QStringLiteral("hour_weekday"),
                       QString::number(weekday),
                       QString::number(hour),
                       {},
                       QString::number(result.hourByWeekday[static_cast<std::size_t>(weekday - 1)][static_cast<std::size_t>(hour)])});
  for (int hour = 0; hour < 24; ++hour)
    text += csvLine({QStringLiteral("hour"), {}, QString::number(hour), {}, QString::number(result.hours[static_cast<std::size_t>(hour)])});
  for (int weekday = 1; weekday <= 7; ++weekday)
    text += csvLine({QStringLiteral("weekday"),
                     QString::number(weekday),
                     {},
                     {},
                     QString::number(result.weekdays[static_cast<std::size_t>(weekday - 1)])});
  const auto section = [&text](const QString &name, const std::vector<KeyCount> &list)
  {
    for (const KeyCount &item : list)
      text += csvLine({name, {}, {}, item.key, QString::number(item.count)});
  };
  section(QStringLiteral("month"), result.months);
  section(QStringLiteral("category"), result.categories);
  section(QStringLiteral("source"), result.sources);
  section(QStringLiteral("busiest_day"), result.busiestDays);
  return text.toUtf8();
}

} // namespace lagesbild
