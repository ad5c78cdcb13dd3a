// GeoPackageContents: keeps gpkg_contents right after writes — the extent of a feature table
// (grown to include new geometries) and last_change.
#pragma once

#include "common/result.h"
#include "geopackagegeometry.h"

struct sqlite3;

namespace lagesbild
{

class GeoPackageContents
{
  public:
    //! Grows the table's extent by envelope (when not empty) and sets last_change to now.
    static Result<void> touch(sqlite3 *db, const char *table, const Envelope &envelope = Envelope{});
};

} // namespace lagesbild
