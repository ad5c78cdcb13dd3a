#include "behaviourstores.h"

#include "sqlsession.h"
#include "store/geopackage/geopackagestore.h"
#include "store/postgres/postgresconnection.h"
#include "store/postgres/postgresstore.h"
#include "store/postgres/serverinit.h"
#include "throwawayserver.h"

#include <QTimeZone>

#include <sqlite3.h>

namespace lagesbild::test
{

const char *backendName(StoreBackend backend)
{
  return backend == StoreBackend::GeoPackage ? "GeoPackage" : "PostgreSQL";
}

BehaviourStore newBehaviourStore(StoreBackend backend)
{
  BehaviourStore made;
  made.backend = backend;
  const Municipality kungsor = *Municipality::fromCode(QStringLiteral("1960"));
  if (backend == StoreBackend::GeoPackage)
  {
    made.directory = std::make_unique<QTemporaryDir>();
    made.location = made.directory->filePath(QStringLiteral("behaviour.gpkg"));
    auto created = GeoPackageStore::create(made.location);
    INFO((created ? QString() : created.error().toString()).toStdString());
    REQUIRE(created);
    REQUIRE((*created)->setMunicipality(kungsor));
    made.store = std::move(created.value());
    return made;
  }
  ThrowawayServer &server = ThrowawayServer::shared();
  const QString database = server.createDatabase();
  made.location = server.socketConnection(QStringLiteral("postgres"), database);
  {
    auto connection = PostgresConnection::open(made.location);
    REQUIRE(connection);
    const auto initialised = ServerInit::run(*connection, kungsor);
    INFO((initialised ? QString() : initialised.error().toString()).toStdString());
    REQUIRE(initialised);
  }
  auto opened = PostgresStore::open(made.location);
  INFO((opened ? QString() : opened.error().toString()).toStdString());
  REQUIRE(opened);
  made.store = std::move(opened.value());
  return made;
}

std::int64_t localUtc(const QDate &date, const QTime &time)
{
  return QDateTime(date, time, QTimeZone("Europe/Stockholm")).toSecsSinceEpoch();
}

Incident makeIncident(IncidentKind kind, const QString &category, const QString &source, double x, double y, std::int64_t occurredUtc,
                      const QString &externalId)
{
  Incident incident;
  incident.kind = kind;
  incident.category = category;
  incident.source = source;
  incident.x = x;
  incident.y = y;
  incident.occurredFrom = occurredUtc;
  incident.externalId = externalId;
  incident.description = QStringLiteral("test %1").arg(externalId);
  return incident;
}

std::int64_t countWithLayerFilter(const BehaviourStore &store, const QString &layerFilter)
{
  const QString where = layerFilter.isEmpty() ? QString() : QStringLiteral(" WHERE ") + layerFilter;
  if (store.backend == StoreBackend::PostgreSQL)
  {
    SqlSession session(store.location);
    const SqlOutcome outcome = session.run(QStringLiteral("SELECT count(*) FROM lagesbild.incidents") + where);
    INFO(outcome.describe().toStdString());
    REQUIRE(outcome.ok);
    return outcome.rows.at(0).at(0).toLongLong();
  }
  sqlite3 *db = nullptr;
  REQUIRE(sqlite3_open_v2(store.location.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt *statement = nullptr;
  const QByteArray sql = (QStringLiteral("SELECT count(*) FROM incidents") + where).toUtf8();
  const int prepared = sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
  INFO(sqlite3_errmsg(db));
  REQUIRE(prepared == SQLITE_OK);
  REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
  const std::int64_t count = sqlite3_column_int64(statement, 0);
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return count;
}

} // namespace lagesbild::test
