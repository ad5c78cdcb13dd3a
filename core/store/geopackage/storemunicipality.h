// StoreMunicipality: which municipality a store is for, kept in the store's key/value table
// lagesbild_meta (keys municipality_code and municipality_name: no schema change), else derived
// from a boundary area of type "municipality" (its code when it is an SCB code, else its name).
// Reads and writes through a connection of its own (the store is in WAL mode).
#pragma once

#include "common/result.h"
#include "model/municipality.h"

#include <optional>

namespace lagesbild
{

class GeoPackageStore;

class StoreMunicipality
{
  public:
    //! The store's municipality: as recorded, else from its boundary area; none when neither says.
    static Result<std::optional<Municipality>> read(const GeoPackageStore &store);
    //! Records the municipality in the store's meta table.
    static Result<void> write(const GeoPackageStore &store, const Municipality &municipality);
};

} // namespace lagesbild
