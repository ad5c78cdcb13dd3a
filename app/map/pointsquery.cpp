#include "pointsquery.h"

#include "store/incidentstore.h"

namespace lagesbild
{

Result<std::vector<PointXY>> PointsQuery::run(const QString &storePath, const IncidentFilter &filter)
{
  auto store = IncidentStore::open(storePath, StoreAccess::Read);
  if (!store)
    return store.error();
  return run(**store, filter);
}

Result<std::vector<PointXY>> PointsQuery::run(const IncidentStore &store, const IncidentFilter &filter)
{
  IncidentFilter pointFilter = filter;
  pointFilter.includeMunicipalityPrecision = false; // centre points of the police feed are no places
  return store.points(pointFilter);
}

} // namespace lagesbild
