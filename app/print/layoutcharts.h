// LayoutCharts: small vector bar charts drawn as layout shapes and labels inside a template's
// chart frame — incidents per month (with the comparison period beside them), and a follow-up's
// incidents per week in the treated area and the buffer with the intervention's weeks shaded.
#pragma once

#include "analysis/timepatterns.h"
#include "followup/interventionevaluation.h"
#include "time/daterange.h"

#include <QRectF>

#include <vector>

class QgsLayout;

namespace lagesbild
{

class LayoutCharts
{
  public:
    //! rect: the chart frame in mm on page; red bars per month, grey for earlier beside them.
    static void monthlyBars(QgsLayout *layout, int page, const QRectF &rect, const std::vector<KeyCount> &months,
                            const std::vector<KeyCount> *earlier);
    //! Treated area (red) and buffer (grey) per ISO week; the days of the intervention shaded.
    static void weeklyTimeline(QgsLayout *layout, int page, const QRectF &rect, const std::vector<TimelineWeek> &weeks,
                               const DateRange &intervention);
};

} // namespace lagesbild
