// ServerInit: `server init` — brings a PostgreSQL database to the current server schema (roles,
// policies and audit included), seeds the default categories and sources, and records the
// municipality. Running it again on the same store changes nothing; another municipality is
// refused.
#pragma once

#include "common/result.h"
#include "model/municipality.h"

namespace lagesbild
{

class PostgresConnection;

struct ServerInitSummary
{
    int versionBefore = 0; //!< 0: the database had no Lägesbild schema
    int versionAfter = 0;
    int categoriesAdded = 0;
    int sourcesAdded = 0;
};

class ServerInit
{
  public:
    static Result<ServerInitSummary> run(PostgresConnection &connection, const Municipality &municipality);
};

} // namespace lagesbild
