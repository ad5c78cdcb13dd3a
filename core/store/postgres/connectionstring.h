// ConnectionString: tells a PostgreSQL connection (`postgresql://…`, `postgres://…`, or libpq's
// key=value form such as `service=lagesbild`) from a GeoPackage path, and describes one for
// messages without its password.
#pragma once

#include <QString>

namespace lagesbild
{

class ConnectionString
{
  public:
    //! True for a URI with the postgresql/postgres scheme or a libpq key=value string.
    static bool isPostgres(const QString &text);
    //! "service lagesbild", "anna@db.kommun.se:5432/lagesbild" …: never the password.
    static QString describe(const QString &text);
    //! The same connection in libpq's key=value form (a URI's parts as keywords, values quoted),
    //! for clients that take only that form (QGIS's postgres provider); empty when it cannot be read.
    static QString keyValueForm(const QString &text);
};

} // namespace lagesbild
