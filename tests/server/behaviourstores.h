// Behaviour-suite stores: one scenario, run through the IncidentStore interface against each
// backend — a GeoPackageStore in a temporary file and a PostgresStore on a fresh database of the
// throwaway cluster (server init for Kungsör, the cluster's superuser) — in a Catch2 section
// named after the backend, so both must give the same numbers. Also the shared test data:
// incidents at chosen local times and places, and raw SQL counts for the layer filters.
#pragma once

#include "store/incidentstore.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QTemporaryDir>
#include <QTime>

#include <memory>
#include <vector>

namespace lagesbild::test
{

struct BehaviourStore
{
    StoreBackend backend = StoreBackend::GeoPackage;
    QString location; //!< path or connection
    std::unique_ptr<IncidentStore> store;
    std::unique_ptr<QTemporaryDir> directory; //!< the GeoPackage's
};

//! A new, empty store of the backend (the default taxonomy and sources; municipality Kungsör 1960).
BehaviourStore newBehaviourStore(StoreBackend backend);
const char *backendName(StoreBackend backend);

//! Runs body(BehaviourStore &) once per backend, each in a section named after it.
template<typename Body> void forEachBackend(Body body)
{
  for (const StoreBackend backend : {StoreBackend::GeoPackage, StoreBackend::PostgreSQL})
  {
    DYNAMIC_SECTION(backendName(backend))
    {
      BehaviourStore store = newBehaviourStore(backend);
      REQUIRE(store.store);
      body(store);
    }
  }
}

//! UTC seconds of a Europe/Stockholm local time.
std::int64_t localUtc(const QDate &date, const QTime &time);

//! An incident with the fields the scenarios vary.
Incident makeIncident(IncidentKind kind, const QString &category, const QString &source, double x, double y, std::int64_t occurredUtc,
                      const QString &externalId = QString());

//! count(*) of the store's incidents table under a layer filter (the map's subset string),
//! evaluated by the database itself: SQLite on the file, PostgreSQL on lagesbild.incidents.
std::int64_t countWithLayerFilter(const BehaviourStore &store, const QString &layerFilter);

} // namespace lagesbild::test
