// bench_store_server [COUNT]: the analyses' reads on COUNT (default 1,000,000) synthetic incidents
// over 2020-2021, in a GeoPackage and in PostGIS (a throwaway cluster, `server init`, the same
// rows written through PostgresStore::insertBatch, then VACUUM ANALYZE as autovacuum would):
// compare by category (countBy Category over two one-year periods) and the points for a KDE
// (pointsForDensity, the read every hot-spot map makes) of one year and of all, printed side by
// side with the ratio server / GeoPackage, against issue 19's targets (compare <= 200 ms, points
// <= 1 s on the server, each within 2x of the GeoPackage). The exact points (points(), for
// exports and the map's own reads) are printed beside them without a target. Prints the server's
// plans (EXPLAIN ANALYZE) of the compare and the density points, and the sizes of the incidents
// and of the daily summary. Best of 5 warm runs. Prints figures; not a test.
#include "store/incidentstore.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/postgresstore.h"
#include "store/postgres/serverinit.h"
#include "throwawayserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace lagesbild;

namespace
{
constexpr std::int64_t kFirstUtc = 1577836800; // 2020-01-01
constexpr std::int64_t kSpanSeconds = 2 * 366 * 86400;
constexpr int kRuns = 5;

std::vector<Incident> incidents(int count)
{
  static const char *crimes[] = {"brott_misshandel", "brott_skadegorelse", "brott_stold_snatteri", "brott_bostadsinbrott",
                                 "brott_narkotika"};
  static const char *reports[] = {"klotter", "skadegorelse", "otrygg_samling", "nedskrapning", "brand"};
  static const char *sources[] = {"bostadsbolaget", "vaktare", "nattvandrare"};
  std::mt19937_64 random(19);
  std::uniform_int_distribution<std::int64_t> second(0, kSpanSeconds - 1);
  std::normal_distribution<double> offset(0.0, 600.0);
  std::vector<Incident> out(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i)
  {
    Incident &incident = out[static_cast<std::size_t>(i)];
    const bool crime = i % 4 == 0;
    incident.kind = crime ? IncidentKind::Crime : IncidentKind::Report;
    incident.category = QString::fromLatin1(crime ? crimes[i % 5] : reports[i % 5]);
    incident.source = crime ? QStringLiteral("polisen") : QString::fromLatin1(sources[i % 3]);
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
  std::fprintf(stderr, "bench_store_server: %s: %s\n", what, qPrintable(error.toString()));
  std::exit(1);
}

//! Best of kRuns (after one warm-up run), in milliseconds; size is what the last run returned.
double best(const std::function<std::size_t()> &run, std::size_t &size)
{
  size = run();
  double fastest = 1e30;
  for (int i = 0; i < kRuns; ++i)
  {
    QElapsedTimer timer;
    timer.start();
    size = run();
    fastest = std::min(fastest, static_cast<double>(timer.nsecsElapsed()) / 1e6);
  }
  return fastest;
}

struct Measure
{
    const char *name;
    double targetMs; //!< 0: printed without a target
    std::function<std::size_t(const IncidentStore &)> run;
};

void explain(PostgresConnection &connection, const QString &sql)
{
  const auto plan = connection.query(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ") + sql);
  if (!plan)
    fail("explain", plan.error());
  for (int r = 0; r < plan->rows(); ++r)
    std::printf("    %s\n", qPrintable(plan->text(r, 0)));
}
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication application(argc, argv);
  const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
  const std::vector<Incident> rows = incidents(count);

  QTemporaryDir directory;
  auto local = IncidentStore::create(directory.filePath(QStringLiteral("bench.gpkg")));
  if (!local)
    fail("create", local.error());
  QElapsedTimer timer;
  timer.start();
  if (const auto written = (*local)->insertBatch(rows, {}); !written)
    fail("GeoPackage insertBatch", written.error());
  std::printf("GeoPackage: %d incidents written in %.1f s\n", count, static_cast<double>(timer.elapsed()) / 1000.0);

  QString error;
  auto server = test::ThrowawayServer::start(
    error, {QStringLiteral("shared_buffers=1GB"), QStringLiteral("max_wal_size=4GB"), QStringLiteral("wal_buffers=64MB")});
  if (!server)
  {
    std::fprintf(stderr, "bench_store_server: %s\n", qPrintable(error));
    return 1;
  }
  const QString database = server->createDatabase();
  const QString location = server->socketConnection(QStringLiteral("postgres"), database);
  auto owner = PostgresConnection::open(location);
  if (!owner)
    fail("connect", owner.error());
  if (const auto initialised = ServerInit::run(*owner, *Municipality::fromCode(QStringLiteral("1960"))); !initialised)
    fail("server init", initialised.error());
  auto remote = PostgresStore::open(location);
  if (!remote)
    fail("open", remote.error());
  timer.restart();
  if (const auto written = (*remote)->insertBatch(rows, {}); !written)
    fail("PostgreSQL insertBatch", written.error());
  std::printf("PostgreSQL: %d incidents written in %.1f s (insertBatch: COPY, one INSERT … ON CONFLICT)\n", count,
              static_cast<double>(timer.elapsed()) / 1000.0);
  timer.restart();
  if (auto vacuumed = owner->exec(QStringLiteral("VACUUM ANALYZE lagesbild.incidents")); !vacuumed)
    fail("vacuum", vacuumed.error());
  std::printf("PostgreSQL: VACUUM ANALYZE %.1f s\n\n", static_cast<double>(timer.elapsed()) / 1000.0);

  IncidentFilter year2020;
  year2020.period = DateRange(QDate(2020, 1, 1), QDate(2020, 12, 31));
  IncidentFilter year2021;
  year2021.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 31));
  const std::vector<Measure> measures = {
    {"compare by category (2 x countBy)", 200,
     [&](const IncidentStore &store)
     {
       const auto a = store.countBy(year2020, {GroupField::Category});
       const auto b = store.countBy(year2021, {GroupField::Category});
       if (!a || !b)
         fail("countBy", a ? b.error() : a.error());
       return a->size() + b->size();
     }},
    {"exact points, one year", 0,
     [&](const IncidentStore &store)
     {
       const auto points = store.points(year2021);
       if (!points)
         fail("points", points.error());
       return points->size();
     }},
    {"exact points, all", 0,
     [&](const IncidentStore &store)
     {
       const auto points = store.points(IncidentFilter::all());
       if (!points)
         fail("points", points.error());
       return points->size();
     }},
    {"points for a KDE, one year", 1000,
     [&](const IncidentStore &store)
     {
       const auto points = store.pointsForDensity(year2021);
       if (!points)
         fail("pointsForDensity", points.error());
       return points->size();
     }},
    {"points for a KDE, all", 1000,
     [&](const IncidentStore &store)
     {
       const auto points = store.pointsForDensity(IncidentFilter::all());
       if (!points)
         fail("pointsForDensity", points.error());
       return points->size();
     }},
  };
  // The server twice: with parallel workers (the default: 2 per gather) and without (one
  // process per query, as PostgresStore sets for its session when the server has few cores).
  auto parallel = [&](bool on)
  {
    if (auto set = (*remote)->connection().exec(on ? QStringLiteral("SET max_parallel_workers_per_gather = 2")
                                                   : QStringLiteral("SET max_parallel_workers_per_gather = 0"));
        !set)
      fail("set", set.error());
  };
  std::printf("%-34s %11s %13s %7s %13s %7s %9s  %s\n", "best of 5 (ms)", "GeoPackage", "PG parallel", "ratio", "PG serial", "ratio",
              "rows", "targets (server, best of the two)");
  for (const Measure &measure : measures)
  {
    std::size_t localSize = 0;
    std::size_t parallelSize = 0;
    std::size_t serialSize = 0;
    const double gpkg = best([&]() { return measure.run(**local); }, localSize);
    parallel(true);
    const double pgParallel = best([&]() { return measure.run(**remote); }, parallelSize);
    parallel(false);
    const double pgSerial = best([&]() { return measure.run(**remote); }, serialSize);
    const double pg = std::min(pgParallel, pgSerial);
    const bool met = pg <= measure.targetMs && pg <= 2.0 * gpkg;
    const QString target = measure.targetMs > 0 ? QStringLiteral("<= %1 ms and <= 2x: %2").arg(measure.targetMs).arg(met ? "met" : "MISSED")
                                                : QStringLiteral("(no target)");
    std::printf("%-34s %11.1f %13.1f %6.2fx %13.1f %6.2fx %9zu  %s%s\n", measure.name, gpkg, pgParallel, pgParallel / gpkg, pgSerial,
                pgSerial / gpkg, serialSize, qPrintable(target),
                localSize == serialSize && localSize == parallelSize ? "" : " (row counts differ!)");
  }

  parallel(false);
  std::printf("\nserver plan, compare (one period, from the daily summary):\n");
  explain((*remote)->connection(), QStringLiteral("SELECT s.category, sum(s.incidents) FROM lagesbild.daily_summary AS s WHERE s.day "
                                                  "BETWEEN '2021-01-01' AND '2021-12-31' GROUP BY 1"));
  std::printf("\nserver plan, points for a KDE (all, from the daily summary):\n");
  explain((*remote)->connection(), QStringLiteral("SELECT points FROM lagesbild.daily_summary WHERE octet_length(points) > 0"));
  std::printf("\nserver plan, exact points (one year):\n");
  explain((*remote)->connection(),
          QStringLiteral("SELECT x, y FROM lagesbild.incidents WHERE occurred_from >= '2020-12-31 23:00:00+00' AND "
                         "occurred_from < '2021-12-31 23:00:00+00' AND x IS NOT NULL"));
  const auto size = owner->query(QStringLiteral("SELECT pg_size_pretty(pg_total_relation_size('lagesbild.incidents')), "
                                                "pg_size_pretty(pg_total_relation_size('lagesbild.daily_summary')), "
                                                "(SELECT count(*) FROM lagesbild.daily_summary)"));
  if (size)
    std::printf("server: lagesbild.incidents with indexes %s; lagesbild.daily_summary %s in %s rows\n", qPrintable(size->text(0, 0)),
                qPrintable(size->text(0, 1)), qPrintable(size->text(0, 2)));
  return 0;
}
