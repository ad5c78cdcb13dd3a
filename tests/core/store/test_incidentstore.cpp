#include "storetestsupport.h"

#include "store/geopackage/deduplicationkeyblocks.h"

#include "store/deduplicationkey.h"
#include "store/defaulttaxonomy.h"
#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace lagesbild;
using namespace lagesbild::storetest;

namespace
{
QByteArray fileBytes(const QString &path)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return {};
  return file.readAll();
}

Incident sampleIncident()
{
  Incident incident;
  incident.kind = IncidentKind::Report;
  incident.category = QStringLiteral("klotter");
  incident.source = QStringLiteral("bostadsbolaget");
  incident.x = 560500.25;
  incident.y = 6580500.75;
  incident.occurredFrom = utc(2021, 3, 5, 21, 30);
  incident.occurredTo = utc(2021, 3, 5, 22, 0);
  incident.reportedAt = utc(2021, 3, 6, 8, 0);
  incident.address = QStringLiteral("Kungsgatan 3, källaren");
  incident.description = QStringLiteral("Klotter på källardörren");
  incident.area = QStringLiteral("omr1");
  incident.externalId = QStringLiteral("KFAB-17");
  incident.precision = LocationPrecision::Approximate;
  return incident;
}
} // namespace

TEST_CASE("A new store is a GeoPackage with our schema and the default taxonomy", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  CHECK(store->schemaVersion() == GeoPackageStore::currentSchemaVersion());

  RawDatabase raw(store->location());
  CHECK(raw.integer("PRAGMA application_id") == 0x47504B47);
  CHECK(raw.integer("PRAGMA user_version") == 10300);
  CHECK(raw.text("PRAGMA journal_mode") == QStringLiteral("wal"));
  CHECK(raw.integer("SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN (-1, 0, 4326, 3006)") == 4);
  CHECK(raw.text("SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 3006").startsWith(QStringLiteral("PROJCS[\"SWEREF99 TM\"")));
  CHECK(raw.integer("SELECT count(*) FROM gpkg_contents WHERE data_type = 'features'") == 4);
  CHECK(raw.integer("SELECT count(*) FROM gpkg_contents WHERE data_type = 'attributes'") == 5);
  CHECK(raw.integer("SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'") == 4);
  CHECK(raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_incidents_geom_%'") == 6);

  const auto categories = store->categories();
  REQUIRE(categories);
  CHECK(categories->size() == DefaultTaxonomy::categories().size());
  QSet<QString> codes;
  QSet<QString> colours;
  int crimes = 0;
  for (const Category &category : *categories)
  {
    codes.insert(category.code);
    colours.insert(category.colour.toLower());
    crimes += category.kind == IncidentKind::Crime ? 1 : 0;
    CHECK(!category.nameSv.isEmpty());
    CHECK(!category.nameEn.isEmpty());
  }
  CHECK(codes.size() == static_cast<int>(categories->size()));
  CHECK(colours.size() == static_cast<int>(categories->size()));
  CHECK(crimes >= 12);
  for (const char *code : {"klotter", "skadegorelse", "otrygg_samling", "nedskrapning", "brand", "buskorning", "berusade_personer",
                           "misstankt_narkotikahandel", "otrygg_plats", "brott_skadegorelse", "brott_misshandel", "brott_bostadsinbrott"})
    CHECK(codes.contains(QString::fromLatin1(code)));
  const auto sources = store->sources();
  REQUIRE(sources);
  QSet<QString> sourceCodes;
  for (const Source &source : *sources)
    sourceCodes.insert(source.code);
  for (const char *code : {"polisen", "bostadsbolaget", "vaktare", "nattvandrare", "skolan", "kommunen", "allmanheten"})
    CHECK(sourceCodes.contains(QString::fromLatin1(code)));

  const auto areas = store->areas();
  REQUIRE(areas);
  REQUIRE(areas->size() == 3);
  CHECK(areas->at(0).polygons.size() == 1);
  CHECK(areas->at(0).polygons[0][0].size() == 5);
  CHECK(areas->at(0).polygons[0][0][2].x == Approx(561000.0));
}

TEST_CASE("create refuses an existing file, open refuses missing and foreign files", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  const auto again = GeoPackageStore::create(store->location());
  REQUIRE(!again);
  CHECK(again.error().code == ErrorCode::BadInput);

  const auto missing = GeoPackageStore::open(dir.filePath(QStringLiteral("missing.gpkg")));
  REQUIRE(!missing);
  CHECK(missing.error().code == ErrorCode::NotFound);

  const QString foreign = dir.filePath(QStringLiteral("foreign.gpkg"));
  QFile file(foreign);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write("this is not a database, just some text that is long enough to have a header ..................................");
  file.close();
  const QByteArray before = fileBytes(foreign);
  const auto notStore = GeoPackageStore::open(foreign);
  REQUIRE(!notStore);
  CHECK(notStore.error().code == ErrorCode::BadInput);
  CHECK(fileBytes(foreign) == before);

  auto opened = GeoPackageStore::openOrCreate(dir.filePath(QStringLiteral("other.gpkg")));
  REQUIRE(opened);
  CHECK((*opened)->schemaVersion() == GeoPackageStore::currentSchemaVersion());
}

TEST_CASE("A store written by a newer version is refused and left byte-identical", "[store]")
{
  QTemporaryDir dir;
  QString path;
  {
    auto store = makeStore(dir);
    REQUIRE(store);
    path = store->location();
    REQUIRE(store->insertBatch(syntheticIncidents(50), {}));
  }
  {
    RawDatabase raw(path, false);
    const QByteArray sql = QStringLiteral("UPDATE lagesbild_meta SET value = '%1' WHERE key = 'schema_version'")
                             .arg(GeoPackageStore::currentSchemaVersion() + 1)
                             .toUtf8();
    REQUIRE(raw.exec(sql.constData()));
  }
  // The last connection closed: the WAL is checkpointed into the file.
  const QByteArray before = fileBytes(path);
  REQUIRE(!before.isEmpty());
  const auto opened = GeoPackageStore::open(path);
  REQUIRE(!opened);
  CHECK(opened.error().code == ErrorCode::StoreTooNew);
  CHECK(opened.error().message.contains(QStringLiteral("newer")));
  CHECK(fileBytes(path) == before);
  CHECK(fileBytes(path + QStringLiteral("-wal")).isEmpty());
  const auto openedTwice = GeoPackageStore::openOrCreate(path);
  REQUIRE(!openedTwice);
  CHECK(openedTwice.error().code == ErrorCode::StoreTooNew);
  CHECK(fileBytes(path) == before);
}

// Migration from an older schema: test_storemigration.cpp (a real version-2 store).

TEST_CASE("Incidents round-trip through the store", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  const Incident original = sampleIncident();
  const auto id = store->insertIncident(original, QStringLiteral("anna"));
  REQUIRE(id);
  const auto read = store->incident(*id);
  REQUIRE(read);
  REQUIRE(read->has_value());
  const Incident &back = **read;
  CHECK(back.id == *id);
  CHECK(back.kind == original.kind);
  CHECK(back.category == original.category);
  CHECK(back.source == original.source);
  CHECK(back.x == original.x);
  CHECK(back.y == original.y);
  CHECK(back.occurredFrom == original.occurredFrom);
  CHECK(back.occurredTo == original.occurredTo);
  CHECK(back.reportedAt == original.reportedAt);
  CHECK(back.address == original.address);
  CHECK(back.description == original.description);
  CHECK(back.area == original.area);
  CHECK(back.externalId == original.externalId);
  CHECK(back.precision == original.precision);
  CHECK(back.importBatch == 0);

  RawDatabase raw(store->location());
  // Schema 3: integers for codes and times; the codes live in their tables.
  CHECK(raw.integer("SELECT occurred_utc FROM incidents") == original.occurredFrom);
  CHECK(raw.integer("SELECT occurred_to_utc FROM incidents") == *original.occurredTo);
  CHECK(raw.text("SELECT datetime(occurred_utc, 'unixepoch') FROM incidents") == QStringLiteral("2021-03-05 21:30:00"));
  CHECK(raw.text("SELECT c.code FROM incidents AS i JOIN categories AS c ON c.id = i.category") == original.category);
  CHECK(raw.text("SELECT s.code FROM incidents AS i JOIN sources AS s ON s.id = i.source") == original.source);
  CHECK(raw.integer("SELECT kind FROM incidents") == static_cast<int>(original.kind));
  CHECK(raw.integer("SELECT location_precision FROM incidents") == static_cast<int>(original.precision));
  CHECK(raw.integer("SELECT local_hour FROM incidents") == 22);
  CHECK(raw.integer("SELECT local_weekday FROM incidents") == 5);
  CHECK(raw.integer("SELECT dedup_key FROM incidents") == DeduplicationKey::of(original));
  CHECK(raw.integer("SELECT count(*) FROM rtree_incidents_geom WHERE minx <= 560500.25 AND maxx >= 560500.25") == 1);
}

TEST_CASE("Updates and deletes write audit rows with the row before and after", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  Incident incident = sampleIncident();
  const auto id = store->insertIncident(incident, QStringLiteral("anna"));
  REQUIRE(id);
  incident.id = *id;
  incident.category = QStringLiteral("skadegorelse");
  incident.x += 100.0;
  REQUIRE(store->updateIncident(incident, QStringLiteral("bertil")));
  REQUIRE(store->deleteIncident(*id, QStringLiteral("cecilia")));

  const auto log = store->auditLog();
  REQUIRE(log);
  REQUIRE(log->size() >= 3);
  const AuditEntry &deleted = log->at(0);
  const AuditEntry &updated = log->at(1);
  const AuditEntry &inserted = log->at(2);
  CHECK(inserted.action == QStringLiteral("insert"));
  CHECK(inserted.user == QStringLiteral("anna"));
  CHECK(inserted.tableName == QStringLiteral("incidents"));
  CHECK(inserted.rowId == *id);
  CHECK(inserted.before.isEmpty());
  CHECK(QJsonDocument::fromJson(inserted.after.toUtf8()).object().value(QStringLiteral("category")).toString() ==
        QStringLiteral("klotter"));
  CHECK(QJsonDocument::fromJson(inserted.after.toUtf8()).object().value(QStringLiteral("occurred_from")).toString() ==
        QStringLiteral("2021-03-05T22:30:00+01:00"));

  CHECK(updated.action == QStringLiteral("update"));
  CHECK(updated.user == QStringLiteral("bertil"));
  const QJsonObject before = QJsonDocument::fromJson(updated.before.toUtf8()).object();
  const QJsonObject after = QJsonDocument::fromJson(updated.after.toUtf8()).object();
  CHECK(before.value(QStringLiteral("category")).toString() == QStringLiteral("klotter"));
  CHECK(after.value(QStringLiteral("category")).toString() == QStringLiteral("skadegorelse"));
  CHECK(after.value(QStringLiteral("x")).toDouble() == Approx(560600.25));

  CHECK(deleted.action == QStringLiteral("delete"));
  CHECK(deleted.user == QStringLiteral("cecilia"));
  CHECK(deleted.after.isEmpty());
  CHECK(QJsonDocument::fromJson(deleted.before.toUtf8()).object().value(QStringLiteral("category")).toString() ==
        QStringLiteral("skadegorelse"));
  CHECK(deleted.atUtc > 0);

  const auto gone = store->incident(*id);
  REQUIRE(gone);
  CHECK(!gone->has_value());
  RawDatabase raw(store->location());
  CHECK(raw.integer("SELECT count(*) FROM rtree_incidents_geom") == 0);

  const auto missing = store->deleteIncident(*id, QStringLiteral("x"));
  REQUIRE(!missing);
  CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("Re-inserting the same records adds nothing", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  const auto incidents = syntheticIncidents(1000);
  const auto first = store->insertBatch(incidents, {});
  REQUIRE(first);
  CHECK(first->inserted == 1000);
  CHECK(first->duplicates == 0);
  const auto second = store->insertBatch(incidents, {});
  REQUIRE(second);
  CHECK(second->inserted == 0);
  CHECK(second->duplicates == 1000);

  // A small batch (index kept by triggers) with duplicates inside the batch and against the store.
  std::vector<Incident> mixed(incidents.begin(), incidents.begin() + 10);
  auto fresh = syntheticIncidents(5, 99, QStringLiteral("new"));
  mixed.insert(mixed.end(), fresh.begin(), fresh.end());
  mixed.push_back(fresh.front());
  Incident withoutId = fresh.back();
  withoutId.externalId.clear();
  withoutId.description = QStringLiteral("utan id");
  mixed.push_back(withoutId);
  mixed.push_back(withoutId);
  const auto third = store->insertBatch(mixed, {});
  REQUIRE(third);
  CHECK(third->inserted == 6);
  CHECK(third->duplicates == 12);
  CHECK(store->count(IncidentFilter::all()).value() == 1006);

  // The key survives an edit: re-importing the original still finds it.
  const auto stored = store->incidents(IncidentFilter::all(), 1);
  REQUIRE(stored);
  Incident edited = stored->front();
  edited.description = QStringLiteral("corrected by hand");
  REQUIRE(store->updateIncident(edited, QStringLiteral("anna")));
  const auto fourth = store->insertBatch(incidents, {});
  REQUIRE(fourth);
  CHECK(fourth->inserted == 0);

  // Same content without external id, different source: a different report.
  Incident other = withoutId;
  other.source = withoutId.source == QStringLiteral("polisen") ? QStringLiteral("vaktare") : QStringLiteral("polisen");
  const auto fifth = store->insertBatch({other}, {});
  REQUIRE(fifth);
  CHECK(fifth->inserted == 1);

  const auto manual = store->insertIncident(withoutId, QStringLiteral("anna"));
  REQUIRE(!manual);
  CHECK(manual.error().code == ErrorCode::BadInput);
}

TEST_CASE("Batches with an import record, unknown codes and cancellation", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  auto incidents = syntheticIncidents(300);

  ImportRecord record;
  record.fileName = QStringLiteral("kfab-2021.csv");
  record.checksum = QStringLiteral("abc123");
  record.read = 305;
  record.rejected = 5;
  IncidentStore::InsertOptions options;
  options.importRecord = &record;
  options.user = QStringLiteral("anna");
  const auto summary = store->insertBatch(incidents, options);
  REQUIRE(summary);
  CHECK(summary->importId > 0);
  CHECK(store->hasImportWithChecksum(QStringLiteral("abc123")).value());
  CHECK(!store->hasImportWithChecksum(QStringLiteral("other")).value());
  const auto imports = store->imports();
  REQUIRE(imports);
  REQUIRE(imports->size() == 1);
  CHECK(imports->front().imported == 300);
  CHECK(imports->front().read == 305);
  CHECK(imports->front().rejected == 5);
  CHECK(store->incident(1).value()->importBatch == summary->importId);
  const auto log = store->auditLog(1);
  REQUIRE(log);
  CHECK(log->front().action == QStringLiteral("import"));
  CHECK(log->front().rowId == summary->importId);

  // Unknown category: an error naming the incident and the field; nothing written.
  auto more = syntheticIncidents(400, 5, QStringLiteral("more"));
  more[123].category = QStringLiteral("no_such_category");
  const auto refused = store->insertBatch(more, {});
  REQUIRE(!refused);
  CHECK(refused.error().code == ErrorCode::BadInput);
  CHECK(refused.error().message.contains(QStringLiteral("124")));
  CHECK(refused.error().message.contains(QStringLiteral("category")));
  CHECK(store->count(IncidentFilter::all()).value() == 300);

  IncidentStore::InsertOptions create;
  create.createMissingReferences = true;
  more[7].source = QStringLiteral("ny_kalla");
  const auto created = store->insertBatch(more, create);
  REQUIRE(created);
  CHECK(created->inserted == 400);
  bool found = false;
  const auto categoriesAfter = store->categories();
  REQUIRE(categoriesAfter);
  for (const Category &category : *categoriesAfter)
    found = found || (category.code == QStringLiteral("no_such_category") && category.kind == more[123].kind);
  CHECK(found);

  // Cancel: nothing written.
  Feedback feedback;
  feedback.cancel();
  const auto cancelled = store->insertBatch(syntheticIncidents(500, 11, QStringLiteral("cancel")), {}, &feedback);
  REQUIRE(!cancelled);
  CHECK(cancelled.error().code == ErrorCode::Cancelled);
  CHECK(store->count(IncidentFilter::all()).value() == 700);

  // Invalid values are refused before anything is written.
  auto invalid = syntheticIncidents(3, 12, QStringLiteral("bad"));
  invalid[1].x = std::nan("");
  const auto bad = store->insertBatch(invalid, {});
  REQUIRE(!bad);
  CHECK(bad.error().code == ErrorCode::BadInput);
  CHECK(store->count(IncidentFilter::all()).value() == 700);
}

TEST_CASE("Interventions round-trip with audit rows", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  REQUIRE(store->insertBatch(syntheticIncidents(20), {}));
  Intervention intervention;
  intervention.type = QStringLiteral("night_walks");
  intervention.title = QStringLiteral("Nattvandring vid källaren");
  intervention.centre = PointXY{560500.0, 6580500.0};
  intervention.radius = 150.0;
  intervention.startUtc = utc(2021, 9, 1, 18);
  intervention.endUtc = utc(2021, 9, 30, 23);
  intervention.actors = QStringList{QStringLiteral("polisen"), QStringLiteral("nattvandrare")};
  intervention.note = QStringLiteral("Efter bostadsbolagets rapporter");
  intervention.triggerIncidents = {3, 5};
  const auto id = store->insertIntervention(intervention, QStringLiteral("anna"));
  REQUIRE(id);

  Intervention byArea;
  byArea.type = QStringLiteral("lighting");
  byArea.areaCode = QStringLiteral("omr2");
  byArea.startUtc = utc(2021, 10, 1, 8);
  REQUIRE(store->insertIntervention(byArea, QStringLiteral("anna")));

  auto all = store->interventions();
  REQUIRE(all);
  REQUIRE(all->size() == 2);
  const Intervention &back = all->front();
  CHECK(back.id == *id);
  CHECK(back.type == intervention.type);
  CHECK(back.title == intervention.title);
  REQUIRE(back.centre.has_value());
  CHECK(back.centre->x == 560500.0);
  CHECK(back.radius == 150.0);
  CHECK(back.endUtc == intervention.endUtc);
  CHECK(back.actors == intervention.actors);
  CHECK(back.triggerIncidents == std::vector<std::int64_t>{3, 5});
  CHECK(!all->at(1).centre.has_value());
  CHECK(all->at(1).areaCode == QStringLiteral("omr2"));

  Intervention changed = back;
  changed.triggerIncidents = {7};
  changed.note = QStringLiteral("Förlängd");
  REQUIRE(store->updateIntervention(changed, QStringLiteral("bertil")));
  CHECK(store->interventions().value().front().triggerIncidents == std::vector<std::int64_t>{7});
  REQUIRE(store->deleteIntervention(*id, QStringLiteral("cecilia")));
  CHECK(store->interventions().value().size() == 1);
  const auto log = store->auditLog(3);
  REQUIRE(log);
  CHECK(log->at(0).action == QStringLiteral("delete"));
  CHECK(log->at(0).tableName == QStringLiteral("interventions"));
  CHECK(log->at(1).action == QStringLiteral("update"));
  CHECK(log->at(1).before.contains(QStringLiteral("Efter bostadsbolagets")));

  Intervention unknownIncident = intervention;
  unknownIncident.triggerIncidents = {123456};
  const auto refused = store->insertIntervention(unknownIncident, QStringLiteral("anna"));
  REQUIRE(!refused);
  CHECK(store->interventions().value().size() == 1);
}

TEST_CASE("Categories, sources and areas are upserted by code", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  const std::size_t before = store->categories().value().size();
  Category category;
  category.code = QStringLiteral("klotter");
  category.nameSv = QStringLiteral("Klotter och tags");
  category.nameEn = QStringLiteral("Graffiti and tags");
  category.colour = QStringLiteral("#123456");
  REQUIRE(store->upsertCategory(category));
  CHECK(store->categories().value().size() == before);
  bool renamed = false;
  const auto renamedCategories = store->categories();
  REQUIRE(renamedCategories);
  for (const Category &c : *renamedCategories)
    renamed = renamed || (c.code == QStringLiteral("klotter") && c.nameSv == QStringLiteral("Klotter och tags") &&
                          c.colour == QStringLiteral("#123456"));
  CHECK(renamed);

  REQUIRE(store->upsertSource(Source{QStringLiteral("fritidsgarden"), QStringLiteral("Fritidsgården")}));
  CHECK(store->sources().value().back().name == QStringLiteral("Fritidsgården"));

  Area area = testAreas().front();
  area.name = QStringLiteral("Centrum");
  area.polygons[0][0][2].x += 500.0;
  const auto upserted = store->upsertArea(area);
  INFO((upserted ? QString() : upserted.error().toString()).toStdString());
  REQUIRE(upserted);
  const auto areas = store->areas().value();
  REQUIRE(areas.size() == 3);
  CHECK(areas.front().name == QStringLiteral("Centrum"));
  CHECK(areas.front().polygons[0][0][2].x == Approx(561500.0));
  RawDatabase raw(store->location());
  CHECK(raw.integer("SELECT count(*) FROM rtree_areas_geom") == 3);
  CHECK(raw.integer("SELECT count(*) FROM rtree_areas_geom WHERE minx <= 560001 AND maxx >= 561499") == 1);
}

TEST_CASE("Two connections share a store: one writes while the other reads", "[store]")
{
  QTemporaryDir dir;
  auto app = makeStore(dir);
  REQUIRE(app);
  auto cli = GeoPackageStore::open(app->location());
  REQUIRE(cli);
  REQUIRE(app->insertBatch(syntheticIncidents(500), {}));
  CHECK((*cli)->count(IncidentFilter::all()).value() == 500);
  REQUIRE((*cli)->insertBatch(syntheticIncidents(20, 3, QStringLiteral("cli")), {}));
  CHECK(app->count(IncidentFilter::all()).value() == 520);

  // A batch in one connection reports progress to the end; the other still reads meanwhile.
  double last = 0.0;
  std::int64_t seenByReader = -1;
  Feedback feedback(
    [&](double percent)
    {
      last = percent;
      if (seenByReader < 0 && percent > 10.0)
        seenByReader = (*cli)->count(IncidentFilter::all()).value();
    });
  REQUIRE(app->insertBatch(syntheticIncidents(5000, 4, QStringLiteral("big")), {}, &feedback));
  CHECK(last == 100.0);
  CHECK(seenByReader == 520); // the reader sees the store as before the unfinished batch
  CHECK((*cli)->count(IncidentFilter::all()).value() == 5520);

  Incident missing = syntheticIncidents(1).front();
  missing.id = 999999;
  const auto updated = app->updateIncident(missing, QStringLiteral("anna"));
  REQUIRE(!updated);
  CHECK(updated.error().code == ErrorCode::NotFound);
}

TEST_CASE("A bulk batch checks what the constraints it switches off would check, and switches them on again", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);

  // Bulk batches run with SQLite's CHECK and foreign key enforcement off: our own validation
  // must refuse what those would, naming the incident, on both write paths.
  for (const int size : {5, 30000})
  {
    auto badPrecision = syntheticIncidents(size, 31, QStringLiteral("precision%1").arg(size));
    badPrecision[size / 2].precision = static_cast<LocationPrecision>(7);
    const auto refusedPrecision = store->insertBatch(badPrecision, {});
    REQUIRE(!refusedPrecision);
    CHECK(refusedPrecision.error().code == ErrorCode::BadInput);
    CHECK(refusedPrecision.error().message.contains(QString::number(size / 2 + 1)));
    CHECK(refusedPrecision.error().message.contains(QStringLiteral("precision")));

    auto badKind = syntheticIncidents(size, 32, QStringLiteral("kind%1").arg(size));
    badKind[1].kind = static_cast<IncidentKind>(9);
    const auto refusedKind = store->insertBatch(badKind, {});
    REQUIRE(!refusedKind);
    CHECK(refusedKind.error().message.contains(QStringLiteral("kind")));
    CHECK(store->count(IncidentFilter::all()).value() == 0);
  }

  REQUIRE(store->insertBatch(syntheticIncidents(30000, 33), {}));
  RawDatabase raw(store->location());
  CHECK(raw.integer("PRAGMA foreign_key_check") == -1); // no rows: no dangling references

  // Foreign keys are enforced again after the batch: deleting an incident cascades to the
  // intervention that names it as a trigger.
  Intervention intervention;
  intervention.type = QStringLiteral("night_walks");
  intervention.centre = PointXY{560500.0, 6580500.0};
  intervention.radius = 150.0;
  intervention.startUtc = utc(2021, 9, 1, 18);
  intervention.triggerIncidents = {3, 5};
  REQUIRE(store->insertIntervention(intervention, QStringLiteral("anna")));
  REQUIRE(store->deleteIncident(3, QStringLiteral("anna")));
  const auto interventions = store->interventions();
  REQUIRE(interventions);
  REQUIRE(interventions->size() == 1);
  CHECK(interventions->front().triggerIncidents == std::vector<std::int64_t>{5});
}

TEST_CASE("A bulk batch over several chunks keeps the first in time of equal keys and writes rows in time order", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  const auto existing = syntheticIncidents(1000, 41, QStringLiteral("old"));
  REQUIRE(store->insertBatch(existing, {}));

  // Several of the preparer's chunks, shuffled out of time order, with 500 rows already in the
  // store and, for 300 keys, a later report of the same incident placed before the earlier one.
  auto batch = syntheticIncidents(3 * 8192 + 77, 42, QStringLiteral("new"));
  std::vector<Incident> later;
  // The same incident: the same source and external id (without an id the key hashes the time).
  for (std::size_t i = 0; later.size() < 300; ++i)
  {
    if (batch[i].externalId.isEmpty())
      continue;
    Incident again = batch[i];
    again.occurredFrom += 3 * 86400;
    again.occurredTo.reset();
    again.description = QStringLiteral("later report");
    later.push_back(again);
  }
  batch.insert(batch.begin(), later.begin(), later.end());
  batch.insert(batch.end(), existing.begin(), existing.begin() + 500);
  std::mt19937 random(7);
  std::shuffle(batch.begin() + 300, batch.end(), random);

  const auto summary = store->insertBatch(batch, {});
  INFO((summary ? QString() : summary.error().toString()).toStdString());
  REQUIRE(summary);
  CHECK(summary->inserted == 3 * 8192 + 77);
  CHECK(summary->duplicates == 800);
  CHECK(store->count(IncidentFilter::all()).value() == 1000 + 3 * 8192 + 77);

  RawDatabase raw(store->location());
  // The earlier report of each pair is the one stored.
  CHECK(raw.integer("SELECT count(*) FROM incidents WHERE description = 'later report'") == 0);
  // The new rows got consecutive fids in time order.
  CHECK(raw.integer("SELECT count(*) FROM incidents a JOIN incidents b ON b.fid = a.fid + 1 "
                    "WHERE a.fid > 1000 AND b.occurred_utc < a.occurred_utc") == 0);
  CHECK(raw.integer("SELECT max(fid) FROM incidents") == 1000 + 3 * 8192 + 77);
  // Every row is in the packed R-tree, the old ones too, with its own box.
  CHECK(raw.integer("SELECT count(*) FROM rtree_incidents_geom") == 1000 + 3 * 8192 + 77);
  CHECK(raw.integer("SELECT sum((length(keys) - 1) / 9) FROM incident_key_blocks") == 1000 + 3 * 8192 + 77);
  CHECK(raw.text("SELECT rtreecheck('rtree_incidents_geom')") == QStringLiteral("ok"));
}

TEST_CASE("De-duplication keys live in key blocks that a delete by any tool keeps in step", "[store]")
{
  QTemporaryDir dir;
  auto store = makeStore(dir);
  REQUIRE(store);
  const auto incidents = syntheticIncidents(2000, 51, QStringLiteral("blocks"));
  REQUIRE(store->insertBatch(incidents, {})); // the bulk path writes whole blocks
  const auto small = syntheticIncidents(20, 52, QStringLiteral("small"));
  REQUIRE(store->insertBatch(small, {})); // the row path appends to blocks one key at a time

  {
    RawDatabase raw(store->location());
    CHECK(raw.integer("SELECT sum((length(keys) - 1) / 9) FROM incident_key_blocks") == 2020);
    // Every stored incident's key is in its block, as SQLite's own printf writes it: keys of
    // both signs (blocks below and above zero).
    CHECK(raw.integer(("SELECT count(*) FROM incidents i WHERE (SELECT max(instr(keys, " + DeduplicationKeyBlocks::tokenSql("i.dedup_key") +
                       ")) FROM incident_key_blocks WHERE (block & 65535) = (i.dedup_key >> 48) + 32768) > 0")
                        .c_str()) == 2020);
    CHECK(raw.integer("SELECT count(*) FROM incident_key_blocks WHERE (block & 65535) < 32768") > 0);
    CHECK(raw.integer("SELECT count(*) FROM incident_key_blocks WHERE (block & 65535) >= 32768") > 0);
    CHECK(raw.integer("SELECT count(*) FROM incident_key_blocks WHERE keys NOT GLOB ';*;'") == 0);
  }

  // A delete through another connection (as QGIS would delete a feature): the trigger, plain
  // SQL, forgets the keys, and the next import brings those incidents back, and only those.
  {
    RawDatabase writer(store->location(), false);
    REQUIRE(writer.exec("DELETE FROM incidents WHERE fid IN (5, 1500, 2010)"));
  }
  {
    RawDatabase raw(store->location());
    CHECK(raw.integer("SELECT sum((length(keys) - 1) / 9) FROM incident_key_blocks") == 2017);
  }
  const auto again = store->insertBatch(incidents, {});
  REQUIRE(again);
  CHECK(again->inserted == 2);
  CHECK(again->duplicates == 1998);
  const auto smallAgain = store->insertBatch(small, {});
  REQUIRE(smallAgain);
  CHECK(smallAgain->inserted == 1);

  // A delete through the store forgets the key too.
  REQUIRE(store->deleteIncident(7, QStringLiteral("anna")));
  const auto third = store->insertBatch(incidents, {});
  REQUIRE(third);
  CHECK(third->inserted == 1);
  CHECK(store->count(IncidentFilter::all()).value() == 2020);
}
