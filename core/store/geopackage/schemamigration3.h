// SchemaMigration3: takes a version-2 store to version 3 inside the caller's transaction
// (foreign keys off): incidents are rebuilt with integer codes and UTC-second times (fids, the
// R-tree and the de-duplication keys are kept), and interventions become a MULTIPOLYGON layer of
// treated areas (circles around the old centre points, or the named area's polygons).
#pragma once

#include "common/result.h"

struct sqlite3;

namespace lagesbild
{

class SchemaMigration3
{
  public:
    static Result<void> run(sqlite3 *db);
};

} // namespace lagesbild
