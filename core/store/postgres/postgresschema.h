// PostgresSchema: the version of the server store's schema and its forward migrations.
// lagesbild.schema_version holds a row per applied version; version 1 creates everything
// (SchemaSql). migrate() runs in one transaction under an advisory lock, so two `server init`
// at once cannot both create, and a store written by a newer Lägesbild is refused untouched.
#pragma once

#include "common/result.h"

namespace lagesbild
{

class PostgresConnection;

class PostgresSchema
{
  public:
    static int currentVersion();
    //! The schema version of the database; 0 when it has no Lägesbild schema.
    static Result<int> version(PostgresConnection &connection);
    //! Brings the schema to currentVersion(); returns the version it found.
    static Result<int> migrate(PostgresConnection &connection);
};

} // namespace lagesbild
