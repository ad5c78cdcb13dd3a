// Reading real files: the police feed's types as crime or report, what a mapping names wins
// over recognised headers, dates split over columns, and Swedish case-number headers.
#include "importertesthelpers.h"

#include "importer/policefeedtypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <set>

using namespace lagesbild;
using namespace lagesbild::importer;
using namespace lagesbild::importer::test;

namespace
{
ImportOptions withDefaults()
{
  ImportOptions options;
  options.known.sources = {{QStringLiteral("polisen"), QStringLiteral("Polisen")}};
  for (const char *code :
       {"brott_misshandel", "brott_hot_ofredande", "brott_sexualbrott", "brott_ran", "brott_stold_snatteri", "brott_inbrott",
        "brott_fordonsbrott", "brott_skadegorelse", "brott_narkotika", "brott_trafik", "brott_bedrageri", "brott_ovrigt"})
  {
    Category category;
    category.code = QString::fromLatin1(code);
    category.nameSv = category.code;
    category.kind = IncidentKind::Crime;
    options.known.categories.push_back(category);
  }
  for (const char *code : {"brand", "berusade_personer", "hot_brak", "otrygg_samling", "ovrigt"})
  {
    Category category;
    category.code = QString::fromLatin1(code);
    category.nameSv = category.code;
    category.kind = IncidentKind::Report;
    options.known.categories.push_back(category);
  }
  return options;
}

QByteArray feedOf(const QStringList &types)
{
  QJsonArray events;
  int id = 1000;
  for (const QString &type : types)
  {
    QJsonObject event;
    event.insert(QStringLiteral("id"), ++id);
    event.insert(QStringLiteral("datetime"), QStringLiteral("2024-05-02 14:10:00 +02:00"));
    event.insert(QStringLiteral("name"), QStringLiteral("2 maj 13.40, %1, Kungsör").arg(type));
    event.insert(QStringLiteral("type"), type);
    event.insert(QStringLiteral("summary"), QString());
    event.insert(QStringLiteral("url"), QString());
    event.insert(QStringLiteral("location"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Kungsör")},
                                                         {QStringLiteral("gps"), QStringLiteral("59.422571,16.096306")}});
    events.append(event);
  }
  return QJsonDocument(events).toJson();
}
} // namespace

TEST_CASE("police feed: every type in the table gets its kind and category", "[importer]")
{
  QStringList types;
  for (const PoliceFeedType &type : PoliceFeedTypes::all())
    types.append(QString::fromUtf8(type.type));
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("events.json"), feedOf(types));
  const ParsedImport parsed = readOk(path, withDefaults());
  REQUIRE(parsed.incidents.size() == PoliceFeedTypes::all().size());
  std::set<QString> newNames;
  for (const Category &category : parsed.newCategories)
    newNames.insert(category.nameSv);
  for (std::size_t i = 0; i < parsed.incidents.size(); ++i)
  {
    const PoliceFeedType &type = PoliceFeedTypes::all()[i];
    const Incident &incident = parsed.incidents[i];
    INFO(type.type);
    CHECK(incident.kind == type.kind);
    const QString category = QString::fromUtf8(type.category);
    // A default code is used as is; a name becomes a new category of the same kind.
    if (newNames.count(category))
      CHECK(incident.category == ReferenceResolver::slug(category));
    else
      CHECK(incident.category == category);
  }
  // No unknown types: no warning about them.
  for (const ImportIssue &warning : parsed.warnings)
    CHECK_FALSE(warning.field == QStringLiteral("type"));
}

TEST_CASE("police feed: non-crimes are reports, unknown types reports in Övrigt with a warning", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(
    dir, QStringLiteral("events.json"),
    feedOf({QStringLiteral("Trafikolycka"), QStringLiteral("Brand"), QStringLiteral("Försvunnen person"), QStringLiteral("Misshandel"),
            QStringLiteral("Sammanfattning kväll och natt"), QStringLiteral("Ny konstig typ"), QStringLiteral("Ny konstig typ")}));
  const ParsedImport parsed = readOk(path, withDefaults());
  REQUIRE(parsed.incidents.size() == 7);
  CHECK(parsed.incidents[0].kind == IncidentKind::Report);
  CHECK(parsed.incidents[1].kind == IncidentKind::Report);
  CHECK(parsed.incidents[1].category == QStringLiteral("brand"));
  CHECK(parsed.incidents[2].kind == IncidentKind::Report);
  CHECK(parsed.incidents[3].kind == IncidentKind::Crime);
  CHECK(parsed.incidents[3].category == QStringLiteral("brott_misshandel"));
  CHECK(parsed.incidents[4].kind == IncidentKind::Report);
  CHECK(parsed.incidents[5].kind == IncidentKind::Report);
  CHECK(parsed.incidents[5].category == QStringLiteral("ovrigt"));
  const auto warning = std::find_if(parsed.warnings.begin(), parsed.warnings.end(),
                                    [](const ImportIssue &issue) { return issue.field == QStringLiteral("type"); });
  REQUIRE(warning != parsed.warnings.end());
  CHECK(warning->message.contains(QStringLiteral("Ny konstig typ")));
  CHECK(warning->message.count(QStringLiteral("Ny konstig typ")) == 1);
  // --kind still overrides the table.
  ImportOptions crimes = withDefaults();
  crimes.kind = IncidentKind::Crime;
  const ParsedImport forced = readOk(path, crimes);
  CHECK(forced.incidents[0].kind == IncidentKind::Crime);
}

TEST_CASE("mapping: the column it names wins over a recognised header", "[importer]")
{
  // Vancouver's open crime data: TYPE,YEAR,MONTH,DAY,HOUR,MINUTE,… and a mapping naming "occurred".
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("vancouver.csv"),
                                    "TYPE,DATE_TIME,DAY,X,Y\n"
                                    "Mischief,2021-03-05 22:30,19,59.4226,16.0963\n");
  ImportOptions options = withDefaults();
  auto mapping = ColumnMapping::fromJson(R"({"columns": {"occurred": "DATE_TIME", "category": "TYPE", "lat": "X", "lon": "Y"}})",
                                         QStringLiteral("map.json"));
  REQUIRE(mapping.ok());
  options.mapping = *mapping;
  const ParsedImport parsed = readOk(path, options);
  INFO(allIssues(parsed.errors).toStdString());
  REQUIRE(parsed.incidents.size() == 1);
  CHECK(parsed.incidents[0].occurredFrom == utc(2021, 3, 5, 21, 30));
  // The mapping's lat/lon, not X/Y read as SWEREF 99 TM.
  CHECK(parsed.incidents[0].y > 6.5e6);
}

TEST_CASE("split dates: year, month, day, hour, minute columns", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("split.csv"),
                                    "TYPE,YEAR,MONTH,DAY,HOUR,MINUTE,lat,lon\n"
                                    "Klotter,2021,3,5,22,30,59.4226,16.0963\n"
                                    "Klotter,2021,7,1,,,59.4226,16.0963\n"
                                    "Klotter,2021,2,30,1,0,59.4226,16.0963\n");
  const ParsedImport parsed = readOk(path, withDefaults());
  REQUIRE(parsed.incidents.size() == 2);
  CHECK(parsed.incidents[0].occurredFrom == utc(2021, 3, 5, 21, 30));
  // No hour: the whole local day.
  CHECK(parsed.incidents[1].occurredFrom == utc(2021, 6, 30, 22, 0));
  CHECK(parsed.incidents[1].occurredTo == utc(2021, 7, 1, 21, 59, 59));
  REQUIRE(parsed.errors.size() == 1);
  CHECK(parsed.errors[0].line == 4);

  // The same through a mapping with other names.
  const QString named = writeFixture(dir, QStringLiteral("named.csv"),
                                     "Typ;Ar;Man;Dagnr;Tim;Min;lat;lon\n"
                                     "Klotter;2021;3;5;22;30;59,4226;16,0963\n");
  ImportOptions options = withDefaults();
  auto mapping = ColumnMapping::fromJson(
    R"({"columns": {"category": "Typ", "year": "Ar", "month": "Man", "day": "Dagnr", "hour": "Tim", "minute": "Min"}})",
    QStringLiteral("map.json"));
  REQUIRE(mapping.ok());
  options.mapping = *mapping;
  const ParsedImport mapped = readOk(named, options);
  REQUIRE(mapped.incidents.size() == 1);
  CHECK(mapped.incidents[0].occurredFrom == utc(2021, 3, 5, 21, 30));
}

TEST_CASE("split dates: a date column and a time column in the mapping", "[importer]")
{
  QTemporaryDir dir;
  const QString path = writeFixture(dir, QStringLiteral("datetime.csv"),
                                    "Händelsedag;Klockslag;Kategori;lat;lon\n"
                                    "2021-03-05;22:30;Klotter;59,4226;16,0963\n");
  ImportOptions options = withDefaults();
  auto mapping = ColumnMapping::fromJson(R"({"columns": {"date": "Händelsedag", "time": "Klockslag"}})", QStringLiteral("map.json"));
  REQUIRE(mapping.ok());
  options.mapping = *mapping;
  const ParsedImport parsed = readOk(path, options);
  REQUIRE(parsed.incidents.size() == 1);
  CHECK(parsed.incidents[0].occurredFrom == utc(2021, 3, 5, 21, 30));
}

TEST_CASE("Ärende-id, Ärendenummer and Diarienummer are the external id", "[importer]")
{
  QTemporaryDir dir;
  for (const char *header : {"Ärende-id", "Ärendenummer", "Diarienummer"})
  {
    INFO(header);
    const QString path =
      writeFixture(dir, QStringLiteral("ids.csv"),
                   QByteArray(header) + ";datum;kategori;lat;lon\nKS-2021-17;2021-03-05 22:30;Klotter;59,4226;16,0963\n");
    const ParsedImport parsed = readOk(path, withDefaults());
    REQUIRE(parsed.incidents.size() == 1);
    CHECK(parsed.incidents[0].externalId == QStringLiteral("KS-2021-17"));
  }
}
