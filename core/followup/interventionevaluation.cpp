#include "interventionevaluation.h"

#include "analysis/poissontest.h"
#include "evaluationzones.h"
#include "followuptext.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace lagesbild
{
namespace
{
const Area *findArea(const std::vector<Area> &areas, const QString &code)
{
  const auto it = std::find_if(areas.begin(), areas.end(), [&](const Area &area) { return area.code == code; });
  return it == areas.end() ? nullptr : &*it;
}

const Area *findMunicipality(const std::vector<Area> &areas)
{
  const auto it = std::find_if(areas.begin(), areas.end(),
                               [](const Area &area) { return area.type == QLatin1String("municipality") && !area.polygons.empty(); });
  return it == areas.end() ? nullptr : &*it;
}

QString describeArea(const Area &area)
{
  return area.name.isEmpty() ? area.code : QStringLiteral("%1 (%2)").arg(area.name, area.code);
}

ZoneSummary summarise(const ZoneCounts &counts, const EvaluationPeriods &periods)
{
  ZoneSummary summary;
  summary.counts = counts;
  summary.change = counts.after - counts.before;
  if (counts.before > 0)
    summary.changePercent = 100.0 * static_cast<double>(summary.change) / static_cast<double>(counts.before);
  summary.pValue = PoissonTest::twoSidedPValue(counts.before, counts.after, static_cast<double>(periods.before().durationSeconds()),
                                               static_cast<double>(periods.after().durationSeconds()));
  return summary;
}

Error cancelledError()
{
  return makeError(ErrorCode::Cancelled, QCoreApplication::translate("FollowUp", "The evaluation was cancelled."));
}
} // namespace

QString InterventionEvaluation::explanation() const
{
  return FollowUpText::explanation(mDisplacement, mTreated.pValue, mOptions.significanceLevel);
}

Result<InterventionEvaluation> InterventionEvaluation::evaluate(const IncidentQueries &queries, const Intervention &intervention,
                                                                const std::vector<Area> &areas, const EvaluationOptions &options,
                                                                Feedback *feedback)
{
  if (!(options.bufferWidth > 0.0))
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("FollowUp", "The buffer must be wider than 0 m (got %1 m).").arg(options.bufferWidth));

  auto periods = EvaluationPeriods::of(intervention, options.beforeDays, options.afterDays, options.afterStart);
  if (!periods)
    return periods.error();

  InterventionEvaluation evaluation;
  evaluation.mIntervention = intervention;
  evaluation.mOptions = options;
  evaluation.mPeriods = *periods;

  // The treated area, as the store draws it: the drawn polygon when there is one, else the point
  // with its radius, else the named area.
  std::optional<EvaluationZones> zones;
  if (!intervention.boundary.empty() && intervention.boundary.front().size() >= 4)
  {
    zones = EvaluationZones::polygon({intervention.boundary}, options.bufferWidth);
    const int corners = static_cast<int>(intervention.boundary.front().size()) - 1; // outside translate(): see Importer::write
    evaluation.mTreatedDescription = QCoreApplication::translate("FollowUp", "a drawn polygon with %n corner(s)", nullptr, corners);
  }
  else if (intervention.centre && intervention.radius > 0.0)
  {
    zones = EvaluationZones::circle(*intervention.centre, intervention.radius, options.bufferWidth);
    evaluation.mTreatedDescription = QCoreApplication::translate("FollowUp", "%1 m around %2, %3 (EPSG:3006)")
                                       .arg(QLocale().toString(intervention.radius, 'f', 0))
                                       .arg(intervention.centre->x, 0, 'f', 0)
                                       .arg(intervention.centre->y, 0, 'f', 0);
  }
  else if (!intervention.areaCode.isEmpty())
  {
    const Area *area = findArea(areas, intervention.areaCode);
    if (!area || area->polygons.empty())
      return makeError(ErrorCode::NotFound,
                       QCoreApplication::translate("FollowUp", "Intervention %1 names the area '%2', which the store does not have.")
                         .arg(intervention.id)
                         .arg(intervention.areaCode));
    zones = EvaluationZones::polygon(area->polygons, options.bufferWidth);
    evaluation.mTreatedDescription = describeArea(*area);
  }
  else
  {
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate(
                       "FollowUp", "Intervention %1 has neither a drawn polygon, a point with a radius nor an area, so there is no "
                                   "place to evaluate.")
                       .arg(intervention.id));
  }

  // The control area: the chosen area, else the municipality, else everything outside R and B.
  const Area *control = nullptr;
  if (!options.controlAreaCode.isEmpty())
  {
    control = findArea(areas, options.controlAreaCode);
    if (!control || control->polygons.empty())
      return makeError(ErrorCode::NotFound,
                       QCoreApplication::translate("FollowUp", "The control area '%1' is not in the store.").arg(options.controlAreaCode));
  }
  else
  {
    control = findMunicipality(areas);
  }
  if (control)
  {
    zones->setControlArea(control->polygons);
    evaluation.mControlAreaCode = control->code;
    evaluation.mControlDescription =
      QCoreApplication::translate("FollowUp", "%1, without the treated area and the buffer").arg(describeArea(*control));
  }
  else
  {
    evaluation.mControlDescription = QCoreApplication::translate("FollowUp", "all incidents outside the treated area and the buffer");
    evaluation.mWarnings << QCoreApplication::translate("FollowUp",
                                                        "The store has no municipality area, so the control area is every incident "
                                                        "outside the treated area and the buffer.");
  }

  if (options.today && periods->after().to() >= *options.today)
    evaluation.mWarnings << QCoreApplication::translate("FollowUp",
                                                        "The after period runs until %1, which is not over yet: its counts are incomplete.")
                              .arg(periods->after().to().toString(Qt::ISODate));

  // Count per chunk of ISO week: each chunk is one phase, so the sums give the period counts and
  // the chunks give the timeline. One query per chunk, on the time index only: a municipality's
  // week is a few thousand incidents, and a bounding box as large as the control area costs the
  // store more (it collects every id in the box) than the exact zone test costs here.
  IncidentFilter filter = options.filter;
  filter.includeMunicipalityPrecision = false;
  filter.bbox.reset();

  ZoneCounts treated;
  ZoneCounts buffer;
  ZoneCounts controlCounts;
  const std::vector<PeriodChunk> chunks = periods->weekChunks();
  for (std::size_t i = 0; i < chunks.size(); ++i)
  {
    if (feedback && feedback->isCancelled())
      return cancelledError();
    const PeriodChunk &chunk = chunks[i];
    filter.period = chunk.days;
    const auto points = queries.points(filter);
    if (!points)
      return points.error();
    std::int64_t chunkTreated = 0;
    std::int64_t chunkBuffer = 0;
    std::int64_t chunkControl = 0;
    for (const PointXY &point : *points)
    {
      switch (zones->classify(point))
      {
      case EvaluationZone::Treated:
        ++chunkTreated;
        break;
      case EvaluationZone::Buffer:
        ++chunkBuffer;
        break;
      case EvaluationZone::Control:
        ++chunkControl;
        break;
      case EvaluationZone::Outside:
        break;
      }
    }

    if (evaluation.mTimeline.empty() || evaluation.mTimeline.back().weekStart != chunk.weekStart)
    {
      TimelineWeek week;
      week.weekStart = chunk.weekStart;
      week.isoYear = chunk.isoYear;
      week.isoWeek = chunk.isoWeek;
      evaluation.mTimeline.push_back(week);
    }
    TimelineWeek &week = evaluation.mTimeline.back();
    week.treated += chunkTreated;
    week.buffer += chunkBuffer;
    week.control += chunkControl;
    const int days = chunk.days.dayCount();
    switch (chunk.phase)
    {
    case EvaluationPhase::Before:
      week.daysBefore += days;
      treated.before += chunkTreated;
      buffer.before += chunkBuffer;
      controlCounts.before += chunkControl;
      break;
    case EvaluationPhase::During:
      week.daysDuring += days;
      break;
    case EvaluationPhase::After:
      week.daysAfter += days;
      treated.after += chunkTreated;
      buffer.after += chunkBuffer;
      controlCounts.after += chunkControl;
      break;
    }
    if (feedback)
      feedback->setProgress(100.0 * static_cast<double>(i + 1) / static_cast<double>(chunks.size()));
  }

  evaluation.mTreated = summarise(treated, *periods);
  evaluation.mBuffer = summarise(buffer, *periods);
  evaluation.mControl = summarise(controlCounts, *periods);
  evaluation.mDisplacement = DisplacementQuotient::compute(treated, buffer, controlCounts, options.thresholds);
  return evaluation;
}

} // namespace lagesbild
