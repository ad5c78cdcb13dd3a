// One writer at a time, the others wait their turn: two imports on separate connections (two
// threads, as two processes would) both succeed, the second says through its Feedback that it
// waits, and the store ends in WAL with every row of both.
#include "storetestsupport.h"

#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
QString journalMode(const QString &path)
{
  RawDatabase raw(path);
  return raw.text("PRAGMA journal_mode");
}

struct Writer
{
    std::atomic<bool> inBatch{false};
    std::atomic<bool> waited{false};
    std::atomic<bool> ok{false};
    std::atomic<bool> finished{false};
    QString error; //!< read after the thread was joined
    //! Called once, inside the batch with the write lock held, when the first progress arrives.
    std::function<void()> holdInBatch;
};

//! Opens its own connection and inserts incidents, telling writer when its batch has begun.
void write(const QString &path, const std::vector<Incident> &incidents, Writer &writer)
{
  Feedback feedback(
    [&writer](double percent)
    {
      if (percent <= 0.0 || writer.inBatch)
        return;
      writer.inBatch = true;
      if (writer.holdInBatch)
        writer.holdInBatch();
    });
  feedback.setWaitingCallback([&writer](bool waiting) { writer.waited = writer.waited || waiting; });
  auto store = GeoPackageStore::open(path, StoreAccess::Write, &feedback);
  if (!store)
  {
    writer.error = store.error().toString();
    writer.finished = true;
    return;
  }
  const auto done = (*store)->insertBatch(incidents, {}, &feedback);
  if (!done)
    writer.error = done.error().toString();
  writer.ok = done.ok() && done->inserted == static_cast<std::int64_t>(incidents.size());
  writer.finished = true;
}
} // namespace

TEST_CASE("A second import waits for a large one in its rollback-journal phase, then both succeed", "[store][concurrency]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  QString path;
  {
    auto store = makeStore(dir);
    REQUIRE(store);
    path = store->location();
    REQUIRE(store->insertBatch(syntheticIncidents(2000), {}));
  }
  const auto large = syntheticIncidents(60000, 11, QStringLiteral("large"));
  const auto small = GENERATE(300, 25000); // row by row, or itself a large batch
  const auto second = syntheticIncidents(small, 12, QStringLiteral("second"));

  Writer first;
  Writer next;
  // However fast the machine, the first batch keeps the lock until the second has said it waits
  // (the report comes after 200 ms), so the test does not depend on how long 60,000 rows take.
  first.holdInBatch = [&next]()
  {
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!next.waited && !next.finished && std::chrono::steady_clock::now() < giveUp)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
  };
  std::thread firstThread([&]() { write(path, large, first); });
  while (!first.inBatch && !first.finished)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // The first batch has begun with the store to itself: it runs under the rollback journal.
  std::thread nextThread([&]() { write(path, second, next); });
  firstThread.join();
  nextThread.join();
  INFO("first: " << first.error.toStdString() << " second: " << next.error.toStdString());
  CHECK(first.ok);
  CHECK(next.ok);
  CHECK(next.waited);
  CHECK(journalMode(path) == QStringLiteral("wal"));
  auto store = GeoPackageStore::open(path, StoreAccess::Read);
  REQUIRE(store.ok());
  CHECK((*store)->count(IncidentFilter::all()).value() == 2000 + 60000 + small);
}

TEST_CASE("Writers on separate connections take turns, many times over", "[store][concurrency]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  QString path;
  {
    auto store = makeStore(dir);
    REQUIRE(store);
    path = store->location();
  }
  constexpr int kWriters = 4;
  constexpr int kRounds = 3;
  std::vector<Writer> writers(kWriters * kRounds);
  std::vector<std::vector<Incident>> batches;
  for (int i = 0; i < kWriters * kRounds; ++i)
    batches.push_back(syntheticIncidents(i % 4 == 0 ? 21000 : 400, 100 + static_cast<std::uint64_t>(i), QStringLiteral("w%1").arg(i)));
  std::int64_t expected = 0;
  for (const auto &batch : batches)
    expected += static_cast<std::int64_t>(batch.size());
  for (int round = 0; round < kRounds; ++round)
  {
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w)
    {
      const int i = round * kWriters + w;
      threads.emplace_back([&, i]() { write(path, batches[static_cast<std::size_t>(i)], writers[static_cast<std::size_t>(i)]); });
    }
    for (std::thread &thread : threads)
      thread.join();
  }
  for (const Writer &writer : writers)
  {
    INFO(writer.error.toStdString());
    CHECK(writer.ok);
  }
  CHECK(journalMode(path) == QStringLiteral("wal"));
  auto store = GeoPackageStore::open(path, StoreAccess::Read);
  REQUIRE(store.ok());
  CHECK((*store)->count(IncidentFilter::all()).value() == expected);
  RawDatabase raw(path);
  CHECK(raw.text("PRAGMA integrity_check") == QStringLiteral("ok"));
}
