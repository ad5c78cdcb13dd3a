#include "postgresresult.h"

#include <libpq-fe.h>

namespace lagesbild
{

void PostgresResult::Clearer::operator()(pg_result *result) const
{
  PQclear(result);
}

int PostgresResult::rows() const
{
  return PQntuples(mResult.get());
}

int PostgresResult::columns() const
{
  return PQnfields(mResult.get());
}

bool PostgresResult::isNull(int row, int column) const
{
  return PQgetisnull(mResult.get(), row, column) != 0;
}

QString PostgresResult::text(int row, int column) const
{
  return QString::fromUtf8(PQgetvalue(mResult.get(), row, column), PQgetlength(mResult.get(), row, column));
}

long long PostgresResult::integer(int row, int column) const
{
  return QByteArray(PQgetvalue(mResult.get(), row, column), PQgetlength(mResult.get(), row, column)).toLongLong();
}

long long PostgresResult::affectedRows() const
{
  return QByteArray(PQcmdTuples(mResult.get())).toLongLong();
}

} // namespace lagesbild
