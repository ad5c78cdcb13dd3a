#include "basemaptestsupport.h"

#include "demo/demostorewriter.h"
#include "demo/demotownwriter.h"

#include <catch2/catch.hpp>

#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>

#include <cstdlib>

namespace lagesbild::basemaptest
{

const QString &demoStore()
{
  static QTemporaryDir directory;
  static const QString path = []
  {
    const QString storePath = directory.filePath(QStringLiteral("kungsor.gpkg"));
    REQUIRE(demo::DemoStoreWriter::write(storePath, demo::DemoOptions{}));
    REQUIRE(demo::DemoTownWriter::writeBesideStore(storePath));
    return storePath;
  }();
  return path;
}

quint16 closedPort()
{
  QTcpServer server;
  REQUIRE(server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
  const quint16 port = server.serverPort();
  server.close();
  return port;
}

double colourDistance(const QColor &a, const QColor &b)
{
  return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace lagesbild::basemaptest
