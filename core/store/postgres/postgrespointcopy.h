// PostgresPointCopy: reads the two float8 columns (x, y) of a query as points through
// `COPY (query) TO STDOUT (FORMAT binary)` — a million points stream from the server as 8-byte
// values, without a result set built row by row or a number formatted and parsed (the hot-spot
// maps read every point of a period). COPY takes no bound parameters: the query's values
// must be literals (PostgresFilterSql::literal). The same stream carries the daily summary's
// packed points, a few thousand rows of a few hundred points each.
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
    //! One bytea column of points packed as big-endian int4 centimetres x, y (the daily
    //! summary's points); expected is a hint for the reserve.
    static Result<std::vector<PointXY>> readPackedCentimetres(PostgresConnection &connection, const QString &query,
                                                              std::size_t expected = 0);
};

} // namespace lagesbild
