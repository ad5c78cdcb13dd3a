#include "throwawayserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <libpq-fe.h>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lagesbild::test
{
namespace
{
constexpr const char *kServerUser = "nobody";
constexpr int kStartAttempts = 3;
constexpr int kReadyTimeoutMs = 30000;
constexpr int kStopTimeoutMs = 30000;

std::unique_ptr<ThrowawayServer> &sharedServer()
{
  static std::unique_ptr<ThrowawayServer> sServer;
  return sServer;
}

QString binary(const QString &name)
{
  QString directory = qEnvironmentVariable("LAGESBILD_POSTGRES_BIN");
  if (directory.isEmpty())
    directory = QStringLiteral(LAGESBILD_POSTGRES_BINDIR);
  return directory + QLatin1Char('/') + name;
}

//! A port on 127.0.0.1 that nothing listens on now (the kernel's choice for port 0).
int freeLocalPort()
{
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0)
    return 0;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  int port = 0;
  socklen_t length = sizeof(address);
  if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
    port = ntohs(address.sin_port);
  ::close(fd);
  return port;
}
} // namespace

std::unique_ptr<ThrowawayServer> ThrowawayServer::start(QString &error, const QStringList &settings)
{
  std::unique_ptr<ThrowawayServer> server(new ThrowawayServer);
  if (!server->initialise(error))
    return nullptr;
  for (int attempt = 0; attempt < kStartAttempts; ++attempt)
    if (server->launch(error, settings))
      return server;
  return nullptr;
}

ThrowawayServer &ThrowawayServer::shared()
{
  std::unique_ptr<ThrowawayServer> &server = sharedServer();
  if (!server)
  {
    QString error;
    server = start(error);
    if (!server)
      qFatal("The throwaway PostgreSQL server did not start: %s", qPrintable(error));
  }
  return *server;
}

void ThrowawayServer::stopShared()
{
  sharedServer().reset();
}

QStringList ThrowawayServer::asServerUser(const QString &program, const QStringList &arguments) const
{
  QStringList command{QStringLiteral("--pdeathsig"), QStringLiteral("SIGQUIT")};
  if (::geteuid() == 0)
    command << QStringLiteral("--reuid=%1").arg(QString::fromLatin1(kServerUser))
            << QStringLiteral("--regid=%1").arg(::getpwnam(kServerUser)->pw_gid) << QStringLiteral("--clear-groups");
  return command << QStringLiteral("--") << program << arguments;
}

bool ThrowawayServer::initialise(QString &error)
{
  if (!mDirectory.isValid())
  {
    error = QStringLiteral("no temporary directory: %1").arg(mDirectory.errorString());
    return false;
  }
  if (::geteuid() == 0)
  {
    const passwd *user = ::getpwnam(kServerUser);
    if (!user || ::chown(QFile::encodeName(mDirectory.path()).constData(), user->pw_uid, user->pw_gid) != 0)
    {
      error = QStringLiteral("cannot hand %1 to the user %2").arg(mDirectory.path(), QString::fromLatin1(kServerUser));
      return false;
    }
  }
  QProcess initdb;
  initdb.setWorkingDirectory(mDirectory.path());
  initdb.setProcessChannelMode(QProcess::MergedChannels);
  initdb.start(
    QStringLiteral("setpriv"),
    asServerUser(binary(QStringLiteral("initdb")),
                 {QStringLiteral("-D"), mDirectory.filePath(QStringLiteral("data")), QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}));
  if (!initdb.waitForFinished(120000) || initdb.exitStatus() != QProcess::NormalExit || initdb.exitCode() != 0)
  {
    error = QStringLiteral("initdb failed: %1").arg(QString::fromLocal8Bit(initdb.readAll()));
    return false;
  }
  return true;
}

bool ThrowawayServer::launch(QString &error, const QStringList &settings)
{
  mSettings = settings;
  if (mPort == 0) // a restart keeps its port
    mPort = freeLocalPort();
  if (mPort == 0)
  {
    error = QStringLiteral("no free port on 127.0.0.1");
    return false;
  }
  mPostgres.setWorkingDirectory(mDirectory.path());
  mPostgres.setStandardOutputFile(mDirectory.filePath(QStringLiteral("postgres.log")), QIODevice::Append);
  mPostgres.setStandardErrorFile(mDirectory.filePath(QStringLiteral("postgres.log")), QIODevice::Append);
  QStringList arguments{QStringLiteral("-D"), mDirectory.filePath(QStringLiteral("data"))};
  const QStringList defaults{
    QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("unix_socket_directories=%1").arg(mDirectory.path()),
    QStringLiteral("port=%1").arg(mPort),         QStringLiteral("fsync=off"),
    QStringLiteral("synchronous_commit=off"),     QStringLiteral("full_page_writes=off"),
    QStringLiteral("max_connections=40"),         QStringLiteral("shared_buffers=32MB")};
  for (const QString &setting : defaults + settings)
    arguments << QStringLiteral("-c") << setting;
  mPostgres.start(QStringLiteral("setpriv"), asServerUser(binary(QStringLiteral("postgres")), arguments));
  if (!mPostgres.waitForStarted())
  {
    error = QStringLiteral("postgres did not start: %1").arg(mPostgres.errorString());
    return false;
  }
  const QByteArray ping = socketConnection(QStringLiteral("postgres"), QStringLiteral("postgres")).toUtf8() + " connect_timeout=2";
  QElapsedTimer waited;
  waited.start();
  while (waited.elapsed() < kReadyTimeoutMs)
  {
    if (mPostgres.state() == QProcess::NotRunning)
    {
      error = QStringLiteral("postgres stopped at start: %1").arg(logTail());
      return false;
    }
    if (PQping(ping.constData()) == PQPING_OK)
      return true;
    QThread::msleep(50);
  }
  error = QStringLiteral("postgres did not accept connections in time: %1").arg(logTail());
  ::kill(static_cast<pid_t>(mPostgres.processId()), SIGQUIT);
  mPostgres.waitForFinished(kStopTimeoutMs);
  return false;
}

bool ThrowawayServer::stop(QString &error)
{
  if (mPostgres.state() == QProcess::NotRunning)
    return true;
  ::kill(static_cast<pid_t>(mPostgres.processId()), SIGINT); // fast shutdown
  if (!mPostgres.waitForFinished(kStopTimeoutMs))
  {
    error = QStringLiteral("postgres did not stop in time: %1").arg(logTail());
    return false;
  }
  return true;
}

bool ThrowawayServer::restart(QString &error)
{
  if (mPostgres.state() != QProcess::NotRunning && !stop(error))
    return false;
  return launch(error, mSettings);
}

ThrowawayServer::~ThrowawayServer()
{
  if (mPostgres.state() != QProcess::NotRunning)
  {
    ::kill(static_cast<pid_t>(mPostgres.processId()), SIGINT); // fast shutdown: disconnects clients
    if (!mPostgres.waitForFinished(kStopTimeoutMs))
    {
      ::kill(static_cast<pid_t>(mPostgres.processId()), SIGKILL);
      mPostgres.waitForFinished(kStopTimeoutMs);
    }
  }
}

QString ThrowawayServer::socketConnection(const QString &user, const QString &database) const
{
  return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(mDirectory.path()).arg(mPort).arg(user, database);
}

QString ThrowawayServer::tcpConnection(const QString &user, const QString &database) const
{
  return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable").arg(user).arg(mPort).arg(database);
}

QString ThrowawayServer::createDatabase()
{
  const QString name = QStringLiteral("db%1").arg(++mDatabases);
  PGconn *connection = PQconnectdb(socketConnection(QStringLiteral("postgres"), QStringLiteral("postgres")).toUtf8().constData());
  PGresult *result = PQexec(connection, QStringLiteral("CREATE DATABASE %1").arg(name).toUtf8().constData());
  const bool created = PQresultStatus(result) == PGRES_COMMAND_OK;
  const QString message = QString::fromUtf8(PQerrorMessage(connection));
  PQclear(result);
  PQfinish(connection);
  if (!created)
    qFatal("CREATE DATABASE %s failed: %s", qPrintable(name), qPrintable(message));
  return name;
}

QString ThrowawayServer::logTail() const
{
  QFile log(mDirectory.filePath(QStringLiteral("postgres.log")));
  if (!log.open(QIODevice::ReadOnly))
    return {};
  const QList<QByteArray> lines = log.readAll().split('\n');
  return QString::fromLocal8Bit(lines.mid(std::max<qsizetype>(0, lines.size() - 12)).join('\n'));
}

} // namespace lagesbild::test
