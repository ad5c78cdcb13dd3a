// PostgresFilterSql: an IncidentFilter as a WHERE clause on lagesbild.incidents — with bound
// parameters ($1 …) for PostgresStore's queries, or self-contained with quoted literals for a
// QGIS "postgres" layer's subset string. The conditions keep to the indexes: the period is a
// range on occurred_from (the time index, which also covers kind, category, source, hour,
// weekday, area and precision), the box an && on geom (the GiST index).
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
    //! Bound form: columns prefixed with alias ("i" → i.kind), parameters numbered from firstParameter.
    PostgresFilterSql(const IncidentFilter &filter, const QString &alias, int firstParameter = 1);

    //! Literal form for a layer: bare column names, values through quote (PQescapeLiteral);
    //! empty when the filter matches everything.
    static QString literal(const IncidentFilter &filter, const std::function<QString(const QString &)> &quote);

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
    std::function<QString(const QString &)> mQuote; //!< set: literal form
    QStringList mConditions;
    std::vector<std::optional<QString>> mParameters;
};

} // namespace lagesbild
