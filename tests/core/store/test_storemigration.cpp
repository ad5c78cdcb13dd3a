// Schema version 3 and its forward migration: a store written exactly as version 2 laid it out
// opens, migrates, and reads back the same incidents, interventions and links; its indexes,
// keys and AUTOINCREMENT mark survive; and the migrated file is still a valid GeoPackage.
#include "store/geopackage/geopackagefunctions.h"
#include "store/geopackage/geopackagegeometry.h"
#include "store/geopackage/geopackagestore.h"
#include "storetestsupport.h"

#include "store/geopackage/deduplicationkeyblocks.h"
#include "storev2fixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTimeZone>

#include <QProcess>
#include <map>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
Envelope blobEnvelope(const RawDatabase &raw, const char *sql)
{
  sqlite3_stmt *statement = nullptr;
  Envelope envelope;
  if (sqlite3_prepare_v2(raw.db(), sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
    envelope = GeoPackageGeometry::envelope(static_cast<const unsigned char *>(sqlite3_column_blob(statement, 0)),
                                            sqlite3_column_bytes(statement, 0))
                 .value_or(Envelope{});
  sqlite3_finalize(statement);
  return envelope;
}

QString validatorScript()
{
  for (const char *candidate :
       {"/usr/share/doc/python3-gdal/examples/validate_gpkg.py", "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"})
    if (QFile::exists(QString::fromLatin1(candidate)))
      return QString::fromLatin1(candidate);
  return QString();
}
} // namespace

TEST_CASE("A version-2 store migrates to the current version with the same content", "[store][migration]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("v2.gpkg"));
  StoreV2Content content;
  REQUIRE(writeStoreV2(path, content));
  {
    RawDatabase raw(path);
    REQUIRE(raw.text("SELECT value FROM lagesbild_meta WHERE key = 'schema_version'") == QStringLiteral("2"));
    REQUIRE(raw.integer("SELECT count(*) FROM incidents") == 30);
  }

  auto opened = GeoPackageStore::open(path);
  REQUIRE(opened);
  IncidentStore &store = **opened;
  CHECK(store.schemaVersion() == GeoPackageStore::currentSchemaVersion());

  const auto incidents = store.incidents(IncidentFilter::all());
  REQUIRE(incidents);
  REQUIRE(incidents->size() == content.incidents.size());
  for (std::size_t i = 0; i < incidents->size(); ++i)
  {
    const Incident &back = (*incidents)[i];
    const Incident &in = content.incidents[i];
    INFO("incident " << in.id);
    CHECK(back.id == in.id);
    CHECK(back.kind == in.kind);
    CHECK(back.category == in.category);
    CHECK(back.source == in.source);
    CHECK(back.x == in.x);
    CHECK(back.y == in.y);
    CHECK(back.occurredFrom == in.occurredFrom);
    CHECK(back.occurredTo == in.occurredTo);
    CHECK(back.reportedAt == in.reportedAt);
    CHECK(back.address == in.address);
    CHECK(back.description == in.description);
    CHECK(back.area == in.area);
    CHECK(back.externalId == in.externalId);
    CHECK(back.precision == in.precision);
  }

  // Filters on the migrated integer columns agree with the content.
  auto countWhere = [&](auto predicate)
  {
    std::int64_t n = 0;
    for (const Incident &incident : content.incidents)
      n += predicate(incident) ? 1 : 0;
    return n;
  };
  IncidentFilter crimes;
  crimes.kind = IncidentKind::Crime;
  CHECK(store.count(crimes).value() == countWhere([](const Incident &i) { return i.kind == IncidentKind::Crime; }));
  IncidentFilter named;
  named.areas = QStringList{QStringLiteral("omr2")};
  named.categories = QStringList{QStringLiteral("klotter")};
  CHECK(store.count(named).value() ==
        countWhere([](const Incident &i) { return i.area == QLatin1String("omr2") && i.category == QLatin1String("klotter"); }));
  IncidentFilter street;
  street.includeMunicipalityPrecision = false;
  CHECK(store.count(street).value() == countWhere([](const Incident &i) { return i.precision != LocationPrecision::Municipality; }));
  // Local days across the spring DST change, from QTimeZone independently of the store.
  std::map<QString, std::int64_t> expectedDays;
  const QTimeZone stockholm("Europe/Stockholm");
  for (const Incident &incident : content.incidents)
    ++expectedDays[QDateTime::fromSecsSinceEpoch(incident.occurredFrom, stockholm).date().toString(Qt::ISODate)];
  const auto byDay = store.countBy(IncidentFilter::all(), {GroupField::Day});
  REQUIRE(byDay);
  REQUIRE(byDay->size() == expectedDays.size());
  for (const GroupCount &group : *byDay)
    CHECK(group.count == expectedDays[group.keys.value(0)]);
  const auto byMonth = store.countBy(IncidentFilter::all(), {GroupField::Month});
  REQUIRE(byMonth);
  REQUIRE(byMonth->size() == 1);
  CHECK(byMonth->at(0).keys == QStringList{QStringLiteral("2021-03")});
  CHECK(byMonth->at(0).count == 30);

  // Interventions: treated areas as polygons, the defining fields kept, the links kept.
  const auto interventions = store.interventions();
  REQUIRE(interventions);
  REQUIRE(interventions->size() == 3);
  const Intervention &circle = interventions->at(0);
  CHECK(circle.type == QStringLiteral("guards"));
  CHECK(circle.title == content.interventions[0].title);
  REQUIRE(circle.centre);
  CHECK(circle.centre->x == 560500.0);
  CHECK(circle.centre->y == 6580500.0);
  CHECK(circle.radius == 150.0);
  CHECK(circle.endUtc == content.interventions[0].endUtc);
  CHECK(circle.actors == content.interventions[0].actors);
  CHECK(circle.triggerIncidents == std::vector<std::int64_t>{3, 4});
  CHECK(circle.boundary.empty());
  CHECK_FALSE(circle.closed);
  CHECK(interventions->at(1).areaCode == QStringLiteral("omr2"));
  CHECK_FALSE(interventions->at(1).centre);
  REQUIRE(interventions->at(2).centre);
  CHECK(interventions->at(2).note == QStringLiteral("Ny belysning"));
  store.count(IncidentFilter::all()).value(); // keep the connection busy-free before the raw look

  {
    RawDatabase raw(path);
    CHECK(raw.text("PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(raw.integer("SELECT count(*) FROM pragma_foreign_key_check") == 0);
    CHECK(raw.text("SELECT rtreecheck('rtree_incidents_geom')") == QStringLiteral("ok"));
    CHECK(raw.text("SELECT rtreecheck('rtree_interventions_geom')") == QStringLiteral("ok"));
    CHECK(raw.integer("SELECT count(*) FROM rtree_incidents_geom") == 30);
    CHECK(raw.integer("SELECT count(*) FROM rtree_interventions_geom") == 2); // circle and area; the bare centre has no area
    CHECK(raw.integer("SELECT seq FROM sqlite_sequence WHERE name = 'incidents'") == 40);
    // Version 4: the keys in blocks, each incident's key once.
    CHECK(raw.integer("SELECT count(*) FROM sqlite_master WHERE name = 'incident_keys'") == 0);
    CHECK(raw.integer("SELECT sum((length(keys) - 1) / 9) FROM incident_key_blocks") == 30);
    CHECK(raw.integer(("SELECT count(*) FROM incidents i WHERE (SELECT max(instr(keys, " + DeduplicationKeyBlocks::tokenSql("i.dedup_key") +
                       ")) FROM incident_key_blocks WHERE (block & 65535) = (i.dedup_key >> 48) + 32768) > 0")
                        .c_str()) == 30);
    CHECK(raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_incidents_geom_%'") == 6);
    CHECK(raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_interventions_geom_%'") == 6);
    CHECK(raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'incidents_forget_key'") == 1);
    CHECK(raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'incidents_time'") == 1);
    CHECK(raw.text("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'interventions'") ==
          QStringLiteral("MULTIPOLYGON"));
    CHECK(raw.text("SELECT group_concat(shape) FROM (SELECT shape FROM interventions ORDER BY fid)") == QStringLiteral("circle,area,none"));
    const Envelope circleBox = blobEnvelope(raw, "SELECT geom FROM interventions WHERE fid = 1");
    CHECK(circleBox.minX == Approx(560350.0));
    CHECK(circleBox.maxX == Approx(560650.0));
    CHECK(circleBox.minY == Approx(6580350.0).margin(1.0));
    CHECK(circleBox.maxY == Approx(6580650.0).margin(1.0));
    CHECK(raw.integer("SELECT (SELECT geom FROM interventions WHERE fid = 2) = (SELECT geom FROM areas WHERE code = 'omr2')") == 1);
    CHECK(raw.integer("SELECT count(*) FROM intervention_incidents") == 2);
  }

  // The migrated store takes new rows: old keys still de-duplicate, fids are not reused.
  std::vector<Incident> again = content.incidents;
  for (Incident &incident : again)
    incident.id = 0;
  const auto duplicates = store.insertBatch(again, {});
  REQUIRE(duplicates);
  CHECK(duplicates->inserted == 0);
  CHECK(duplicates->duplicates == 30);
  Incident fresh = content.incidents.front();
  fresh.id = 0;
  fresh.externalId = QStringLiteral("new-after-migration");
  const auto id = store.insertIncident(fresh, QStringLiteral("test"));
  REQUIRE(id);
  CHECK(*id == 41);
  IncidentStore::InsertOptions createCodes;
  createCodes.createMissingReferences = true; // the fixture has only a few categories and sources
  const auto bulk = store.insertBatch(syntheticIncidents(500, 5, QStringLiteral("bulk")), createCodes);
  REQUIRE(bulk);
  CHECK(bulk->inserted == 500);
  CHECK(store.count(IncidentFilter::all()).value() == 531);
  opened->reset();

  RawDatabase raw(path);
  CHECK(raw.text("SELECT rtreecheck('rtree_incidents_geom')") == QStringLiteral("ok"));
  CHECK(raw.integer("SELECT count(*) FROM rtree_incidents_geom") == 531);
  // Version 5: the address register layer, the geocoded precisions and derived addresses.
  CHECK(raw.text("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'addresses'") == QStringLiteral("POINT"));
  CHECK(raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_addresses_geom_%'") == 6);
  CHECK(raw.integer("SELECT count(*) FROM sqlite_master WHERE name = 'incidents_forget_key'") == 1);
  CHECK(raw.integer("SELECT count(*) FROM incidents WHERE address_derived = 0") == 531);
  CHECK(raw.integer("SELECT sql LIKE '%location_precision BETWEEN 0 AND 5%' FROM sqlite_master WHERE name = 'incidents'") == 1);

  const QString script = validatorScript();
  if (script.isEmpty())
  {
    FAIL("validate_gpkg.py not found: install python3-gdal (tools/install-deps.sh)");
  }
  QProcess validator;
  validator.start(QStringLiteral("/usr/bin/python3"),
                  {script, QStringLiteral("-k"), QStringLiteral("--extra"), QStringLiteral("--warning-as-error"), path});
  REQUIRE(validator.waitForFinished(120000));
  const QString output = QString::fromUtf8(validator.readAllStandardOutput() + validator.readAllStandardError()).trimmed();
  INFO(output.toStdString());
  CHECK(output.isEmpty());
  CHECK(validator.exitCode() == 0);
}

TEST_CASE("A failed migration leaves the version-2 store as it was", "[store][migration]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("v2.gpkg"));
  StoreV2Content content;
  REQUIRE(writeStoreV2(path, content));
  {
    // An incident whose category is not in categories (as only a foreign-key-less writer could
    // leave it) must stop the migration rather than be dropped.
    RawDatabase raw(path, false);
    REQUIRE(GeoPackageFunctions::registerOn(raw.db()));
    REQUIRE(sqlite3_exec(raw.db(), "UPDATE incidents SET category = 'gone' WHERE fid = 5", nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  const auto opened = GeoPackageStore::open(path);
  REQUIRE_FALSE(opened);
  RawDatabase raw(path);
  CHECK(raw.text("SELECT value FROM lagesbild_meta WHERE key = 'schema_version'") == QStringLiteral("2"));
  CHECK(raw.integer("SELECT count(*) FROM incidents") == 30);
  CHECK(raw.text("SELECT category FROM incidents WHERE fid = 5") == QStringLiteral("gone"));
  CHECK(raw.text("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'interventions'") == QStringLiteral("POINT"));
}

TEST_CASE("An early version-2 store (keys in a unique index) migrates too", "[store][migration]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("v2early.gpkg"));
  StoreV2Content content;
  REQUIRE(writeStoreV2(path, content, true));
  auto opened = GeoPackageStore::open(path);
  REQUIRE(opened);
  CHECK((*opened)->schemaVersion() == GeoPackageStore::currentSchemaVersion());
  CHECK((*opened)->count(IncidentFilter::all()).value() == 30);
  std::vector<Incident> again = content.incidents;
  for (Incident &incident : again)
    incident.id = 0;
  const auto duplicates = (*opened)->insertBatch(again, {});
  REQUIRE(duplicates);
  CHECK(duplicates->duplicates == 30);
  opened->reset();
  RawDatabase raw(path);
  CHECK(raw.integer("SELECT sum((length(keys) - 1) / 9) FROM incident_key_blocks") == 30);
  CHECK(raw.integer("SELECT count(*) FROM sqlite_master WHERE name = 'incidents_dedup_key'") == 0);
  CHECK(raw.text("PRAGMA integrity_check") == QStringLiteral("ok"));
}
