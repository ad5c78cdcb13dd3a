// ThrowawayServer: a PostgreSQL cluster of its own for a test executable. initdb writes it into a
// temporary directory; postgres listens on 127.0.0.1 only, on a free port, with its Unix socket
// in that directory; the destructor stops it (fast shutdown) and removes the directory.
// PostgreSQL refuses to run as root, and CI runs as root: then initdb and postgres run as the
// user `nobody` through util-linux's `setpriv` (Debian 12: in the essential util-linux package;
// it execs, so the process we started is postgres itself), with the directory chowned to it.
// `--pdeathsig SIGQUIT` stops the server should the test process die without tearing it down.
// Authentication: trust on the socket (only root and nobody can enter its 0700 directory),
// SCRAM passwords on 127.0.0.1. The binaries come from `pg_config --bindir` at configure time,
// or LAGESBILD_POSTGRES_BIN.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace lagesbild::test
{

class ThrowawayServer
{
  public:
    //! Starts a cluster; null and the reason in error when it cannot. settings: more
    //! `name=value` server settings (a benchmark's larger shared_buffers).
    static std::unique_ptr<ThrowawayServer> start(QString &error, const QStringList &settings = {});
    //! The cluster shared by every test of this executable, started on first use.
    static ThrowawayServer &shared();
    //! Stops the shared cluster (the test main calls it after the session).
    static void stopShared();

    ~ThrowawayServer();
    ThrowawayServer(const ThrowawayServer &) = delete;
    ThrowawayServer &operator=(const ThrowawayServer &) = delete;

    int port() const { return mPort; }
    QString socketDirectory() const { return mDirectory.path(); }
    //! libpq key=value connection through the socket (trust: no password).
    QString socketConnection(const QString &user, const QString &database) const;
    //! postgresql:// URI to 127.0.0.1 (the user's password is asked for by SCRAM).
    QString tcpConnection(const QString &user, const QString &database) const;
    //! Creates a new, empty database and returns its name (db1, db2 …).
    QString createDatabase();
    //! The last lines of the server's log, for failure messages.
    QString logTail() const;

    //! Stops the server with a fast shutdown (SIGINT: open transactions are rolled back, clients
    //! disconnected), as an administrator's restart does; the cluster stays on disk.
    bool stop(QString &error);
    //! Starts the stopped cluster again on the same port with the same settings.
    bool restart(QString &error);

  private:
    ThrowawayServer() = default;
    bool initialise(QString &error);
    bool launch(QString &error, const QStringList &settings);
    QStringList asServerUser(const QString &program, const QStringList &arguments) const;

    // In /tmp, not $TMPDIR: the socket's path must stay under 108 bytes, and `nobody` must be
    // able to reach the directory (a $TMPDIR under /root is closed to it).
    QTemporaryDir mDirectory{QStringLiteral("/tmp/lagesbild-pg-XXXXXX")};
    QProcess mPostgres;
    int mPort = 0;
    int mDatabases = 0;
    QStringList mSettings;
};

} // namespace lagesbild::test
