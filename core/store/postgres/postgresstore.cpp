// PostgresStore: opening, reference data, the municipality, imports and the audit log.
#include "postgresstore.h"

#include "connectionstring.h"
#include "postgresgeometry.h"
#include "postgresschema.h"

namespace lagesbild
{
namespace
{
std::optional<QString> optionalText(const QString &text)
{
  return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}
} // namespace

PostgresStore::PostgresStore(QString location, std::unique_ptr<PostgresConnection> connection)
  : mLocation(std::move(location)), mConnection(std::move(connection))
{
}

PostgresStore::~PostgresStore() = default;

QString PostgresStore::displayName() const
{
  return ConnectionString::describe(mLocation);
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const QString &location, StoreAccess access, Feedback *feedback)
{
  (void)feedback; // connecting is not cancellable in libpq's blocking API
  auto connection = PostgresConnection::open(location);
  if (!connection)
    return connection.error();
  std::unique_ptr<PostgresStore> store(new PostgresStore(location, std::make_unique<PostgresConnection>(std::move(connection.value()))));
  const QString server = ConnectionString::describe(location);
  const auto version = PostgresSchema::version(*store->mConnection);
  if (!version)
    return makeError(ErrorCode::StoreError, tr("The schema version of the server store %1 could not be read.").arg(server),
                     version.error().toString());
  if (*version == 0)
    return makeError(ErrorCode::NotFound, tr("%1 holds no Lägesbild store: set it up with `lagesbild-cli server init`.").arg(server));
  if (*version > PostgresSchema::currentVersion())
    return makeError(ErrorCode::StoreTooNew, tr("The server store %1 has schema version %2, newer than this Lägesbild knows (%3): "
                                                "update Lägesbild.")
                                               .arg(server)
                                               .arg(*version)
                                               .arg(PostgresSchema::currentVersion()));
  if (*version < PostgresSchema::currentVersion())
    return makeError(ErrorCode::StoreError, tr("The server store %1 has schema version %2; this Lägesbild needs %3: run "
                                               "`lagesbild-cli server init` on it as its owner to upgrade it.")
                                              .arg(server)
                                              .arg(*version)
                                              .arg(PostgresSchema::currentVersion()));
  store->mSchemaVersion = *version;
  // Column privileges count: a reporter may insert some columns of incidents, not the table.
  const auto privilege = store->mConnection->query(QStringLiteral("SELECT has_any_column_privilege('lagesbild.incidents', 'INSERT')"));
  if (!privilege)
    return privilege.error();
  store->mReadOnly = privilege->text(0, 0) != QLatin1String("t");
  // The daily summary is granted to the roles that see every incident (schemasqlversion3.cpp).
  const auto summary = store->mConnection->query(QStringLiteral("SELECT has_table_privilege('lagesbild.daily_summary', 'SELECT')"));
  if (!summary)
    return summary.error();
  store->mSummaryReadable = summary->text(0, 0) == QLatin1String("t");
  store->mOpenedForReading = access == StoreAccess::Read;
  store->mReading = store->mOpenedForReading || store->mReadOnly;
  // The analyses send many short aggregate queries: unless the server's administrator chose a
  // setting, they run without parallel workers, whose start-up and gather cost more than they
  // save on a server with few cores (bench_store_server, 1M incidents, 2 cores: compare by
  // category 139 ms serial against 499 ms parallel).
  const auto parallel =
    store->mConnection->query(QStringLiteral("SELECT source FROM pg_settings WHERE name = 'max_parallel_workers_per_gather'"));
  if (!parallel)
    return parallel.error();
  if (parallel->rows() > 0 && parallel->text(0, 0) == QLatin1String("default"))
    if (auto done = store->mConnection->exec(QStringLiteral("SET max_parallel_workers_per_gather = 0")); !done)
      return done.error();
  if (access == StoreAccess::Read)
    if (auto done = store->mConnection->exec(QStringLiteral("SET default_transaction_read_only = on")); !done)
      return done.error();
  return store;
}

Result<void> PostgresStore::checkWritable() const
{
  if (mReadOnly)
    return makeError(ErrorCode::StoreError,
                     tr("The login %1 may only read the server store %2: nothing was saved.").arg(mConnection->userName(), displayName()));
  if (mReading)
    return makeError(ErrorCode::StoreError, tr("The store %1 was opened for reading; nothing was written.").arg(displayName()));
  return {};
}

Result<std::vector<Category>> PostgresStore::categories() const
{
  const auto rows = mConnection->query(QStringLiteral("SELECT code, name_sv, name_en, kind, colour, coalesce(category_group, ''), id "
                                                      "FROM lagesbild.categories ORDER BY kind, sort_order, id"));
  if (!rows)
    return rows.error();
  std::vector<Category> out;
  for (int r = 0; r < rows->rows(); ++r)
  {
    Category category;
    category.code = rows->text(r, 0);
    category.nameSv = rows->text(r, 1);
    category.nameEn = rows->text(r, 2);
    category.kind = kindFromCode(rows->text(r, 3)).value_or(IncidentKind::Report);
    category.colour = rows->text(r, 4);
    category.group = rows->text(r, 5);
    category.id = rows->integer(r, 6);
    out.push_back(std::move(category));
  }
  return out;
}

Result<void> PostgresStore::upsertCategory(const Category &category)
{
  if (auto writable = checkWritable(); !writable)
    return writable;
  if (category.code.trimmed().isEmpty())
    return makeError(ErrorCode::BadInput, tr("A category needs a code."));
  const QString nameSv = category.nameSv.isEmpty() ? category.code : category.nameSv;
  const auto done = mConnection->query(
    QStringLiteral("INSERT INTO lagesbild.categories (code, kind, name_sv, name_en, colour, category_group, sort_order) "
                   "VALUES ($1, $2, $3, $4, $5, $6, (SELECT coalesce(max(sort_order), 0) + 1 FROM lagesbild.categories)) "
                   "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name_sv = excluded.name_sv, name_en = excluded.name_en, "
                   "colour = excluded.colour, category_group = excluded.category_group"),
    {category.code.trimmed(), kindCode(category.kind), nameSv, category.nameEn.isEmpty() ? nameSv : category.nameEn,
     category.colour.isEmpty() ? QStringLiteral("#808080") : category.colour, optionalText(category.group)});
  if (!done)
    return done.error();
  return {};
}

Result<std::vector<Source>> PostgresStore::sources() const
{
  const auto rows = mConnection->query(QStringLiteral("SELECT code, name FROM lagesbild.sources ORDER BY id"));
  if (!rows)
    return rows.error();
  std::vector<Source> out;
  for (int r = 0; r < rows->rows(); ++r)
    out.push_back(Source{rows->text(r, 0), rows->text(r, 1)});
  return out;
}

Result<void> PostgresStore::upsertSource(const Source &source)
{
  if (auto writable = checkWritable(); !writable)
    return writable;
  if (source.code.trimmed().isEmpty())
    return makeError(ErrorCode::BadInput, tr("A source needs a code."));
  const auto done = mConnection->query(
    QStringLiteral("INSERT INTO lagesbild.sources (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name = excluded.name"),
    {source.code.trimmed(), source.name.isEmpty() ? source.code.trimmed() : source.name});
  if (!done)
    return done.error();
  return {};
}

Result<std::vector<Area>> PostgresStore::areas() const
{
  const auto rows = mConnection->query(QStringLiteral("SELECT code, name, coalesce(area_type, ''), ST_AsGeoJSON(geom, 15) "
                                                      "FROM lagesbild.areas ORDER BY code COLLATE \"C\""));
  if (!rows)
    return rows.error();
  std::vector<Area> out;
  for (int r = 0; r < rows->rows(); ++r)
  {
    Area area;
    area.code = rows->text(r, 0);
    area.name = rows->text(r, 1);
    area.type = rows->text(r, 2);
    if (!rows->isNull(r, 3))
      area.polygons = PostgresGeometry::fromGeoJson(rows->text(r, 3));
    out.push_back(std::move(area));
  }
  return out;
}

Result<std::optional<Municipality>> PostgresStore::municipality() const
{
  const auto rows = mConnection->query(
    QStringLiteral("SELECT key, value FROM lagesbild.meta WHERE key IN ('municipality_code', 'municipality_name') AND value <> ''"));
  if (!rows)
    return rows.error();
  Municipality stored;
  for (int r = 0; r < rows->rows(); ++r)
    (rows->text(r, 0) == QLatin1String("municipality_code") ? stored.code : stored.name) = rows->text(r, 1);
  if (!stored.code.isEmpty() || !stored.name.isEmpty())
    return std::optional<Municipality>(stored);
  // As the GeoPackage: else from a boundary area.
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

Result<void> PostgresStore::setMunicipality(const Municipality &municipality)
{
  if (auto writable = checkWritable(); !writable)
    return writable;
  if (municipality.code.trimmed().isEmpty() && municipality.name.trimmed().isEmpty())
    return makeError(ErrorCode::BadInput, tr("A municipality needs a code or a name."));
  const auto done = mConnection->query(QStringLiteral("INSERT INTO lagesbild.meta (key, value) VALUES ('municipality_code', $1), "
                                                      "('municipality_name', $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                       {municipality.code.trimmed(), municipality.name.trimmed()});
  if (!done)
    return done.error();
  return {};
}

Result<std::vector<ImportRecord>> PostgresStore::imports() const
{
  const auto rows = mConnection->query(
    QStringLiteral("SELECT id, file_name, coalesce(checksum, ''), extract(epoch FROM imported_at)::bigint, read_count, imported_count, "
                   "duplicate_count, rejected_count, masked_count FROM lagesbild.imports ORDER BY id"));
  if (!rows)
    return rows.error();
  std::vector<ImportRecord> out;
  for (int r = 0; r < rows->rows(); ++r)
  {
    ImportRecord record;
    record.id = rows->integer(r, 0);
    record.fileName = rows->text(r, 1);
    record.checksum = rows->text(r, 2);
    record.importedAtUtc = rows->integer(r, 3);
    record.read = rows->integer(r, 4);
    record.imported = rows->integer(r, 5);
    record.duplicates = rows->integer(r, 6);
    record.rejected = rows->integer(r, 7);
    record.masked = rows->integer(r, 8);
    out.push_back(std::move(record));
  }
  return out;
}

Result<bool> PostgresStore::hasImportWithChecksum(const QString &checksum) const
{
  const auto rows = mConnection->query(QStringLiteral("SELECT EXISTS (SELECT FROM lagesbild.imports WHERE checksum = $1)"), {checksum});
  if (!rows)
    return rows.error();
  return rows->text(0, 0) == QLatin1String("t");
}

Result<std::vector<AuditEntry>> PostgresStore::auditLog(std::int64_t limit) const
{
  const auto rows = mConnection->query(
    QStringLiteral("SELECT id, extract(epoch FROM at)::bigint, user_name, action, table_name, coalesce(row_id, 0), "
                   "coalesce(before_json::text, ''), coalesce(after_json::text, '') FROM lagesbild.audit ORDER BY id DESC LIMIT $1"),
    {limit < 0 ? std::nullopt : std::optional<QString>(QString::number(limit))});
  if (!rows)
    return rows.error();
  std::vector<AuditEntry> out;
  for (int r = 0; r < rows->rows(); ++r)
  {
    AuditEntry entry;
    entry.id = rows->integer(r, 0);
    entry.atUtc = rows->integer(r, 1);
    entry.user = rows->text(r, 2);
    entry.action = rows->text(r, 3);
    entry.tableName = rows->text(r, 4);
    entry.rowId = rows->integer(r, 5);
    entry.before = rows->text(r, 6);
    entry.after = rows->text(r, 7);
    out.push_back(std::move(entry));
  }
  return out;
}

} // namespace lagesbild
