// GeoPackageStore: the address register (see addressregister.h).
#include "addressregister.h"
#include "auditlog.h"
#include "geopackagestore.h"
#include "sqlitestatement.h"

#include <QJsonObject>

namespace lagesbild
{

Result<void> GeoPackageStore::replaceAddresses(const std::vector<geocoding::AddressPoint> &addresses, const QString &user,
                                               Feedback *feedback)
{
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done;
  auto before = AddressRegister::count(mDb);
  if (!before)
    return before.error();
  if (auto done = AddressRegister::replace(mDb, addresses, feedback); !done)
    return done;
  QJsonObject beforeJson;
  beforeJson.insert(QStringLiteral("addresses"), static_cast<double>(*before));
  QJsonObject afterJson;
  afterJson.insert(QStringLiteral("addresses"), static_cast<double>(addresses.size()));
  if (auto done = AuditLog::append(mDb, user, QStringLiteral("import"), QStringLiteral("addresses"), 0, beforeJson, afterJson); !done)
    return done;
  return transaction.commit();
}

Result<std::vector<geocoding::AddressPoint>> GeoPackageStore::addresses() const
{
  return AddressRegister::load(mDb);
}

Result<std::int64_t> GeoPackageStore::addressCount() const
{
  return AddressRegister::count(mDb);
}

Result<std::optional<geocoding::AddressPoint>> GeoPackageStore::nearestAddress(double x, double y, double maxDistance) const
{
  return AddressRegister::nearest(mDb, x, y, maxDistance);
}

} // namespace lagesbild
