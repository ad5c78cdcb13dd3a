#include "polygonmaptool.h"

#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsrubberband.h>

#include <QKeyEvent>

namespace lagesbild
{

PolygonMapTool::PolygonMapTool(QgsMapCanvas *canvas) : QgsMapTool(canvas)
{
  setCursor(Qt::CrossCursor);
}

PolygonMapTool::~PolygonMapTool() = default;

void PolygonMapTool::canvasMoveEvent(QgsMapMouseEvent *event)
{
  if (mVertices.isEmpty())
    return;
  const QgsPointXY floating = event->mapPoint();
  updateRubberBand(&floating);
}

void PolygonMapTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
  if (event->button() == Qt::RightButton)
  {
    finish();
    return;
  }
  if (event->button() == Qt::LeftButton)
    addVertex(event->mapPoint());
}

void PolygonMapTool::canvasDoubleClickEvent(QgsMapMouseEvent *event)
{
  // The double click's first release already added its vertex.
  Q_UNUSED(event)
  finish();
}

void PolygonMapTool::keyPressEvent(QKeyEvent *event)
{
  if (event->key() == Qt::Key_Escape)
  {
    reset();
    emit cancelled();
    event->accept();
    return;
  }
  if (event->key() == Qt::Key_Backspace && !mVertices.isEmpty())
  {
    mVertices.removeLast();
    updateRubberBand();
    event->accept();
    return;
  }
  event->ignore();
}

void PolygonMapTool::deactivate()
{
  reset();
  QgsMapTool::deactivate();
}

void PolygonMapTool::addVertex(const QgsPointXY &point)
{
  // A double click releases twice at the same place: keep one vertex.
  if (!mVertices.isEmpty() && mVertices.constLast().compare(point, 1e-9))
    return;
  mVertices.append(point);
  updateRubberBand();
}

void PolygonMapTool::finish()
{
  if (mVertices.size() < 3)
    return;
  const QVector<QgsPointXY> vertices = mVertices;
  reset();
  emit finished(vertices);
}

void PolygonMapTool::updateRubberBand(const QgsPointXY *floating)
{
  if (!mRubberBand)
  {
    mRubberBand = std::make_unique<QgsRubberBand>(mCanvas, QgsWkbTypes::PolygonGeometry);
    mRubberBand->setStrokeColor(QColor(106, 61, 154));
    mRubberBand->setFillColor(QColor(106, 61, 154, 60));
    mRubberBand->setWidth(2);
  }
  mRubberBand->reset(QgsWkbTypes::PolygonGeometry);
  for (const QgsPointXY &vertex : mVertices)
    mRubberBand->addPoint(vertex, false);
  if (floating)
    mRubberBand->addPoint(*floating, false);
  mRubberBand->updatePosition();
  mRubberBand->update();
}

void PolygonMapTool::reset()
{
  mVertices.clear();
  mRubberBand.reset();
}

} // namespace lagesbild
