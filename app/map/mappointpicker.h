// MapPointPicker: one click on the map for a form that has stepped aside (hidden), so the map is
// visible while the user picks. It waits in a local event loop, as a modal dialog does, until the
// canvas is clicked; Escape, another map tool taking over or the canvas going away cancel. The
// point comes back in the store's CRS (SWEREF 99 TM) whatever the canvas shows.
#pragma once

#include <qgspointxy.h>

#include <optional>

class QgsMapCanvas;

namespace lagesbild
{

class MapPointPicker
{
  public:
    //! The clicked point in EPSG:3006, or nothing when cancelled.
    static std::optional<QgsPointXY> pick(QgsMapCanvas *canvas);
    //! A canvas point in EPSG:3006 (unchanged when the canvas already shows that CRS).
    static QgsPointXY toStoreCrs(const QgsMapCanvas *canvas, const QgsPointXY &mapPoint);
};

} // namespace lagesbild
