#include "postgresschema.h"

#include "postgresconnection.h"
#include "schemasql.h"

#include <QCoreApplication>

#include <vector>

namespace lagesbild
{
namespace
{
struct Migration
{
    int toVersion;
    std::vector<const char *> scripts;
};

// Forward migrations, oldest first: each takes the schema from toVersion - 1 to toVersion.
const std::vector<Migration> &migrations()
{
  static const std::vector<Migration> sMigrations = {
    {1, {SchemaSql::tables(), SchemaSql::security(), SchemaSql::audit()}},
    {2, {SchemaSql::version2()}},
    {3, {SchemaSql::version3()}},
  };
  return sMigrations;
}

// Any fixed number: the advisory lock that serialises schema changes.
constexpr const char *kLockSql = "SELECT pg_advisory_xact_lock(7342019)";
} // namespace

int PostgresSchema::currentVersion()
{
  return migrations().back().toVersion;
}

Result<int> PostgresSchema::version(PostgresConnection &connection)
{
  const auto exists = connection.query(QStringLiteral("SELECT to_regclass('lagesbild.schema_version') IS NOT NULL"));
  if (!exists)
    return exists.error();
  if (exists->text(0, 0) != QLatin1String("t"))
    return 0;
  const auto version = connection.query(QStringLiteral("SELECT coalesce(max(version), 0) FROM lagesbild.schema_version"));
  if (!version)
    return version.error();
  return static_cast<int>(version->integer(0, 0));
}

Result<int> PostgresSchema::migrate(PostgresConnection &connection)
{
  int found = 0;
  const auto done = connection.inTransaction(
    [&]() -> Result<void>
    {
      if (const auto locked = connection.query(QString::fromLatin1(kLockSql)); !locked)
        return locked.error();
      const auto current = version(connection);
      if (!current)
        return current.error();
      found = *current;
      if (found > currentVersion())
        return makeError(ErrorCode::StoreTooNew,
                         QCoreApplication::translate("PostgresStore",
                                                     "The server store has schema version %1, newer than this Lägesbild knows (%2): "
                                                     "update Lägesbild.")
                           .arg(found)
                           .arg(currentVersion()));
      for (const Migration &migration : migrations())
      {
        if (migration.toVersion <= found)
          continue;
        for (const char *script : migration.scripts)
          if (auto ran = connection.exec(QString::fromUtf8(script)); !ran)
            return ran;
        if (auto recorded = connection.query(QStringLiteral("INSERT INTO lagesbild.schema_version (version) VALUES ($1)"),
                                             {QString::number(migration.toVersion)});
            !recorded)
          return recorded.error();
      }
      return {};
    });
  if (!done)
    return done.error();
  return found;
}

} // namespace lagesbild
