// InterventionGeometry: the treated area an intervention's row holds as its MULTIPOLYGON geom —
// the drawn boundary, else a circle (64-gon) around the centre, else the named area's polygons —
// and how that choice is recorded (the `shape` column), so QGIS draws the treated area directly.
#pragma once

#include "common/result.h"
#include "model/reference.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace lagesbild
{

class InterventionGeometry
{
  public:
    enum class Shape
    {
      Drawn,  //!< the drawn boundary
      Circle, //!< centre with a radius > 0
      Area,   //!< the named area's polygons
      None,   //!< nothing to draw (e.g. a centre without a radius)
    };

    static Shape shapeOf(const Intervention &intervention);
    static const char *shapeCode(Shape shape);
    //! Vertices of the circle polygon.
    static constexpr int kCircleVertices = 64;
    static Ring circle(const PointXY &centre, double radius);

    //! The geom blob for a drawn or circle shape; empty for Area (copied from areas in SQL) and None.
    static QByteArray ownGeometry(const Intervention &intervention);
    //! Copies the current polygons of the named area(s) into interventions of shape 'area'
    //! (all of them when areaCode is empty), keeping their R-tree entries right.
    static Result<void> refreshAreaShapes(sqlite3 *db, const QString &areaCode = QString());
};

} // namespace lagesbild
