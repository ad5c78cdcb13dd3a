// DeduplicationKeyBlocks: how the store keeps the de-duplication keys of its incidents (schema
// version 6): grouped by their top 16 bits ("prefix", as slot prefix + 32768) into runs — rows of
// incident_key_blocks numbered batch * 65536 + slot, each row's text listing its keys as
// ";K1;K2;…;" with every key as the 8 characters of its low 48 bits in a 64-letter alphabet
// (version 7; the slot holds the top 16; tokenSql writes the same in plain SQL). A large
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
#include <optional>
#include <string>
#include <string_view>
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
    //! Characters of a key in a block: its low 48 bits, 6 bits a character.
    static constexpr std::size_t kTokenChars = 8;
    //! ";" + the key's kTokenChars characters + ";".
    static std::string token(std::int64_t key);
    //! The same token as an SQL expression of the integer expression key (for triggers and checks).
    static std::string tokenSql(const std::string &key);
    //! The trigger that forgets a deleted incident's key (replace of its token in its slot's runs).
    static std::string forgetTriggerSql();
    //! The keys a block's text lists (block as stored, text ";K1;K2;…;"); nothing when damaged.
    static std::optional<std::vector<std::int64_t>> keysOf(std::int64_t block, std::string_view text);
    //! Version 7: rewrites every block from the keys as 16 hex digits to tokens, and the trigger.
    static Result<void> convertFromHex(sqlite3 *db);

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
