// StoreV2Fixture: writes a store exactly as schema version 2 (the builds before version 3) laid
// it out — text codes and DATETIME text in incidents, POINT interventions — with known content,
// so the forward migration can be tested against what went in. The DDL is version 2's, verbatim.
#pragma once

#include "model/reference.h"

#include <QString>

#include <vector>

namespace lagesbild::storetest
{

//! What the fixture wrote, as the store's API should read it back after migration.
struct StoreV2Content
{
    std::vector<Incident> incidents;         //!< with ids
    std::vector<Intervention> interventions; //!< with ids, as version 2 knew them
    std::vector<Area> areas;
    std::int64_t sequence = 0; //!< incidents' AUTOINCREMENT high-water mark (above the largest fid)
};

//! Creates a version-2 store at path; false when SQLite failed. With uniqueKeyIndex, the keys
//! are kept as the first version-2 builds kept them: a unique index on incidents.dedup_key
//! instead of the incident_keys table.
bool writeStoreV2(const QString &path, StoreV2Content &content, bool uniqueKeyIndex = false);

} // namespace lagesbild::storetest
