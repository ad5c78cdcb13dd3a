#include "storemunicipality.h"

#include "geopackagestore.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

#include <memory>

namespace lagesbild
{
namespace
{
constexpr int kBusyTimeoutMs = 10000;

struct DatabaseCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using DatabaseHandle = std::unique_ptr<sqlite3, DatabaseCloser>;

Result<DatabaseHandle> connect(const GeoPackageStore &store, int flags)
{
  sqlite3 *db = nullptr;
  const int rc = sqlite3_open_v2(QFile::encodeName(store.path()).constData(), &db, flags, nullptr);
  DatabaseHandle handle(db);
  if (rc != SQLITE_OK)
    return sqliteError(db, QCoreApplication::translate("IncidentStore", "The store %1 could not be opened.").arg(store.path()));
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  return handle;
}
} // namespace

Result<std::optional<Municipality>> StoreMunicipality::read(const GeoPackageStore &store)
{
  Municipality stored;
  {
    auto db = connect(store, SQLITE_OPEN_READONLY);
    if (!db)
      return db.error();
    auto statement =
      SqliteStatement::prepare(db->get(), "SELECT key, value FROM lagesbild_meta WHERE key IN ('municipality_code', 'municipality_name')");
    if (!statement)
      return statement.error();
    while (statement->step() == SQLITE_ROW)
    {
      if (statement->columnText(0) == QLatin1String("municipality_code"))
        stored.code = statement->columnText(1);
      else
        stored.name = statement->columnText(1);
    }
  }
  if (!stored.code.isEmpty() || !stored.name.isEmpty())
    return std::optional<Municipality>(stored);

  const auto areas = store.areas();
  if (!areas)
    return areas.error();
  for (const Area &area : *areas)
  {
    if (area.type != QLatin1String("municipality"))
      continue;
    if (auto byCode = Municipality::fromCode(area.code))
      return byCode;
    if (auto byName = Municipality::fromName(area.name))
      return byName;
  }
  return std::optional<Municipality>();
}

Result<void> StoreMunicipality::write(const GeoPackageStore &store, const Municipality &municipality)
{
  if (municipality.code.trimmed().isEmpty() && municipality.name.trimmed().isEmpty())
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("IncidentStore", "A municipality needs a code or a name."));
  auto db = connect(store, SQLITE_OPEN_READWRITE);
  if (!db)
    return db.error();
  SqliteTransaction transaction;
  if (auto done = transaction.begin(db->get()); !done)
    return done;
  auto statement = SqliteStatement::prepare(db->get(), "INSERT OR REPLACE INTO lagesbild_meta (key, value) VALUES (?1, ?2)");
  if (!statement)
    return statement.error();
  const std::pair<const char *, QString> values[] = {{"municipality_code", municipality.code.trimmed()},
                                                     {"municipality_name", municipality.name.trimmed()}};
  for (const auto &[key, value] : values)
  {
    statement->bindText(1, QString::fromLatin1(key));
    statement->bindText(2, value);
    if (auto done = statement->execute(QStringLiteral("lagesbild_meta")); !done)
      return done;
  }
  return transaction.commit();
}

} // namespace lagesbild
