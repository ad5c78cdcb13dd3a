// IncidentFilterSql: turns an IncidentFilter into the WHERE clause of a query on
// `incidents AS i`, with bound parameters: the period onto a range of the time index (local days
// converted to the exact UTC instants), the bounding box onto the R-tree. On the day summary
// (IncidentDaySummary) the period is a range of local days and the weekday follows from the day;
// hours and the box are not there (the caller reads the packed hours; a box needs the rows).
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
    enum class Table
    {
      Incidents,  //!< `incidents AS i`
      DaySummary, //!< `incident_day_summary AS i`: hours and the box left out
    };
    explicit IncidentFilterSql(const IncidentFilter &filter, Table table = Table::Incidents);

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
