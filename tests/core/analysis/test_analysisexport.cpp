#include "analysis/analysisexport.h"
#include "analysisfixture.h"
#include "memoryincidents.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace lagesbild;
using namespace lagesbild::test;

namespace
{
DateRange range(const char *text)
{
  const auto parsed = DateRange::parse(QString::fromLatin1(text));
  REQUIRE(parsed.ok());
  return *parsed;
}

std::set<QString> keysOf(const QJsonObject &object)
{
  const QStringList keys = object.keys();
  return {keys.begin(), keys.end()};
}

QJsonObject parseObject(const QByteArray &text)
{
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(text, &error);
  INFO(error.errorString().toStdString());
  REQUIRE(error.error == QJsonParseError::NoError);
  REQUIRE(document.isObject());
  return document.object();
}

std::vector<Incident> sample()
{
  std::vector<Incident> incidents;
  // Category "klotter" only in B (a = 0: change_pct null); a code with a comma and a quote for CSV.
  incidents.push_back(
    makeIncident(IncidentKind::Crime, QStringLiteral("stold"), QStringLiteral("polisen"), {}, QDate(2020, 3, 1), QTime(12, 0)));
  incidents.push_back(
    makeIncident(IncidentKind::Crime, QStringLiteral("stold"), QStringLiteral("polisen"), {}, QDate(2020, 3, 2), QTime(12, 0)));
  incidents.push_back(
    makeIncident(IncidentKind::Crime, QStringLiteral("stold"), QStringLiteral("polisen"), {}, QDate(2021, 3, 2), QTime(12, 0)));
  incidents.push_back(
    makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("vaktare"), {}, QDate(2021, 3, 3), QTime(22, 0)));
  incidents.push_back(
    makeIncident(IncidentKind::Report, QStringLiteral("a,\"b\""), QStringLiteral("vaktare"), {}, QDate(2021, 3, 4), QTime(1, 0)));
  return incidents;
}
} // namespace

TEST_CASE("compare --format json has exactly the documented shape", "[analysis][json]")
{
  const MemoryIncidents queries(sample());
  const auto result = PeriodComparison::compare(queries, IncidentFilter::all(), range("2020-03-01..2020-03-31"),
                                                range("2021-03-01..2021-03-31"), GroupField::Category);
  REQUIRE(result.ok());
  const QByteArray text = AnalysisExport::comparisonJson(*result);
  // Keys in the order DESIGN.md writes them.
  CHECK(text.startsWith(R"({"a":{"from":"2020-03-01","to":"2020-03-31","total":2,"rate_per_30_days":)"));
  CHECK(text.endsWith("}\n"));
  const QJsonObject root = parseObject(text);
  CHECK(keysOf(root) == std::set<QString>{"a", "b", "change", "change_pct", "p_value", "rows"});
  for (const char *side : {"a", "b"})
  {
    const QJsonObject object = root.value(QLatin1String(side)).toObject();
    CHECK(keysOf(object) == std::set<QString>{"from", "to", "total", "rate_per_30_days"});
    CHECK(object.value(QStringLiteral("from")).isString());
    CHECK(object.value(QStringLiteral("total")).isDouble());
  }
  CHECK(root.value(QStringLiteral("b")).toObject().value(QStringLiteral("to")).toString() == QStringLiteral("2021-03-31"));
  CHECK(root.value(QStringLiteral("b")).toObject().value(QStringLiteral("total")).toInt() == 3);
  CHECK(root.value(QStringLiteral("change")).toInt() == 1);
  CHECK(root.value(QStringLiteral("change_pct")).toDouble() == 50.0);
  CHECK(root.value(QStringLiteral("p_value")).toDouble() == result->pValue); // shortest form reads back exactly
  CHECK(root.value(QStringLiteral("b")).toObject().value(QStringLiteral("rate_per_30_days")).toDouble() == result->b.ratePer30Days);
  const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
  REQUIRE(rows.size() == 3);
  for (const QJsonValue &value : rows)
  {
    const QJsonObject row = value.toObject();
    CHECK(keysOf(row) == std::set<QString>{"key", "a", "b", "change", "change_pct", "p_value", "p_adj"});
    CHECK(row.value(QStringLiteral("key")).isString());
    CHECK(row.value(QStringLiteral("p_value")).isDouble());
    CHECK(row.value(QStringLiteral("p_adj")).isDouble());
  }
  const QJsonObject stold = rows.at(0).toObject();
  CHECK(stold.value(QStringLiteral("key")).toString() == QStringLiteral("stold"));
  CHECK(stold.value(QStringLiteral("change_pct")).toDouble() == -50.0);
  const QJsonObject klotter = rows.at(2).toObject();
  CHECK(klotter.value(QStringLiteral("key")).toString() == QStringLiteral("klotter"));
  CHECK(klotter.value(QStringLiteral("a")).toInt() == 0);
  CHECK(klotter.value(QStringLiteral("change_pct")).isNull());
}

TEST_CASE("compare JSON without grouping has an empty rows array and nulls are JSON nulls", "[analysis][json]")
{
  const MemoryIncidents queries(sample());
  const auto result =
    PeriodComparison::compare(queries, IncidentFilter::all(), range("2019-01-01..2019-01-31"), range("2021-03-01..2021-03-31"));
  REQUIRE(result.ok());
  const QJsonObject root = parseObject(AnalysisExport::comparisonJson(*result));
  CHECK(root.value(QStringLiteral("change_pct")).isNull());
  CHECK(root.value(QStringLiteral("rows")).isArray());
  CHECK(root.value(QStringLiteral("rows")).toArray().isEmpty());
}

TEST_CASE("compare CSV: header, a total line, one quoted line per row", "[analysis][csv]")
{
  const MemoryIncidents queries(sample());
  const auto result = PeriodComparison::compare(queries, IncidentFilter::all(), range("2020-03-01..2020-03-31"),
                                                range("2021-03-01..2021-03-31"), GroupField::Category);
  REQUIRE(result.ok());
  const QStringList lines = QString::fromUtf8(AnalysisExport::comparisonCsv(*result)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  REQUIRE(lines.size() == 5);
  CHECK(lines[0] == QStringLiteral("level,key,a,b,change,change_pct,rate_a_per_30_days,rate_b_per_30_days,p_value,p_adj"));
  CHECK(lines[1].startsWith(QStringLiteral("total,,2,3,1,50,")));
  CHECK(lines[2].startsWith(QStringLiteral("row,stold,2,1,-1,-50,")));
  CHECK(lines.filter(QStringLiteral("row,\"a,\"\"b\"\"\",0,1,1,,")).size() == 1);
}

TEST_CASE("patterns JSON parses and holds the documented sections", "[analysis][json]")
{
  const MemoryIncidents queries(sample());
  const auto result = TimePatterns::compute(queries, IncidentFilter::all(), range("2021-02-15..2021-03-31"));
  REQUIRE(result.ok());
  const QJsonObject root = parseObject(AnalysisExport::patternsJson(*result));
  CHECK(keysOf(root) == std::set<QString>{"period", "hour_weekday", "hours", "weekdays", "months", "categories", "sources", "busiest_hours",
                                          "busiest_weekdays", "busiest_days"});
  CHECK(root.value(QStringLiteral("period")).toObject().value(QStringLiteral("total")).toInt() == 3);
  const QJsonArray matrix = root.value(QStringLiteral("hour_weekday")).toArray();
  REQUIRE(matrix.size() == 7);
  for (const QJsonValue &day : matrix)
    CHECK(day.toArray().size() == 24);
  CHECK(matrix.at(1).toArray().at(12).toInt() == 1); // Tuesday 2021-03-02 12:00
  CHECK(matrix.at(2).toArray().at(22).toInt() == 1); // Wednesday 2021-03-03 22:00
  CHECK(root.value(QStringLiteral("hours")).toArray().size() == 24);
  CHECK(root.value(QStringLiteral("weekdays")).toArray().size() == 7);
  const QJsonArray months = root.value(QStringLiteral("months")).toArray();
  REQUIRE(months.size() == 2);
  CHECK(months.at(0).toObject().value(QStringLiteral("month")).toString() == QStringLiteral("2021-02"));
  CHECK(months.at(0).toObject().value(QStringLiteral("count")).toInt() == 0);
  CHECK(months.at(1).toObject().value(QStringLiteral("count")).toInt() == 3);
  CHECK(root.value(QStringLiteral("busiest_hours")).toArray().size() == 24);
  CHECK(root.value(QStringLiteral("busiest_weekdays")).toArray().size() == 7);
  CHECK(root.value(QStringLiteral("busiest_days")).toArray().size() == 3);

  const QStringList csv = QString::fromUtf8(AnalysisExport::patternsCsv(*result)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  CHECK(csv[0] == QStringLiteral("section,weekday,hour,key,count"));
  CHECK(csv[1] == QStringLiteral("total,,,2021-02-15..2021-03-31,3"));
  CHECK(csv.filter(QRegularExpression(QStringLiteral("^hour_weekday,"))).size() == 7 * 24);
  CHECK(csv.contains(QStringLiteral("hour_weekday,2,12,,1")));
}
