// IncidentRow: how an Incident maps onto a row of the `incidents` table — the select list,
// reading a row back, the location precision codes, and the JSON form the audit log keeps.
#pragma once

#include "model/incident.h"

#include <QJsonObject>
#include <QString>

namespace lagesbild
{

class SqliteStatement;

class IncidentRow
{
  public:
    //! Columns of `incidents AS i` in the order read() expects.
    static const char *selectColumns();
    static Incident read(const SqliteStatement &statement, int firstColumn = 0);

    static const char *precisionCode(LocationPrecision precision);
    static LocationPrecision precisionFromCode(const QString &code);

    //! The incident as the audit log records it (times as local ISO text with offset).
    static QJsonObject toJson(const Incident &incident);
};

} // namespace lagesbild
