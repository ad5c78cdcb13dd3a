// MapStatusBar: the permanent part of the window's status bar — the map scale (1:N), the mouse
// position in SWEREF 99 TM (the store's grid) and in WGS 84 (what phones and web maps show),
// and the base map being shown.
#pragma once

#include <QWidget>

class QLabel;
class QgsMapCanvas;
class QgsPointXY;

namespace lagesbild
{

class MapStatusBar : public QWidget
{
    Q_OBJECT

  public:
    MapStatusBar(QgsMapCanvas *canvas, QWidget *parent = nullptr);

    //! Shows the base map's name ("none" when empty), elided to kBaseMapWidth with the whole
    //! name and problem (if any) in the tooltip; highlighted while problem is not empty.
    void setBaseMapName(const QString &name, const QString &problem = QString());
    //! The texts shown (the base map's before eliding), for tests.
    QString scaleText() const;
    QString coordinateText() const;
    QString baseMapText() const;

    //! "E 562 915  N 6 587 532 (SWEREF 99 TM) · 59,4217° N 16,0965° E (WGS 84)" for a point in the canvas CRS.
    QString describe(const QgsPointXY &point) const;

    //! The base-map name takes at most this many pixels, so the status bar's messages have room.
    static constexpr int kBaseMapWidth = 260;

  private:
    void showScale(double scale);

    QgsMapCanvas *mCanvas = nullptr;
    QLabel *mScale = nullptr;
    QLabel *mCoordinates = nullptr;
    QLabel *mBaseMap = nullptr;
    QString mBaseMapText;
};

} // namespace lagesbild
