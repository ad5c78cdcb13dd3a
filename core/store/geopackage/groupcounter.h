// GroupCounter: counts the rows of a statement by their column values in a hash map (no SQL
// GROUP BY, no sort of every row), then hands the groups back in SQL ORDER BY order. Integer
// columns can be coded (ids with text labels, ordered by label) or derived from an instant (UTC
// seconds → Europe/Stockholm local day or month).
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
    enum class Column
    {
      Integer,    //!< counted and ordered as an integer
      Text,       //!< compared bytewise
      Coded,      //!< an integer id, ordered by its label (see setLabels)
      LocalDay,   //!< UTC seconds counted as the local day (days since 1970-01-01)
      LocalMonth, //!< UTC seconds counted as the local month (YYYYMM)
    };
    explicit GroupCounter(std::vector<Column> columns);

    //! Labels of a Coded column's ids; an id without a label reads as empty text.
    void setLabels(std::size_t column, std::unordered_map<std::int64_t, std::string> labels);
    //! The text of a group's value: the text of a Text column, the label of a Coded one.
    std::string valueText(std::size_t column, std::int64_t value) const;

    //! Counts the statement's current row.
    void add(const SqliteStatement &statement);
    //! Counts count rows with these values, already as the columns keep them (a LocalDay as the
    //! day, a LocalMonth as YYYYMM; not for Text columns).
    void addCount(const std::vector<std::int64_t> &values, std::int64_t count);

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

    std::vector<Column> mColumns;
    std::vector<TextColumn> mTexts;
    std::vector<std::unordered_map<std::int64_t, std::string>> mLabels;
    std::vector<std::int64_t> mCurrent;
    std::unordered_map<std::vector<std::int64_t>, std::int64_t, ValuesHash> mCounts;
};

} // namespace lagesbild
