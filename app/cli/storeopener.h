// StoreOpener: how every lagesbild-cli command opens its store — for reading (compare, patterns,
// hotspots, evaluate, report: nothing is written) or for writing (import, demo, interventions
// add). While the store is busy with another program's write it says on stderr that it waits
// for its turn, and a reading command says when the store is read-only here.
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "store/incidentstore.h"

#include <QString>

#include <memory>

namespace lagesbild::cli
{

//! Opens path as command needs it (see StoreAccess), with the notes above on stderr.
Result<std::unique_ptr<IncidentStore>> openStore(const QString &command, const QString &path, StoreAccess access);

//! Makes feedback say on stderr when command waits for another program writing to the store.
void announceWaiting(const QString &command, Feedback &feedback);

} // namespace lagesbild::cli
