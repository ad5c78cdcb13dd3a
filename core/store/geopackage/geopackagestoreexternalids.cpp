// GeoPackageStore: finding stored incidents by source and external id.
#include "geopackagestore.h"
#include "incidentrow.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QSet>

#include <sqlite3.h>

namespace lagesbild
{

Result<std::vector<Incident>> GeoPackageStore::incidentsWithExternalIds(const std::vector<std::pair<QString, QString>> &sourceAndIds) const
{
  std::vector<Incident> found;
  if (sourceAndIds.empty())
    return found;
  const QChar separator(0x1F);
  QSet<QString> wanted;
  wanted.reserve(static_cast<int>(sourceAndIds.size()));
  for (const auto &[source, id] : sourceAndIds)
    wanted.insert(source + separator + id.trimmed());
  // Only the codes and ids are read for every row with an id; whole rows only for the matches.
  auto statement = SqliteStatement::prepare(mDb, "SELECT i.fid, s.code, i.external_id FROM incidents AS i "
                                                 "JOIN sources AS s ON s.id = i.source WHERE i.external_id <> ''");
  if (!statement)
    return statement.error();
  std::vector<std::int64_t> fids;
  int rc = SQLITE_ROW;
  while ((rc = statement->step()) == SQLITE_ROW)
    if (wanted.contains(statement->columnText(1) + separator + statement->columnText(2).trimmed()))
      fids.push_back(statement->columnInt64(0));
  if (rc != SQLITE_DONE)
    return sqliteError(mDb, QCoreApplication::translate("IncidentStore", "The incidents could not be read."));
  for (const std::int64_t fid : fids)
  {
    auto stored = incident(fid);
    if (!stored)
      return stored.error();
    if (stored->has_value())
      found.push_back(std::move(**stored));
  }
  return found;
}

} // namespace lagesbild
