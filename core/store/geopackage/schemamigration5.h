// SchemaMigration5: takes a version-4 store to version 5 inside the caller's transaction
// (foreign keys off): the incidents table is rebuilt with the wider location_precision CHECK
// (0..5: the geocoded precisions) and the address_derived column (fids, keys, the R-tree and
// the key-block trigger kept), and the `addresses` layer (the address register) is added.
#pragma once

#include "common/result.h"

struct sqlite3;

namespace lagesbild
{

class SchemaMigration5
{
  public:
    static Result<void> run(sqlite3 *db);
};

} // namespace lagesbild
