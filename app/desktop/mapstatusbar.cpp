#include "mapstatusbar.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmapcanvas.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace lagesbild
{

MapStatusBar::MapStatusBar(QgsMapCanvas *canvas, QWidget *parent) : QWidget(parent), mCanvas(canvas)
{
  setObjectName(QStringLiteral("mapStatusBar"));
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(12);
  mScale = new QLabel(this);
  mScale->setObjectName(QStringLiteral("scaleLabel"));
  mCoordinates = new QLabel(this);
  mCoordinates->setObjectName(QStringLiteral("coordinateLabel"));
  mCoordinates->setMinimumWidth(
    fontMetrics().horizontalAdvance(QStringLiteral("E 000 000  N 0 000 000 (SWEREF 99 TM)   00,0000° N 00,0000° E")));
  mBaseMap = new QLabel(this);
  mBaseMap->setObjectName(QStringLiteral("baseMapLabel"));
  layout->addWidget(mBaseMap);
  layout->addWidget(mScale);
  layout->addWidget(mCoordinates);
  connect(canvas, &QgsMapCanvas::scaleChanged, this, &MapStatusBar::showScale);
  connect(canvas, &QgsMapCanvas::xyCoordinates, this, [this](const QgsPointXY &point) { mCoordinates->setText(describe(point)); });
  showScale(canvas->scale());
  setBaseMapName(QString());
}

void MapStatusBar::showScale(double scale)
{
  if (!std::isfinite(scale) || scale <= 0.0)
  {
    mScale->clear();
    return;
  }
  mScale->setText(tr("Scale 1:%1").arg(QLocale().toString(static_cast<qlonglong>(std::llround(scale)))));
}

QString MapStatusBar::describe(const QgsPointXY &point) const
{
  static const QgsCoordinateReferenceSystem sweref(QStringLiteral("EPSG:3006"));
  static const QgsCoordinateReferenceSystem wgs84(QStringLiteral("EPSG:4326"));
  const QgsCoordinateReferenceSystem canvasCrs = mCanvas->mapSettings().destinationCrs();
  const QgsCoordinateTransformContext context = mCanvas->mapSettings().transformContext();
  QgsPointXY grid = point;
  QgsPointXY geographic;
  try
  {
    if (canvasCrs != sweref)
      grid = QgsCoordinateTransform(canvasCrs, sweref, context).transform(point);
    geographic = QgsCoordinateTransform(canvasCrs, wgs84, context).transform(point);
  }
  catch (const QgsCsException &)
  {
    return QString();
  }
  const QLocale locale;
  return tr("E %1  N %2 (SWEREF 99 TM)   %3° N %4° E (WGS 84)")
    .arg(locale.toString(static_cast<qlonglong>(std::llround(grid.x()))), locale.toString(static_cast<qlonglong>(std::llround(grid.y()))),
         locale.toString(geographic.y(), 'f', 5), locale.toString(geographic.x(), 'f', 5));
}

void MapStatusBar::setBaseMapName(const QString &name, const QString &problem)
{
  mBaseMapText = tr("Base map: %1").arg(name.isEmpty() ? tr("none") : name);
  mBaseMap->setText(mBaseMap->fontMetrics().elidedText(mBaseMapText, Qt::ElideRight, kBaseMapWidth));
  mBaseMap->setToolTip(problem.isEmpty() ? mBaseMapText : mBaseMapText + QLatin1Char('\n') + problem);
  mBaseMap->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #a61b1b;"));
}

QString MapStatusBar::scaleText() const
{
  return mScale->text();
}

QString MapStatusBar::coordinateText() const
{
  return mCoordinates->text();
}

QString MapStatusBar::baseMapText() const
{
  return mBaseMapText;
}

} // namespace lagesbild
