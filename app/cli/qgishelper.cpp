#include "qgishelper.h"

#include <QByteArray>
#include <QtGlobal>

#include <cerrno>
#include <cstring>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace lagesbild::cli
{

namespace
{
//! The directory this executable was started from (empty when unknown). Found before any
//! QCoreApplication exists, so nothing else is set up just to hand the command over.
QByteArray executableDirectory(const char *invokedAs)
{
#ifdef Q_OS_LINUX
  char path[4096];
  const ssize_t length = readlink("/proc/self/exe", path, sizeof(path) - 1);
  if (length > 0)
  {
    const QByteArray file(path, static_cast<int>(length));
    return file.left(file.lastIndexOf('/'));
  }
#endif
  // Elsewhere: argv[0] when it names a path (a bare name was found on PATH: unknown here).
  const QByteArray invoked(invokedAs ? invokedAs : "");
  const int slash = invoked.lastIndexOf('/');
  return slash >= 0 ? invoked.left(slash) : QByteArray();
}
} // namespace

QString execQgisHelper(char *argv[])
{
#ifdef Q_OS_UNIX
  const QByteArray directory = executableDirectory(argv[0]);
  if (directory.isEmpty())
    return QStringLiteral("%1: the directory of lagesbild-cli is unknown").arg(QLatin1String(kQgisHelperName));
  const QByteArray helper = directory + '/' + kQgisHelperName;
  std::vector<char *> arguments;
  arguments.push_back(const_cast<char *>(helper.constData()));
  for (char **argument = argv + 1; *argument; ++argument)
    arguments.push_back(*argument);
  arguments.push_back(nullptr);
  execv(helper.constData(), arguments.data());
  return QStringLiteral("%1: %2").arg(QString::fromLocal8Bit(helper), QString::fromLocal8Bit(std::strerror(errno)));
#else
  Q_UNUSED(argv)
  return QStringLiteral("%1: handing a command over is implemented for Unix only").arg(QLatin1String(kQgisHelperName));
#endif
}

} // namespace lagesbild::cli
