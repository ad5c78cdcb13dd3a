#include "deduplicationkeyblocks.h"

#include "radixsort.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>

namespace lagesbild
{
namespace
{
constexpr std::size_t kTokenChars = DeduplicationKeyBlocks::kTokenChars;
//! 64 letters for 6 bits each; no ';' (the separator) and nothing SQL or GLOB treats specially.
constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
static_assert(sizeof(kAlphabet) == 65);
//! Writes `blocks` (block, text) rows; a block that exists (the single-key path's last run) grows
//! by the text without its leading ';', which the block already ends with.
std::string addSql(int blocks)
{
  return "INSERT INTO incident_key_blocks (block, keys) VALUES " + SqliteStatement::valueRows(2, blocks) +
         " ON CONFLICT (block) DO UPDATE SET keys = keys || substr(excluded.keys, 2)";
}
constexpr int kBlocksPerStatement = 64;

QString failedText()
{
  return QCoreApplication::translate("IncidentStore", "The de-duplication keys could not be written.");
}

//! The 6-bit value of every byte as a token character; -1 for any other (a table: the scan of a
//! store's keys decodes tens of millions of letters).
constexpr std::array<std::int8_t, 256> kLetterValues = []
{
  std::array<std::int8_t, 256> values{};
  values.fill(-1);
  for (std::size_t i = 0; i < 64; ++i)
    values[static_cast<unsigned char>(kAlphabet[i])] = static_cast<std::int8_t>(i);
  return values;
}();

int letterValue(char c)
{
  return kLetterValues[static_cast<unsigned char>(c)];
}

//! Writes the key's low 48 bits as kTokenChars letters, most significant first, and a ';' at out.
void appendToken(std::int64_t key, char *out)
{
  auto value = static_cast<std::uint64_t>(key);
  for (std::size_t d = kTokenChars; d-- > 0;)
  {
    out[d] = kAlphabet[value & 63U];
    value >>= 6;
  }
  out[kTokenChars] = ';';
}

//! The low 48 bits of the token at text (kTokenChars letters), or nothing when a letter is bad.
std::optional<std::uint64_t> lowBitsOf(const char *text)
{
  std::uint64_t value = 0;
  for (std::size_t d = 0; d < kTokenChars; ++d)
  {
    const int letter = letterValue(text[d]);
    if (letter < 0)
      return std::nullopt;
    value = (value << 6) | static_cast<std::uint64_t>(letter);
  }
  return value;
}

std::int64_t keyOf(std::int64_t slot, std::uint64_t lowBits)
{
  return static_cast<std::int64_t>((static_cast<std::uint64_t>(slot - DeduplicationKeyBlocks::kSlots / 2) << 48) | lowBits);
}

int hexValue(char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}
} // namespace

std::string DeduplicationKeyBlocks::token(std::int64_t key)
{
  std::string text(kTokenChars + 2, ';');
  appendToken(key, text.data() + 1);
  return text;
}

std::string DeduplicationKeyBlocks::tokenSql(const std::string &key)
{
  std::string sql = "';'";
  for (std::size_t d = 0; d < kTokenChars; ++d)
    sql += " || substr('" + std::string(kAlphabet) + "', ((" + key + " >> " + std::to_string(6 * (kTokenChars - 1 - d)) + ") & 63) + 1, 1)";
  return sql + " || ';'";
}

std::string DeduplicationKeyBlocks::forgetTriggerSql()
{
  return "CREATE TRIGGER incidents_forget_key AFTER DELETE ON incidents\nBEGIN\n"
         "  UPDATE incident_key_blocks SET keys = replace(keys, " +
         tokenSql("OLD.dedup_key") +
         ", ';')\n"
         "  WHERE (block & 65535) = (OLD.dedup_key >> 48) + 32768;\nEND;";
}

std::optional<std::vector<std::int64_t>> DeduplicationKeyBlocks::keysOf(std::int64_t block, std::string_view text)
{
  // ";K1;K2;…;": a key after every ';' but the last.
  if (text.empty() || text.front() != ';' || (text.size() - 1) % (kTokenChars + 1) != 0)
    return std::nullopt;
  std::vector<std::int64_t> keys;
  keys.reserve((text.size() - 1) / (kTokenChars + 1));
  for (std::size_t at = 1; at < text.size(); at += kTokenChars + 1)
  {
    const auto low = lowBitsOf(text.data() + at);
    if (!low || text[at + kTokenChars] != ';')
      return std::nullopt;
    keys.push_back(keyOf(block & (kSlots - 1), *low));
  }
  return keys;
}

Result<void> DeduplicationKeyBlocks::convertFromHex(sqlite3 *db)
{
  constexpr std::size_t kHexDigits = 16;
  auto read = SqliteStatement::prepare(db, "SELECT block, keys FROM incident_key_blocks");
  if (!read)
    return read.error();
  std::vector<std::pair<std::int64_t, std::string>> converted;
  int rc = SQLITE_ROW;
  while ((rc = read->step()) == SQLITE_ROW)
  {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(read->handle(), 1));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(read->handle(), 1));
    if (size == 0 || text[0] != ';' || (size - 1) % (kHexDigits + 1) != 0)
      return makeError(ErrorCode::StoreError, QCoreApplication::translate("IncidentStore", "The de-duplication keys are damaged."));
    std::string tokens(1 + (size - 1) / (kHexDigits + 1) * (kTokenChars + 1), ';');
    char *out = tokens.data() + 1;
    for (std::size_t at = 1; at < size; at += kHexDigits + 1, out += kTokenChars + 1)
    {
      std::uint64_t value = 0;
      for (std::size_t d = 0; d < kHexDigits; ++d)
      {
        const int digit = hexValue(text[at + d]);
        if (digit < 0)
          return makeError(ErrorCode::StoreError, QCoreApplication::translate("IncidentStore", "The de-duplication keys are damaged."));
        value = (value << 4) | static_cast<std::uint64_t>(digit);
      }
      appendToken(static_cast<std::int64_t>(value), out);
    }
    converted.emplace_back(read->columnInt64(0), std::move(tokens));
  }
  if (rc != SQLITE_DONE)
    return sqliteError(db, failedText());
  auto write = SqliteStatement::prepare(db, "UPDATE incident_key_blocks SET keys = ?2 WHERE block = ?1");
  if (!write)
    return write.error();
  for (const auto &[block, tokens] : converted)
  {
    write->reset();
    write->bindInt64(1, block);
    write->bindUtf8Static(2, tokens.data(), static_cast<int>(tokens.size()));
    if (auto done = write->execute(failedText()); !done)
      return done;
  }
  if (auto done = sqliteExec(db, "DROP TRIGGER IF EXISTS incidents_forget_key"); !done)
    return done;
  return sqliteExec(db, forgetTriggerSql().c_str());
}

Result<void> DeduplicationKeyBlocks::loadMatching(sqlite3 *db, const std::vector<std::int64_t> &batchKeys, DeduplicationKeySet &keys,
                                                  RunsByPrefix &runs)
{
  std::vector<std::int64_t> sorted = batchKeys;
  {
    std::vector<std::int64_t> scratch;
    RadixSort::ascending(sorted, scratch);
  }
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  if (sorted.empty())
    return {};
  // Where each slot's batch keys are in sorted (the slot is the top 16 bits, so the sorted keys
  // are grouped by slot); an empty range for a slot the batch does not touch.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges(kSlots, {0, 0});
  std::size_t touchedSlots = 0;
  for (std::size_t i = 0; i < sorted.size();)
  {
    std::size_t end = i;
    while (end < sorted.size() && slotOf(sorted[end]) == slotOf(sorted[i]))
      ++end;
    ranges[static_cast<std::size_t>(slotOf(sorted[i]))] = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)};
    ++touchedSlots;
    i = end;
  }
  const QString damaged = QCoreApplication::translate("IncidentStore", "The de-duplication keys are damaged.");
  const QString unread = QCoreApplication::translate("IncidentStore", "The de-duplication keys could not be read.");
  // A first filter on the key's next 18 bits (the token's first three letters) spares decoding
  // the whole of the many keys of a block that no batch key can equal.
  constexpr std::size_t kFilterBits = 1U << 18;
  std::vector<std::uint8_t> filter(kFilterBits, 0); // bytes, not bits: read once per key of the store
  auto middleBits = [](std::int64_t key) { return static_cast<std::size_t>((static_cast<std::uint64_t>(key) >> 30) & (kFilterBits - 1)); };
  auto scanBlock = [&](std::int64_t slot, const char *text, std::size_t size, std::size_t first, std::size_t last) -> Result<void>
  {
    for (std::size_t i = first; i < last; ++i)
      filter[middleBits(sorted[i])] = 1;
    // ";K1;K2;…;": a key starts after every ';' that is not the last byte.
    bool bad = size == 0 || text[0] != ';' || (size - 1) % (kTokenChars + 1) != 0;
    for (std::size_t at = 1; !bad && at + kTokenChars < size; at += kTokenChars + 1)
    {
      std::size_t middle = 0;
      for (std::size_t d = 0; d < 3; ++d)
      {
        const int letter = letterValue(text[at + d]);
        bad = bad || letter < 0;
        middle = (middle << 6) | static_cast<std::size_t>(letter & 63);
      }
      bad = bad || text[at + kTokenChars] != ';';
      if (bad || filter[middle] == 0)
        continue;
      const auto low = lowBitsOf(text + at);
      bad = !low;
      if (bad)
        continue;
      const std::int64_t key = keyOf(slot, *low);
      if (std::binary_search(sorted.begin() + static_cast<std::ptrdiff_t>(first), sorted.begin() + static_cast<std::ptrdiff_t>(last), key))
        keys.insert(key);
    }
    for (std::size_t i = first; i < last; ++i)
      filter[middleBits(sorted[i])] = 0;
    if (bad)
      return makeError(ErrorCode::StoreError, damaged);
    return {};
  };

  // Few prefixes: one look-up each; many: one pass over the table.
  constexpr std::size_t kLookupLimit = 4096;
  const bool scanAll = touchedSlots > kLookupLimit;
  auto statement = SqliteStatement::prepare(db, scanAll ? "SELECT block, keys FROM incident_key_blocks"
                                                        : "SELECT block, keys FROM incident_key_blocks WHERE (block & 65535) = ?1");
  if (!statement)
    return statement.error();
  auto readRows = [&]() -> Result<void>
  {
    int rc = SQLITE_ROW;
    while ((rc = statement->step()) == SQLITE_ROW)
    {
      const std::int64_t block = statement->columnInt64(0);
      const std::int64_t slot = block & (kSlots - 1);
      const auto [first, last] = ranges[static_cast<std::size_t>(slot)];
      if (first == last)
        continue;
      Runs &slotRuns = runs[slot];
      ++slotRuns.count;
      slotRuns.lastBlock = std::max(slotRuns.lastBlock, block);
      const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement->handle(), 1));
      const auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement->handle(), 1));
      if (auto done = scanBlock(slot, text, size, first, last); !done)
        return done;
    }
    if (rc != SQLITE_DONE)
      return sqliteError(db, unread);
    return {};
  };
  if (scanAll)
    return readRows();
  for (std::size_t slot = 0; slot < ranges.size(); ++slot)
  {
    if (ranges[slot].first == ranges[slot].second)
      continue;
    statement->bindInt64(1, static_cast<std::int64_t>(slot));
    if (auto done = readRows(); !done)
      return done;
    statement->reset();
  }
  return {};
}

Result<void> DeduplicationKeyBlocks::addSorted(sqlite3 *db, const std::vector<std::int64_t> &sortedKeys, const RunsByPrefix &runs)
{
  auto group = SqliteStatement::prepare(db, addSql(kBlocksPerStatement));
  if (!group)
    return group.error();
  auto single = SqliteStatement::prepare(db, addSql(1));
  if (!single)
    return single.error();
  auto readRuns = SqliteStatement::prepare(db, "SELECT keys FROM incident_key_blocks WHERE (block & 65535) = ?1 ORDER BY block");
  if (!readRuns)
    return readRuns.error();
  auto removeRuns = SqliteStatement::prepare(db, "DELETE FROM incident_key_blocks WHERE (block & 65535) = ?1");
  if (!removeRuns)
    return removeRuns.error();
  // The new runs are numbered after every block there is: the table is appended to.
  auto last = SqliteStatement::prepare(db, "SELECT coalesce(max(block), -1) FROM incident_key_blocks");
  if (!last)
    return last.error();
  if (last->step() != SQLITE_ROW)
    return sqliteError(db, failedText());
  const std::int64_t firstBlock = (last->columnInt64(0) / kSlots + 1) * kSlots;

  // One text per new run, kBlocksPerStatement runs per statement; the texts stay alive until
  // their statement has run.
  std::vector<std::pair<std::int64_t, std::string>> pending;
  pending.reserve(kBlocksPerStatement);
  auto flushGroup = [&]() -> Result<void>
  {
    for (int r = 0; r < kBlocksPerStatement; ++r)
    {
      group->bindInt64(2 * r + 1, pending[static_cast<std::size_t>(r)].first);
      const std::string &text = pending[static_cast<std::size_t>(r)].second;
      group->bindUtf8Static(2 * r + 2, text.data(), static_cast<int>(text.size()));
    }
    return group->execute(failedText());
  };
  //! A prefix with kMaxRuns runs: its runs' keys go before the new ones in one run 0.
  auto mergeRuns = [&](std::int64_t slot, std::string &text) -> Result<void>
  {
    std::string merged(1, ';');
    readRuns->bindInt64(1, slot);
    int rc = SQLITE_ROW;
    while ((rc = readRuns->step()) == SQLITE_ROW)
    {
      const auto *run = reinterpret_cast<const char *>(sqlite3_column_text(readRuns->handle(), 0));
      const auto size = static_cast<std::size_t>(sqlite3_column_bytes(readRuns->handle(), 0));
      if (size > 1)
        merged.append(run + 1, size - 1); // ";K1;…;" without its leading ';'
    }
    readRuns->reset();
    if (rc != SQLITE_DONE)
      return sqliteError(db, failedText());
    removeRuns->bindInt64(1, slot);
    if (auto done = removeRuns->execute(failedText()); !done)
      return done;
    text = merged + text.substr(1);
    return {};
  };
  std::size_t i = 0;
  while (i < sortedKeys.size())
  {
    const std::int64_t slot = slotOf(sortedKeys[i]);
    std::size_t end = i;
    while (end < sortedKeys.size() && slotOf(sortedKeys[end]) == slot)
      ++end;
    std::string text(1 + (end - i) * (kTokenChars + 1), ';');
    for (char *out = text.data() + 1; i < end; ++i, out += kTokenChars + 1)
      appendToken(sortedKeys[i], out);
    std::int64_t block = firstBlock + slot;
    if (const auto found = runs.find(slot); found != runs.end() && found->second.count > 0)
    {
      if (found->second.count >= kMaxRuns)
      {
        if (auto done = mergeRuns(slot, text); !done)
          return done;
      }
      else if (static_cast<std::size_t>(text.size() / (kTokenChars + 1)) < kMinRunKeys)
        block = found->second.lastBlock; // appended to the last run (the statement's upsert)
    }
    pending.emplace_back(block, std::move(text));
    if (pending.size() == static_cast<std::size_t>(kBlocksPerStatement))
    {
      if (auto done = flushGroup(); !done)
        return done;
      pending.clear();
    }
  }
  for (const auto &[block, text] : pending)
  {
    single->bindInt64(1, block);
    single->bindUtf8(2, text);
    if (auto done = single->execute(failedText()); !done)
      return done;
  }
  return {};
}

Result<DeduplicationKeyBlocks> DeduplicationKeyBlocks::prepare(sqlite3 *db)
{
  DeduplicationKeyBlocks blocks;
  auto contains =
    SqliteStatement::prepare(db, "SELECT count(*) FROM incident_key_blocks WHERE (block & 65535) = ?1 AND instr(keys, ?2) > 0");
  if (!contains)
    return contains.error();
  // Into the prefix's last run (a run numbered as batch 0's when it has none).
  auto add = SqliteStatement::prepare(db, "INSERT INTO incident_key_blocks (block, keys) VALUES "
                                          "(coalesce((SELECT max(block) FROM incident_key_blocks WHERE (block & 65535) = ?1), ?1), ?2) "
                                          "ON CONFLICT (block) DO UPDATE SET keys = keys || substr(excluded.keys, 2)");
  if (!add)
    return add.error();
  blocks.mContains = std::move(contains.value());
  blocks.mAdd = std::move(add.value());
  return blocks;
}

Result<bool> DeduplicationKeyBlocks::contains(std::int64_t key)
{
  const std::string text = token(key);
  mContains.bindInt64(1, slotOf(key));
  mContains.bindUtf8(2, text);
  const int rc = mContains.step();
  const bool found = rc == SQLITE_ROW && mContains.columnInt64(0) != 0;
  mContains.reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sqliteError(sqlite3_db_handle(mContains.handle()),
                       QCoreApplication::translate("IncidentStore", "The de-duplication keys could not be read."));
  return found;
}

Result<void> DeduplicationKeyBlocks::add(std::int64_t key)
{
  const std::string text = token(key);
  mAdd.bindInt64(1, slotOf(key));
  mAdd.bindUtf8(2, text);
  return mAdd.execute(failedText());
}

} // namespace lagesbild
