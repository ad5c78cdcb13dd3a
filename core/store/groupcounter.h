// GroupCounter: counts the rows of a statement by their column values in a hash map (no SQL
// GROUP BY, no sort of every row), then hands the groups back in SQL ORDER BY order.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lagesbild
{

class SqliteStatement;

class GroupCounter
{
  public:
    //! One flag per column: true for a text column (compared bytewise), false for an integer one.
    explicit GroupCounter(std::vector<bool> textColumns);

    //! Counts the statement's current row.
    void add(const SqliteStatement &statement);

    //! A group's values: integers as they are, text as an index into text(column, index).
    struct Group
    {
        std::vector<std::int64_t> values;
        std::int64_t count = 0;
    };

    //! The groups, ordered by their columns (integers numerically, text as SQLite's BINARY).
    std::vector<Group> sortedGroups() const;
    const std::string &text(std::size_t column, std::int64_t index) const;

  private:
    struct ValuesHash
    {
        std::size_t operator()(const std::vector<std::int64_t> &values) const;
    };
    struct TextColumn
    {
        std::deque<std::string> values;
        std::unordered_map<std::string_view, std::int64_t> indexes;
    };

    std::int64_t textIndex(std::size_t column, std::string_view value);

    std::vector<bool> mTextColumns;
    std::vector<TextColumn> mTexts;
    std::vector<std::int64_t> mCurrent;
    std::unordered_map<std::vector<std::int64_t>, std::int64_t, ValuesHash> mCounts;
};

} // namespace lagesbild
