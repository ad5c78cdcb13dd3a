#include "postgrespointcopy.h"

#include "postgresconnection.h"

#include <QCoreApplication>
#include <QtEndian>

#include <libpq-fe.h>

#include <cstring>
#include <functional>
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

//! Streams the rows of `COPY (query) TO STDOUT (FORMAT binary)` of `fields` columns to row: its
//! fields' bytes and lengths (-1: NULL). row returns false for data it cannot take.
Result<void> copyRows(PostgresConnection &connection, const QString &query, int fields,
                      const std::function<bool(const char *const *data, const qint32 *lengths)> &row)
{
  pg_conn *handle = connection.handle();
  const QByteArray sql = (QStringLiteral("COPY (") + query + QStringLiteral(") TO STDOUT (FORMAT binary)")).toUtf8();
  {
    std::unique_ptr<PGresult, decltype(&PQclear)> started(PQexec(handle, sql.constData()), &PQclear);
    if (!started || PQresultStatus(started.get()) != PGRES_COPY_OUT)
      return copyError(connection);
  }
  constexpr int kMaxFields = 4;
  Q_ASSERT(fields <= kMaxFields);
  const char *data[kMaxFields] = {};
  qint32 lengths[kMaxFields] = {};
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
      const qint16 count = qFromBigEndian<qint16>(at);
      at += 2;
      if (count < 0)
        break;
      if (count != fields)
      {
        malformed = true;
        break;
      }
      for (int f = 0; f < fields && !malformed; ++f)
      {
        if (at + 4 > end)
        {
          malformed = true;
          break;
        }
        lengths[f] = qFromBigEndian<qint32>(at);
        at += 4;
        data[f] = at;
        if (lengths[f] > 0)
        {
          if (lengths[f] > end - at)
          {
            malformed = true;
            break;
          }
          at += lengths[f];
        }
      }
      if (!malformed && !row(data, lengths))
        malformed = true;
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
  return {};
}
} // namespace

Result<std::vector<PointXY>> PostgresPointCopy::read(PostgresConnection &connection, const QString &query)
{
  std::vector<PointXY> points;
  auto done = copyRows(connection, query, 2,
                       [&points](const char *const *data, const qint32 *lengths)
                       {
                         // Two float8 fields; a NULL (length -1) is no point.
                         if (lengths[0] < 0 || lengths[1] < 0)
                           return true;
                         if (lengths[0] != 8 || lengths[1] != 8)
                           return false;
                         points.push_back(PointXY{readDouble(data[0]), readDouble(data[1])});
                         return true;
                       });
  if (!done)
    return done.error();
  return points;
}

Result<std::vector<PointXY>> PostgresPointCopy::readPackedCentimetres(PostgresConnection &connection, const QString &query,
                                                                      std::size_t expected)
{
  std::vector<PointXY> points;
  points.reserve(expected);
  auto done = copyRows(connection, query, 1,
                       [&points](const char *const *data, const qint32 *lengths)
                       {
                         constexpr qint32 kPointBytes = 8;
                         if (lengths[0] < 0)
                           return true;
                         if (lengths[0] % kPointBytes != 0)
                           return false;
                         const std::size_t first = points.size();
                         points.resize(first + static_cast<std::size_t>(lengths[0] / kPointBytes));
                         PointXY *out = points.data() + first;
                         for (const char *at = data[0], *end = data[0] + lengths[0]; at < end; at += kPointBytes, ++out)
                           *out = PointXY{qFromBigEndian<qint32>(at) * 0.01, qFromBigEndian<qint32>(at + 4) * 0.01};
                         return true;
                       });
  if (!done)
    return done.error();
  return points;
}

} // namespace lagesbild
