// bench_push [COUNT]: writes COUNT (default 1,000,000) synthetic incidents over 2020-2021 into a
// new GeoPackage, starts a throwaway PostgreSQL/PostGIS cluster, runs `server init`, then pushes
// the store (ServerPush, 50,000 rows per batch) and pushes it again (all duplicates), printing
// rows/s of both and the server's table size; first it times reading the store into COPY text
// alone. Prints figures; not a test.
#include "store/geopackage/geopackagestore.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/pushbatchreader.h"
#include "store/postgres/serverinit.h"
#include "store/postgres/serverpush.h"
#include "throwawayserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace lagesbild;

namespace
{
constexpr std::int64_t kFirstUtc = 1577836800; // 2020-01-01
constexpr std::int64_t kSpanSeconds = 2 * 365 * 86400;

std::vector<Incident> incidents(int count)
{
  std::mt19937_64 random(19);
  std::uniform_int_distribution<std::int64_t> second(0, kSpanSeconds);
  std::normal_distribution<double> offset(0.0, 600.0);
  std::vector<Incident> out(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i)
  {
    Incident &incident = out[static_cast<std::size_t>(i)];
    const bool crime = i % 4 == 0;
    incident.kind = crime ? IncidentKind::Crime : IncidentKind::Report;
    incident.category = crime ? QStringLiteral("brott_skadegorelse") : QStringLiteral("klotter");
    incident.source = crime ? QStringLiteral("polisen") : QStringLiteral("bostadsbolaget");
    incident.x = 555300 + offset(random);
    incident.y = 6596300 + offset(random);
    incident.occurredFrom = kFirstUtc + second(random);
    incident.externalId = QStringLiteral("bench-%1").arg(i);
    incident.address = QStringLiteral("Gatan %1").arg(i % 400);
  }
  return out;
}

void fail(const char *what, const Error &error)
{
  std::fprintf(stderr, "bench_push: %s: %s\n", what, qPrintable(error.toString()));
  std::exit(1);
}
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication application(argc, argv);
  const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
  QTemporaryDir directory;
  auto local = GeoPackageStore::create(directory.filePath(QStringLiteral("bench.gpkg")));
  if (!local)
    fail("create", local.error());
  QElapsedTimer timer;
  timer.start();
  if (const auto written = (*local)->insertBatch(incidents(count), {}); !written)
    fail("insertBatch", written.error());
  std::printf("local store: %d incidents written in %.1f s\n", count, static_cast<double>(timer.elapsed()) / 1000.0);

  // The reading half alone: the GeoPackage read month by month and cut into COPY text.
  timer.restart();
  auto reader = PushBatchReader::open(**local, PushOptions().batchSize);
  if (!reader)
    fail("reader", reader.error());
  qint64 bytes = 0;
  for (;;)
  {
    const auto batch = reader->next();
    if (!batch)
      fail("read", batch.error());
    if (batch->count == 0)
      break;
    bytes += batch->rows.size();
  }
  const double readSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
  std::printf("read only  %d rows, %.0f MB of COPY text: %.1f s, %.0f rows/s\n", count, static_cast<double>(bytes) / 1e6, readSeconds,
              count / readSeconds);

  QString error;
  // Settings of a modest real server: the table and its indexes grow to a few hundred MB.
  auto server = test::ThrowawayServer::start(
    error, {QStringLiteral("shared_buffers=1GB"), QStringLiteral("max_wal_size=4GB"), QStringLiteral("wal_buffers=64MB")});
  if (!server)
  {
    std::fprintf(stderr, "bench_push: %s\n", qPrintable(error));
    return 1;
  }
  const QString database = server->createDatabase();
  auto connection = PostgresConnection::open(server->socketConnection(QStringLiteral("postgres"), database));
  if (!connection)
    fail("connect", connection.error());
  if (const auto initialised = ServerInit::run(*connection, *Municipality::fromCode(QStringLiteral("1960"))); !initialised)
    fail("server init", initialised.error());

  // LAGESBILD_PUSH_CONNECTIONS: connections sending at once (the CLI's --connections; default 2).
  const int connectionCount =
    qEnvironmentVariableIsSet("LAGESBILD_PUSH_CONNECTIONS") ? qEnvironmentVariableIntValue("LAGESBILD_PUSH_CONNECTIONS") : 2;
  std::vector<PostgresConnection> more;
  PushOptions options;
  for (int i = 1; i < connectionCount; ++i)
  {
    auto extra = PostgresConnection::open(server->socketConnection(QStringLiteral("postgres"), database));
    if (!extra)
      fail("connect", extra.error());
    more.push_back(std::move(*extra));
  }
  for (PostgresConnection &extra : more)
    options.moreConnections.push_back(&extra);
  std::printf("connections: %d\n", connectionCount);
  for (const char *round : {"push", "push again"})
  {
    timer.restart();
    const auto pushed = ServerPush::run(**local, *connection, options);
    if (!pushed)
      fail(round, pushed.error());
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    std::printf("%-10s %lld rows (%lld new, %lld already there) in %d batches: %.1f s, %.0f rows/s\n", round,
                static_cast<long long>(pushed->read), static_cast<long long>(pushed->inserted), static_cast<long long>(pushed->already),
                pushed->batches, seconds, static_cast<double>(pushed->read) / seconds);
  }
  const auto size = connection->query(QStringLiteral("SELECT pg_size_pretty(pg_total_relation_size('lagesbild.incidents'))"));
  if (size)
    std::printf("server: lagesbild.incidents with indexes %s\n", qPrintable(size->text(0, 0)));
  return 0;
}
