#include "referencecodes.h"

#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace lagesbild
{
namespace
{
Result<QSet<QString>> loadCodes(sqlite3 *db, const char *sql)
{
  auto statement = SqliteStatement::prepare(db, sql);
  if (!statement)
    return statement.error();
  QSet<QString> codes;
  while (statement->step() == SQLITE_ROW)
    codes.insert(statement->columnText(0));
  return codes;
}
} // namespace

Result<ReferenceCodes> ReferenceCodes::load(sqlite3 *db)
{
  ReferenceCodes codes;
  auto categories = loadCodes(db, "SELECT code FROM categories");
  if (!categories)
    return categories.error();
  auto sources = loadCodes(db, "SELECT code FROM sources");
  if (!sources)
    return sources.error();
  auto areas = loadCodes(db, "SELECT code FROM areas");
  if (!areas)
    return areas.error();
  codes.mCategories = std::move(categories.value());
  codes.mSources = std::move(sources.value());
  codes.mAreas = std::move(areas.value());
  return codes;
}

Result<void> ReferenceCodes::check(sqlite3 *db, const Incident &incident, const QString &position, bool createMissing)
{
  auto unknown = [&](const char *field, const QString &code)
  {
    return makeError(
      ErrorCode::BadInput,
      QCoreApplication::translate("IncidentStore", "%1, field %2: unknown code \"%3\".").arg(position, QString::fromLatin1(field), code));
  };
  // Batches repeat the same few codes: skip the set lookups when nothing changed.
  if (incident.category == mLastCategory && incident.source == mLastSource && incident.area == mLastArea)
    return {};
  if (!mCategories.contains(incident.category))
  {
    if (!createMissing)
      return unknown("category", incident.category);
    auto insert = SqliteStatement::prepare(
      db, "INSERT INTO categories (code, kind, name_sv, name_en, colour, sort_order) VALUES (?1, ?2, ?1, ?1, '#808080', 1000)");
    if (!insert)
      return insert.error();
    insert->bindText(1, incident.category);
    insert->bindText(2, kindCode(incident.kind));
    if (auto done = insert->execute(QCoreApplication::translate("IncidentStore", "The category could not be created.")); !done)
      return done;
    mCategories.insert(incident.category);
  }
  if (!mSources.contains(incident.source))
  {
    if (!createMissing)
      return unknown("source", incident.source);
    auto insert = SqliteStatement::prepare(db, "INSERT INTO sources (code, name) VALUES (?1, ?1)");
    if (!insert)
      return insert.error();
    insert->bindText(1, incident.source);
    if (auto done = insert->execute(QCoreApplication::translate("IncidentStore", "The source could not be created.")); !done)
      return done;
    mSources.insert(incident.source);
  }
  if (!incident.area.isEmpty() && !mAreas.contains(incident.area))
  {
    if (!createMissing)
      return unknown("area", incident.area);
    auto insert = SqliteStatement::prepare(db, "INSERT INTO areas (code, name) VALUES (?1, ?1)");
    if (!insert)
      return insert.error();
    insert->bindText(1, incident.area);
    if (auto done = insert->execute(QCoreApplication::translate("IncidentStore", "The area could not be created.")); !done)
      return done;
    mAreas.insert(incident.area);
  }
  mLastCategory = incident.category;
  mLastSource = incident.source;
  mLastArea = incident.area;
  return {};
}

} // namespace lagesbild
