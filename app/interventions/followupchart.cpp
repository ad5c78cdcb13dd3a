#include "followupchart.h"

#include "analysis/chartstyle.h"
#include "followup/interventionevaluation.h"
#include "time/stockholmtime.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace lagesbild
{
namespace
{
constexpr int kMaximumWeekTicks = 10;

qreal msecsOf(const QDate &day)
{
  return static_cast<qreal>(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}
} // namespace

void FollowUpChart::draw(QtCharts::QChart &chart, const InterventionEvaluation &evaluation)
{
  ChartStyle::clear(chart);
  ChartStyle::apply(chart);
  chart.setTitle(QCoreApplication::translate("FollowUpChart", "Incidents per week"));
  const std::vector<TimelineWeek> &weeks = evaluation.timeline();
  if (weeks.empty())
    return;

  auto *treated = new QtCharts::QLineSeries;
  treated->setName(QCoreApplication::translate("FollowUpChart", "Treated area"));
  treated->setPen(ChartStyle::linePenB());
  auto *buffer = new QtCharts::QLineSeries;
  buffer->setName(QCoreApplication::translate("FollowUpChart", "Buffer"));
  buffer->setPen(ChartStyle::linePenA());
  std::int64_t highest = 1;
  for (const TimelineWeek &week : weeks)
  {
    // Each week's count sits in the middle of its week.
    const qreal x = (msecsOf(week.weekStart) + msecsOf(week.weekStart.addDays(7))) / 2.0;
    treated->append(x, static_cast<qreal>(week.treated));
    buffer->append(x, static_cast<qreal>(week.buffer));
    highest = std::max({highest, week.treated, week.buffer});
  }
  const qreal top = static_cast<qreal>(highest) * 1.1;

  // The intervention period, shaded from its first day to the day after its last (or to the end
  // of the timeline when it has no end).
  const Intervention &intervention = evaluation.intervention();
  const StockholmTime &time = StockholmTime::instance();
  const QDate first = time.localDate(intervention.startUtc);
  const QDate timelineEnd = weeks.back().weekStart.addDays(7);
  const QDate last = intervention.endUtc ? time.localDate(*intervention.endUtc).addDays(1) : timelineEnd;
  auto *upper = new QtCharts::QLineSeries;
  upper->append(msecsOf(first), top);
  upper->append(msecsOf(std::min(last, timelineEnd)), top);
  auto *shade = new QtCharts::QAreaSeries(upper);
  shade->setName(QCoreApplication::translate("FollowUpChart", "Intervention"));
  shade->setBrush(QColor(106, 61, 154, 45));
  shade->setPen(Qt::NoPen);

  chart.addSeries(shade);
  chart.addSeries(buffer);
  chart.addSeries(treated);

  auto *xAxis = new QtCharts::QDateTimeAxis;
  ChartStyle::styleAxis(*xAxis);
  // A tick on every Monday while they fit, else a few evenly spaced ones.
  const int weekCount = static_cast<int>(weeks.size());
  xAxis->setFormat(QStringLiteral("d MMM"));
  xAxis->setTickCount(weekCount <= kMaximumWeekTicks ? weekCount + 1 : kMaximumWeekTicks / 2);
  xAxis->setRange(QDateTime(weeks.front().weekStart, QTime(0, 0)), QDateTime(timelineEnd, QTime(0, 0)));
  auto *yAxis = new QtCharts::QValueAxis;
  ChartStyle::styleAxis(*yAxis);
  ChartStyle::setCountRange(*yAxis, top);
  chart.addAxis(xAxis, Qt::AlignBottom);
  chart.addAxis(yAxis, Qt::AlignLeft);
  for (QtCharts::QAbstractSeries *series : chart.series())
  {
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
  }
}

} // namespace lagesbild
