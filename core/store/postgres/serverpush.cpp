#include "serverpush.h"

#include "postgresconnection.h"
#include "pushbatchreader.h"
#include "store/incidentstore.h"

#include <QCoreApplication>
#include <QSet>

#include <future>
#include <optional>
#include <vector>

namespace lagesbild
{
namespace
{
constexpr const char *kStagingSql = "CREATE TEMP TABLE IF NOT EXISTS lagesbild_push (dedup_key bigint, kind smallint, category text, "
                                    "source text, x float8, y float8, occurred_from bigint, occurred_to bigint, reported_at bigint, "
                                    "area text, location_precision smallint, address text, description text, external_id text) "
                                    "ON COMMIT DELETE ROWS";

constexpr const char *kInsertSql =
  "INSERT INTO lagesbild.incidents (geom, kind, category, source, occurred_from, occurred_to, reported_at, area, "
  "location_precision, address, description, external_id, dedup_key) "
  "SELECT ST_SetSRID(ST_MakePoint(p.x, p.y), 3006), p.kind, c.id, s.id, to_timestamp(p.occurred_from), "
  "to_timestamp(p.occurred_to), to_timestamp(p.reported_at), a.fid, p.location_precision, p.address, p.description, "
  "p.external_id, p.dedup_key FROM pg_temp.lagesbild_push p JOIN lagesbild.categories c ON c.code = p.category "
  "JOIN lagesbild.sources s ON s.code = p.source LEFT JOIN lagesbild.areas a ON a.code = p.area "
  "ON CONFLICT (source, dedup_key) DO NOTHING";

//! Adds the local store's categories and sources that the server lacks.
Result<int> addMissingReferences(const IncidentStore &local, PostgresConnection &server)
{
  const auto categories = local.categories();
  if (!categories)
    return categories.error();
  const auto sources = local.sources();
  if (!sources)
    return sources.error();
  int added = 0;
  const auto known = server.query(QStringLiteral("SELECT 'c' || code FROM lagesbild.categories UNION ALL "
                                                 "SELECT 's' || code FROM lagesbild.sources"));
  if (!known)
    return known.error();
  QSet<QString> present;
  for (int row = 0; row < known->rows(); ++row)
    present.insert(known->text(row, 0));
  for (const Category &category : *categories)
  {
    if (present.contains(QStringLiteral("c") + category.code))
      continue;
    const auto inserted = server.query(QStringLiteral("INSERT INTO lagesbild.categories (code, kind, name_sv, name_en, colour, "
                                                      "category_group) VALUES ($1, $2, $3, $4, $5, $6)"),
                                       {category.code, kindCode(category.kind), category.nameSv, category.nameEn, category.colour,
                                        category.group.isEmpty() ? std::nullopt : std::optional<QString>(category.group)});
    if (!inserted)
      return inserted.error();
    ++added;
  }
  for (const Source &source : *sources)
  {
    if (present.contains(QStringLiteral("s") + source.code))
      continue;
    const auto inserted =
      server.query(QStringLiteral("INSERT INTO lagesbild.sources (code, name) VALUES ($1, $2)"), {source.code, source.name});
    if (!inserted)
      return inserted.error();
    ++added;
  }
  return added;
}

//! Sends one batch in its own transaction; returns the rows new on the server.
Result<long long> sendBatch(PostgresConnection &server, const QByteArray &rows)
{
  long long inserted = 0;
  const auto done = server.inTransaction(
    [&]() -> Result<void>
    {
      if (const auto copied = server.copyIn(QStringLiteral("COPY pg_temp.lagesbild_push FROM STDIN"), rows); !copied)
        return copied.error();
      const auto result = server.query(QString::fromLatin1(kInsertSql));
      if (!result)
        return result.error();
      inserted = result->affectedRows();
      return {};
    });
  if (!done)
    return done.error();
  return inserted;
}
} // namespace

Result<PushSummary> ServerPush::run(const IncidentStore &local, PostgresConnection &server, const PushOptions &options)
{
  PushSummary summary;
  const auto total = local.count(IncidentFilter::all());
  if (!total)
    return total.error();
  const auto added = addMissingReferences(local, server);
  if (!added)
    return added.error();
  summary.referencesAdded = *added;
  std::vector<PostgresConnection *> connections{&server};
  connections.insert(connections.end(), options.moreConnections.begin(), options.moreConnections.end());
  for (PostgresConnection *connection : connections)
    if (auto staged = connection->exec(QString::fromLatin1(kStagingSql)); !staged)
      return staged.error();
  auto reader = PushBatchReader::open(local, options.batchSize);
  if (!reader)
    return reader.error();

  // The next batch is read while the server writes the last ones, one per connection.
  struct Sending
  {
      std::future<Result<long long>> inserted;
      long long count = 0;
  };
  std::vector<Sending> sending(connections.size());
  std::optional<Error> failure;
  const auto collect = [&](Sending &slot)
  {
    if (!slot.inserted.valid())
      return;
    const Result<long long> inserted = slot.inserted.get();
    if (!inserted)
    {
      if (!failure)
        failure = inserted.error();
      return;
    }
    summary.inserted += *inserted;
    summary.already += slot.count - *inserted;
    summary.read += slot.count;
    ++summary.batches;
    if (options.feedback)
      options.feedback->setProgress(*total > 0 ? 100.0 * static_cast<double>(summary.read) / static_cast<double>(*total) : 100.0);
  };
  const auto collectAll = [&]()
  {
    for (Sending &slot : sending)
      collect(slot);
  };

  auto readNext = [&reader]() { return reader->next(); };
  std::future<Result<PushBatch>> pending = std::async(std::launch::async, readNext);
  for (std::size_t next = 0;; next = (next + 1) % connections.size())
  {
    Result<PushBatch> batch = pending.get();
    if (!batch)
    {
      collectAll();
      return batch.error();
    }
    if (batch->count == 0)
      break;
    // This connection's previous batch must be in before it takes the next.
    collect(sending[next]);
    if (failure)
    {
      collectAll();
      return *failure;
    }
    if (options.feedback && options.feedback->isCancelled())
    {
      collectAll();
      return makeError(
        ErrorCode::Cancelled,
        QCoreApplication::translate("PostgresStore", "The push was stopped after %1 incidents; push again to go on.").arg(summary.read));
    }
    pending = std::async(std::launch::async, readNext);
    PostgresConnection *connection = connections[next];
    sending[next].count = batch->count;
    sending[next].inserted = std::async(connections.size() > 1 ? std::launch::async : std::launch::deferred,
                                        [connection, rows = std::move(batch->rows)]() { return sendBatch(*connection, rows); });
    if (connections.size() == 1)
      collect(sending[next]);
  }
  collectAll();
  if (failure)
    return *failure;
  return summary;
}

} // namespace lagesbild
