// PolygonMapTool: draws a polygon on the map — each left click adds a vertex, the rubber band
// follows the mouse, a double click or a right click finishes (at least three vertices),
// Backspace removes the last vertex and Escape cancels. Vertices are in the canvas CRS.
#pragma once

#include <qgsmaptool.h>
#include <qgspointxy.h>

#include <QVector>

#include <memory>

class QgsRubberBand;

namespace lagesbild
{

class PolygonMapTool : public QgsMapTool
{
    Q_OBJECT

  public:
    explicit PolygonMapTool(QgsMapCanvas *canvas);
    ~PolygonMapTool() override;

    const QVector<QgsPointXY> &vertices() const { return mVertices; }

    void canvasMoveEvent(QgsMapMouseEvent *event) override;
    void canvasReleaseEvent(QgsMapMouseEvent *event) override;
    void canvasDoubleClickEvent(QgsMapMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void deactivate() override;

    //! Adds a vertex (as a left click at that map position does).
    void addVertex(const QgsPointXY &point);
    //! Finishes the polygon: emits finished() with three or more vertices, else nothing happens.
    void finish();

  Q_SIGNALS:
    void finished(const QVector<QgsPointXY> &vertices);
    void cancelled();

  private:
    void updateRubberBand(const QgsPointXY *floating = nullptr);
    void reset();

    QVector<QgsPointXY> mVertices;
    std::unique_ptr<QgsRubberBand> mRubberBand;
};

} // namespace lagesbild
