#include "deduplicationkeyblocks.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstring>
#include <string>

namespace lagesbild
{
namespace
{
constexpr std::size_t kHexDigits = 16;
//! Writes `blocks` (block, text) rows; a block that exists grows by the text without its leading
//! ';', which the block already ends with.
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

int hexValue(char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

//! Writes the key as 16 upper-case hex digits and a ';' at out (17 bytes).
void appendHex(std::int64_t key, char *out)
{
  constexpr char kDigits[] = "0123456789ABCDEF";
  auto value = static_cast<std::uint64_t>(key);
  for (std::size_t d = kHexDigits; d-- > 0;)
  {
    out[d] = kDigits[value & 0xF];
    value >>= 4;
  }
  out[kHexDigits] = ';';
}
} // namespace

std::string DeduplicationKeyBlocks::token(std::int64_t key)
{
  std::string text(kHexDigits + 2, ';');
  appendHex(key, text.data() + 1);
  return text;
}

Result<void> DeduplicationKeyBlocks::loadInto(sqlite3 *db, DeduplicationKeySet &keys)
{
  auto blocks = SqliteStatement::prepare(db, "SELECT keys FROM incident_key_blocks");
  if (!blocks)
    return blocks.error();
  int rc = SQLITE_ROW;
  while ((rc = blocks->step()) == SQLITE_ROW)
  {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(blocks->handle(), 0));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(blocks->handle(), 0));
    // ";K1;K2;…;": a key starts after every ';' that is not the last byte.
    for (std::size_t at = 1; at + kHexDigits <= size; at += kHexDigits + 1)
    {
      std::uint64_t value = 0;
      for (std::size_t d = 0; d < kHexDigits; ++d)
      {
        const int digit = hexValue(text[at + d]);
        if (digit < 0)
          return makeError(ErrorCode::StoreError, QCoreApplication::translate("IncidentStore", "The de-duplication keys are damaged."));
        value = (value << 4) | static_cast<std::uint64_t>(digit);
      }
      keys.insert(static_cast<std::int64_t>(value));
    }
  }
  if (rc != SQLITE_DONE)
    return sqliteError(db, QCoreApplication::translate("IncidentStore", "The de-duplication keys could not be read."));
  return {};
}

Result<void> DeduplicationKeyBlocks::addSorted(sqlite3 *db, const std::vector<std::int64_t> &sortedKeys)
{
  auto group = SqliteStatement::prepare(db, addSql(kBlocksPerStatement));
  if (!group)
    return group.error();
  auto single = SqliteStatement::prepare(db, addSql(1));
  if (!single)
    return single.error();

  // One text per block, kBlocksPerStatement blocks per statement; the texts stay alive until
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
  std::size_t i = 0;
  while (i < sortedKeys.size())
  {
    const std::int64_t block = blockOf(sortedKeys[i]);
    std::size_t end = i;
    while (end < sortedKeys.size() && blockOf(sortedKeys[end]) == block)
      ++end;
    std::string text(1 + (end - i) * (kHexDigits + 1), ';');
    for (char *out = text.data() + 1; i < end; ++i, out += kHexDigits + 1)
      appendHex(sortedKeys[i], out);
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
  auto contains = SqliteStatement::prepare(db, "SELECT instr(keys, ?2) > 0 FROM incident_key_blocks WHERE block = ?1");
  if (!contains)
    return contains.error();
  auto add = SqliteStatement::prepare(db, addSql(1));
  if (!add)
    return add.error();
  blocks.mContains = std::move(contains.value());
  blocks.mAdd = std::move(add.value());
  return blocks;
}

Result<bool> DeduplicationKeyBlocks::contains(std::int64_t key)
{
  const std::string text = token(key);
  mContains.bindInt64(1, blockOf(key));
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
  mAdd.bindInt64(1, blockOf(key));
  mAdd.bindUtf8(2, text);
  return mAdd.execute(failedText());
}

} // namespace lagesbild
