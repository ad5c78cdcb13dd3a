#include "sqlsession.h"

#include <libpq-fe.h>

namespace lagesbild::test
{

void SqlSession::Closer::operator()(pg_conn *connection) const
{
  PQfinish(connection);
}

SqlSession::SqlSession(const QString &connection) : mConnection(PQconnectdb(connection.toUtf8().constData()))
{
  PQsetNoticeProcessor(
    mConnection.get(), [](void *, const char *) {}, nullptr);
}

bool SqlSession::connected() const
{
  return PQstatus(mConnection.get()) == CONNECTION_OK;
}

QString SqlSession::connectError() const
{
  return QString::fromUtf8(PQerrorMessage(mConnection.get())).trimmed();
}

SqlOutcome SqlSession::run(const QString &sql)
{
  SqlOutcome outcome;
  PGresult *result = PQexec(mConnection.get(), sql.toUtf8().constData());
  const ExecStatusType status = PQresultStatus(result);
  outcome.ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
  if (!outcome.ok)
  {
    outcome.sqlState = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    outcome.message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
  }
  for (int row = 0; row < PQntuples(result); ++row)
  {
    QStringList values;
    for (int column = 0; column < PQnfields(result); ++column)
      values << (PQgetisnull(result, row, column) ? QString() : QString::fromUtf8(PQgetvalue(result, row, column)));
    outcome.rows.push_back(values);
  }
  outcome.changed = QByteArray(PQcmdTuples(result)).toLongLong();
  PQclear(result);
  return outcome;
}

QString SqlSession::value(const QString &sql)
{
  const SqlOutcome outcome = run(sql);
  if (!outcome.ok || outcome.rows.size() != 1 || outcome.rows.front().isEmpty())
    return {};
  return outcome.rows.front().front();
}

} // namespace lagesbild::test
