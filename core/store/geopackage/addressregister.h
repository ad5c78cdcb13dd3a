// AddressRegister: the SQL of the `addresses` layer — replacing the whole register in one
// transaction (its R-tree filled alongside, the triggers off meanwhile), reading it back for the
// geocoder, and the nearest street address to a point through the R-tree (reverse geocoding of
// a single incident).
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "geocoding/addresspoint.h"

#include <optional>
#include <vector>

struct sqlite3;

namespace lagesbild
{

class AddressRegister
{
  public:
    //! Deletes every address and writes these (inside the caller's transaction).
    static Result<void> replace(sqlite3 *db, const std::vector<geocoding::AddressPoint> &addresses, Feedback *feedback);
    static Result<std::vector<geocoding::AddressPoint>> load(sqlite3 *db);
    static Result<std::int64_t> count(sqlite3 *db);
    //! The nearest street address within maxDistance metres.
    static Result<std::optional<geocoding::AddressPoint>> nearest(sqlite3 *db, double x, double y, double maxDistance);
};

} // namespace lagesbild
