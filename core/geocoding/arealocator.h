// AreaLocator: which named area a point lies in — point-in-polygon against every area, the
// smallest containing one winning when areas nest (a housing area inside a district inside the
// municipality). Each area's edges are bucketed by horizontal bands, so a point tests only the
// few edges its band crosses, not the thousands of a municipal boundary.
#pragma once

#include "model/reference.h"

#include <QString>

#include <vector>

namespace lagesbild::geocoding
{

class AreaLocator
{
  public:
    AreaLocator() = default;
    explicit AreaLocator(const std::vector<Area> &areas);

    bool isEmpty() const { return mAreas.empty(); }
    //! Index (into the areas given) of the smallest area containing the point; -1 when none.
    //! A point of municipality precision (it says only which municipality) gets the containing
    //! area of type "municipality", else the largest containing area.
    int indexAt(double x, double y, LocationPrecision precision = LocationPrecision::Exact) const;
    //! Code of the area indexAt() finds; empty when none.
    QString codeAt(double x, double y, LocationPrecision precision = LocationPrecision::Exact) const;
    //! Whether the area with this index contains the point.
    bool contains(int index, double x, double y) const;
    //! A point inside the area (for a named place): the centre of the widest run across the
    //! middle band of its largest polygon.
    PointXY interiorPoint(int index) const;

  private:
    struct Edge
    {
        double x1, y1, x2, y2;
    };
    struct Indexed
    {
        QString code;
        bool municipality = false;
        double size = 0.0; //!< area in m², for "smallest wins"
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        double bandHeight = 1.0;
        std::vector<std::vector<Edge>> bands; //!< edges by horizontal band
        PointXY interior;
    };
    static constexpr int kMaxBands = 512;

    std::vector<Indexed> mAreas;
    std::vector<int> mBySize; //!< indexes, smallest first
};

} // namespace lagesbild::geocoding
