#include "referencecodes.h"

#include "sqlitestatement.h"
#include "store/referencemessages.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace lagesbild
{
namespace
{
Result<QHash<QString, std::int64_t>> loadCodes(sqlite3 *db, const char *sql)
{
  auto statement = SqliteStatement::prepare(db, sql);
  if (!statement)
    return statement.error();
  QHash<QString, std::int64_t> codes;
  while (statement->step() == SQLITE_ROW)
    codes.insert(statement->columnText(0), statement->columnInt64(1));
  return codes;
}
} // namespace

Result<ReferenceCodes> ReferenceCodes::load(sqlite3 *db)
{
  ReferenceCodes codes;
  auto categories = loadCodes(db, "SELECT code, id FROM categories");
  if (!categories)
    return categories.error();
  auto sources = loadCodes(db, "SELECT code, id FROM sources");
  if (!sources)
    return sources.error();
  auto areas = loadCodes(db, "SELECT code, fid FROM areas");
  if (!areas)
    return areas.error();
  codes.mCategories = std::move(categories.value());
  codes.mSources = std::move(sources.value());
  codes.mAreas = std::move(areas.value());
  return codes;
}

std::int64_t ReferenceCodes::cachedId(const QHash<QString, std::int64_t> &codes, CodeCache &cache, const QString &code)
{
  if (code.isEmpty())
    return 0;
  const QChar *data = code.constData();
  CachedCode &slot = cache.entries[(reinterpret_cast<std::uintptr_t>(data) >> 4) % kCacheSlots];
  if (slot.data == data && slot.size == code.size() && slot.id != 0)
    return slot.id;
  const std::int64_t id = codes.value(code, 0);
  if (id != 0)
    slot = CachedCode{data, code.size(), id};
  return id;
}

namespace
{
//! The definition of code in definitions, or nullptr.
template<typename Reference> const Reference *findByCode(const std::vector<Reference> *definitions, const QString &code)
{
  if (!definitions)
    return nullptr;
  for (const Reference &definition : *definitions)
    if (definition.code == code)
      return &definition;
  return nullptr;
}
} // namespace

Result<ReferenceCodes::Ids> ReferenceCodes::check(sqlite3 *db, const Incident &incident, std::int64_t number, bool createMissing,
                                                  const ReferenceDefinitions &definitions)
{
  Ids ids{cachedId(mCategories, mCategoryCache, incident.category), cachedId(mSources, mSourceCache, incident.source),
          cachedId(mAreas, mAreaCache, incident.area)};
  if (ids.category != 0 && ids.source != 0 && (ids.area != 0 || incident.area.isEmpty()))
    return ids;
  if (!mCategories.contains(incident.category))
  {
    if (!createMissing)
      return ReferenceMessages::unknownCode(number, "category", incident.category);
    const Category *definition = findByCode(definitions.categories, incident.category);
    auto insert = SqliteStatement::prepare(db, "INSERT INTO categories (code, kind, name_sv, name_en, colour, category_group, sort_order) "
                                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1000)");
    if (!insert)
      return insert.error();
    const QString nameSv = definition && !definition->nameSv.isEmpty() ? definition->nameSv : incident.category;
    insert->bindText(1, incident.category);
    insert->bindText(2, kindCode(definition ? definition->kind : incident.kind));
    insert->bindText(3, nameSv);
    insert->bindText(4, definition && !definition->nameEn.isEmpty() ? definition->nameEn : nameSv);
    insert->bindText(5, definition && !definition->colour.isEmpty() ? definition->colour : QStringLiteral("#808080"));
    insert->bindText(6, definition ? definition->group : QString(), true);
    if (auto done = insert->execute(QCoreApplication::translate("IncidentStore", "The category could not be created.")); !done)
      return done.error();
    mCategories.insert(incident.category, sqlite3_last_insert_rowid(db));
    mCreatedCategories = true;
  }
  if (!mSources.contains(incident.source))
  {
    if (!createMissing)
      return ReferenceMessages::unknownCode(number, "source", incident.source);
    const Source *definition = findByCode(definitions.sources, incident.source);
    auto insert = SqliteStatement::prepare(db, "INSERT INTO sources (code, name) VALUES (?1, ?2)");
    if (!insert)
      return insert.error();
    insert->bindText(1, incident.source);
    insert->bindText(2, definition && !definition->name.isEmpty() ? definition->name : incident.source);
    if (auto done = insert->execute(QCoreApplication::translate("IncidentStore", "The source could not be created.")); !done)
      return done.error();
    mSources.insert(incident.source, sqlite3_last_insert_rowid(db));
    mCreatedSources = true;
  }
  if (!incident.area.isEmpty() && !mAreas.contains(incident.area))
  {
    if (!createMissing)
      return ReferenceMessages::unknownCode(number, "area", incident.area);
    auto insert = SqliteStatement::prepare(db, "INSERT INTO areas (code, name) VALUES (?1, ?1)");
    if (!insert)
      return insert.error();
    insert->bindText(1, incident.area);
    if (auto done = insert->execute(QCoreApplication::translate("IncidentStore", "The area could not be created.")); !done)
      return done.error();
    mAreas.insert(incident.area, sqlite3_last_insert_rowid(db));
  }
  return Ids{categoryId(incident.category), sourceId(incident.source), areaId(incident.area)};
}

} // namespace lagesbild
