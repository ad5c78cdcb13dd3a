// Load: 8 reporters, each its own login of its own organisation on its own connection (a thread
// each), insert 10,000 reports through PostgresStore::insertBatch in transactions of 500, while
// 2 analysts (own logins, analyst role) compare two periods by category and read the points
// for hot spots in a loop. Every report must be stored exactly once; nothing may deadlock or
// hang (a time limit); the analysts may only ever see whole transactions: every count a
// multiple of 500, and never smaller than the one before.
#include "sqlsession.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/postgresstore.h"
#include "store/postgres/serverinit.h"
#include "store/postgres/serverusers.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

#include <QDateTime>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <future>
#include <random>

using namespace lagesbild;
using namespace lagesbild::test;

namespace
{
constexpr int kReporters = 8;
constexpr int kAnalysts = 2;
constexpr int kReportsEach = 10000;
constexpr int kTransaction = 500;
constexpr auto kTimeLimit = std::chrono::minutes(4);

struct AnalystOutcome
{
    QString error;
    int rounds = 0;
    bool wholeTransactions = true; //!< every observed count a multiple of kTransaction
    bool monotonic = true;
    std::int64_t last = 0;
};

std::vector<Incident> reportsOf(const QString &organisation, int first, int count, std::mt19937_64 &random)
{
  static const QStringList categories{QStringLiteral("klotter"), QStringLiteral("brand"), QStringLiteral("otrygg_samling"),
                                      QStringLiteral("nedskrapning")};
  const std::int64_t start = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
  std::uniform_int_distribution<std::int64_t> time(start, start + 364LL * 86400);
  std::uniform_real_distribution<double> x(560000, 566000);
  std::uniform_real_distribution<double> y(6580000, 6586000);
  std::vector<Incident> reports;
  for (int i = first; i < first + count; ++i)
  {
    Incident report;
    report.kind = IncidentKind::Report;
    report.category = categories[i % categories.size()];
    report.source = organisation;
    report.x = x(random);
    report.y = y(random);
    report.occurredFrom = time(random);
    report.externalId = QStringLiteral("%1-%2").arg(organisation).arg(i);
    report.description = QStringLiteral("rapport %1").arg(i);
    reports.push_back(report);
  }
  return reports;
}

QString runReporter(const QString &connection, const QString &organisation, int seed)
{
  auto store = PostgresStore::open(connection);
  if (!store)
    return store.error().toString();
  if ((*store)->isReadOnly())
    return QStringLiteral("%1 opened read-only").arg(organisation);
  std::mt19937_64 random(static_cast<std::uint64_t>(seed));
  for (int first = 0; first < kReportsEach; first += kTransaction)
  {
    const auto inserted = (*store)->insertBatch(reportsOf(organisation, first, kTransaction, random), IncidentStore::InsertOptions());
    if (!inserted)
      return organisation + QStringLiteral(": ") + inserted.error().toString();
    if (inserted->inserted != kTransaction)
      return QStringLiteral("%1: %2 of %3 stored").arg(organisation).arg(inserted->inserted).arg(kTransaction);
  }
  return QString();
}

AnalystOutcome runAnalyst(const QString &connection, const std::atomic<bool> &reportersDone)
{
  AnalystOutcome outcome;
  auto store = PostgresStore::open(connection, StoreAccess::Read);
  if (!store)
  {
    outcome.error = store.error().toString();
    return outcome;
  }
  IncidentFilter a;
  a.period = DateRange(QDate(2021, 1, 1), QDate(2021, 6, 30));
  IncidentFilter b;
  b.period = DateRange(QDate(2021, 7, 1), QDate(2021, 12, 31));
  IncidentFilter year;
  year.period = DateRange(QDate(2020, 12, 31), QDate(2022, 1, 1));
  auto observe = [&outcome](std::int64_t seen)
  {
    if (seen % kTransaction != 0)
      outcome.wholeTransactions = false;
    if (seen < outcome.last)
      outcome.monotonic = false;
    outcome.last = seen;
  };
  // One more round after the reporters finished, so the last one sees everything.
  bool finalRound = false;
  while (!finalRound)
  {
    finalRound = reportersDone.load();
    // The comparison of two periods by category (as `compare --by category`) …
    for (const IncidentFilter &period : {a, b})
      if (const auto groups = (*store)->countBy(period, {GroupField::Category}); !groups)
      {
        outcome.error = groups.error().toString();
        return outcome;
      }
    // … and one statement over every report: a snapshot of whole transactions.
    const auto byCategory = (*store)->countBy(year, {GroupField::Category});
    if (!byCategory)
    {
      outcome.error = byCategory.error().toString();
      return outcome;
    }
    std::int64_t total = 0;
    for (const GroupCount &group : *byCategory)
      total += group.count;
    observe(total);
    // The points of a hot-spot map.
    const auto points = (*store)->points(year);
    if (!points)
    {
      outcome.error = points.error().toString();
      return outcome;
    }
    observe(static_cast<std::int64_t>(points->size()));
    ++outcome.rounds;
  }
  return outcome;
}
} // namespace

TEST_CASE("Load: 8 reporters insert 10000 reports each while 2 analysts compare and read points", "[server][load]")
{
  ThrowawayServer &server = ThrowawayServer::shared();
  const QString database = server.createDatabase();
  {
    auto owner = PostgresConnection::open(server.socketConnection(QStringLiteral("postgres"), database));
    REQUIRE(owner);
    REQUIRE(ServerInit::run(*owner, *Municipality::fromCode(QStringLiteral("1960"))));
    for (int r = 0; r < kReporters; ++r)
      REQUIRE(ServerUsers::add(*owner, NewServerUser{QStringLiteral("%1_reporter%2").arg(database).arg(r), ServerRole::Reporter,
                                                     QStringLiteral("org%1").arg(r), std::nullopt}));
    for (int a = 0; a < kAnalysts; ++a)
      REQUIRE(ServerUsers::add(
        *owner, NewServerUser{QStringLiteral("%1_analyst%2").arg(database).arg(a), ServerRole::Analyst, QString(), std::nullopt}));
  }

  const auto started = std::chrono::steady_clock::now();
  std::atomic<bool> reportersDone{false};
  std::vector<std::future<AnalystOutcome>> analysts;
  for (int a = 0; a < kAnalysts; ++a)
    analysts.push_back(std::async(std::launch::async, runAnalyst,
                                  server.socketConnection(QStringLiteral("%1_analyst%2").arg(database).arg(a), database),
                                  std::cref(reportersDone)));
  std::vector<std::future<QString>> reporters;
  for (int r = 0; r < kReporters; ++r)
    reporters.push_back(std::async(std::launch::async, runReporter,
                                   server.socketConnection(QStringLiteral("%1_reporter%2").arg(database).arg(r), database),
                                   QStringLiteral("org%1").arg(r), r + 1));
  const auto deadline = started + kTimeLimit;
  // A hang (a deadlock PostgreSQL did not break, a lost wake-up) ends the run: the threads
  // cannot be joined, and the cluster goes down with the process (pdeathsig).
  auto awaitOrAbort = [&deadline](auto &future)
  {
    if (future.wait_until(deadline) != std::future_status::ready)
    {
      FAIL_CHECK("not finished within the time limit: deadlock or hang");
      std::_Exit(1);
    }
  };
  for (auto &reporter : reporters)
  {
    awaitOrAbort(reporter);
    const QString error = reporter.get();
    INFO(error.toStdString());
    CHECK(error.isEmpty());
  }
  const double insertSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  reportersDone = true;
  for (auto &analyst : analysts)
  {
    awaitOrAbort(analyst);
    const AnalystOutcome outcome = analyst.get();
    INFO(outcome.error.toStdString());
    CHECK(outcome.error.isEmpty());
    CHECK(outcome.rounds > 1);
    CHECK(outcome.wholeTransactions);
    CHECK(outcome.monotonic);
    CHECK(outcome.last == static_cast<std::int64_t>(kReporters) * kReportsEach);
    WARN("analyst rounds: " << outcome.rounds);
  }
  WARN("8 x 10000 reports in " << insertSeconds << " s");

  SqlSession session(server.socketConnection(QStringLiteral("postgres"), database));
  const SqlOutcome perOrganisation =
    session.run(QStringLiteral("SELECT s.code, count(*), count(DISTINCT i.external_id) FROM lagesbild.incidents i JOIN lagesbild.sources s "
                               "ON s.id = i.source GROUP BY s.code ORDER BY s.code"));
  REQUIRE(perOrganisation.ok);
  REQUIRE(perOrganisation.rows.size() == static_cast<std::size_t>(kReporters));
  for (int r = 0; r < kReporters; ++r)
  {
    CHECK(perOrganisation.rows[r][0] == QStringLiteral("org%1").arg(r));
    CHECK(perOrganisation.rows[r][1].toInt() == kReportsEach);
    CHECK(perOrganisation.rows[r][2].toInt() == kReportsEach);
  }
}
