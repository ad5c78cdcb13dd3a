// PostgresAreaAssignment: which store area an incident lies in on the server — the same
// AreaLocator the GeoPackage uses (smallest containing area; a municipality-precision point gets
// the municipality), so both backends give an incident the same area — and the re-assignment of
// the incidents an area covers after it changed.
#pragma once

#include "common/result.h"
#include "geocoding/arealocator.h"
#include "model/incident.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace lagesbild
{

class PostgresConnection;

class PostgresAreaAssignment
{
  public:
    static Result<PostgresAreaAssignment> load(PostgresConnection &connection);

    bool isEmpty() const { return mLocator.isEmpty(); }
    //! The area's fid at the point; 0 when none.
    std::int64_t areaIdAt(double x, double y, LocationPrecision precision) const;
    //! The area's code at the point; empty when none.
    QString areaCodeAt(double x, double y, LocationPrecision precision) const;

    //! Gives the incidents in the box, and those of area areaId, the area they lie in now
    //! (inside the caller's transaction); returns how many changed.
    static Result<std::int64_t> reassign(PostgresConnection &connection, double minX, double minY, double maxX, double maxY,
                                         std::int64_t areaId);

  private:
    geocoding::AreaLocator mLocator;
    std::vector<std::int64_t> mIds;
    std::vector<QString> mCodes;
};

} // namespace lagesbild
