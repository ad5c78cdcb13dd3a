// IncidentStore: the store's municipality, kept in the key/value table lagesbild_meta
// (keys municipality_code and municipality_name; no schema change), else derived from a
// boundary area of type "municipality" (its code when it is an SCB code, else its name).
#include "incidentstore.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace lagesbild
{

Result<std::optional<Municipality>> IncidentStore::municipality() const
{
  auto statement =
    SqliteStatement::prepare(mDb, "SELECT key, value FROM lagesbild_meta WHERE key IN ('municipality_code', 'municipality_name')");
  if (!statement)
    return statement.error();
  Municipality stored;
  while (statement->step() == SQLITE_ROW)
  {
    if (statement->columnText(0) == QLatin1String("municipality_code"))
      stored.code = statement->columnText(1);
    else
      stored.name = statement->columnText(1);
  }
  if (!stored.code.isEmpty() || !stored.name.isEmpty())
    return std::optional<Municipality>(stored);

  const auto all = areas();
  if (!all)
    return all.error();
  for (const Area &area : *all)
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

Result<void> IncidentStore::setMunicipality(const Municipality &municipality)
{
  if (municipality.code.trimmed().isEmpty() && municipality.name.trimmed().isEmpty())
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("IncidentStore", "A municipality needs a code or a name."));
  SqliteTransaction transaction;
  if (auto done = transaction.begin(mDb); !done)
    return done;
  auto statement = SqliteStatement::prepare(mDb, "INSERT OR REPLACE INTO lagesbild_meta (key, value) VALUES (?1, ?2)");
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
