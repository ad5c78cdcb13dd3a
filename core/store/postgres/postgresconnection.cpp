#include "postgresconnection.h"

#include "connectionstring.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <algorithm>
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

Result<long long> PostgresConnection::copyIn(const QString &copySql, const QByteArray &data)
{
  const QString refused = QCoreApplication::translate("PostgresStore", "The PostgreSQL server refused the copied rows.");
  PGresult *started = PQexec(mConnection.get(), copySql.toUtf8().constData());
  const ExecStatusType status = started ? PQresultStatus(started) : PGRES_FATAL_ERROR;
  PQclear(started);
  if (status != PGRES_COPY_IN)
    return statementError(refused);
  constexpr qsizetype kChunk = 1 << 20;
  for (qsizetype offset = 0; offset < data.size(); offset += kChunk)
  {
    const int length = static_cast<int>(std::min(kChunk, data.size() - offset));
    if (PQputCopyData(mConnection.get(), data.constData() + offset, length) != 1)
      return statementError(refused);
  }
  if (PQputCopyEnd(mConnection.get(), nullptr) != 1)
    return statementError(refused);
  std::optional<Error> failure;
  long long copied = 0;
  while (PGresult *raw = PQgetResult(mConnection.get()))
  {
    const PostgresResult result(raw);
    if (PQresultStatus(raw) != PGRES_COMMAND_OK && !failure)
      failure = statementError(refused);
    else
      copied = result.affectedRows();
  }
  if (failure)
    return *failure;
  return copied;
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
