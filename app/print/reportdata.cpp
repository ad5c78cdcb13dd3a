#include "reportdata.h"

#include "model/categorynames.h"
#include "store/incidentstore.h"
#include "time/stockholmtime.h"

#include <QDateTime>

#include <algorithm>

namespace lagesbild
{

QString ReportData::categoryName(const QString &code) const
{
  // The printed report is Swedish: "Skadegörelse (anmält brott)" / "Skadegörelse (lägesrapport)".
  return CategoryNames(categories).name(code);
}

Result<ReportData> ReportData::read(const IncidentStore &store, const ReportOptions &options)
{
  ReportData data;
  data.filter = options.filter;
  data.filter.period = options.period;
  data.layerFilter = store.layerFilter(data.filter);

  auto points = store.points(data.filter);
  if (!points)
    return points.error();
  data.points = std::move(*points);
  if (!data.points.empty())
  {
    BoundingBox box{data.points.front().x, data.points.front().y, data.points.front().x, data.points.front().y};
    for (const PointXY &point : data.points)
    {
      box.xMin = std::min(box.xMin, point.x);
      box.yMin = std::min(box.yMin, point.y);
      box.xMax = std::max(box.xMax, point.x);
      box.yMax = std::max(box.yMax, point.y);
    }
    data.extent = box;
  }
  else
  {
    auto areas = store.areas();
    if (!areas)
      return areas.error();
    for (const Area &area : *areas)
    {
      if (area.type != QLatin1String("municipality"))
        continue;
      for (const auto &polygon : area.polygons)
      {
        for (const Ring &ring : polygon)
        {
          for (const PointXY &point : ring)
          {
            if (!data.extent)
              data.extent = BoundingBox{point.x, point.y, point.x, point.y};
            data.extent->xMin = std::min(data.extent->xMin, point.x);
            data.extent->yMin = std::min(data.extent->yMin, point.y);
            data.extent->xMax = std::max(data.extent->xMax, point.x);
            data.extent->yMax = std::max(data.extent->yMax, point.y);
          }
        }
      }
    }
  }

  auto municipality = store.municipality();
  if (!municipality)
    return municipality.error();
  data.municipality = std::move(*municipality);
  auto categories = store.categories();
  if (!categories)
    return categories.error();
  data.categories = std::move(*categories);
  auto counts = store.countBy(data.filter, {GroupField::Category});
  if (!counts)
    return counts.error();
  data.categoryCounts = std::move(*counts);
  std::sort(data.categoryCounts.begin(), data.categoryCounts.end(),
            [](const GroupCount &a, const GroupCount &b) { return a.count != b.count ? a.count > b.count : a.keys < b.keys; });

  std::optional<DateRange> compareTo = options.compareTo;
  if (!compareTo && options.layoutTemplate == ReportTemplate::Report)
    compareTo = options.period.sameDaysPreviousYear();
  if (compareTo)
  {
    auto comparison = PeriodComparison::compare(store, options.filter, *compareTo, options.period);
    if (!comparison)
      return comparison.error();
    data.comparison = std::move(*comparison);

    std::vector<std::optional<IncidentKind>> kinds;
    if (options.filter.kind)
      kinds.push_back(options.filter.kind);
    else
      kinds = {IncidentKind::Crime, IncidentKind::Report};
    if (!options.filter.kind && options.sumKinds)
      kinds.push_back(std::nullopt);
    for (const std::optional<IncidentKind> &kind : kinds)
    {
      IncidentFilter filter = options.filter;
      filter.kind = kind;
      const bool reports = kind == IncidentKind::Report;
      const DateRange a = reports && options.reportsCompareTo ? *options.reportsCompareTo
                          : reports && options.reportsPeriod  ? options.reportsPeriod->sameDaysPreviousYear()
                                                              : *compareTo;
      const DateRange b = reports && options.reportsPeriod ? *options.reportsPeriod : options.period;
      auto ofKind = PeriodComparison::compare(store, filter, a, b);
      if (!ofKind)
        return ofKind.error();
      data.kindComparisons.push_back(KindComparison{kind, std::move(*ofKind)});
    }
  }

  if (options.layoutTemplate == ReportTemplate::Report)
  {
    if (compareTo)
    {
      auto byCategory = PeriodComparison::compare(store, options.filter, *compareTo, options.period, GroupField::Category);
      if (!byCategory)
        return byCategory.error();
      data.categoryComparison = std::move(*byCategory);
    }
    auto patterns = TimePatterns::compute(store, options.filter, options.period);
    if (!patterns)
      return patterns.error();
    data.patterns = std::move(*patterns);
    if (compareTo)
    {
      auto earlier = TimePatterns::compute(store, options.filter, *compareTo);
      if (!earlier)
        return earlier.error();
      data.comparePatterns = std::move(*earlier);
    }
    auto addresses = store.countBy(data.filter, {GroupField::Address});
    if (!addresses)
      return addresses.error();
    data.repeatLocations = rankRepeatLocations(*addresses);
  }
  if (!options.interventionIds.empty())
  {
    const auto interventions = store.interventions();
    if (!interventions)
      return interventions.error();
    const auto areas = store.areas();
    if (!areas)
      return areas.error();
    EvaluationOptions evaluationOptions;
    evaluationOptions.today = StockholmTime::instance().localDate(QDateTime::currentSecsSinceEpoch());
    for (std::int64_t id : options.interventionIds)
    {
      const auto found = std::find_if(interventions->begin(), interventions->end(),
                                      [id](const Intervention &intervention) { return intervention.id == id; });
      if (found == interventions->end())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: there is no intervention with id %2").arg(options.storePath).arg(id));
      auto evaluation = InterventionEvaluation::evaluate(store, *found, *areas, evaluationOptions);
      if (!evaluation)
        return evaluation.error();
      data.followUps.push_back(std::move(*evaluation));
    }
  }
  return data;
}

} // namespace lagesbild
