// ReferenceMessages: how both stores name a code an incident refers to that the store does not
// know ("Incident 12, field category: unknown code "x"."), so an import reads the same on either.
#pragma once

#include "common/result.h"

#include <QString>

#include <cstdint>

namespace lagesbild::ReferenceMessages
{

//! number: the incident's position in its batch (1-based), 0 for a single incident.
Error unknownCode(std::int64_t number, const char *field, const QString &code);

} // namespace lagesbild::ReferenceMessages
