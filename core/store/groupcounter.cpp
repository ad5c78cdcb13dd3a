#include "groupcounter.h"

#include "sqlitestatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace lagesbild
{

GroupCounter::GroupCounter(std::vector<bool> textColumns)
  : mTextColumns(std::move(textColumns)), mTexts(mTextColumns.size()), mCurrent(mTextColumns.size())
{
}

std::size_t GroupCounter::ValuesHash::operator()(const std::vector<std::int64_t> &values) const
{
  std::uint64_t hash = 1469598103934665603ULL;
  for (const std::int64_t value : values)
  {
    hash ^= static_cast<std::uint64_t>(value);
    hash *= 1099511628211ULL;
    hash ^= hash >> 29;
  }
  return static_cast<std::size_t>(hash);
}

std::int64_t GroupCounter::textIndex(std::size_t column, std::string_view value)
{
  TextColumn &texts = mTexts[column];
  const auto found = texts.indexes.find(value);
  if (found != texts.indexes.end())
    return found->second;
  const auto index = static_cast<std::int64_t>(texts.values.size());
  texts.values.emplace_back(value);
  texts.indexes.emplace(std::string_view(texts.values.back()), index);
  return index;
}

void GroupCounter::add(const SqliteStatement &statement)
{
  sqlite3_stmt *handle = statement.handle();
  for (std::size_t c = 0; c < mTextColumns.size(); ++c)
  {
    const int column = static_cast<int>(c);
    if (mTextColumns[c])
    {
      const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(handle, column));
      const int size = sqlite3_column_bytes(handle, column);
      mCurrent[c] = textIndex(c, data ? std::string_view(data, static_cast<std::size_t>(size)) : std::string_view());
    }
    else
    {
      mCurrent[c] = sqlite3_column_int64(handle, column);
    }
  }
  const auto found = mCounts.find(mCurrent);
  if (found != mCounts.end())
    ++found->second;
  else
    mCounts.emplace(mCurrent, 1);
}

std::vector<GroupCounter::Group> GroupCounter::sortedGroups() const
{
  std::vector<Group> groups;
  groups.reserve(mCounts.size());
  for (const auto &[values, count] : mCounts)
    groups.push_back(Group{values, count});
  std::sort(groups.begin(), groups.end(),
            [this](const Group &a, const Group &b)
            {
              for (std::size_t c = 0; c < mTextColumns.size(); ++c)
              {
                if (a.values[c] == b.values[c])
                  continue;
                if (!mTextColumns[c])
                  return a.values[c] < b.values[c];
                // std::string compares as unsigned bytes, as SQLite's BINARY collation does.
                return text(c, a.values[c]) < text(c, b.values[c]);
              }
              return false;
            });
  return groups;
}

const std::string &GroupCounter::text(std::size_t column, std::int64_t index) const
{
  return mTexts[column].values[static_cast<std::size_t>(index)];
}

} // namespace lagesbild
