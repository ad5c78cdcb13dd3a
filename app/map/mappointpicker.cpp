#include "mappointpicker.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolemitpoint.h>

#include <QEventLoop>
#include <QKeyEvent>
#include <QPointer>

#include <functional>

namespace lagesbild
{
namespace
{
//! The emit-point tool, with Escape as a way out (QGIS's own tool ignores the key).
class PickTool : public QgsMapToolEmitPoint
{
  public:
    using QgsMapToolEmitPoint::QgsMapToolEmitPoint;
    std::function<void()> onEscape;

    void keyPressEvent(QKeyEvent *event) override
    {
      if (event->key() == Qt::Key_Escape && onEscape)
      {
        event->accept();
        onEscape();
        return;
      }
      QgsMapToolEmitPoint::keyPressEvent(event);
    }
};
} // namespace

std::optional<QgsPointXY> MapPointPicker::pick(QgsMapCanvas *canvas)
{
  if (!canvas)
    return std::nullopt;
  QPointer<QgsMapCanvas> guardedCanvas(canvas);
  QPointer<QgsMapTool> previous(canvas->mapTool());
  auto *tool = new PickTool(canvas);
  QEventLoop loop;
  std::optional<QgsPointXY> picked;
  bool done = false;
  const auto finish = [&loop, &done]()
  {
    done = true;
    loop.quit();
  };
  tool->onEscape = finish;
  QObject::connect(tool, &QgsMapToolEmitPoint::canvasClicked, &loop,
                   [&picked, &finish, canvas](const QgsPointXY &point, Qt::MouseButton button)
                   {
                     if (button != Qt::LeftButton)
                       return;
                     picked = toStoreCrs(canvas, point);
                     finish();
                   });
  // Another tool chosen from the toolbar (or the canvas closing) ends the pick without a point.
  QObject::connect(tool, &QgsMapTool::deactivated, &loop, finish);
  QObject::connect(canvas, &QObject::destroyed, &loop, finish);
  canvas->setMapTool(tool);
  canvas->setFocus();
  if (!done)
    loop.exec(QEventLoop::DialogExec);
  if (guardedCanvas)
  {
    QObject::disconnect(tool, nullptr, &loop, nullptr);
    if (guardedCanvas->mapTool() == tool)
    {
      if (previous)
        guardedCanvas->setMapTool(previous);
      else
        guardedCanvas->unsetMapTool(tool);
    }
    delete tool;
  }
  return picked;
}

QgsPointXY MapPointPicker::toStoreCrs(const QgsMapCanvas *canvas, const QgsPointXY &mapPoint)
{
  const QgsCoordinateReferenceSystem storeCrs(QStringLiteral("EPSG:3006"));
  const QgsCoordinateReferenceSystem canvasCrs = canvas->mapSettings().destinationCrs();
  if (!canvasCrs.isValid() || canvasCrs == storeCrs)
    return mapPoint;
  const QgsCoordinateTransform transform(canvasCrs, storeCrs, canvas->mapSettings().transformContext());
  try
  {
    return transform.transform(mapPoint);
  }
  catch (const QgsCsException &)
  {
    return mapPoint;
  }
}

} // namespace lagesbild
