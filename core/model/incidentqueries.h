// IncidentQueries: the read interface analysis code needs from wherever incidents live.
// The store implements it with SQL; tests implement it with a brute-force in-memory list.
#pragma once

#include "common/result.h"
#include "incidentfilter.h"
#include "reference.h"

#include <vector>

namespace lagesbild
{

class IncidentQueries
{
  public:
    virtual ~IncidentQueries() = default;

    //! Number of incidents matching the filter.
    virtual Result<std::int64_t> count(const IncidentFilter &filter) const = 0;

    //! Counts grouped by the given fields (keys as text: category/source/area codes, hour "0".."23",
    //! weekday "1".."7", month "YYYY-MM", day "YYYY-MM-DD", address, kind code). Groups with a
    //! count of zero are not returned; an incident without area has the area key "".
    virtual Result<std::vector<GroupCount>> countBy(const IncidentFilter &filter, const std::vector<GroupField> &fields) const = 0;

    //! Points (EPSG:3006) of the matching incidents, for hot spots.
    virtual Result<std::vector<PointXY>> points(const IncidentFilter &filter) const = 0;

    //! The same points for a kernel density, where a store may give them at its spatial index's
    //! precision (within a metre) when that reads much faster; in any order. By default points().
    virtual Result<std::vector<PointXY>> pointsForDensity(const IncidentFilter &filter) const { return points(filter); }
};

} // namespace lagesbild
