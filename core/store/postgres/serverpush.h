// ServerPush: `lagesbild-cli push LOCAL.gpkg CONNECTION` — sends a GeoPackage store's incidents
// to the server store. Month by month (so a million rows never sit in memory at once), in
// batches: each batch is COPY'd into a temporary table and inserted with ON CONFLICT on the
// de-duplication key, in one transaction. A batch is all in or all out, so a push that was
// killed or cancelled is resumed by pushing again: the rows that arrived are skipped.
// PushBatchReader reads the next batch on a second thread while the server writes the last one;
// with more connections (PushOptions::moreConnections) several batches are written at once, each
// on its own connection in its own transaction (batches never share a key, so they never wait
// for each other).
// Categories and sources the server lacks are added first. Interventions and areas are not
// pushed yet. The key is the local rows' DeduplicationKey (recomputed from the row: a row edited
// locally after a push arrives again as a new row).
#pragma once

#include "common/feedback.h"
#include "common/result.h"

#include <cstdint>
#include <vector>

namespace lagesbild
{

class IncidentStore;
class PostgresConnection;

struct PushOptions
{
    int batchSize = 50000;
    Feedback *feedback = nullptr; //!< progress; cancel stops after the batch being sent
    //! More connections to the same server that send batches beside the main one (each batch
    //! still one transaction on one connection), so the server writes on several cores.
    std::vector<PostgresConnection *> moreConnections;
};

struct PushSummary
{
    std::int64_t read = 0;     //!< incidents of the local store
    std::int64_t inserted = 0; //!< new on the server
    std::int64_t already = 0;  //!< on the server before (same de-duplication key)
    int batches = 0;
    int referencesAdded = 0; //!< categories and sources added to the server
};

class ServerPush
{
  public:
    static Result<PushSummary> run(const IncidentStore &local, PostgresConnection &server, const PushOptions &options = {});
};

} // namespace lagesbild
