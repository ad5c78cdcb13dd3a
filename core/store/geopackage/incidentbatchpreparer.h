// IncidentBatchPreparer: the CPU side of a large batch, on its own thread while the store's
// connection writes rows. It walks the batch in time order, drops duplicates (of the store and
// within the batch; the first in time is kept), and hands the new rows over in prepared chunks
// whose text lies in the chunk's own arena, so the writer reads compact memory in sequence. When
// the last chunk is out it sorts the new de-duplication keys and packs the spatial index: the new
// rows' leaves under new upper levels over the store's leaves (RtreeIncrementalLoader), or, for an
// empty or tiny store, the whole index anew. Neither needs the database, only what was prepared.
#pragma once

#include "deduplicationkeyset.h"
#include "geopackagegeometry.h"
#include "incidentdaysummary.h"
#include "incidentrowwriter.h"
#include "referencecodes.h"
#include "rtreebulkloader.h"
#include "rtreeincrementalloader.h"

#include "model/incident.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace lagesbild
{

class IncidentBatchPreparer
{
  public:
    //! Prepared rows of the batch, consecutive in time order.
    struct Chunk
    {
        std::vector<IncidentRowWriter::PreparedRow> rows;
        std::vector<std::uint32_t> batchIndex; //!< each row's position in the batch, for messages
        std::string arena;                     //!< the rows' text
    };

    //! What the walk found, known once the last chunk has been handed out.
    struct Outcome
    {
        std::int64_t fresh = 0;
        std::int64_t duplicates = 0;
        Envelope envelope;
        std::vector<std::int64_t> newKeys; //!< in key order
    };

    //! Rows per chunk: a multiple of the writer's rows per statement, so that a statement's
    //! rows never span two chunks.
    static constexpr std::size_t kRowsPerChunk = 8192;
    static_assert(kRowsPerChunk % IncidentRowWriter::kRowsPerAppend == 0);

    //! Starts on its own thread. keys are the incidents' de-duplication keys (by position),
    //! knownKeys holds those of them the store has already; the new rows get the fids firstFid,
    //! firstFid + 1, … in time order. incidents, ids and keys must outlive the preparer.
    IncidentBatchPreparer(const std::vector<Incident> &incidents, const std::vector<ReferenceCodes::Ids> &ids,
                          const std::vector<std::int64_t> &keys, std::optional<std::int64_t> importId, DeduplicationKeySet knownKeys,
                          std::int64_t firstFid, std::size_t nodeCapacity);
    //! Stops the walk where it is and waits for the thread.
    ~IncidentBatchPreparer();
    IncidentBatchPreparer(const IncidentBatchPreparer &) = delete;
    IncidentBatchPreparer &operator=(const IncidentBatchPreparer &) = delete;

    //! What the packed index builds on; one of them must be given before the packed index can be
    //! taken (reading it while the preparer walks the batch costs no time).
    //! The store's index entries, packed anew with the new rows' (empty for an empty store).
    void provideExistingEntries(std::vector<RtreeEntry> entries);
    //! The store's leaf level: the new rows get leaves of their own under new upper levels.
    void provideLeafLevel(RtreeLeafLevel leafLevel);
    //! The next chunk in time order, waiting for it; nullptr once every new row was handed out.
    std::unique_ptr<Chunk> nextChunk();
    //! Waits for the outcome, complete with the sorted new keys.
    const Outcome &outcome();
    //! Waits for the outcome and takes the new rows' day-summary groups (collected on the
    //! preparer's thread, off the writing one).
    IncidentDaySummary::Accumulator takeDaySummary();
    //! Waits for the packed spatial index and takes it.
    PackedRtree takePackedRtree();

  private:
    void run();
    void publish(std::unique_ptr<Chunk> chunk);

    const std::vector<Incident> &mIncidents;
    const std::vector<ReferenceCodes::Ids> &mIds;
    const std::vector<std::int64_t> &mBatchKeys;
    const std::optional<std::int64_t> mImportId;
    DeduplicationKeySet mKeys;
    std::vector<RtreeEntry> mEntries;         //!< the new rows' index entries
    std::vector<RtreeEntry> mExistingEntries; //!< the store's, once provided
    std::optional<RtreeLeafLevel> mLeafLevel; //!< or the store's leaf level
    const std::int64_t mFirstFid;
    const std::size_t mNodeCapacity;

    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<std::unique_ptr<Chunk>> mReady;
    bool mStreamDone = false;
    bool mKeysSorted = false;
    bool mExistingProvided = false;
    bool mPacked = false;
    std::atomic<bool> mStop{false};
    Outcome mOutcome;
    IncidentDaySummary::Accumulator mDaySummary; //!< the preparer's until mKeysSorted
    PackedRtree mPackedRtree;
    std::thread mThread; //!< last: started when everything it uses exists
};

} // namespace lagesbild
