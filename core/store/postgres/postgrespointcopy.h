// PostgresPointCopy: reads the two float8 columns (x, y) of a query as points through
// `COPY (query) TO STDOUT (FORMAT binary)` — a million points stream from the server as 8-byte
// values, without a result set built row by row or a number formatted and parsed (the hot-spot
// maps read every point of a period). COPY takes no bound parameters: the query's values
// must be literals (PostgresFilterSql::literal).
#pragma once

#include "common/result.h"
#include "model/reference.h"

#include <QString>

#include <vector>

namespace lagesbild
{

class PostgresConnection;

class PostgresPointCopy
{
  public:
    static Result<std::vector<PointXY>> read(PostgresConnection &connection, const QString &query);
};

} // namespace lagesbild
