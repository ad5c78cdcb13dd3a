#include "postgresconnection.h"

#include "connectionstring.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <vector>

namespace lagesbild
{
namespace
{
QString libpqMessage(const char *message)
{
  return QString::fromUtf8(message).trimmed();
}
} // namespace

void PostgresConnection::Closer::operator()(pg_conn *connection) const
{
  PQfinish(connection);
}

Result<PostgresConnection> PostgresConnection::open(const QString &connection)
{
  if (!ConnectionString::isPostgres(connection))
    return makeError(ErrorCode::Usage, QCoreApplication::translate(
                                         "PostgresStore", "\"%1\" is not a PostgreSQL connection: use postgresql://… or service=NAME")
                                         .arg(connection));
  // dbname first and expanded: the URI or key=value string; what follows overrides it.
  const QByteArray expanded = connection.toUtf8();
  const char *keywords[] = {"dbname", "client_encoding", "fallback_application_name", nullptr};
  const char *values[] = {expanded.constData(), "UTF8", "lagesbild", nullptr};
  pg_conn *raw = PQconnectdbParams(keywords, values, 1);
  PostgresConnection opened(raw);
  if (!raw)
    return makeError(ErrorCode::Internal, QCoreApplication::translate("PostgresStore", "Out of memory while connecting to PostgreSQL."));
  if (PQstatus(raw) != CONNECTION_OK)
    return makeError(ErrorCode::StoreError,
                     QCoreApplication::translate("PostgresStore", "Could not connect to the PostgreSQL server %1.")
                       .arg(ConnectionString::describe(connection)),
                     libpqMessage(PQerrorMessage(raw)));
  // Quiet notices ("relation already exists, skipping") instead of libpq printing them to stderr.
  PQsetNoticeProcessor(
    raw, [](void *, const char *) {}, nullptr);
  return opened;
}

Error PostgresConnection::statementError(const QString &message) const
{
  return makeError(ErrorCode::StoreError, message, libpqMessage(PQerrorMessage(mConnection.get())));
}

Result<void> PostgresConnection::exec(const QString &sql)
{
  // With several statements PQexec stops at the first failure and returns its result.
  PGresult *raw = PQexec(mConnection.get(), sql.toUtf8().constData());
  const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
  const PostgresResult result(raw);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
    return statementError(QCoreApplication::translate("PostgresStore", "The PostgreSQL server refused a statement."));
  return {};
}

Result<PostgresResult> PostgresConnection::query(const QString &sql, const std::vector<std::optional<QString>> &parameters)
{
  std::vector<QByteArray> texts;
  texts.reserve(parameters.size());
  std::vector<const char *> pointers;
  pointers.reserve(parameters.size());
  for (const std::optional<QString> &parameter : parameters)
  {
    texts.push_back(parameter ? parameter->toUtf8() : QByteArray());
    pointers.push_back(parameter ? texts.back().constData() : nullptr);
  }
  PGresult *raw = PQexecParams(mConnection.get(), sql.toUtf8().constData(), static_cast<int>(pointers.size()), nullptr, pointers.data(),
                               nullptr, nullptr, 0);
  const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
  PostgresResult result(raw);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    return statementError(QCoreApplication::translate("PostgresStore", "The PostgreSQL server refused a statement."));
  return result;
}

QString PostgresConnection::quoteIdentifier(const QString &name) const
{
  const QByteArray utf8 = name.toUtf8();
  char *quoted = PQescapeIdentifier(mConnection.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
  const QString text = QString::fromUtf8(quoted);
  PQfreemem(quoted);
  return text;
}

QString PostgresConnection::quoteLiteral(const QString &text) const
{
  const QByteArray utf8 = text.toUtf8();
  char *quoted = PQescapeLiteral(mConnection.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
  const QString literal = QString::fromUtf8(quoted);
  PQfreemem(quoted);
  return literal;
}

QString PostgresConnection::userName() const
{
  return QString::fromUtf8(PQuser(mConnection.get()));
}

QString PostgresConnection::description() const
{
  const QString host = QString::fromUtf8(PQhost(mConnection.get()));
  return QStringLiteral("%1@%2:%3/%4")
    .arg(userName(), host, QString::fromUtf8(PQport(mConnection.get())), QString::fromUtf8(PQdb(mConnection.get())));
}

} // namespace lagesbild
