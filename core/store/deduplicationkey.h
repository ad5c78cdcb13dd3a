// DeduplicationKey: the stable key that makes re-inserting the same records add nothing.
// It is a 64-bit hash (FNV-1a over the fields' UTF-16 code units, finalised with a 64-bit
// mixer), stored as a signed INTEGER with a UNIQUE index:
//  - with an external id: of the source code and the trimmed external id (the reporting
//    system's own identity; the same record edited upstream is still the same record);
//  - without one: of the content — kind, category, source, position rounded to centimetres,
//    occurred from/to, address and description.
// Two different records share a key with probability about n²/2⁶⁵ (3·10⁻⁸ for a million).
// The key is written once, at insertion, and kept when an incident is edited later, so
// re-importing the original file still finds it. Never change the definition: stores keep it.
#pragma once

#include "model/incident.h"

#include <cstdint>

namespace lagesbild
{

class DeduplicationKey
{
  public:
    static std::int64_t of(const Incident &incident);
};

} // namespace lagesbild
