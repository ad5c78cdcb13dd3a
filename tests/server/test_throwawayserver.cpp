// The throwaway cluster itself: reachable on its socket and on 127.0.0.1 only, password-checked
// on TCP, and running as an unprivileged user when the tests run as root.
#include "sqlsession.h"
#include "throwawayserver.h"

#include <catch2/catch.hpp>

using namespace lagesbild::test;

TEST_CASE("The throwaway server listens on 127.0.0.1 and its own socket directory only", "[server]")
{
  ThrowawayServer &server = ThrowawayServer::shared();
  SqlSession session(server.socketConnection(QStringLiteral("postgres"), QStringLiteral("postgres")));
  REQUIRE(session.connected());
  CHECK(session.value(QStringLiteral("SHOW listen_addresses")) == QLatin1String("127.0.0.1"));
  CHECK(session.value(QStringLiteral("SHOW unix_socket_directories")) == server.socketDirectory());
  CHECK(session.value(QStringLiteral("SHOW port")).toInt() == server.port());
  CHECK(session.value(QStringLiteral("SHOW password_encryption")) == QLatin1String("scram-sha-256"));
  // The cluster lives in the temporary directory (postgres refuses to start as root, so when the
  // tests run as root, running at all shows it runs as another user).
  CHECK(session.value(QStringLiteral("SELECT current_setting('data_directory') LIKE '%1/%'").arg(server.socketDirectory())) ==
        QLatin1String("t"));
}

TEST_CASE("The throwaway server asks for a password on 127.0.0.1", "[server]")
{
  ThrowawayServer &server = ThrowawayServer::shared();
  SqlSession overTcp(server.tcpConnection(QStringLiteral("postgres"), QStringLiteral("postgres")) + QStringLiteral("&password=wrong"));
  CHECK_FALSE(overTcp.connected());
  CHECK(overTcp.connectError().contains(QLatin1String("password authentication failed")));
}
