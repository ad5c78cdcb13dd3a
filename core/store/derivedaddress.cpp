#include "derivedaddress.h"

#include "store/incidentstore.h"

namespace lagesbild::DerivedAddress
{

Result<void> complete(Incident &incident, const Incident *before, const NearestAddress &nearest)
{
  const bool moved = before && (before->x != incident.x || before->y != incident.y);
  if (moved && incident.addressDerived && before->addressDerived && incident.address == before->address)
    incident.address.clear();
  if (incident.address.trimmed().isEmpty() && incident.precision != LocationPrecision::Municipality)
  {
    incident.addressDerived = false;
    auto found = nearest(incident.x, incident.y, IncidentStore::kDerivedAddressDistance);
    if (!found)
      return found.error();
    if (found->has_value())
    {
      incident.address = (*found)->label();
      incident.addressDerived = true;
    }
  }
  return {};
}

} // namespace lagesbild::DerivedAddress
