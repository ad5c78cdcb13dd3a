// IncidentRow: how an Incident maps onto a row of the `incidents` table — the select list and
// joins, reading a row back, the location precision codes, and the JSON form the audit log keeps.
#pragma once

#include "model/incident.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace lagesbild
{

class SqliteStatement;

class IncidentRow
{
  public:
    //! Columns in the order read() expects, to be selected from fromClause().
    static const char *selectColumns();
    //! " FROM incidents AS i" joined with the tables that turn its ids into codes.
    static const char *fromClause();
    static Incident read(const SqliteStatement &statement, int firstColumn = 0);

    static const char *precisionCode(LocationPrecision precision);
    static LocationPrecision precisionFromCode(const QString &code);
    //! The location_precision column's integer (0 exact, 1 approximate, 2 municipality, 3 nearest
    //! number, 4 street, 5 named place).
    static LocationPrecision precisionFromValue(std::int64_t value);

    //! The incident as the audit log records it (times as local ISO text with offset).
    static QJsonObject toJson(const Incident &incident);
};

} // namespace lagesbild
