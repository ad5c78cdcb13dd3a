// ChartStyle: one look for the analysis charts that survives printing in greyscale — period A
// light grey and solid, period B near-black and textured (bars) or thick and dashed (lines),
// all text at least 9 pt, white background.
#pragma once

#include <QBrush>
#include <QFont>
#include <QPen>

namespace QtCharts
{
class QAbstractAxis;
class QChart;
class QBarCategoryAxis;
class QValueAxis;
} // namespace QtCharts

namespace lagesbild
{

class ChartStyle
{
  public:
    static constexpr int kMinimumPointSize = 9;

    //! A new chart in the light theme (set before series are added: the theme resets their brushes).
    static QtCharts::QChart *createChart();
    //! Removes every series and axis (the chart itself stays in its view).
    static void clear(QtCharts::QChart &chart);
    //! Fonts of title and legend.
    static void apply(QtCharts::QChart &chart);
    //! Fonts and colour of an axis's labels (call before adding it: later font changes leave
    //! the labels truncated).
    static void styleAxis(QtCharts::QAbstractAxis &axis);
    static QFont font(int pointSize = kMinimumPointSize);
    //! A count axis: from 0 to a round top above maximum, with ticks on whole numbers 1, 2 or 5
    //! × 10ⁿ apart — never "0, 0, 1, 1" from a fractional step printed as an integer.
    static void setCountRange(QtCharts::QValueAxis &axis, double maximum);
    //! Turns category labels upright when the widest does not fit its share of plotWidth, so
    //! none is cut to "m…" in a narrow panel; level again when they fit.
    static void fitCategoryLabels(QtCharts::QBarCategoryAxis &axis, double plotWidth);
    //! The whole-number tick step setCountRange uses for a maximum.
    static long long countStep(double maximum);
    static QBrush barBrushA();
    static QBrush barBrushB();
    static QPen barPen();
    static QPen linePenA();
    static QPen linePenB();
};

} // namespace lagesbild
