// DeduplicationKeyBlocks: how the store keeps the de-duplication keys of its incidents (schema
// version 4): grouped by their top 16 bits into at most 65,536 rows of incident_key_blocks,
// each row's text listing its keys as ";K1;K2;…;" with every key as 16 upper-case hex digits
// (SQLite's printf('%016X')). A batch of a million incidents writes 65,536 short rows instead of
// a million index entries, and a plain-SQL trigger still forgets the key of a deleted incident
// (replace(keys, ';K;', ';')), also when QGIS or another tool deletes it.
#pragma once

#include "common/result.h"
#include "deduplicationkeyset.h"
#include "sqlitestatement.h"

#include <cstdint>
#include <string>
#include <vector>

struct sqlite3;

namespace lagesbild
{

class DeduplicationKeyBlocks
{
  public:
    //! The block of a key: its top 16 bits, as SQLite's `key >> 48` computes them.
    static std::int64_t blockOf(std::int64_t key) { return key >> 48; }
    //! ";" + the key as 16 upper-case hex digits + ";".
    static std::string token(std::int64_t key);

    //! Adds to keys those of batchKeys the store holds already, reading only the blocks of
    //! batchKeys: a batch's cost follows the batch, not the store.
    static Result<void> loadMatching(sqlite3 *db, const std::vector<std::int64_t> &batchKeys, DeduplicationKeySet &keys);
    //! Records new keys, given in key order (so in block order), inside the caller's transaction.
    static Result<void> addSorted(sqlite3 *db, const std::vector<std::int64_t> &sortedKeys);

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
