#include "groupcounter.h"

#include "incidentrowwriter.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace lagesbild
{

GroupCounter::GroupCounter(std::vector<Column> columns)
  : mColumns(std::move(columns)), mTexts(mColumns.size()), mLabels(mColumns.size()), mCurrent(mColumns.size())
{
}

void GroupCounter::setLabels(std::size_t column, std::unordered_map<std::int64_t, std::string> labels)
{
  mLabels[column] = std::move(labels);
}

std::string GroupCounter::valueText(std::size_t column, std::int64_t value) const
{
  if (mColumns[column] == Column::Text)
    return text(column, value);
  const auto found = mLabels[column].find(value);
  return found == mLabels[column].end() ? std::string() : found->second;
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
  for (std::size_t c = 0; c < mColumns.size(); ++c)
  {
    const int column = static_cast<int>(c);
    switch (mColumns[c])
    {
    case Column::Text:
    {
      const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(handle, column));
      const int size = sqlite3_column_bytes(handle, column);
      mCurrent[c] = textIndex(c, data ? std::string_view(data, static_cast<std::size_t>(size)) : std::string_view());
      break;
    }
    case Column::Integer:
    case Column::Coded:
      mCurrent[c] = sqlite3_column_int64(handle, column);
      break;
    case Column::LocalDay:
      mCurrent[c] = IncidentRowWriter::localColumns(sqlite3_column_int64(handle, column)).day;
      break;
    case Column::LocalMonth:
      mCurrent[c] = IncidentRowWriter::localColumns(sqlite3_column_int64(handle, column)).month;
      break;
    }
  }
  addCount(mCurrent, 1);
}

void GroupCounter::addCount(const std::vector<std::int64_t> &values, std::int64_t count)
{
  const auto found = mCounts.find(values);
  if (found != mCounts.end())
    found->second += count;
  else
    mCounts.emplace(values, count);
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
              for (std::size_t c = 0; c < mColumns.size(); ++c)
              {
                if (a.values[c] == b.values[c])
                  continue;
                if (mColumns[c] != Column::Text && mColumns[c] != Column::Coded)
                  return a.values[c] < b.values[c];
                // std::string compares as unsigned bytes, as SQLite's BINARY collation does.
                const std::string left = valueText(c, a.values[c]);
                const std::string right = valueText(c, b.values[c]);
                if (left != right)
                  return left < right;
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
