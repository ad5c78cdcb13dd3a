#include "interventionrules.h"

#include <QCoreApplication>

#include <cmath>

namespace lagesbild::InterventionRules
{

QString problem(const Intervention &intervention)
{
  if (intervention.type.trimmed().isEmpty())
    return QCoreApplication::translate("IncidentStore", "the type is empty");
  if (!intervention.centre && intervention.areaCode.isEmpty() && intervention.boundary.empty())
    return QCoreApplication::translate("IncidentStore", "it needs a centre point, an area or a drawn boundary");
  for (std::size_t r = 0; r < intervention.boundary.size(); ++r)
  {
    const Ring &ring = intervention.boundary[r];
    if (ring.size() < 3)
      return QCoreApplication::translate("IncidentStore", "ring %1 of the drawn boundary has fewer than three points").arg(r + 1);
    for (const PointXY &p : ring)
      if (!std::isfinite(p.x) || !std::isfinite(p.y))
        return QCoreApplication::translate("IncidentStore", "a coordinate of the drawn boundary is not a number");
  }
  if (intervention.centre && (!std::isfinite(intervention.centre->x) || !std::isfinite(intervention.centre->y)))
    return QCoreApplication::translate("IncidentStore", "the centre coordinates are not numbers");
  if (!std::isfinite(intervention.radius) || intervention.radius < 0)
    return QCoreApplication::translate("IncidentStore", "the radius is negative");
  if (intervention.endUtc && *intervention.endUtc < intervention.startUtc)
    return QCoreApplication::translate("IncidentStore", "it ends before it starts");
  return QString();
}

} // namespace lagesbild::InterventionRules
