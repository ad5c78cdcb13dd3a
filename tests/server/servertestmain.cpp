// Catch2 runner for the server tests: one throwaway PostgreSQL cluster for the whole executable
// (started by the first test that asks for it), stopped after the session.
#define CATCH_CONFIG_RUNNER
#include "throwawayserver.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  const int failed = Catch::Session().run(argc, argv);
  lagesbild::test::ThrowawayServer::stopShared();
  return failed;
}
