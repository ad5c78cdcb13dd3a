// SqlSession: plain libpq for the server tests, deliberately not our PostgresConnection, so a
// test sees exactly what PostgreSQL allows a login to do: each statement's outcome with its
// SQLSTATE, the rows as text, and the count of rows it changed.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

struct pg_conn;

namespace lagesbild::test
{

struct SqlOutcome
{
    bool ok = false;
    QString sqlState; //!< "42501" insufficient privilege (also a row-level policy violation) …
    QString message;
    std::vector<QStringList> rows; //!< NULL as a null QString
    long long changed = 0;         //!< rows an INSERT/UPDATE/DELETE touched

    //! "42501: permission denied for table incidents", for failure messages
    QString describe() const { return ok ? QStringLiteral("ok") : sqlState + QStringLiteral(": ") + message; }
};

class SqlSession
{
  public:
    //! Connects with a libpq connection string; the test fails when it cannot.
    explicit SqlSession(const QString &connection);
    bool connected() const;
    QString connectError() const;

    SqlOutcome run(const QString &sql);
    //! The single value of a query that must succeed with one row (empty when not).
    QString value(const QString &sql);

  private:
    struct Closer
    {
        void operator()(pg_conn *connection) const;
    };
    std::unique_ptr<pg_conn, Closer> mConnection;
};

} // namespace lagesbild::test
