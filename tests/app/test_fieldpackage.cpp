// lagesbild-cli field-package and the import of its returned reports (issue 19, "reporting from
// the street with QField"): the written project read back with QgsProject headless — the report
// form's value map, default values, constraints, the fixed organisation, the CRS and the base
// map — and reports written into the package with OGR, as QField would, merged twice through
// the CLI: each report is imported once, later imports add only the new ones.
#include "clirunner.h"
#include "importer/fieldpackageformat.h"
#include "store/incidentstore.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgsdefaultvalue.h>
#include <qgseditformconfig.h>
#include <qgseditorwidgetsetup.h>
#include <qgsfieldconstraints.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerutils.h>

#include <memory>

namespace Catch
{
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

using namespace lagesbild;
using namespace lagesbild::clitest;
namespace format = lagesbild::importer::fieldpackage;

namespace
{
const QString kOrganisation = QStringLiteral("nattvandrare");

struct Package
{
    QString store;
    QString project;
    QString geoPackage;
};

Package writePackage(const QTemporaryDir &dir)
{
  Package package;
  package.store = demoStoreCopy(dir.path());
  // The demo store's offline base map lies beside it.
  const QString baseMap = QFileInfo(demoStore()).absoluteDir().filePath(QStringLiteral("kungsor-karta.gpkg"));
  REQUIRE(QFile::copy(baseMap, dir.filePath(QStringLiteral("kungsor-karta.gpkg"))));
  const QString out = dir.filePath(QStringLiteral("paket"));
  const CliRun run =
    runCli({QStringLiteral("field-package"), package.store, QStringLiteral("--organisation"), kOrganisation, QStringLiteral("--out"), out});
  INFO(run.error.toStdString());
  REQUIRE(run.exitCode == 0);
  package.project = QDir(out).filePath(QStringLiteral("faltrapporter-nattvandrare.qgs"));
  package.geoPackage = QDir(out).filePath(QStringLiteral("faltrapporter-nattvandrare.gpkg"));
  REQUIRE(QFileInfo::exists(package.project));
  REQUIRE(QFileInfo::exists(package.geoPackage));
  // The store's own base map was copied into the package.
  CHECK(QFileInfo::exists(QDir(out).filePath(QStringLiteral("kungsor-karta.gpkg"))));
  return package;
}

struct DatasetCloser
{
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};

struct FieldReport
{
    QString id;
    QString category;
    QString occurred; //!< "YYYY/MM/DD HH:MM:SS", local time as a phone writes it
    double x = 0.0;
    double y = 0.0;
    QString description;
};

//! Appends reports to the package's layer with OGR, as QField does when a report is saved.
void addReports(const QString &geoPackage, const std::vector<FieldReport> &reports)
{
  GDALAllRegister();
  std::unique_ptr<GDALDataset, DatasetCloser> dataset(
    GDALDataset::FromHandle(GDALOpenEx(geoPackage.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
  REQUIRE(dataset);
  OGRLayer *layer = dataset->GetLayerByName(format::kLayerName);
  REQUIRE(layer);
  for (const FieldReport &report : reports)
  {
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField(format::kReportIdField, report.id.toUtf8().constData());
    feature.SetField(format::kCategoryField, report.category.toUtf8().constData());
    feature.SetField(format::kOccurredField, report.occurred.toUtf8().constData());
    feature.SetField(format::kOrganisationField, kOrganisation.toUtf8().constData());
    if (!report.description.isNull())
      feature.SetField(format::kDescriptionField, report.description.toUtf8().constData());
    OGRPoint point(report.x, report.y);
    feature.SetGeometry(&point);
    REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
  }
}

std::vector<Category> reportCategories(const QString &store)
{
  auto opened = IncidentStore::open(store, StoreAccess::Read);
  REQUIRE(opened.ok());
  std::vector<Category> result;
  const auto categories = (*opened)->categories();
  REQUIRE(categories.ok());
  for (const Category &category : *categories)
    if (category.kind == IncidentKind::Report)
      result.push_back(category);
  return result;
}

std::int64_t reportsFrom(const QString &store, const QString &source)
{
  auto opened = IncidentStore::open(store, StoreAccess::Read);
  REQUIRE(opened.ok());
  IncidentFilter filter = IncidentFilter::all();
  filter.sources = QStringList{source};
  return (*opened)->count(filter).value();
}

FieldReport report(const QString &category, const QString &occurred, double offset, const QString &description = QString())
{
  // In Kungsör (EPSG:3006), a few metres apart.
  return {QUuid::createUuid().toString(), category, occurred, 584200.0 + offset, 6589200.0 + offset, description};
}

QString importedLine(const CliRun &run)
{
  static const QRegularExpression line(QStringLiteral("imported (\\d+), duplicates (\\d+)"));
  const auto match = line.match(run.output);
  return match.hasMatch() ? match.captured(1) + QLatin1Char('/') + match.captured(2) : run.output + run.error;
}
} // namespace

TEST_CASE("field-package: the project opens headless with the report form of the store's report categories", "[fieldpackage]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const Package package = writePackage(dir);

  QgsProject project;
  REQUIRE(project.read(package.project));
  CHECK(project.crs().authid() == QStringLiteral("EPSG:3006"));
  QgsVectorLayer *reports = nullptr;
  int baseMapLayers = 0;
  for (QgsMapLayer *layer : project.mapLayers())
  {
    INFO(layer->name().toStdString() << " " << layer->source().toStdString());
    CHECK(layer->isValid());
    if (layer->source().contains(QLatin1String(format::kLayerName)))
      reports = qobject_cast<QgsVectorLayer *>(layer);
    else
      ++baseMapLayers;
  }
  REQUIRE(reports);
  CHECK(baseMapLayers > 0);
  CHECK(reports->crs().authid() == QStringLiteral("EPSG:3006"));
  CHECK(reports->geometryType() == QgsWkbTypes::PointGeometry);
  // The paths are relative, so the folder can be copied to a phone.
  {
    QFile file(package.project);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(QFileInfo(dir.path()).absoluteFilePath().toUtf8() + "/paket"));
  }

  const QgsFields fields = reports->fields();
  const int reportId = fields.lookupField(QLatin1String(format::kReportIdField));
  const int category = fields.lookupField(QLatin1String(format::kCategoryField));
  const int occurred = fields.lookupField(QLatin1String(format::kOccurredField));
  const int organisation = fields.lookupField(QLatin1String(format::kOrganisationField));
  const int description = fields.lookupField(QLatin1String(format::kDescriptionField));
  REQUIRE(reportId >= 0);
  REQUIRE(category >= 0);
  REQUIRE(occurred >= 0);
  REQUIRE(organisation >= 0);
  REQUIRE(description >= 0);
  CHECK(fields.indexOf(QStringLiteral("photo")) < 0);

  SECTION("the category is a value map of exactly the store's report categories, name to code")
  {
    const QgsEditorWidgetSetup setup = reports->editorWidgetSetup(category);
    CHECK(setup.type() == QStringLiteral("ValueMap"));
    const QVariantList entries = setup.config().value(QStringLiteral("map")).toList();
    const std::vector<Category> expected = reportCategories(package.store);
    REQUIRE(!expected.empty());
    REQUIRE(entries.size() == static_cast<int>(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i)
    {
      const QVariantMap entry = entries.at(static_cast<int>(i)).toMap();
      REQUIRE(entry.size() == 1);
      CHECK(entry.firstKey() == expected[i].nameSv);
      CHECK(entry.first().toString() == expected[i].code);
    }
  }
  SECTION("default values: a uuid() report id, now() as the time, the organisation fixed")
  {
    CHECK(reports->defaultValueDefinition(reportId).expression() == QStringLiteral("uuid()"));
    CHECK(reports->defaultValueDefinition(occurred).expression() == QStringLiteral("now()"));
    CHECK(reports->defaultValueDefinition(organisation).expression() == QStringLiteral("'nattvandrare'"));
    CHECK(reports->editorWidgetSetup(occurred).type() == QStringLiteral("DateTime"));
    CHECK(reports->editorWidgetSetup(reportId).type() == QStringLiteral("Hidden"));
    const QgsEditFormConfig form = reports->editFormConfig();
    CHECK(form.readOnly(organisation));
    CHECK(form.readOnly(reportId));
    CHECK_FALSE(form.readOnly(category));
    CHECK_FALSE(form.readOnly(description));
  }
  SECTION("required fields have hard NOT NULL constraints; organisation and description are checked")
  {
    for (const int index : {reportId, category, occurred, organisation})
    {
      INFO(fields.at(index).name().toStdString());
      const QgsFieldConstraints constraints = fields.at(index).constraints();
      CHECK((constraints.constraints() & QgsFieldConstraints::ConstraintNotNull));
      CHECK(constraints.constraintStrength(QgsFieldConstraints::ConstraintNotNull) == QgsFieldConstraints::ConstraintStrengthHard);
    }
    CHECK((fields.at(reportId).constraints().constraints() & QgsFieldConstraints::ConstraintUnique));
    CHECK_FALSE((fields.at(description).constraints().constraints() & QgsFieldConstraints::ConstraintNotNull));

    // The constraints hold on features: a foreign organisation and a too long description fail.
    QgsFeature feature(fields);
    feature.setAttribute(reportId, QUuid::createUuid().toString());
    feature.setAttribute(category, reportCategories(package.store).front().code);
    feature.setAttribute(occurred, QDateTime::currentDateTime());
    feature.setAttribute(organisation, kOrganisation);
    feature.setAttribute(description, QStringLiteral("Glas på lekplatsen"));
    QStringList errors;
    CHECK(QgsVectorLayerUtils::validateAttribute(reports, feature, organisation, errors, QgsFieldConstraints::ConstraintStrengthHard));
    CHECK(QgsVectorLayerUtils::validateAttribute(reports, feature, description, errors, QgsFieldConstraints::ConstraintStrengthHard));
    feature.setAttribute(organisation, QStringLiteral("polisen"));
    CHECK_FALSE(
      QgsVectorLayerUtils::validateAttribute(reports, feature, organisation, errors, QgsFieldConstraints::ConstraintStrengthHard));
    feature.setAttribute(description, QString(format::kDescriptionMaxLength + 1, QLatin1Char('x')));
    CHECK_FALSE(QgsVectorLayerUtils::validateAttribute(reports, feature, description, errors, QgsFieldConstraints::ConstraintStrengthHard));
    feature.setAttribute(category, QVariant());
    CHECK_FALSE(QgsVectorLayerUtils::validateAttribute(reports, feature, category, errors, QgsFieldConstraints::ConstraintStrengthHard));
  }
}

TEST_CASE("field-package: reports written with OGR merge once, and a later import adds only the new ones", "[fieldpackage]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const Package package = writePackage(dir);
  const QString category = reportCategories(package.store).front().code;
  const std::int64_t before = reportsFrom(package.store, kOrganisation);

  addReports(package.geoPackage, {report(category, QStringLiteral("2022/05/20 22:15:00"), 0.0, QStringLiteral("Krossat glas")),
                                  report(category, QStringLiteral("2022/05/20 23:40:00"), 5.0),
                                  report(category, QStringLiteral("2022/05/21 00:05:00"), 10.0, QStringLiteral("Ungdomar samlas"))});
  const QStringList import{QStringLiteral("import"), package.store, package.geoPackage};
  CliRun run = runCli(import);
  INFO(run.output.toStdString() << run.error.toStdString());
  REQUIRE(run.exitCode == 0);
  CHECK(importedLine(run) == QStringLiteral("3/0"));
  CHECK(reportsFrom(package.store, kOrganisation) == before + 3);

  run = runCli(import);
  REQUIRE(run.exitCode == 0);
  CHECK(importedLine(run) == QStringLiteral("0/3"));
  CHECK(reportsFrom(package.store, kOrganisation) == before + 3);

  addReports(package.geoPackage, {report(category, QStringLiteral("2022/05/22 21:00:00"), 15.0),
                                  report(category, QStringLiteral("2022/05/22 21:30:00"), 20.0)});
  run = runCli(import);
  REQUIRE(run.exitCode == 0);
  CHECK(importedLine(run) == QStringLiteral("2/3"));
  CHECK(reportsFrom(package.store, kOrganisation) == before + 5);

  // The reports keep their UUID (without braces) as external id, the organisation as source.
  auto opened = IncidentStore::open(package.store, StoreAccess::Read);
  REQUIRE(opened.ok());
  IncidentFilter filter = IncidentFilter::all();
  filter.sources = QStringList{kOrganisation};
  int withUuid = 0;
  const auto incidents = (*opened)->incidents(filter);
  REQUIRE(incidents.ok());
  for (const Incident &incident : *incidents)
    if (!QUuid(incident.externalId).isNull() && !incident.externalId.startsWith(QLatin1Char('{')))
    {
      ++withUuid;
      CHECK(incident.kind == IncidentKind::Report);
      CHECK(incident.category == category);
    }
  CHECK(withUuid == 5);
}

TEST_CASE("field-package: a bad report is named by layer, feature and field, and nothing is imported", "[fieldpackage]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const Package package = writePackage(dir);
  const QString category = reportCategories(package.store).front().code;
  const std::int64_t before = reportsFrom(package.store, kOrganisation);
  FieldReport withoutId = report(category, QStringLiteral("2022/05/20 22:15:00"), 5.0);
  withoutId.id = QStringLiteral(" ");
  addReports(package.geoPackage, {report(category, QStringLiteral("2022/05/20 22:00:00"), 0.0), withoutId});

  const CliRun run = runCli({QStringLiteral("import"), package.store, package.geoPackage});
  INFO(run.output.toStdString() << run.error.toStdString());
  CHECK(run.exitCode == 1);
  CHECK(run.error.contains(QStringLiteral("faltrapporter-nattvandrare.gpkg/field_reports: feature 2: report_id:")));
  CHECK(reportsFrom(package.store, kOrganisation) == before);
}

TEST_CASE("field-package: an organisation the store does not know is a usage error", "[fieldpackage]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const CliRun run = runCli({QStringLiteral("field-package"), demoStoreCopy(dir.path()), QStringLiteral("--organisation"),
                             QStringLiteral("okand"), QStringLiteral("--out"), dir.filePath(QStringLiteral("paket"))});
  CHECK(run.exitCode == 2);
  CHECK(run.error.contains(QStringLiteral("nattvandrare")));
  CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("paket"))));
}
