// DemoAddressRegister: the Kungsör demo's address register — GENERATED FOR THE DEMO, not real
// addresses. Every street named in the demo places gets the numbers 1 up to a few past the
// highest it uses, placed through the demo's own points (interpolated along the street between
// them, extended beyond them), and every place name ("Kungsparken", "Björkskolan") becomes a
// named place, so each demo address geocodes. Deterministic: the same input gives the same list.
#pragma once

#include "demoplaces.h"
#include "geocoding/addresspoint.h"

#include <vector>

namespace lagesbild::demo
{

class DemoAddressRegister
{
  public:
    static std::vector<geocoding::AddressPoint> build(const DemoPlaces &places);
    //! Postal town, postcode and municipality code the demo's addresses get.
    static constexpr const char *kPostalTown = "Kungsör";
    static constexpr const char *kMunicipalityCode = "1960";
};

} // namespace lagesbild::demo
