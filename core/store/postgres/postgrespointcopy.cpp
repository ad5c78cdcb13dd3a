#include "postgrespointcopy.h"

#include "postgresconnection.h"

#include <QCoreApplication>
#include <QtEndian>

#include <libpq-fe.h>

#include <cstring>
#include <memory>

namespace lagesbild
{
namespace
{
// The binary COPY header: 11-byte signature, 32-bit flags, 32-bit length of an extension area.
constexpr int kSignatureSize = 11;
constexpr int kHeaderSize = kSignatureSize + 8;

double readDouble(const char *bytes)
{
  const quint64 bits = qFromBigEndian<quint64>(bytes);
  double value = 0.0;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

Error copyError(PostgresConnection &connection)
{
  return makeError(ErrorCode::StoreError, QCoreApplication::translate("IncidentStore", "The incident points could not be read."),
                   QString::fromUtf8(PQerrorMessage(connection.handle())).trimmed());
}
} // namespace

Result<std::vector<PointXY>> PostgresPointCopy::read(PostgresConnection &connection, const QString &query)
{
  pg_conn *handle = connection.handle();
  const QByteArray sql = (QStringLiteral("COPY (") + query + QStringLiteral(") TO STDOUT (FORMAT binary)")).toUtf8();
  {
    std::unique_ptr<PGresult, decltype(&PQclear)> started(PQexec(handle, sql.constData()), &PQclear);
    if (!started || PQresultStatus(started.get()) != PGRES_COPY_OUT)
      return copyError(connection);
  }
  std::vector<PointXY> points;
  bool header = true;
  bool malformed = false;
  for (;;)
  {
    char *buffer = nullptr;
    const int size = PQgetCopyData(handle, &buffer, 0);
    if (size < 0)
      break; // -1: done (the final result follows), -2: failed (likewise)
    std::unique_ptr<char, decltype(&PQfreemem)> owned(buffer, &PQfreemem);
    // libpq hands over one COPY message at a time: the header comes with the first row, the
    // trailer (a field count of -1) alone.
    const char *at = buffer;
    const char *end = buffer + size;
    if (header)
    {
      if (size < kHeaderSize)
      {
        malformed = true;
        continue;
      }
      const quint32 extension = qFromBigEndian<quint32>(at + kSignatureSize + 4);
      at += kHeaderSize + extension;
      header = false;
    }
    while (at + 2 <= end && !malformed)
    {
      const qint16 fields = qFromBigEndian<qint16>(at);
      at += 2;
      if (fields < 0)
        break;
      // Two float8 fields; a NULL (length -1) is no point.
      if (fields != 2)
      {
        malformed = true;
        break;
      }
      double values[2] = {0.0, 0.0};
      bool null = false;
      for (int f = 0; f < fields && !malformed; ++f)
      {
        if (at + 4 > end)
        {
          malformed = true;
          break;
        }
        const qint32 length = qFromBigEndian<qint32>(at);
        at += 4;
        if (length < 0)
        {
          null = true;
          continue;
        }
        if (length != 8 || at + 8 > end)
        {
          malformed = true;
          break;
        }
        values[f] = readDouble(at);
        at += 8;
      }
      if (!malformed && !null)
        points.push_back(PointXY{values[0], values[1]});
    }
  }
  std::unique_ptr<PGresult, decltype(&PQclear)> finished(PQgetResult(handle), &PQclear);
  const bool ok = finished && PQresultStatus(finished.get()) == PGRES_COMMAND_OK;
  // Drain: libpq wants every result read before the next command.
  while (PGresult *more = PQgetResult(handle))
    PQclear(more);
  if (!ok)
    return copyError(connection);
  if (malformed)
    return makeError(ErrorCode::Internal, QCoreApplication::translate("IncidentStore", "The incident points could not be read."),
                     QStringLiteral("unexpected binary COPY data"));
  return points;
}

} // namespace lagesbild
