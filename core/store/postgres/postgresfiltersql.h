// PostgresFilterSql: an IncidentFilter as a WHERE clause on lagesbild.incidents — with bound
// parameters ($1 …) for PostgresStore's queries, or self-contained with quoted literals for a
// QGIS "postgres" layer's subset string — or on lagesbild.daily_summary, whose rows are local
// days and groups, for a filter without hours or a box. The conditions keep to the indexes: the
// period is a range on occurred_from (incidents_time_points) or on the summary's day (its key),
// the box an && on geom (the GiST index).
#pragma once

#include "model/incidentfilter.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace lagesbild
{

class PostgresFilterSql
{
  public:
    //! The table the conditions are on.
    enum class Table
    {
      Incidents,
      DailySummary, //!< only for a filter summaryCanAnswer() accepts
    };

    //! Bound form: columns prefixed with alias ("i" → i.kind), parameters numbered from firstParameter.
    PostgresFilterSql(const IncidentFilter &filter, const QString &alias, int firstParameter = 1, Table table = Table::Incidents);

    //! Literal form for a layer: bare column names, values through quote (PQescapeLiteral);
    //! empty when the filter matches everything.
    static QString literal(const IncidentFilter &filter, const std::function<QString(const QString &)> &quote,
                           Table table = Table::Incidents);

    //! The daily summary holds whole local days and no hour or point position: it answers a
    //! filter without hours and without a box.
    static bool summaryCanAnswer(const IncidentFilter &filter);

    //! " WHERE …", or empty when the filter matches everything.
    QString whereClause() const { return mConditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions(); }
    //! The conditions joined by AND (empty when none).
    QString conditions() const { return mConditions.join(QStringLiteral(" AND ")); }
    const std::vector<std::optional<QString>> &parameters() const { return mParameters; }
    //! The number of the next parameter after the filter's.
    int nextParameter() const { return mFirst + static_cast<int>(mParameters.size()); }

    //! UTC seconds as timestamptz text ("2021-03-28 01:00:00+00").
    static QString timestampText(std::int64_t utcSeconds);

  private:
    PostgresFilterSql() = default;
    void build(const IncidentFilter &filter);
    //! A value's SQL: "$n" (bound) or a quoted literal.
    QString value(const QString &text);
    QString valueList(const QStringList &values);

    QString mPrefix;
    int mFirst = 1;
    Table mTable = Table::Incidents;
    std::function<QString(const QString &)> mQuote; //!< set: literal form
    QStringList mConditions;
    std::vector<std::optional<QString>> mParameters;
};

} // namespace lagesbild
