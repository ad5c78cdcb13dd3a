// ServerPull: `lagesbild-cli pull CONNECTION LOCAL.gpkg [--period FROM..TO]` — copies the server
// store into a local GeoPackage store for offline work (a laptop at the BRÅ meeting): the
// categories, sources (organisations) and named areas, then the incidents of the period (all
// when none is given), read through a server-side cursor in batches and written with
// IncidentStore::insertBatch, one transaction per batch. Everything is read in one REPEATABLE
// READ, READ ONLY transaction, so the copy is one consistent picture of the server. Pulling again
// into the same file adds nothing: the local de-duplication key (external id and source, or the
// content) finds the rows already there. Interventions the local store lacks (by type, title and
// start) are added after the incidents, linked to the local copies of the incidents that
// triggered them (found by day, kind, category, source, time, point and external id; a trigger
// outside the pulled period is left out).
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "time/daterange.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace lagesbild
{

class IncidentStore;
class PostgresConnection;

struct PullOptions
{
    std::optional<DateRange> period; //!< on occurred_from, local days inclusive; none: everything
    int batchSize = 50000;
    QString user;                 //!< for the local audit
    Feedback *feedback = nullptr; //!< progress; cancel stops after the batch being written
};

struct PullSummary
{
    std::int64_t read = 0;         //!< incidents read from the server
    std::int64_t inserted = 0;     //!< new in the local store
    std::int64_t duplicates = 0;   //!< already in the local store
    std::int64_t withoutPoint = 0; //!< server rows without a geometry, left out
    int categories = 0;
    int sources = 0;
    int areas = 0;
    int interventions = 0; //!< new in the local store
    int batches = 0;
};

class ServerPull
{
  public:
    static Result<PullSummary> run(PostgresConnection &server, IncidentStore &local, const PullOptions &options = {});
};

} // namespace lagesbild
