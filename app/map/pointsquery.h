// PointsQuery: reads the positions of the filtered incidents on the calling thread through a
// connection of its own, so map tasks can query the store off the UI thread while the UI keeps
// its connection (SQLite connections are not shared between threads; WAL lets readers run
// beside the UI's writes).
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "model/incidentfilter.h"
#include "model/reference.h"

#include <QString>

#include <vector>

namespace lagesbild
{

class IncidentStore;

class PointsQuery
{
  public:
    //! The street-level points of the incidents matching filter in the store at storePath.
    static Result<std::vector<PointXY>> run(const QString &storePath, const IncidentFilter &filter);
    //! The same through a connection this thread already opened (several queries, one open).
    static Result<std::vector<PointXY>> run(const IncidentStore &store, const IncidentFilter &filter);
};

} // namespace lagesbild
