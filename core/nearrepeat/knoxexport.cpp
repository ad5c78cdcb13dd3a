#include "knoxexport.h"

#include "analysis/analysisexport.h"
#include "analysis/jsonwriter.h"

namespace lagesbild
{

QByteArray KnoxExport::json(const KnoxResult &result)
{
  JsonWriter writer;
  writer.beginObject();
  writer.key(QStringLiteral("permutations")).value(result.options.permutations);
  writer.key(QStringLiteral("seed")).value(static_cast<std::int64_t>(result.options.seed));
  writer.key(QStringLiteral("distance"))
    .value(result.options.distance == KnoxDistance::Manhattan ? QStringLiteral("manhattan") : QStringLiteral("euclidean"));
  writer.key(QStringLiteral("time_difference"))
    .value(result.options.timeDifference == KnoxTimeDifference::Exact ? QStringLiteral("exact") : QStringLiteral("days"));
  writer.key(QStringLiteral("events")).value(result.events);
  writer.key(QStringLiteral("pairs")).value(result.pairs);
  writer.key(QStringLiteral("cells"));
  writer.beginArray();
  for (const KnoxCell &cell : result.cells)
  {
    writer.beginObject();
    writer.key(QStringLiteral("space_from")).value(cell.spaceFrom);
    writer.key(QStringLiteral("space_to")).value(cell.spaceTo);
    writer.key(QStringLiteral("time_from")).value(cell.timeFrom);
    writer.key(QStringLiteral("time_to")).value(cell.timeTo);
    writer.key(QStringLiteral("observed")).value(cell.observed);
    writer.key(QStringLiteral("expected")).value(cell.expected);
    writer.key(QStringLiteral("ratio")).value(cell.ratio);
    writer.key(QStringLiteral("p_value")).value(cell.pValue);
    writer.key(QStringLiteral("significant")).boolean(cell.significant);
    writer.endObject();
  }
  writer.endArray();
  writer.endObject();
  return writer.toUtf8() + '\n';
}

QByteArray KnoxExport::csv(const KnoxResult &result)
{
  QString text = AnalysisExport::csvLine({QStringLiteral("space_from"), QStringLiteral("space_to"), QStringLiteral("time_from"),
                                          QStringLiteral("time_to"), QStringLiteral("observed"), QStringLiteral("expected"),
                                          QStringLiteral("ratio"), QStringLiteral("p_value"), QStringLiteral("significant")});
  for (const KnoxCell &cell : result.cells)
    text += AnalysisExport::csvLine({AnalysisExport::number(cell.spaceFrom), AnalysisExport::optionalNumber(cell.spaceTo),
                                     AnalysisExport::number(cell.timeFrom), AnalysisExport::optionalNumber(cell.timeTo),
                                     QString::number(cell.observed), AnalysisExport::number(cell.expected),
                                     AnalysisExport::optionalNumber(cell.ratio), AnalysisExport::number(cell.pValue),
                                     cell.significant ? QStringLiteral("1") : QStringLiteral("0")});
  return text.toUtf8();
}

} // namespace lagesbild
