// The roles, enforced by PostgreSQL: each login connects with plain SQL (libpq, not our API) and
// is refused what its role may not do; each refusal has a permitted counterpart in the same test,
// so a test fails when the refusal comes from something else.
#include "sqlsession.h"
#include "storefixture.h"

#include <catch2/catch.hpp>

using namespace lagesbild::test;

namespace
{
constexpr const char *kInsufficientPrivilege = "42501"; // also a row-level security violation

SqlSession connectAs(const QString &who)
{
  SqlSession session(ServerStoreFixture::shared().connection(who));
  if (!session.connected())
    FAIL(session.connectError().toStdString());
  return session;
}

QString insertReport(SqlSession &session, const QString &source, const QString &description)
{
  const SqlOutcome inserted =
    session.run(ServerStoreFixture::insertSql(QStringLiteral("report"), QStringLiteral("klotter"), source, description));
  INFO(inserted.describe().toStdString());
  REQUIRE(inserted.ok);
  return inserted.rows.front().front();
}
} // namespace

TEST_CASE("A reporter inserts reports for its own organisation only", "[server][roles]")
{
  SqlSession housing = connectAs(QStringLiteral("housing"));
  insertReport(housing, QStringLiteral("bostadsbolaget"), QStringLiteral("Källaren på Drottninggatan 4"));

  const SqlOutcome forOther = housing.run(ServerStoreFixture::insertSql(QStringLiteral("report"), QStringLiteral("klotter"),
                                                                        QStringLiteral("vaktare"), QStringLiteral("i väktarnas namn")));
  CHECK_FALSE(forOther.ok);
  CHECK(forOther.sqlState == QLatin1String(kInsufficientPrivilege));
  CHECK(forOther.message.contains(QLatin1String("row-level security")));

  const SqlOutcome crime = housing.run(ServerStoreFixture::insertSql(QStringLiteral("crime"), QStringLiteral("brott_skadegorelse"),
                                                                     QStringLiteral("bostadsbolaget"), QStringLiteral("ett brott")));
  CHECK(crime.sqlState == QLatin1String(kInsufficientPrivilege));

  // The server sets who and when; a reporter cannot write them.
  const SqlOutcome backdated = housing.run(
    QStringLiteral("INSERT INTO lagesbild.incidents (kind, category, source, occurred_from, created_at) VALUES (2, "
                   "(SELECT id FROM lagesbild.categories WHERE code = 'klotter'), (SELECT id FROM lagesbild.sources WHERE code = "
                   "'bostadsbolaget'), now(), now() - interval '1 year')"));
  CHECK(backdated.sqlState == QLatin1String(kInsufficientPrivilege));
}

TEST_CASE("A reporter cannot read another organisation's descriptions", "[server][roles]")
{
  SqlSession housing = connectAs(QStringLiteral("housing"));
  SqlSession guards = connectAs(QStringLiteral("guards"));
  const QString secret = QStringLiteral("Namngiven boende i trapphus B");
  const QString fid = insertReport(housing, QStringLiteral("bostadsbolaget"), secret);
  const QString ownFid = insertReport(guards, QStringLiteral("vaktare"), QStringLiteral("Rond 23:10, dörren uppbruten"));

  // The base table shows the guards their own rows only.
  CHECK(guards.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents WHERE fid = %1").arg(fid)) == QLatin1String("0"));
  CHECK(guards.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents WHERE description = '%1'").arg(secret)) ==
        QLatin1String("0"));
  CHECK(guards.value(QStringLiteral("SELECT description FROM lagesbild.incidents WHERE fid = %1").arg(ownFid)) ==
        QStringLiteral("Rond 23:10, dörren uppbruten"));

  // The shared view shows the other organisation's incident, place and time, without its text.
  const SqlOutcome shared = guards.run(
    QStringLiteral("SELECT s.code, i.description IS NULL, ST_X(i.geom) FROM lagesbild.incidents_shared i JOIN lagesbild.sources s "
                   "ON s.id = i.source WHERE i.fid = %1")
      .arg(fid));
  REQUIRE(shared.ok);
  REQUIRE(shared.rows.size() == 1);
  CHECK(shared.rows.front() == QStringList{QStringLiteral("bostadsbolaget"), QStringLiteral("t"), QStringLiteral("562800")});
  CHECK(guards.value(QStringLiteral("SELECT description FROM lagesbild.incidents_shared WHERE fid = %1").arg(ownFid)) ==
        QStringLiteral("Rond 23:10, dörren uppbruten"));
  CHECK(guards.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents_shared WHERE description = '%1'").arg(secret)) ==
        QLatin1String("0"));

  // Nor the audit, which holds the text before and after every change.
  CHECK(guards.run(QStringLiteral("SELECT count(*) FROM lagesbild.audit")).sqlState == QLatin1String(kInsufficientPrivilege));
  // Nor can it correct the other organisation's row.
  const SqlOutcome changed = guards.run(QStringLiteral("UPDATE lagesbild.incidents SET description = 'ändrad' WHERE fid = %1").arg(fid));
  REQUIRE(changed.ok);
  CHECK(changed.changed == 0);
}

TEST_CASE("A reporter corrects its own rows for 30 days and not after", "[server][roles]")
{
  SqlSession housing = connectAs(QStringLiteral("housing"));
  SqlSession admin = connectAs(QStringLiteral("postgres"));
  const QString recent = insertReport(housing, QStringLiteral("bostadsbolaget"), QStringLiteral("29 dagar gammal"));
  const QString old = insertReport(housing, QStringLiteral("bostadsbolaget"), QStringLiteral("31 dagar gammal"));
  // The server keeps created_at on every update; only with triggers off can a test age a row.
  REQUIRE(admin.run(QStringLiteral("SET session_replication_role = replica")).ok);
  REQUIRE(
    admin.run(QStringLiteral("UPDATE lagesbild.incidents SET created_at = now() - interval '29 days' WHERE fid = %1").arg(recent)).ok);
  REQUIRE(admin.run(QStringLiteral("UPDATE lagesbild.incidents SET created_at = now() - interval '31 days' WHERE fid = %1").arg(old)).ok);

  const SqlOutcome correctedRecent =
    housing.run(QStringLiteral("UPDATE lagesbild.incidents SET description = 'rättad' WHERE fid = %1").arg(recent));
  REQUIRE(correctedRecent.ok);
  CHECK(correctedRecent.changed == 1);
  const SqlOutcome correctedOld =
    housing.run(QStringLiteral("UPDATE lagesbild.incidents SET description = 'rättad' WHERE fid = %1").arg(old));
  REQUIRE(correctedOld.ok);
  CHECK(correctedOld.changed == 0);
  CHECK(admin.value(QStringLiteral("SELECT description FROM lagesbild.incidents WHERE fid = %1").arg(old)) ==
        QStringLiteral("31 dagar gammal"));
  CHECK(admin.value(QStringLiteral("SELECT description FROM lagesbild.incidents WHERE fid = %1").arg(recent)) == QStringLiteral("rättad"));

  // Nor can a correction move a row to another organisation or make it younger.
  const SqlOutcome moved = housing.run(
    QStringLiteral("UPDATE lagesbild.incidents SET source = (SELECT id FROM lagesbild.sources WHERE code = 'vaktare') WHERE fid = %1")
      .arg(recent));
  CHECK(moved.sqlState == QLatin1String(kInsufficientPrivilege));
  const SqlOutcome rejuvenated = housing.run(QStringLiteral("UPDATE lagesbild.incidents SET created_at = now() WHERE fid = %1").arg(old));
  CHECK(rejuvenated.sqlState == QLatin1String(kInsufficientPrivilege));
  const SqlOutcome deleted = housing.run(QStringLiteral("DELETE FROM lagesbild.incidents WHERE fid = %1").arg(recent));
  CHECK(deleted.sqlState == QLatin1String(kInsufficientPrivilege));
}

TEST_CASE("The public role sees grid counts with small counts suppressed and no single incident", "[server][roles]")
{
  SqlSession coordinator = connectAs(QStringLiteral("coordinator"));
  SqlSession publicRole = connectAs(QStringLiteral("public"));
  // Five reports in one 250 m cell far from the others, two in the next cell.
  for (int i = 0; i < 5; ++i)
    REQUIRE(coordinator
              .run(ServerStoreFixture::insertSql(QStringLiteral("report"), QStringLiteral("brand"), QStringLiteral("kommunen"),
                                                 QStringLiteral("brand %1").arg(i), 500010 + i, 6500010))
              .ok);
  for (int i = 0; i < 2; ++i)
    REQUIRE(coordinator
              .run(ServerStoreFixture::insertSql(QStringLiteral("report"), QStringLiteral("brand"), QStringLiteral("kommunen"),
                                                 QStringLiteral("brand %1").arg(i), 500260 + i, 6500010))
              .ok);

  const SqlOutcome cells =
    publicRole.run(QStringLiteral("SELECT x, y, incidents FROM lagesbild.public_grid_counts WHERE x < 501000 AND y < 6501000 ORDER BY x"));
  INFO(cells.describe().toStdString());
  REQUIRE(cells.ok);
  REQUIRE(cells.rows.size() == 1);
  CHECK(cells.rows.front() == QStringList{QStringLiteral("500125"), QStringLiteral("6500125"), QStringLiteral("5")});

  for (const char *table : {"lagesbild.incidents", "lagesbild.incidents_shared", "lagesbild.sources", "lagesbild.audit"})
  {
    const SqlOutcome single = publicRole.run(QStringLiteral("SELECT * FROM %1 LIMIT 1").arg(QString::fromLatin1(table)));
    INFO(table);
    CHECK(single.sqlState == QLatin1String(kInsufficientPrivilege));
  }
}

TEST_CASE("An analyst reads every incident and writes interventions but no incident", "[server][roles]")
{
  SqlSession analyst = connectAs(QStringLiteral("analyst"));
  SqlSession admin = connectAs(QStringLiteral("postgres"));
  const QString all = admin.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents"));
  CHECK(analyst.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents")) == all);
  CHECK(analyst.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents WHERE description IS NOT NULL")) ==
        admin.value(QStringLiteral("SELECT count(*) FROM lagesbild.incidents WHERE description IS NOT NULL")));

  const SqlOutcome inserted = analyst.run(ServerStoreFixture::insertSql(QStringLiteral("report"), QStringLiteral("klotter"),
                                                                        QStringLiteral("kommunen"), QStringLiteral("analytikern")));
  CHECK(inserted.sqlState == QLatin1String(kInsufficientPrivilege));
  CHECK(analyst.run(QStringLiteral("UPDATE lagesbild.incidents SET description = 'x'")).sqlState == QLatin1String(kInsufficientPrivilege));
  CHECK(analyst.run(QStringLiteral("DELETE FROM lagesbild.incidents")).sqlState == QLatin1String(kInsufficientPrivilege));

  const SqlOutcome intervention =
    analyst.run(QStringLiteral("INSERT INTO lagesbild.interventions (intervention_type, title, shape, start_at) VALUES ('night_walks', "
                               "'Nattvandring vid torget', 'none', '2021-09-01') RETURNING fid"));
  INFO(intervention.describe().toStdString());
  CHECK(intervention.ok);
  const SqlOutcome saved = analyst.run(
    QStringLiteral("INSERT INTO lagesbild.saved_analyses (name, definition) VALUES ('2020 mot 2021', '{\"by\": \"category\"}')"));
  CHECK(saved.ok);
  CHECK(analyst.run(QStringLiteral("INSERT INTO lagesbild.areas (code, name) VALUES ('x', 'x')")).sqlState ==
        QLatin1String(kInsufficientPrivilege));
}

TEST_CASE("The police read everything and write reported crimes only", "[server][roles]")
{
  SqlSession police = connectAs(QStringLiteral("police"));
  SqlSession housing = connectAs(QStringLiteral("housing"));
  const QString report = insertReport(housing, QStringLiteral("bostadsbolaget"), QStringLiteral("polisen läser detta"));
  CHECK(police.value(QStringLiteral("SELECT description FROM lagesbild.incidents WHERE fid = %1").arg(report)) ==
        QStringLiteral("polisen läser detta"));

  const SqlOutcome crime = police.run(ServerStoreFixture::insertSql(QStringLiteral("crime"), QStringLiteral("brott_skadegorelse"),
                                                                    QStringLiteral("polisen"), QStringLiteral("anmälan")));
  INFO(crime.describe().toStdString());
  CHECK(crime.ok);
  const SqlOutcome asReport = police.run(ServerStoreFixture::insertSql(QStringLiteral("report"), QStringLiteral("klotter"),
                                                                       QStringLiteral("polisen"), QStringLiteral("rapport")));
  CHECK(asReport.sqlState == QLatin1String(kInsufficientPrivilege));
  const SqlOutcome changeReport = police.run(QStringLiteral("UPDATE lagesbild.incidents SET description = 'x' WHERE fid = %1").arg(report));
  REQUIRE(changeReport.ok);
  CHECK(changeReport.changed == 0);
}

TEST_CASE("A reporter's de-duplication key cannot make another organisation's report a duplicate", "[server][roles]")
{
  SqlSession housing = connectAs(QStringLiteral("housing"));
  SqlSession guards = connectAs(QStringLiteral("guards"));
  const QString key = QStringLiteral("7319022233445566");
  // The guards write a key the housing company's next report will have (keys are public knowledge:
  // the hash of source and external id is in the code).
  const SqlOutcome planted =
    guards.run(QStringLiteral("INSERT INTO lagesbild.incidents (kind, category, source, occurred_from, dedup_key) VALUES (2, "
                              "(SELECT id FROM lagesbild.categories WHERE code = 'klotter'), lagesbild.my_organisation(), now(), %1)")
                 .arg(key));
  INFO(planted.describe().toStdString());
  REQUIRE(planted.ok);
  // The housing company's report with the same key is stored, not skipped as a duplicate …
  const SqlOutcome own =
    housing.run(QStringLiteral("INSERT INTO lagesbild.incidents (kind, category, source, occurred_from, dedup_key) VALUES (2, "
                               "(SELECT id FROM lagesbild.categories WHERE code = 'klotter'), lagesbild.my_organisation(), now(), %1) "
                               "ON CONFLICT (source, dedup_key) DO NOTHING RETURNING fid")
                  .arg(key));
  INFO(own.describe().toStdString());
  REQUIRE(own.ok);
  CHECK(own.rows.size() == 1);
  // … while the same key within one organisation is still the same record.
  const SqlOutcome again =
    housing.run(QStringLiteral("INSERT INTO lagesbild.incidents (kind, category, source, occurred_from, dedup_key) VALUES (2, "
                               "(SELECT id FROM lagesbild.categories WHERE code = 'klotter'), lagesbild.my_organisation(), now(), %1) "
                               "ON CONFLICT (source, dedup_key) DO NOTHING RETURNING fid")
                  .arg(key));
  REQUIRE(again.ok);
  CHECK(again.rows.empty());
}
