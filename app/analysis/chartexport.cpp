#include "chartexport.h"

#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace lagesbild
{

Result<void> ChartExport::save(QtCharts::QChartView &view, const QString &path)
{
  const QString suffix = QFileInfo(path).suffix().toLower();
  const QSize size = view.size().isEmpty() ? QSize(800, 500) : view.size();
  if (suffix == QLatin1String("svg"))
  {
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(view.chart() ? view.chart()->title() : QString());
    QPainter painter;
    if (!painter.begin(&generator))
      return makeError(ErrorCode::StoreError, QCoreApplication::translate("ChartExport", "%1: cannot write").arg(path));
    view.render(&painter, QRectF(QPointF(0, 0), size), QRect(QPoint(0, 0), size));
    painter.end();
    return {};
  }
  if (suffix == QLatin1String("png"))
  {
    QImage image(size * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view.render(&painter, QRectF(QPointF(0, 0), size), QRect(QPoint(0, 0), size));
    painter.end();
    if (!image.save(path, "PNG"))
      return makeError(ErrorCode::StoreError, QCoreApplication::translate("ChartExport", "%1: cannot write").arg(path));
    return {};
  }
  return makeError(ErrorCode::BadInput,
                   QCoreApplication::translate("ChartExport", "%1: unknown image format (use .png or .svg)").arg(path));
}

} // namespace lagesbild
