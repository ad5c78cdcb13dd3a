// PostgresConnection: one libpq connection to the shared PostgreSQL/PostGIS store, opened from a
// `postgresql://…` URI, a `service=NAME` entry of pg_service.conf or any libpq key=value string.
// libpq itself reads the service file, the password file (~/.pgpass) and PG* variables and
// applies sslmode as given; this class never prints the connection string with its password.
// Statements run with text parameters; failures come back as Result errors with the server's
// message in the detail.
#pragma once

#include "common/result.h"
#include "postgresresult.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

struct pg_conn;

namespace lagesbild
{

class PostgresConnection
{
  public:
    //! Connects; the error names the server without its password.
    static Result<PostgresConnection> open(const QString &connection);

    //! Runs one or more statements without parameters (schema scripts).
    Result<void> exec(const QString &sql);
    //! Runs one statement; std::nullopt parameters are SQL NULL.
    Result<PostgresResult> query(const QString &sql, const std::vector<std::optional<QString>> &parameters = {});

    //! Runs `COPY … FROM STDIN` (text format) with data as its input.
    Result<long long> copyIn(const QString &copySql, const QByteArray &data);

    //! Runs body in a transaction: committed when it succeeds, rolled back when it fails.
    template<typename Body> Result<void> inTransaction(Body body)
    {
      if (auto begun = exec(QStringLiteral("BEGIN")); !begun)
        return begun;
      Result<void> done = body();
      if (!done)
      {
        (void)exec(QStringLiteral("ROLLBACK"));
        return done;
      }
      return exec(QStringLiteral("COMMIT"));
    }

    //! "name" quoted as an SQL identifier, "'text'" as a literal (with this connection's encoding).
    QString quoteIdentifier(const QString &name) const;
    QString quoteLiteral(const QString &text) const;

    //! The role this connection logged in as.
    QString userName() const;
    //! The server and database, for messages (no password).
    QString description() const;

    pg_conn *handle() const { return mConnection.get(); }

  private:
    struct Closer
    {
        void operator()(pg_conn *connection) const;
    };
    explicit PostgresConnection(pg_conn *connection) : mConnection(connection) {}
    Error statementError(const QString &message) const;

    std::unique_ptr<pg_conn, Closer> mConnection;
};

} // namespace lagesbild
