#include "storesettings.h"

#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <memory>
#include <sqlite3.h>

namespace lagesbild
{
namespace
{
QString tr(const char *text)
{
  return QCoreApplication::translate("StoreSettings", text);
}

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

Result<Connection> connect(const QString &path, bool write)
{
  if (!QFileInfo::exists(path))
    return makeError(ErrorCode::NotFound, tr("The store %1 does not exist.").arg(path));
  sqlite3 *db = nullptr;
  const int flags = (write ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
  Connection connection(db);
  if (rc != SQLITE_OK)
    return sqliteError(db, tr("The store %1 could not be opened.").arg(path));
  sqlite3_busy_timeout(db, 10000);
  return connection;
}

bool reserved(const QString &key)
{
  return key == QLatin1String("schema_version") || key == QLatin1String("created_by");
}
} // namespace

Result<std::optional<QString>> StoreSettings::value(const QString &storePath, const QString &key)
{
  auto db = connect(storePath, false);
  if (!db)
    return db.error();
  auto select = SqliteStatement::prepare(db->get(), "SELECT value FROM lagesbild_meta WHERE key = ?");
  if (!select)
    return makeError(ErrorCode::BadInput, tr("%1 is not a Lägesbild store (no settings table).").arg(storePath), select.error().detail);
  select->bindText(1, key);
  const int rc = select->step();
  if (rc == SQLITE_DONE)
    return std::optional<QString>();
  if (rc != SQLITE_ROW)
    return sqliteError(db->get(), tr("The setting %1 could not be read from %2.").arg(key, storePath));
  return std::optional<QString>(select->columnText(0));
}

Result<void> StoreSettings::setValue(const QString &storePath, const QString &key, const QString &value)
{
  if (reserved(key) || key.isEmpty())
    return makeError(ErrorCode::BadInput, tr("The store setting \"%1\" cannot be written.").arg(key));
  auto db = connect(storePath, true);
  if (!db)
    return db.error();
  SqliteTransaction transaction;
  if (auto begun = transaction.begin(db->get()); !begun)
    return begun;
  auto insert = SqliteStatement::prepare(db->get(), "INSERT OR REPLACE INTO lagesbild_meta (key, value) VALUES (?, ?)");
  if (!insert)
    return makeError(ErrorCode::BadInput, tr("%1 is not a Lägesbild store (no settings table).").arg(storePath), insert.error().detail);
  insert->bindText(1, key);
  insert->bindText(2, value);
  if (auto done = insert->execute(tr("The setting %1 could not be saved in %2.").arg(key, storePath)); !done)
    return done;
  return transaction.commit();
}

Result<void> StoreSettings::remove(const QString &storePath, const QString &key)
{
  if (reserved(key))
    return makeError(ErrorCode::BadInput, tr("The store setting \"%1\" cannot be written.").arg(key));
  auto db = connect(storePath, true);
  if (!db)
    return db.error();
  auto erase = SqliteStatement::prepare(db->get(), "DELETE FROM lagesbild_meta WHERE key = ?");
  if (!erase)
    return erase.error();
  erase->bindText(1, key);
  return erase->execute(tr("The setting %1 could not be removed from %2.").arg(key, storePath));
}

} // namespace lagesbild
