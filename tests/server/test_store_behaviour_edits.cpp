// The behaviour suite, part 2: what is written one at a time — manual entry, edits and deletes
// with their audit rows, areas and the re-assignment of incidents, the address register with
// derived addresses, interventions, imports and checksums, the municipality, and a store
// opened for reading. Each scenario runs on a GeoPackage and on the server (behaviourstores.h).
#include "behaviourdata.h"
#include "behaviourstores.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace lagesbild;
using namespace lagesbild::test;

namespace
{
std::string text(const Error &error)
{
  return error.toString().toStdString();
}

Incident manualIncident(double x = 562500, double y = 6582500)
{
  Incident incident = makeIncident(IncidentKind::Report, QStringLiteral("klotter"), QStringLiteral("bostadsbolaget"), x, y,
                                   localUtc(QDate(2021, 9, 3), QTime(22, 30)));
  incident.description = QStringLiteral("Klotter på garagelängan");
  incident.address = QStringLiteral("Bergsgatan 2");
  return incident;
}

//! The newest audit entry for the table and row with this action; none when absent.
std::optional<AuditEntry> auditOf(const IncidentStore &store, const QString &action, const QString &table, std::int64_t row)
{
  const auto log = store.auditLog(100);
  REQUIRE(log);
  for (const AuditEntry &entry : *log)
    if (entry.action == action && entry.tableName == table && entry.rowId == row)
      return entry;
  return std::nullopt;
}
} // namespace

TEST_CASE("Behaviour: manual entry, edit and delete, each with an audit row", "[behaviour]")
{
  forEachBackend(
    [](BehaviourStore &s)
    {
      IncidentStore &store = *s.store;
      const Incident incident = manualIncident();
      const auto id = store.insertIncident(incident, QStringLiteral("anna"));
      INFO((id ? std::string() : text(id.error())));
      REQUIRE(id);
      const auto inserted = auditOf(store, QStringLiteral("insert"), QStringLiteral("incidents"), *id);
      REQUIRE(inserted);
      CHECK(inserted->after.contains(QStringLiteral("garagelängan")));
      CHECK(inserted->before.isEmpty());
      // The same incident again is refused.
      const auto again = store.insertIncident(incident, QStringLiteral("anna"));
      REQUIRE_FALSE(again);
      CHECK(again.error().code == ErrorCode::BadInput);

      Incident edited = **store.incident(*id);
      CHECK(edited.description == incident.description);
      CHECK(edited.occurredFrom == incident.occurredFrom);
      edited.description = QStringLiteral("Sanerat");
      edited.category = QStringLiteral("skadegorelse");
      REQUIRE(store.updateIncident(edited, QStringLiteral("anna")));
      const Incident back = **store.incident(*id);
      CHECK(back.description == QLatin1String("Sanerat"));
      CHECK(back.category == QLatin1String("skadegorelse"));
      const auto updated = auditOf(store, QStringLiteral("update"), QStringLiteral("incidents"), *id);
      REQUIRE(updated);
      CHECK(updated->before.contains(QStringLiteral("garagelängan")));
      CHECK(updated->after.contains(QStringLiteral("Sanerat")));

      REQUIRE(store.deleteIncident(*id, QStringLiteral("anna")));
      CHECK_FALSE(store.incident(*id)->has_value());
      const auto deleted = auditOf(store, QStringLiteral("delete"), QStringLiteral("incidents"), *id);
      REQUIRE(deleted);
      CHECK(deleted->before.contains(QStringLiteral("Sanerat")));
      CHECK(store.deleteIncident(*id, QStringLiteral("anna")).error().code == ErrorCode::NotFound);
      Incident missing = back;
      missing.id = *id + 1000;
      CHECK(store.updateIncident(missing, QStringLiteral("anna")).error().code == ErrorCode::NotFound);
    });
}

TEST_CASE("Behaviour: incidents get the smallest area containing them, and are re-assigned when areas change", "[behaviour]")
{
  forEachBackend(
    [](BehaviourStore &s)
    {
      IncidentStore &store = *s.store;
      const std::vector<Area> areas = behaviourAreas();
      REQUIRE(store.upsertArea(areas[0])); // the district
      const auto inHousing = store.insertIncident(manualIncident(562500, 6582500), QStringLiteral("anna"));
      const auto inDistrict = store.insertIncident(manualIncident(565000, 6585000), QStringLiteral("anna"));
      const auto outside = store.insertIncident(manualIncident(590000, 6600000), QStringLiteral("anna"));
      REQUIRE((inHousing && inDistrict && outside));
      CHECK((*store.incident(*inHousing))->area == QLatin1String("distrikt"));
      CHECK((*store.incident(*outside))->area.isEmpty());

      REQUIRE(store.upsertArea(areas[1])); // the housing area inside it: the smaller wins
      CHECK((*store.incident(*inHousing))->area == QLatin1String("bostad"));
      CHECK((*store.incident(*inDistrict))->area == QLatin1String("distrikt"));

      // The housing area moves away: its incident goes back to the district.
      REQUIRE(store.upsertArea(squareArea(QStringLiteral("bostad"), QStringLiteral("housing"), 580000, 6590000, 1000)));
      CHECK((*store.incident(*inHousing))->area == QLatin1String("distrikt"));
      IncidentFilter none;
      none.areas = QStringList{QString()};
      CHECK(*store.count(none) == 1);

      // Moving an incident re-assigns it.
      Incident moved = **store.incident(*outside);
      moved.x = 580500;
      moved.y = 6590500;
      REQUIRE(store.updateIncident(moved, QStringLiteral("anna")));
      CHECK((*store.incident(*outside))->area == QLatin1String("bostad"));

      const auto read = *store.areas();
      REQUIRE(read.size() == 2);
      CHECK(read[0].code == QLatin1String("bostad"));
      CHECK(read[1].code == QLatin1String("distrikt"));
      CHECK(read[1].type == QLatin1String("district"));
      REQUIRE(read[1].polygons.size() == 1);
      REQUIRE(read[1].polygons[0].size() == 1);
      const Ring &ring = read[1].polygons[0][0];
      REQUIRE(ring.size() == 5);
      CHECK((ring.front().x == ring.back().x && ring.front().y == ring.back().y));
      CHECK(ring[1].x == 570000);
      CHECK(store.upsertArea(Area()).error().code == ErrorCode::BadInput);
    });
}

TEST_CASE("Behaviour: the address register, its nearest street address and derived addresses", "[behaviour]")
{
  forEachBackend(
    [](BehaviourStore &s)
    {
      IncidentStore &store = *s.store;
      std::vector<geocoding::AddressPoint> register_(3);
      register_[0].street = QStringLiteral("Drottninggatan");
      register_[0].number = 4;
      register_[0].letter = QStringLiteral("B");
      register_[0].postcode = QStringLiteral("736 30");
      register_[0].postalTown = QStringLiteral("Kungsör");
      register_[0].municipalityCode = QStringLiteral("1960");
      register_[0].x = 562510;
      register_[0].y = 6582510;
      register_[1].street = QStringLiteral("Malmgatan");
      register_[1].number = 1;
      register_[1].x = 562600;
      register_[1].y = 6582600;
      register_[2].placeName = QStringLiteral("Torget"); // a place, not a street address: never derived
      register_[2].x = 562501;
      register_[2].y = 6582501;
      REQUIRE(store.replaceAddresses(register_, QStringLiteral("anna")));
      CHECK(*store.addressCount() == 3);
      const auto read = *store.addresses();
      REQUIRE(read.size() == 3);
      CHECK(read[0].label() == QLatin1String("Drottninggatan 4 B"));
      CHECK(read[0].postcode == QLatin1String("736 30"));
      CHECK(read[0].x == 562510);
      CHECK(read[2].label() == QLatin1String("Torget"));

      const auto nearest = *store.nearestAddress(562500, 6582500, 50);
      REQUIRE(nearest);
      CHECK(nearest->label() == QLatin1String("Drottninggatan 4 B"));
      CHECK_FALSE(store.nearestAddress(562000, 6582000, 50)->has_value());

      Incident incident = manualIncident(562500, 6582500);
      incident.address.clear();
      const auto id = store.insertIncident(incident, QStringLiteral("anna"));
      REQUIRE(id);
      Incident stored = **store.incident(*id);
      CHECK(stored.address == QLatin1String("Drottninggatan 4 B"));
      CHECK(stored.addressDerived);
      // Moved next to the other address: the derived address follows.
      stored.x = 562601;
      stored.y = 6582601;
      REQUIRE(store.updateIncident(stored, QStringLiteral("anna")));
      CHECK((*store.incident(*id))->address == QLatin1String("Malmgatan 1"));
      // A given address is kept; a municipality-precision point gets none.
      CHECK((*store.incident(*store.insertIncident(manualIncident(562500, 6582500), QStringLiteral("anna"))))->address ==
            QLatin1String("Bergsgatan 2"));
      Incident vague = manualIncident(562505, 6582505);
      vague.address.clear();
      vague.precision = LocationPrecision::Municipality;
      const Incident vagueBack = **store.incident(*store.insertIncident(vague, QStringLiteral("anna")));
      CHECK(vagueBack.address.isEmpty());
      CHECK_FALSE(vagueBack.addressDerived);

      // Replacing the register replaces it.
      REQUIRE(store.replaceAddresses({register_[1]}, QStringLiteral("anna")));
      CHECK(*store.addressCount() == 1);
    });
}

TEST_CASE("Behaviour: interventions by circle, drawn boundary and named area", "[behaviour]")
{
  forEachBackend(
    [](BehaviourStore &s)
    {
      IncidentStore &store = *s.store;
      REQUIRE(store.upsertArea(behaviourAreas()[1]));
      const auto trigger = store.insertIncident(manualIncident(), QStringLiteral("anna"));
      REQUIRE(trigger);
      Intervention circle;
      circle.type = QStringLiteral("night_walks");
      circle.title = QStringLiteral("Nattvandring runt torget");
      circle.centre = PointXY{562500, 6582500};
      circle.radius = 150;
      circle.startUtc = localUtc(QDate(2021, 9, 1), QTime(0, 0));
      circle.endUtc = localUtc(QDate(2021, 11, 30), QTime(0, 0));
      circle.actors = QStringList{QStringLiteral("nattvandrare"), QStringLiteral("polisen")};
      circle.note = QStringLiteral("fredagar");
      circle.triggerIncidents = {*trigger};
      Intervention drawn;
      drawn.type = QStringLiteral("lighting");
      drawn.boundary = {{{562000, 6582000}, {562200, 6582000}, {562200, 6582200}, {562000, 6582200}}};
      drawn.startUtc = localUtc(QDate(2021, 10, 1), QTime(0, 0));
      Intervention named;
      named.type = QStringLiteral("guards");
      named.areaCode = QStringLiteral("bostad");
      named.startUtc = localUtc(QDate(2021, 8, 1), QTime(0, 0));
      const auto circleId = store.insertIntervention(circle, QStringLiteral("anna"));
      const auto drawnId = store.insertIntervention(drawn, QStringLiteral("anna"));
      const auto namedId = store.insertIntervention(named, QStringLiteral("anna"));
      INFO((circleId ? std::string() : text(circleId.error())));
      REQUIRE((circleId && drawnId && namedId));

      auto all = *store.interventions();
      REQUIRE(all.size() == 3);
      CHECK(all[0].id == *namedId); // ordered by start
      CHECK(all[0].areaCode == QLatin1String("bostad"));
      CHECK(all[1].id == *circleId);
      CHECK(all[1].title == circle.title);
      CHECK(all[1].centre->x == 562500);
      CHECK(all[1].radius == 150);
      CHECK(all[1].actors == circle.actors);
      CHECK(all[1].note == circle.note);
      CHECK(all[1].startUtc == circle.startUtc);
      CHECK(all[1].endUtc == circle.endUtc);
      CHECK(all[1].triggerIncidents == std::vector<std::int64_t>{*trigger});
      CHECK(all[1].boundary.empty());
      REQUIRE(all[2].boundary.size() == 1);
      CHECK(all[2].boundary[0].size() == 5); // read back closed
      CHECK_FALSE(all[2].endUtc.has_value());

      Intervention closing = all[1];
      closing.closed = true;
      closing.triggerIncidents.clear();
      REQUIRE(store.updateIntervention(closing, QStringLiteral("anna")));
      all = *store.interventions();
      CHECK(all[1].closed);
      CHECK(all[1].triggerIncidents.empty());
      REQUIRE(store.deleteIntervention(*drawnId, QStringLiteral("anna")));
      CHECK(store.interventions()->size() == 2);
      CHECK(store.deleteIntervention(*drawnId, QStringLiteral("anna")).error().code == ErrorCode::NotFound);
      Intervention nothing;
      nothing.type = QStringLiteral("guards");
      CHECK(store.insertIntervention(nothing, QStringLiteral("anna")).error().code == ErrorCode::BadInput);
      Intervention badTrigger = circle;
      badTrigger.triggerIncidents = {*trigger + 1000};
      CHECK_FALSE(store.insertIntervention(badTrigger, QStringLiteral("anna")));
      CHECK(store.interventions()->size() == 2);
    });
}

TEST_CASE("Behaviour: an import is recorded with its counts and checksum in the batch's transaction", "[behaviour]")
{
  forEachBackend(
    [](BehaviourStore &s)
    {
      IncidentStore &store = *s.store;
      ImportRecord record;
      record.fileName = QStringLiteral("händelser.csv");
      record.checksum = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
      record.read = 605;
      record.rejected = 5;
      record.importedAtUtc = localUtc(QDate(2022, 1, 10), QTime(9, 0));
      IncidentStore::InsertOptions options;
      options.importRecord = &record;
      options.user = QStringLiteral("anna");
      const auto first = store.insertBatch(behaviourIncidents(), options);
      INFO((first ? std::string() : text(first.error())));
      REQUIRE(first);
      CHECK(first->importId > 0);
      CHECK(*store.hasImportWithChecksum(record.checksum));
      CHECK_FALSE(*store.hasImportWithChecksum(QStringLiteral("0000")));
      const auto imports = *store.imports();
      REQUIRE(imports.size() == 1);
      CHECK(imports[0].id == first->importId);
      CHECK(imports[0].fileName == record.fileName);
      CHECK(imports[0].read == 605);
      CHECK(imports[0].imported == 600);
      CHECK(imports[0].duplicates == 0);
      CHECK(imports[0].rejected == 5);
      CHECK(imports[0].importedAtUtc == record.importedAtUtc);
      CHECK(store.incidents(IncidentFilter::all(), 1)->front().importBatch == first->importId);
      const auto second = store.insertBatch(behaviourIncidents(), options);
      REQUIRE(second);
      CHECK(store.imports()->at(1).duplicates == 600);
      CHECK(auditOf(store, QStringLiteral("import"), QStringLiteral("imports"), first->importId).has_value());

      // Cancelled: nothing written, not even the import record.
      Feedback feedback;
      feedback.cancel();
      const auto cancelled = store.insertBatch({manualIncident()}, options, &feedback);
      REQUIRE_FALSE(cancelled);
      CHECK(cancelled.error().code == ErrorCode::Cancelled);
      CHECK(store.imports()->size() == 2);
      CHECK(*store.count(IncidentFilter::all()) == 600);
    });
}

TEST_CASE("Behaviour: the municipality as recorded and changed", "[behaviour]")
{
  forEachBackend(
    [](BehaviourStore &s)
    {
      IncidentStore &store = *s.store;
      const auto recorded = *store.municipality();
      REQUIRE(recorded);
      CHECK(recorded->code == QLatin1String("1960"));
      CHECK(recorded->name == QStringLiteral("Kungsör"));
      REQUIRE(store.setMunicipality(*Municipality::fromCode(QStringLiteral("1984"))));
      CHECK((*store.municipality())->name == QLatin1String("Arboga"));
    });
}

TEST_CASE("Behaviour: a store opened for reading reads and refuses every write", "[behaviour]")
{
  forEachBackend(
    [](BehaviourStore &s)
    {
      REQUIRE(s.store->insertBatch(behaviourIncidents(), IncidentStore::InsertOptions()));
      s.store.reset();
      auto opened = IncidentStore::open(s.location, StoreAccess::Read);
      INFO((opened ? std::string() : text(opened.error())));
      REQUIRE(opened);
      IncidentStore &store = **opened;
      CHECK(store.isOpenForReading());
      CHECK(*store.count(IncidentFilter::all()) == 600);
      CHECK_FALSE(store.insertIncident(manualIncident(), QStringLiteral("anna")));
      CHECK_FALSE(store.insertBatch({manualIncident()}, IncidentStore::InsertOptions()));
      CHECK_FALSE(store.upsertArea(behaviourAreas()[0]));
      CHECK_FALSE(store.upsertCategory(
        Category{0, QStringLiteral("ny"), QStringLiteral("Ny"), QString(), IncidentKind::Report, QString(), QString()}));
      Intervention named;
      named.type = QStringLiteral("guards");
      named.centre = PointXY{562500, 6582500};
      CHECK_FALSE(store.insertIntervention(named, QStringLiteral("anna")));
      CHECK_FALSE(store.setMunicipality(*Municipality::fromCode(QStringLiteral("1984"))));
      CHECK(*store.count(IncidentFilter::all()) == 600);
    });
}
