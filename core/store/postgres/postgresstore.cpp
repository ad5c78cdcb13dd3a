// PostgresStore: opening. (Being written: the queries and writes follow in postgresstore*.cpp.)
#include "postgresstore.h"

#include "connectionstring.h"
#include "postgresschema.h"

namespace lagesbild
{

PostgresStore::PostgresStore(QString location, std::unique_ptr<PostgresConnection> connection)
    : mLocation(std::move(location)), mConnection(std::move(connection))
{
}

PostgresStore::~PostgresStore() = default;

QString PostgresStore::displayName() const
{
  return ConnectionString::describe(mLocation);
}

} // namespace lagesbild
