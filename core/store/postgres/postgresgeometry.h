// PostgresGeometry: polygons between our model and PostGIS — written as EWKT (rings closed, as
// PostGIS requires and the GeoPackage writes them), read back from ST_AsGeoJSON, which keeps
// every coordinate to the round-trip precision of a double.
#pragma once

#include "model/reference.h"

#include <QString>

#include <vector>

namespace lagesbild
{

class PostgresGeometry
{
  public:
    using MultiPolygon = std::vector<std::vector<Ring>>;
    //! "SRID=3006;MULTIPOLYGON(...)"; empty when there is no polygon.
    static QString multiPolygonEwkt(const MultiPolygon &polygons);
    //! The polygons of a GeoJSON Polygon or MultiPolygon; empty for anything else.
    static MultiPolygon fromGeoJson(const QString &json);
};

} // namespace lagesbild
