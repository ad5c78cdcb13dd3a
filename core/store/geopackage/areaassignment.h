// AreaAssignment: the store's areas as a point-in-polygon index with their row ids, to give
// every incident the smallest area containing its point — on import, manual entry and edits —
// and to re-assign the incidents an added or changed area covers.
#pragma once

#include "common/result.h"
#include "geocoding/arealocator.h"
#include "geopackagegeometry.h"

#include <cstdint>
#include <vector>

struct sqlite3;

namespace lagesbild
{

class AreaAssignment
{
  public:
    static Result<AreaAssignment> load(sqlite3 *db);

    bool isEmpty() const { return mLocator.isEmpty(); }
    //! areas.fid of the smallest area containing the point; 0 when none does.
    std::int64_t areaIdAt(double x, double y, LocationPrecision precision = LocationPrecision::Exact) const;

    //! Re-assigns (inside the caller's transaction) every incident whose point lies in box or
    //! that had area areaId; returns how many changed.
    static Result<std::int64_t> reassign(sqlite3 *db, const Envelope &box, std::int64_t areaId);

  private:
    geocoding::AreaLocator mLocator;
    std::vector<std::int64_t> mIds;
};

} // namespace lagesbild
