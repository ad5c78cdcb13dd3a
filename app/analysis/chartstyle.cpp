#include "chartstyle.h"

#include <QBarCategoryAxis>

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lagesbild
{

QFont ChartStyle::font(int pointSize)
{
  QFont result;
  result.setPointSize(pointSize);
  return result;
}

QtCharts::QChart *ChartStyle::createChart()
{
  auto *chart = new QtCharts::QChart;
  chart->setTheme(QtCharts::QChart::ChartThemeLight);
  // Little frame around the plot: category labels are dropped ("…") when their rows get too low.
  chart->setMargins(QMargins(4, 4, 4, 4));
  chart->layout()->setContentsMargins(0, 0, 0, 0);
  chart->setBackgroundRoundness(0);
  return chart;
}

void ChartStyle::clear(QtCharts::QChart &chart)
{
  chart.removeAllSeries();
  const auto axes = chart.axes();
  for (QtCharts::QAbstractAxis *axis : axes)
  {
    chart.removeAxis(axis);
    delete axis;
  }
  chart.setTitle(QString());
}

void ChartStyle::apply(QtCharts::QChart &chart)
{
  chart.setBackgroundBrush(Qt::white);
  chart.setTitleFont(font(kMinimumPointSize + 2));
  chart.legend()->setFont(font());
  chart.legend()->setAlignment(Qt::AlignBottom);
}

void ChartStyle::styleAxis(QtCharts::QAbstractAxis &axis)
{
  axis.setLabelsFont(font());
  axis.setTitleFont(font());
  axis.setLabelsColor(Qt::black);
}

long long ChartStyle::countStep(double maximum)
{
  constexpr double kMostTicks = 5.0; // intervals above zero
  const double top = std::max(1.0, std::ceil(maximum));
  for (long long magnitude = 1;; magnitude *= 10)
  {
    for (const long long factor : {1LL, 2LL, 5LL})
    {
      const long long step = factor * magnitude;
      if (std::ceil(top / static_cast<double>(step)) <= kMostTicks)
        return step;
    }
  }
}

void ChartStyle::setCountRange(QtCharts::QValueAxis &axis, double maximum)
{
  const long long step = countStep(maximum);
  const long long intervals =
    std::max(1LL, static_cast<long long>(std::ceil(std::max(1.0, std::ceil(maximum)) / static_cast<double>(step))));
  axis.setRange(0.0, static_cast<double>(intervals * step));
  axis.setTickCount(static_cast<int>(intervals) + 1);
  axis.setMinorTickCount(0);
  axis.setLabelFormat(QStringLiteral("%d"));
}

QBrush ChartStyle::barBrushA()
{
  return QBrush(QColor(200, 200, 200));
}

QBrush ChartStyle::barBrushB()
{
  return QBrush(QColor(35, 35, 35), Qt::Dense2Pattern);
}

QPen ChartStyle::barPen()
{
  return QPen(Qt::black, 1.0);
}

QPen ChartStyle::linePenA()
{
  return QPen(QColor(140, 140, 140), 2.0, Qt::SolidLine);
}

QPen ChartStyle::linePenB()
{
  return QPen(Qt::black, 3.0, Qt::DashLine);
}

void ChartStyle::fitCategoryLabels(QtCharts::QBarCategoryAxis &axis, double plotWidth)
{
  if (axis.count() == 0 || plotWidth <= 0.0)
    return;
  const QFontMetrics metrics(axis.labelsFont());
  int widest = 0;
  for (const QString &label : axis.categories())
    widest = std::max(widest, metrics.horizontalAdvance(label));
  const double slot = plotWidth / axis.count();
  const int angle = widest + 4 <= slot ? 0 : -90;
  if (axis.labelsAngle() != angle)
    axis.setLabelsAngle(angle);
}

} // namespace lagesbild
