#include "incidentbatchpreparer.h"

#include "radixsort.h"

#include <QString>

#include <algorithm>
#include <limits>
#include <utility>

namespace lagesbild
{
namespace
{
//! Asks the CPU to fetch a string's characters, without reading the string's header first
//! (which constData() does in Qt 5, stalling on the very miss the prefetch is meant to hide).
void prefetchText(const QString &text)
{
#if QT_VERSION_MAJOR >= 6
  __builtin_prefetch(text.data_ptr().data());
#else
  __builtin_prefetch(const_cast<QString &>(text).data_ptr()); // the header, followed by the characters
#endif
}

//! The batch's positions in time order; equal times keep the batch's order.
std::vector<std::uint32_t> timeOrder(const std::vector<Incident> &incidents)
{
  std::vector<std::uint32_t> order(incidents.size());
  if (incidents.empty())
    return order;
  const auto [earliest, latest] = std::minmax_element(incidents.begin(), incidents.end(),
                                                      [](const Incident &a, const Incident &b) { return a.occurredFrom < b.occurredFrom; });
  const std::int64_t first = earliest->occurredFrom;
  const auto span = static_cast<std::uint64_t>(latest->occurredFrom - first);
  if (span <= std::numeric_limits<std::uint32_t>::max() && incidents.size() <= std::numeric_limits<std::uint32_t>::max())
  {
    // Seconds since the earliest fit in 32 bits for 136 years: a radix sort of (time, position).
    std::vector<std::uint64_t> pairs(incidents.size());
    for (std::size_t i = 0; i < incidents.size(); ++i)
      pairs[i] = (static_cast<std::uint64_t>(incidents[i].occurredFrom - first) << 32) | i;
    std::vector<std::uint64_t> scratch;
    RadixSort::byUpperHalf(pairs, scratch);
    for (std::size_t i = 0; i < order.size(); ++i)
      order[i] = static_cast<std::uint32_t>(pairs[i]);
    return order;
  }
  std::vector<std::pair<std::int64_t, std::uint32_t>> byTime(incidents.size());
  for (std::size_t i = 0; i < incidents.size(); ++i)
    byTime[i] = {incidents[i].occurredFrom, static_cast<std::uint32_t>(i)};
  std::sort(byTime.begin(), byTime.end());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = byTime[i].second;
  return order;
}
} // namespace

IncidentBatchPreparer::IncidentBatchPreparer(const std::vector<Incident> &incidents, const std::vector<ReferenceCodes::Ids> &ids,
                                             const std::vector<std::int64_t> &keys, std::optional<std::int64_t> importId,
                                             DeduplicationKeySet knownKeys, std::int64_t firstFid, std::size_t nodeCapacity)
  : mIncidents(incidents), mIds(ids), mBatchKeys(keys), mImportId(importId), mKeys(std::move(knownKeys)), mFirstFid(firstFid),
    mNodeCapacity(nodeCapacity), mThread([this]() { run(); })
{
}

IncidentBatchPreparer::~IncidentBatchPreparer()
{
  {
    std::lock_guard lock(mMutex);
    mStop = true;
  }
  mChanged.notify_all();
  if (mThread.joinable())
    mThread.join();
}

void IncidentBatchPreparer::publish(std::unique_ptr<Chunk> chunk)
{
  {
    std::lock_guard lock(mMutex);
    mReady.push_back(std::move(chunk));
  }
  mChanged.notify_all();
}

void IncidentBatchPreparer::run()
{
  const std::vector<std::uint32_t> order = timeOrder(mIncidents);
  Outcome outcome;
  outcome.newKeys.reserve(mIncidents.size());
  mEntries.reserve(mIncidents.size());
  auto chunk = std::make_unique<Chunk>();
  auto startChunk = [&chunk]()
  {
    chunk->rows.reserve(kRowsPerChunk);
    chunk->batchIndex.reserve(kRowsPerChunk);
    chunk->arena.reserve(32 * kRowsPerChunk);
  };
  startChunk();
  // In blocks: the keys of a block are computed first and their hash slots fetched while the
  // next ones are computed (the set is larger than the CPU's caches), then the block is walked.
  constexpr std::size_t kBlock = 64;
  std::int64_t blockKeys[kBlock];
  for (std::size_t start = 0; start < order.size() && !mStop; start += kBlock)
  {
    const std::size_t end = std::min(order.size(), start + kBlock);
    // The batch is read in time order, which for a file is random order: fetch the incidents
    // two blocks ahead and their text one block ahead (its address is in the incident).
    for (std::size_t n = std::min(order.size(), start + 2 * kBlock); n < std::min(order.size(), start + 3 * kBlock); ++n)
      __builtin_prefetch(&mIncidents[order[n]]);
    for (std::size_t n = end; n < std::min(order.size(), start + 2 * kBlock); ++n)
    {
      const Incident &ahead = mIncidents[order[n]];
      prefetchText(ahead.address);
      prefetchText(ahead.description);
    }
    for (std::size_t n = start; n < end; ++n)
    {
      blockKeys[n - start] = mBatchKeys[order[n]];
      mKeys.prefetch(blockKeys[n - start]);
    }
    for (std::size_t n = start; n < end; ++n)
    {
      const std::uint32_t i = order[n];
      const std::int64_t key = blockKeys[n - start];
      if (!mKeys.insert(key))
      {
        ++outcome.duplicates;
        continue;
      }
      const Incident &incident = mIncidents[i];
      chunk->rows.emplace_back();
      IncidentRowWriter::PreparedRow &row = chunk->rows.back();
      IncidentRowWriter::prepareRow(incident, mIds[i], mImportId, key, row, chunk->arena);
      mDaySummary.add(row.occurredFrom, row.kind, row.category, row.source, row.area, row.precision, row.hour, row.x, row.y);
      chunk->batchIndex.push_back(i);
      mEntries.push_back(RtreeBulkLoader::entryForPoint(mFirstFid + outcome.fresh, incident.x, incident.y));
      outcome.envelope.extend(incident.x, incident.y);
      outcome.newKeys.push_back(key);
      ++outcome.fresh;
      if (chunk->rows.size() == kRowsPerChunk)
      {
        publish(std::move(chunk));
        chunk = std::make_unique<Chunk>();
        startChunk();
      }
    }
  }
  if (!chunk->rows.empty())
    publish(std::move(chunk));
  {
    std::lock_guard lock(mMutex);
    mStreamDone = true;
  }
  mChanged.notify_all();
  if (mStop)
    return;

  {
    std::vector<std::int64_t> scratch;
    RadixSort::ascending(outcome.newKeys, scratch);
  }
  {
    std::lock_guard lock(mMutex);
    mOutcome = std::move(outcome);
    mKeysSorted = true;
  }
  mChanged.notify_all();
  if (mStop)
    return;

  // Nothing new: the store's index stays as it is, nothing to pack.
  PackedRtree packed;
  if (mOutcome.fresh > 0)
  {
    std::vector<RtreeEntry> all;
    std::optional<RtreeLeafLevel> leafLevel;
    {
      std::unique_lock lock(mMutex);
      mChanged.wait(lock, [this]() { return mExistingProvided || mStop; });
      all = std::move(mExistingEntries);
      leafLevel = std::move(mLeafLevel);
    }
    if (mStop)
      return;
    if (leafLevel)
      packed = RtreeIncrementalLoader::pack(*leafLevel, std::move(mEntries), mNodeCapacity);
    else
    {
      all.insert(all.end(), mEntries.begin(), mEntries.end());
      std::vector<RtreeEntry>().swap(mEntries);
      packed = RtreeBulkLoader::pack(std::move(all), mNodeCapacity);
    }
  }
  {
    std::lock_guard lock(mMutex);
    mPackedRtree = std::move(packed);
    mPacked = true;
  }
  mChanged.notify_all();
}

void IncidentBatchPreparer::provideExistingEntries(std::vector<RtreeEntry> entries)
{
  {
    std::lock_guard lock(mMutex);
    mExistingEntries = std::move(entries);
    mExistingProvided = true;
  }
  mChanged.notify_all();
}

void IncidentBatchPreparer::provideLeafLevel(RtreeLeafLevel leafLevel)
{
  {
    std::lock_guard lock(mMutex);
    mLeafLevel = std::move(leafLevel);
    mExistingProvided = true;
  }
  mChanged.notify_all();
}

std::unique_ptr<IncidentBatchPreparer::Chunk> IncidentBatchPreparer::nextChunk()
{
  std::unique_lock lock(mMutex);
  mChanged.wait(lock, [this]() { return !mReady.empty() || mStreamDone; });
  if (mReady.empty())
    return nullptr;
  auto chunk = std::move(mReady.front());
  mReady.pop_front();
  return chunk;
}

const IncidentBatchPreparer::Outcome &IncidentBatchPreparer::outcome()
{
  std::unique_lock lock(mMutex);
  mChanged.wait(lock, [this]() { return mKeysSorted; });
  return mOutcome;
}

IncidentDaySummary::Accumulator IncidentBatchPreparer::takeDaySummary()
{
  std::unique_lock lock(mMutex);
  mChanged.wait(lock, [this]() { return mKeysSorted; });
  return std::move(mDaySummary);
}

PackedRtree IncidentBatchPreparer::takePackedRtree()
{
  std::unique_lock lock(mMutex);
  mChanged.wait(lock, [this]() { return mPacked; });
  return std::move(mPackedRtree);
}

} // namespace lagesbild
