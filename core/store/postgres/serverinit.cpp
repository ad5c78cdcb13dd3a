#include "serverinit.h"

#include "postgresconnection.h"
#include "postgresschema.h"
#include "store/defaulttaxonomy.h"

#include <QCoreApplication>

namespace lagesbild
{
namespace
{
Result<void> recordMunicipality(PostgresConnection &connection, const Municipality &municipality)
{
  const auto recorded = connection.query(QStringLiteral("SELECT value FROM lagesbild.meta WHERE key = 'municipality_code'"));
  if (!recorded)
    return recorded.error();
  if (recorded->rows() > 0 && recorded->text(0, 0) != municipality.code)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("PostgresStore", "The server store is already set up for municipality %1, not %2.")
                       .arg(recorded->text(0, 0), municipality.code));
  const auto written = connection.query(QStringLiteral("INSERT INTO lagesbild.meta (key, value) VALUES ('municipality_code', $1), "
                                                       "('municipality_name', $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                        {municipality.code, municipality.name});
  if (!written)
    return written.error();
  return {};
}
} // namespace

Result<ServerInitSummary> ServerInit::run(PostgresConnection &connection, const Municipality &municipality)
{
  ServerInitSummary summary;
  const auto before = PostgresSchema::migrate(connection);
  if (!before)
    return before.error();
  summary.versionBefore = *before;
  summary.versionAfter = PostgresSchema::currentVersion();

  const auto seeded = connection.inTransaction(
    [&]() -> Result<void>
    {
      if (auto done = recordMunicipality(connection, municipality); !done)
        return done;
      int order = 0;
      for (const Category &category : DefaultTaxonomy::categories())
      {
        const auto added = connection.query(
          QStringLiteral("INSERT INTO lagesbild.categories (code, kind, name_sv, name_en, colour, category_group, sort_order) "
                         "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING"),
          {category.code, kindCode(category.kind), category.nameSv, category.nameEn, category.colour,
           category.group.isEmpty() ? std::nullopt : std::optional<QString>(category.group), QString::number(order++)});
        if (!added)
          return added.error();
        summary.categoriesAdded += static_cast<int>(added->affectedRows());
      }
      for (const Source &source : DefaultTaxonomy::sources())
      {
        const auto added =
          connection.query(QStringLiteral("INSERT INTO lagesbild.sources (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING"),
                           {source.code, source.name});
        if (!added)
          return added.error();
        summary.sourcesAdded += static_cast<int>(added->affectedRows());
      }
      return {};
    });
  if (!seeded)
    return seeded.error();
  return summary;
}

} // namespace lagesbild
