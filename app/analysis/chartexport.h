// ChartExport: saves a chart of the analysis pane as PNG (a grab of the view, at twice the
// screen resolution for print) or SVG (QSvgGenerator), chosen by the file's suffix.
#pragma once

#include "common/result.h"

#include <QString>

namespace QtCharts
{
class QChartView;
}

namespace lagesbild
{

class ChartExport
{
  public:
    static Result<void> save(QtCharts::QChartView &view, const QString &path);
};

} // namespace lagesbild
