#include "helperprogram.h"

#include "cli/commandline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
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

const char *helperProgramName(Helper helper)
{
  switch (helper)
  {
  case Helper::Gdal:
    return "lagesbild-cli-gdal";
  case Helper::Qgis:
    return "lagesbild-cli-qgis";
  case Helper::None:
    break;
  }
  return "";
}

QString execHelper(Helper helper, char *argv[])
{
  const char *name = helperProgramName(helper);
#ifdef Q_OS_UNIX
  const QByteArray directory = executableDirectory(argv[0]);
  if (directory.isEmpty())
    return QStringLiteral("%1: the directory of lagesbild-cli is unknown").arg(QLatin1String(name));
  const QByteArray program = directory + '/' + name;
  std::vector<char *> arguments;
  arguments.push_back(const_cast<char *>(program.constData()));
  for (char **argument = argv + 1; *argument; ++argument)
    arguments.push_back(*argument);
  arguments.push_back(nullptr);
  execv(program.constData(), arguments.data());
  return QStringLiteral("%1: %2").arg(QString::fromLocal8Bit(program), QString::fromLocal8Bit(std::strerror(errno)));
#else
  Q_UNUSED(argv)
  return QStringLiteral("%1: handing a command over is implemented for Unix only").arg(QLatin1String(name));
#endif
}

QString helperFailureMessage(Helper helper, const QString &command, const QString &reason)
{
  return helper == Helper::Qgis
           ? QCoreApplication::translate("cli", "lagesbild-cli %1: could not start the part that needs QGIS (%2)\n").arg(command, reason)
           : QCoreApplication::translate("cli", "lagesbild-cli %1: could not start the part that needs GDAL (%2)\n").arg(command, reason);
}

int handOverToHelper(Helper helper, const QString &command)
{
  std::vector<QByteArray> encoded;
  for (const QString &argument : QCoreApplication::arguments())
    encoded.push_back(QFile::encodeName(argument));
  std::vector<char *> argv;
  for (QByteArray &argument : encoded)
    argv.push_back(argument.data());
  argv.push_back(nullptr);
  out().flush();
  err().flush();
  const QString reason = execHelper(helper, argv.data());
  err() << helperFailureMessage(helper, command, reason);
  err().flush();
  return ExitBadInput;
}

} // namespace lagesbild::cli
