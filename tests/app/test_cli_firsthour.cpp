// The command line as a new coordinator meets it, run as a child process: `init --municipality`
// records the municipality in the store (and refuses an unknown code), the demo store knows it is
// Kungsör, and the report command's summary is Swedish ("1 sida", "3 sidor", a decimal comma).
#include "store/geopackage/geopackagestore.h"
#include "store/geopackage/storemunicipality.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <optional>

using namespace lagesbild;

namespace
{
struct Run
{
    int exitCode = -1;
    QString output;
    QString error;
};

Run cli(const QStringList &arguments, const QString &language = QStringLiteral("sv"))
{
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("LAGESBILD_LANG"), language);
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(LAGESBILD_BINARY_DIR "/bin/lagesbild-cli"), arguments);
  REQUIRE(process.waitForFinished(300000));
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

std::optional<Municipality> municipalityOf(const QString &path)
{
  auto store = GeoPackageStore::open(path);
  REQUIRE(store.ok());
  auto municipality = StoreMunicipality::read(**store);
  REQUIRE(municipality.ok());
  return *municipality;
}
} // namespace

TEST_CASE("init --municipality records the municipality in the store", "[cli][municipality]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("kungsor.gpkg"));
  const Run run = cli({QStringLiteral("init"), path, QStringLiteral("--municipality"), QStringLiteral("1960")});
  INFO(run.output.toStdString() << run.error.toStdString());
  REQUIRE(run.exitCode == 0);
  CHECK(run.output.contains(QStringLiteral("Kungsör (1960)")));
  const auto municipality = municipalityOf(path);
  REQUIRE(municipality);
  CHECK(municipality->code == QStringLiteral("1960"));
  CHECK(municipality->name == QStringLiteral("Kungsör"));

  SECTION("by name as well")
  {
    const QString other = dir.filePath(QStringLiteral("arboga.gpkg"));
    REQUIRE(cli({QStringLiteral("init"), other, QStringLiteral("--municipality"), QStringLiteral("Arboga")}).exitCode == 0);
    const auto arboga = municipalityOf(other);
    REQUIRE(arboga);
    CHECK(arboga->code == QStringLiteral("1984"));
  }
  SECTION("an unknown code is a usage error and no store is written")
  {
    const QString bad = dir.filePath(QStringLiteral("bad.gpkg"));
    const Run refused = cli({QStringLiteral("init"), bad, QStringLiteral("--municipality"), QStringLiteral("9999")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.error.contains(QStringLiteral("9999")));
    CHECK_FALSE(QFileInfo::exists(bad));
  }
  SECTION("without --municipality a store has none")
  {
    const QString plain = dir.filePath(QStringLiteral("plain.gpkg"));
    REQUIRE(cli({QStringLiteral("init"), plain}).exitCode == 0);
    CHECK_FALSE(municipalityOf(plain));
  }
}

TEST_CASE("The demo store is Kungsör, and the report says so in Swedish with Swedish numbers", "[cli][municipality][report]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
  REQUIRE(cli({QStringLiteral("demo"), path}).exitCode == 0);
  const auto municipality = municipalityOf(path);
  REQUIRE(municipality);
  CHECK(municipality->displayName() == QStringLiteral("Kungsör (1960)"));

  const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
  const Run sheet = cli(
    {QStringLiteral("report"), path, QStringLiteral("--period"), QStringLiteral("2021-01-01..2021-12-12"), QStringLiteral("--out"), pdf});
  INFO(sheet.output.toStdString() << sheet.error.toStdString());
  REQUIRE(sheet.exitCode == 0);
  // One page: the singular, never "1 sidor"; seconds with a decimal comma, never "0.69 s".
  CHECK(sheet.output.contains(QStringLiteral("1 sida,")));
  CHECK_FALSE(sheet.output.contains(QStringLiteral("sidor")));
  CHECK(sheet.output.contains(QRegularExpression(QStringLiteral("\\d+,\\d\\d s"))));
  CHECK_FALSE(sheet.output.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+ s"))));

  const QString report = dir.filePath(QStringLiteral("report.pdf"));
  const Run full = cli({QStringLiteral("report"), path, QStringLiteral("--period"), QStringLiteral("2021-01-01..2021-12-12"),
                        QStringLiteral("--template"), QStringLiteral("report"), QStringLiteral("--out"), report});
  REQUIRE(full.exitCode == 0);
  CHECK(full.output.contains(QStringLiteral("3 sidor")));
}
