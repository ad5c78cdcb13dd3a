#include "storefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace lagesbild
{
namespace
{
constexpr int kHeaderSize = 100;

std::uint32_t bigEndian(const QByteArray &bytes, int offset, int size)
{
  std::uint32_t value = 0;
  for (int i = 0; i < size; ++i)
    value = (value << 8) | static_cast<unsigned char>(bytes.at(offset + i));
  return value;
}

//! Whether this process may write path, as the kernel decides for its effective (file-system)
//! user: a file on a read-only share, or one only its owner may write.
bool mayWrite(const QString &path)
{
#ifdef Q_OS_UNIX
  return faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
#else
  return QFileInfo(path).isWritable();
#endif
}

std::int64_t sizeOf(const QString &path)
{
  const QFileInfo info(path);
  return info.exists() ? info.size() : -1;
}
} // namespace

StoreFileState StoreFile::inspect(const QString &path)
{
  StoreFileState state;
  const QFileInfo info(path);
  state.exists = info.isFile();
  if (!state.exists)
    return state;
  state.fileSize = info.size();
  state.writable = mayWrite(path) && mayWrite(info.absolutePath());
  state.hasJournal = sizeOf(path + QStringLiteral("-journal")) > 0;
  state.hasWal = sizeOf(path + QStringLiteral("-wal")) >= 0;
  state.hasShm = sizeOf(path + QStringLiteral("-shm")) >= 0;

  QFile file(path);
  state.readable = file.open(QIODevice::ReadOnly);
  if (!state.readable)
    return state;
  const QByteArray header = file.read(kHeaderSize);
  const QByteArray magic = QByteArrayLiteral("SQLite format 3\0");
  state.sqliteMagic = header.startsWith(magic) || (header.size() < magic.size() && !header.isEmpty() && magic.startsWith(header));
  if (header.size() < kHeaderSize || !header.startsWith(magic))
    return state;
  state.sqliteHeader = true;
  const std::uint32_t pageSize = bigEndian(header, 16, 2);
  state.pageSize = pageSize == 1 ? 65536 : pageSize;
  state.walMode = header.at(18) == 2 && header.at(19) == 2;
  // The in-header size counts only when the change counter matches "version valid for".
  if (bigEndian(header, 24, 4) == bigEndian(header, 92, 4))
    state.headerPages = bigEndian(header, 28, 4);
  return state;
}

Error StoreFile::damaged(const QString &path, const StoreFileState &state, const QString &sqliteMessage)
{
  if (state.fileSize == 0)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("IncidentStore", "%1 is not a Lägesbild store: the file is empty.").arg(path));
  if (!state.sqliteMagic)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("IncidentStore", "%1 is not a Lägesbild store (not an SQLite database).").arg(path));
  const bool truncated = !state.sqliteHeader || (state.pageSize > 0 && state.fileSize % state.pageSize != 0) ||
                         (state.headerPages > 0 && state.fileSize < state.headerPages * state.pageSize);
  if (truncated)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate(
                       "IncidentStore", "The store %1 is damaged: the file is truncated (only %2 bytes remain). Restore it from a backup.")
                       .arg(path)
                       .arg(state.fileSize),
                     sqliteMessage);
  return makeError(
    ErrorCode::BadInput,
    QCoreApplication::translate("IncidentStore", "The store %1 is damaged and cannot be read. Restore it from a backup.").arg(path),
    sqliteMessage);
}

void StoreFile::removeNewCompanions(const QString &path, const StoreFileState &before)
{
  const QString wal = path + QStringLiteral("-wal");
  if (!before.hasWal && sizeOf(wal) == 0)
    QFile::remove(wal);
  if (!before.hasShm && !QFileInfo::exists(wal))
    QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace lagesbild
