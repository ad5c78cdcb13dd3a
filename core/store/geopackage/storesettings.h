// StoreSettings: small key/value settings kept inside a store file (the `lagesbild_meta` table),
// so that whoever opens the same file sees the same choices — the base map, for instance. Reads
// and writes through its own short-lived connection on the store's path, so it needs no open
// GeoPackageStore and works beside one (WAL, busy timeout). Keys are plain names; the reserved
// 'schema_version' and 'created_by' cannot be written here.
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

namespace lagesbild
{

class StoreSettings
{
  public:
    //! The value of key in the store at path; none when it was never set.
    static Result<std::optional<QString>> value(const QString &storePath, const QString &key);
    //! Sets (inserts or replaces) key in one transaction; an error for the reserved keys.
    static Result<void> setValue(const QString &storePath, const QString &key, const QString &value);
    //! Removes key (nothing when absent).
    static Result<void> remove(const QString &storePath, const QString &key);
};

} // namespace lagesbild
