// PostgresIncidentRow: the columns PostgresStore reads an incident with (codes joined, times as
// UTC seconds) and the reading of one result row into an Incident; the text-array literals
// that pass lists of values as one bound parameter.
#pragma once

#include "model/incident.h"
#include "postgresresult.h"

#include <QString>
#include <QStringList>

namespace lagesbild
{

class PostgresIncidentRow
{
  public:
    //! "SELECT <columns> FROM <tables>" with incidents as alias i, without WHERE.
    static QString selectSql();
    static Incident read(const PostgresResult &result, int row);
    //! A PostgreSQL array literal of the texts ("{\"a\",\"b\"}"), each quoted and escaped.
    static QString textArray(const QStringList &values);
};

} // namespace lagesbild
