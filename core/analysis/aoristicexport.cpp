#include "aoristicexport.h"

#include "analysisexport.h"
#include "jsonwriter.h"

#include <algorithm>

namespace lagesbild
{
namespace
{
constexpr double kSecondsPerDay = 86400.0;

std::vector<std::pair<QString, double>> byWeight(const QHash<QString, double> &counts)
{
  std::vector<std::pair<QString, double>> list;
  for (auto it = counts.cbegin(); it != counts.cend(); ++it)
    list.emplace_back(it.key(), it.value());
  std::sort(list.begin(), list.end(),
            [](const auto &l, const auto &r) { return l.second != r.second ? l.second > r.second : l.first < r.first; });
  return list;
}

void writeSide(JsonWriter &writer, const AoristicTally &tally)
{
  writer.beginObject();
  writer.key(QStringLiteral("from")).value(tally.period.from().toString(Qt::ISODate));
  writer.key(QStringLiteral("to")).value(tally.period.to().toString(Qt::ISODate));
  writer.key(QStringLiteral("total")).value(tally.total);
  writer.key(QStringLiteral("incidents")).value(tally.incidents);
  writer.key(QStringLiteral("spread")).value(tally.spread);
  writer.key(QStringLiteral("counted_at_start")).value(tally.countedAtStart);
  writer.endObject();
}

void writeKeyCounts(JsonWriter &writer, const QString &name, const QHash<QString, double> &counts)
{
  writer.key(name);
  writer.beginArray();
  for (const auto &[key, count] : byWeight(counts))
  {
    writer.beginObject();
    writer.key(QStringLiteral("key")).value(key);
    writer.key(QStringLiteral("count")).value(count);
    writer.endObject();
  }
  writer.endArray();
}

QString aoristicLine(const AoristicTally &tally)
{
  return AnalysisExport::csvLine({QStringLiteral("aoristic"), QStringLiteral("limit_days"),
                                  AnalysisExport::number(static_cast<double>(tally.limitSeconds) / kSecondsPerDay),
                                  QStringLiteral("spread"), QString::number(tally.spread), QStringLiteral("counted_at_start"),
                                  QString::number(tally.countedAtStart)});
}
} // namespace

QString AoristicExport::noTestReason()
{
  return QStringLiteral("not applied: aoristic counts are fractional, and the exact Poisson test needs whole counts");
}

QByteArray AoristicExport::patternsJson(const AoristicTally &tally)
{
  JsonWriter writer;
  writer.beginObject();
  writer.key(QStringLiteral("aoristic")).boolean(true);
  writer.key(QStringLiteral("limit_days")).value(static_cast<double>(tally.limitSeconds) / kSecondsPerDay);
  writer.key(QStringLiteral("period"));
  writeSide(writer, tally);
  writer.key(QStringLiteral("hour_weekday"));
  writer.beginArray();
  for (const auto &row : tally.hourByWeekday)
  {
    writer.beginArray();
    for (const double value : row)
      writer.value(value);
    writer.endArray();
  }
  writer.endArray();
  writer.key(QStringLiteral("hours"));
  writer.beginArray();
  for (const double value : tally.hours)
    writer.value(value);
  writer.endArray();
  writer.key(QStringLiteral("weekdays"));
  writer.beginArray();
  for (const double value : tally.weekdays)
    writer.value(value);
  writer.endArray();
  writer.key(QStringLiteral("months"));
  writer.beginArray();
  for (const auto &[month, count] : tally.months)
  {
    writer.beginObject();
    writer.key(QStringLiteral("month")).value(month);
    writer.key(QStringLiteral("count")).value(count);
    writer.endObject();
  }
  writer.endArray();
  writeKeyCounts(writer, QStringLiteral("categories"), tally.categories);
  writeKeyCounts(writer, QStringLiteral("sources"), tally.sources);
  writer.endObject();
  return writer.toUtf8() + '\n';
}

QByteArray AoristicExport::patternsCsv(const AoristicTally &tally)
{
  QString text = aoristicLine(tally);
  text += AnalysisExport::csvLine(
    {QStringLiteral("section"), QStringLiteral("weekday"), QStringLiteral("hour"), QStringLiteral("key"), QStringLiteral("count")});
  text += AnalysisExport::csvLine({QStringLiteral("total"), QString(), QString(), QString(), AnalysisExport::number(tally.total)});
  for (std::size_t d = 0; d < 7; ++d)
    for (std::size_t h = 0; h < 24; ++h)
      text += AnalysisExport::csvLine({QStringLiteral("hour_weekday"), QString::number(d + 1), QString::number(h), QString(),
                                       AnalysisExport::number(tally.hourByWeekday[d][h])});
  for (std::size_t h = 0; h < 24; ++h)
    text +=
      AnalysisExport::csvLine({QStringLiteral("hour"), QString(), QString::number(h), QString(), AnalysisExport::number(tally.hours[h])});
  for (std::size_t d = 0; d < 7; ++d)
    text += AnalysisExport::csvLine(
      {QStringLiteral("weekday"), QString::number(d + 1), QString(), QString(), AnalysisExport::number(tally.weekdays[d])});
  for (const auto &[month, count] : tally.months)
    text += AnalysisExport::csvLine({QStringLiteral("month"), QString(), QString(), month, AnalysisExport::number(count)});
  for (const auto &[key, count] : byWeight(tally.categories))
    text += AnalysisExport::csvLine({QStringLiteral("category"), QString(), QString(), key, AnalysisExport::number(count)});
  for (const auto &[key, count] : byWeight(tally.sources))
    text += AnalysisExport::csvLine({QStringLiteral("source"), QString(), QString(), key, AnalysisExport::number(count)});
  return text.toUtf8();
}

QByteArray AoristicExport::comparisonJson(const AoristicComparisonResult &result)
{
  JsonWriter writer;
  writer.beginObject();
  writer.key(QStringLiteral("aoristic")).boolean(true);
  writer.key(QStringLiteral("limit_days")).value(static_cast<double>(result.a.limitSeconds) / kSecondsPerDay);
  writer.key(QStringLiteral("test")).value(noTestReason());
  writer.key(QStringLiteral("a"));
  writeSide(writer, result.a);
  writer.key(QStringLiteral("b"));
  writeSide(writer, result.b);
  writer.key(QStringLiteral("change")).value(result.change);
  writer.key(QStringLiteral("change_pct")).value(result.changePercent);
  writer.key(QStringLiteral("p_value")).null();
  writer.key(QStringLiteral("rows"));
  writer.beginArray();
  for (const AoristicRow &row : result.rows)
  {
    writer.beginObject();
    writer.key(QStringLiteral("key")).value(row.key);
    writer.key(QStringLiteral("a")).value(row.a);
    writer.key(QStringLiteral("b")).value(row.b);
    writer.key(QStringLiteral("change")).value(row.change);
    writer.key(QStringLiteral("change_pct")).value(row.changePercent);
    writer.key(QStringLiteral("p_value")).null();
    writer.endObject();
  }
  writer.endArray();
  writer.endObject();
  return writer.toUtf8() + '\n';
}

QByteArray AoristicExport::comparisonCsv(const AoristicComparisonResult &result)
{
  QString text = aoristicLine(result.a);
  text += AnalysisExport::csvLine({QStringLiteral("level"), QStringLiteral("key"), QStringLiteral("a"), QStringLiteral("b"),
                                   QStringLiteral("change"), QStringLiteral("change_pct")});
  text += AnalysisExport::csvLine({QStringLiteral("total"), QString(), AnalysisExport::number(result.a.total),
                                   AnalysisExport::number(result.b.total), AnalysisExport::number(result.change),
                                   AnalysisExport::optionalNumber(result.changePercent)});
  for (const AoristicRow &row : result.rows)
    text += AnalysisExport::csvLine({QStringLiteral("row"), row.key, AnalysisExport::number(row.a), AnalysisExport::number(row.b),
                                     AnalysisExport::number(row.change), AnalysisExport::optionalNumber(row.changePercent)});
  return text.toUtf8();
}

} // namespace lagesbild
