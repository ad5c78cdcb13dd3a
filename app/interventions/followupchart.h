// FollowUpChart: the weekly timeline of an intervention's follow-up as a Qt chart — incidents
// per ISO week in the treated area (and the buffer, lighter) with the intervention period
// shaded, in the analysis charts' print-safe style.
#pragma once

namespace QtCharts
{
class QChart;
} // namespace QtCharts

namespace lagesbild
{

class InterventionEvaluation;

class FollowUpChart
{
  public:
    //! Replaces the chart's series and axes with the evaluation's timeline.
    static void draw(QtCharts::QChart &chart, const InterventionEvaluation &evaluation);
};

} // namespace lagesbild
