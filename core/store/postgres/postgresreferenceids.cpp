#include "postgresreferenceids.h"

#include "postgresconnection.h"
#include "store/referencemessages.h"

#include <QCoreApplication>

#include <optional>

namespace lagesbild
{
namespace
{
Result<QHash<QString, std::int64_t>> loadCodes(PostgresConnection &connection, const QString &sql)
{
  const auto rows = connection.query(sql);
  if (!rows)
    return rows.error();
  QHash<QString, std::int64_t> codes;
  for (int r = 0; r < rows->rows(); ++r)
    codes.insert(rows->text(r, 0), rows->integer(r, 1));
  return codes;
}

template<typename Reference> const Reference *findByCode(const std::vector<Reference> *definitions, const QString &code)
{
  if (!definitions)
    return nullptr;
  for (const Reference &definition : *definitions)
    if (definition.code == code)
      return &definition;
  return nullptr;
}

Result<std::int64_t> insertReturningId(PostgresConnection &connection, const QString &sql,
                                       const std::vector<std::optional<QString>> &values)
{
  const auto rows = connection.query(sql, values);
  if (!rows)
    return rows.error();
  return rows->integer(0, 0);
}
} // namespace

Result<PostgresReferenceIds> PostgresReferenceIds::load(PostgresConnection &connection)
{
  PostgresReferenceIds ids;
  auto categories = loadCodes(connection, QStringLiteral("SELECT code, id FROM lagesbild.categories"));
  if (!categories)
    return categories.error();
  auto sources = loadCodes(connection, QStringLiteral("SELECT code, id FROM lagesbild.sources"));
  if (!sources)
    return sources.error();
  auto areas = loadCodes(connection, QStringLiteral("SELECT code, fid FROM lagesbild.areas"));
  if (!areas)
    return areas.error();
  ids.mCategories = std::move(*categories);
  ids.mSources = std::move(*sources);
  ids.mAreas = std::move(*areas);
  return ids;
}

Result<PostgresReferenceIds::Ids> PostgresReferenceIds::check(PostgresConnection &connection, const Incident &incident, std::int64_t number,
                                                              bool createMissing, const std::vector<Category> *categories,
                                                              const std::vector<Source> *sources)
{
  if (!mCategories.contains(incident.category))
  {
    if (!createMissing)
      return ReferenceMessages::unknownCode(number, "category", incident.category);
    const Category *definition = findByCode(categories, incident.category);
    const QString nameSv = definition && !definition->nameSv.isEmpty() ? definition->nameSv : incident.category;
    const QString group = definition ? definition->group : QString();
    auto id = insertReturningId(connection,
                                QStringLiteral("INSERT INTO lagesbild.categories (code, kind, name_sv, name_en, colour, category_group, "
                                               "sort_order) VALUES ($1, $2, $3, $4, $5, $6, 1000) RETURNING id"),
                                {incident.category, kindCode(definition ? definition->kind : incident.kind), nameSv,
                                 definition && !definition->nameEn.isEmpty() ? definition->nameEn : nameSv,
                                 definition && !definition->colour.isEmpty() ? definition->colour : QStringLiteral("#808080"),
                                 group.isEmpty() ? std::nullopt : std::optional<QString>(group)});
    if (!id)
      return id.error();
    mCategories.insert(incident.category, *id);
  }
  if (!mSources.contains(incident.source))
  {
    if (!createMissing)
      return ReferenceMessages::unknownCode(number, "source", incident.source);
    const Source *definition = findByCode(sources, incident.source);
    auto id = insertReturningId(connection, QStringLiteral("INSERT INTO lagesbild.sources (code, name) VALUES ($1, $2) RETURNING id"),
                                {incident.source, definition && !definition->name.isEmpty() ? definition->name : incident.source});
    if (!id)
      return id.error();
    mSources.insert(incident.source, *id);
  }
  if (!incident.area.isEmpty() && !mAreas.contains(incident.area))
  {
    if (!createMissing)
      return ReferenceMessages::unknownCode(number, "area", incident.area);
    auto id = insertReturningId(connection, QStringLiteral("INSERT INTO lagesbild.areas (code, name) VALUES ($1, $1) RETURNING fid"),
                                {incident.area});
    if (!id)
      return id.error();
    mAreas.insert(incident.area, *id);
  }
  return Ids{mCategories.value(incident.category), mSources.value(incident.source),
             incident.area.isEmpty() ? 0 : mAreas.value(incident.area)};
}

} // namespace lagesbild
