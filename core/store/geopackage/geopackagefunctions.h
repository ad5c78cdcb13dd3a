// GeoPackageFunctions: the SQL functions the GeoPackage R-tree triggers call (ST_IsEmpty,
// ST_MinX, ST_MaxX, ST_MinY, ST_MaxY), registered on the store's own SQLite connection so the
// standard triggers keep the spatial index right when the store writes geometries.
#pragma once

#include "common/result.h"

struct sqlite3;

namespace lagesbild
{

class GeoPackageFunctions
{
  public:
    static Result<void> registerOn(sqlite3 *db);
};

} // namespace lagesbild
