// The IncidentStore factory: a location is a server connection when ConnectionString says so
// (`postgresql://…`, `service=…`, key=value), a GeoPackage path otherwise.
#include "geopackage/geopackagestore.h"
#include "store/incidentstore.h"

#ifdef LAGESBILD_WITH_POSTGRES
#include "postgres/connectionstring.h"
#include "postgres/postgresstore.h"
#endif

#include <QFileInfo>

namespace lagesbild
{
namespace
{
[[maybe_unused]] Error noServerSupport()
{
  return makeError(ErrorCode::StoreError,
                   IncidentStore::tr("This build of Lägesbild has no PostgreSQL support (libpq was missing when it was built)."));
}
} // namespace

bool IncidentStore::isServerLocation(const QString &location)
{
#ifdef LAGESBILD_WITH_POSTGRES
  return ConnectionString::isPostgres(location);
#else
  return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://")) ||
         location.startsWith(QLatin1String("service="));
#endif
}

QString IncidentStore::providerConnection(const QString &location)
{
#ifdef LAGESBILD_WITH_POSTGRES
  if (ConnectionString::isPostgres(location))
    return ConnectionString::keyValueForm(location);
#endif
  return location;
}

Result<std::unique_ptr<IncidentStore>> IncidentStore::open(const QString &location, StoreAccess access, Feedback *feedback)
{
  if (isServerLocation(location))
  {
#ifdef LAGESBILD_WITH_POSTGRES
    auto opened = PostgresStore::open(location, access, feedback);
    if (!opened)
      return opened.error();
    return std::unique_ptr<IncidentStore>(std::move(*opened));
#else
    return noServerSupport();
#endif
  }
  auto opened = GeoPackageStore::open(location, access, feedback);
  if (!opened)
    return opened.error();
  return std::unique_ptr<IncidentStore>(std::move(*opened));
}

Result<std::unique_ptr<IncidentStore>> IncidentStore::create(const QString &location)
{
  if (isServerLocation(location))
    return makeError(ErrorCode::StoreError,
                     tr("A server store is made with 'lagesbild-cli server init CONNECTION --municipality CODE' by the database's owner."));
  auto created = GeoPackageStore::create(location);
  if (!created)
    return created.error();
  return std::unique_ptr<IncidentStore>(std::move(*created));
}

Result<std::unique_ptr<IncidentStore>> IncidentStore::openOrCreate(const QString &location)
{
  if (isServerLocation(location) || QFileInfo::exists(location))
    return open(location);
  return create(location);
}

} // namespace lagesbild
