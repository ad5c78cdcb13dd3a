// DeduplicationKeyBlocks: how the store keeps the de-duplication keys of its incidents (schema
// version 6): grouped by their top 16 bits ("prefix", as slot prefix + 32768) into runs — rows of
// incident_key_blocks numbered batch * 65536 + slot, each row's text listing its keys as
// ";K1;K2;…;" with every key as 16 upper-case hex digits (SQLite's printf('%016X')). A large
// batch reads the runs of its own keys' prefixes (an index on the slot finds them) and appends
// one run per prefix with its new keys only, all numbered after every block in the table, so the
// table is appended to; a prefix with kMaxRuns runs has them merged into the new run. A plain-SQL
// trigger still forgets the key of a deleted incident (replace(keys, ';K;', ';') over the
// prefix's runs), also when QGIS or another tool deletes it.
#pragma once

#include "common/result.h"
#include "deduplicationkeyset.h"
#include "sqlitestatement.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace lagesbild
{

class DeduplicationKeyBlocks
{
  public:
    static constexpr std::int64_t kSlots = 65536;
    //! A prefix with this many runs has them merged when a batch adds to it.
    static constexpr int kMaxRuns = 16;
    //! The slot of a key's prefix (its top 16 bits), as SQLite's `(key >> 48) + 32768` computes it;
    //! a block's slot is `block & 65535`.
    static std::int64_t slotOf(std::int64_t key) { return (key >> 48) + kSlots / 2; }
    //! ";" + the key as 16 upper-case hex digits + ";".
    static std::string token(std::int64_t key);

    //! A batch with fewer new keys of a prefix than this adds them to the prefix's last run, so
    //! that small batches do not leave a row per key.
    static constexpr std::size_t kMinRunKeys = 4;
    //! The runs of a slot loadMatching read: how many, and the block of the last.
    struct Runs
    {
        int count = 0;
        std::int64_t lastBlock = -1;
    };
    using RunsByPrefix = std::unordered_map<std::int64_t, Runs>;

    //! Adds to keys those of batchKeys the store holds already, reading only the runs of the
    //! prefixes of batchKeys (a batch's cost follows the batch, not the store), and tells runs
    //! what it found of those prefixes.
    static Result<void> loadMatching(sqlite3 *db, const std::vector<std::int64_t> &batchKeys, DeduplicationKeySet &keys,
                                     RunsByPrefix &runs);
    //! Records new keys, given in key order (so in prefix order), as a new run of each prefix
    //! (runs as loadMatching found them), inside the caller's transaction.
    static Result<void> addSorted(sqlite3 *db, const std::vector<std::int64_t> &sortedKeys, const RunsByPrefix &runs);

    //! Single-key look-ups and additions for small batches, on prepared statements.
    static Result<DeduplicationKeyBlocks> prepare(sqlite3 *db);
    Result<bool> contains(std::int64_t key);
    Result<void> add(std::int64_t key);

  private:
    DeduplicationKeyBlocks() = default;
    SqliteStatement mContains;
    SqliteStatement mAdd;
};

} // namespace lagesbild
