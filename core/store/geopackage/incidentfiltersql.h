// IncidentFilterSql: turns an IncidentFilter into the WHERE clause of a query on
// `incidents AS i`, with bound parameters. Every filter field maps onto indexed columns:
// the period onto a range of the (occurred_utc, category, local_hour, local_weekday, kind)
// index (local days converted to the exact UTC instants), which also answers categories, kind,
// hours and weekdays without reading rows; the bounding box onto the R-tree.
#pragma once

#include "model/incidentfilter.h"

#include <QString>

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace lagesbild
{

class SqliteStatement;

class IncidentFilterSql
{
  public:
    explicit IncidentFilterSql(const IncidentFilter &filter);

    //! " WHERE …" (or an empty string when the filter matches everything).
    const std::string &whereClause() const { return mWhere; }
    //! Binds the parameters, the first at firstIndex; returns the next free index.
    int bind(SqliteStatement &statement, int firstIndex = 1) const;

  private:
    void addCondition(const std::string &condition);
    std::string placeholders(const QStringList &values);

    std::string mWhere;
    std::vector<std::variant<std::int64_t, double, QString>> mParameters;
};

} // namespace lagesbild
