// DerivedAddress: the rule both stores apply to manual entry and edits — an incident without an
// address gets the nearest register address within IncidentStore::kDerivedAddressDistance,
// marked as derived; a derived address is dropped (and found again) when the point moves.
// Each store supplies its own nearest-address lookup.
#pragma once

#include "common/result.h"
#include "geocoding/addresspoint.h"
#include "model/incident.h"

#include <functional>
#include <optional>

namespace lagesbild::DerivedAddress
{

using NearestAddress = std::function<Result<std::optional<geocoding::AddressPoint>>(double x, double y, double maxDistance)>;

//! Completes incident's address; before is the stored incident of an edit (null for a new one).
Result<void> complete(Incident &incident, const Incident *before, const NearestAddress &nearest);

} // namespace lagesbild::DerivedAddress
