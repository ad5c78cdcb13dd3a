// A store written by IncidentStore opens in stock QGIS through the "ogr" provider: every
// spatial table is a valid layer in EPSG:3006 with the right feature count and extent, times
// are typed date-times, attribute tables load too, and an edit made through QGIS keeps the
// GeoPackage R-tree right (QGIS/GDAL run the same triggers with their own SQL functions).
// Needs: lagesbild_store, QGIS::Core, the QGIS test main (tests/support/qgistestmain.cpp).
#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDateTime>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

using namespace lagesbild;

namespace
{
std::int64_t utc(int y, int m, int d, int h, int min = 0)
{
  return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toSecsSinceEpoch();
}

std::vector<Incident> incidents(int count)
{
  std::vector<Incident> out;
  for (int i = 0; i < count; ++i)
  {
    Incident incident;
    incident.kind = i % 3 == 0 ? IncidentKind::Crime : IncidentKind::Report;
    incident.category = i % 3 == 0 ? QStringLiteral("brott_skadegorelse") : QStringLiteral("klotter");
    incident.source = QStringLiteral("bostadsbolaget");
    incident.x = 555000.0 + (i % 50) * 20.0;
    incident.y = 6596000.0 + (i / 50) * 20.0;
    incident.occurredFrom = utc(2021, 3, 5, 21, 30) + i * 3600;
    incident.address = QStringLiteral("Drottninggatan %1").arg(i % 10);
    incident.externalId = QString::number(i);
    out.push_back(incident);
  }
  return out;
}

std::unique_ptr<QgsVectorLayer> layer(const QString &path, const QString &table)
{
  return std::make_unique<QgsVectorLayer>(path + QStringLiteral("|layername=") + table, table, QStringLiteral("ogr"));
}
} // namespace

TEST_CASE("QGIS opens every table of a store", "[store][qgis]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("store.gpkg"));
  std::int64_t firstCategoryId = 0;
  {
    auto store = GeoPackageStore::create(path);
    REQUIRE(store);
    ImportRecord record;
    record.fileName = QStringLiteral("kfab.csv");
    IncidentStore::InsertOptions options;
    options.importRecord = &record;
    REQUIRE((*store)->insertBatch(incidents(1000), options));
    const QString code = (*store)->incident(1).value().value().category;
    const auto categories = (*store)->categories().value();
    const auto it = std::find_if(categories.begin(), categories.end(), [&code](const Category &c) { return c.code == code; });
    REQUIRE(it != categories.end());
    firstCategoryId = it->id;
    Area area;
    area.code = QStringLiteral("centrum");
    area.name = QStringLiteral("Centrum");
    area.polygons = {{{{554900, 6595900}, {556100, 6595900}, {556100, 6596500}, {554900, 6596500}}}};
    REQUIRE((*store)->upsertArea(area));
    Intervention intervention;
    intervention.type = QStringLiteral("night_walks");
    intervention.centre = PointXY{555500, 6596100};
    intervention.radius = 150;
    intervention.startUtc = utc(2021, 9, 1, 18);
    REQUIRE((*store)->insertIntervention(intervention, QStringLiteral("test")));
  }

  QgsProject project; // a fresh project, never the global instance
  auto points = layer(path, QStringLiteral("incidents"));
  REQUIRE(points->isValid());
  CHECK(points->featureCount() == 1000);
  CHECK(points->crs().authid() == QStringLiteral("EPSG:3006"));
  CHECK(points->geometryType() == QgsWkbTypes::PointGeometry);
  CHECK(points->extent().xMinimum() == Approx(555000.0));
  CHECK(points->extent().xMaximum() == Approx(555980.0));
  CHECK(points->extent().yMaximum() == Approx(6596000.0 + 19 * 20.0));
  // Store schema 3: times are UTC seconds, codes are the ids of the categories and sources tables.
  const int timeField = points->fields().indexOf(QStringLiteral("occurred_utc"));
  REQUIRE(timeField >= 0);
  CHECK(points->fields().at(timeField).type() == QVariant::LongLong);
  const int categoryField = points->fields().indexOf(QStringLiteral("category"));
  REQUIRE(categoryField >= 0);
  CHECK(points->fields().at(categoryField).type() == QVariant::LongLong);

  QgsFeature first;
  REQUIRE(points->getFeatures(QgsFeatureRequest().setFilterFid(1)).nextFeature(first));
  CHECK(first.attribute(QStringLiteral("occurred_utc")).toLongLong() ==
        QDateTime(QDate(2021, 3, 5), QTime(21, 30), Qt::UTC).toSecsSinceEpoch());
  CHECK(first.attribute(QStringLiteral("local_hour")).toInt() == 22);
  CHECK(first.attribute(QStringLiteral("category")).toLongLong() == firstCategoryId);

  // A rectangle request goes through the R-tree.
  int inRectangle = 0;
  QgsFeatureIterator it = points->getFeatures(QgsFeatureRequest().setFilterRect(QgsRectangle(554990, 6595990, 555110, 6596010)));
  for (QgsFeature f; it.nextFeature(f);)
    ++inRectangle;
  CHECK(inRectangle == 6); // x = 555000..555100 in the first row

  auto areas = layer(path, QStringLiteral("areas"));
  REQUIRE(areas->isValid());
  CHECK(areas->featureCount() == 1);
  CHECK(areas->geometryType() == QgsWkbTypes::PolygonGeometry);
  auto interventions = layer(path, QStringLiteral("interventions"));
  REQUIRE(interventions->isValid());
  CHECK(interventions->featureCount() == 1);
  for (const char *table : {"categories", "sources", "imports", "audit"})
  {
    INFO(table);
    auto attributes = layer(path, QString::fromLatin1(table));
    CHECK(attributes->isValid());
    CHECK(attributes->featureCount() > 0);
  }

  // An edit through QGIS: move incident 1 far away, then find it through the store's R-tree filter.
  REQUIRE(points->startEditing());
  QgsGeometry moved = QgsGeometry::fromPointXY(QgsPointXY(560000, 6600000));
  REQUIRE(points->changeGeometry(1, moved));
  REQUIRE(points->commitChanges());
  points.reset();
  auto store = GeoPackageStore::open(path);
  REQUIRE(store);
  IncidentFilter far;
  far.bbox = BoundingBox{559999, 6599999, 560001, 6600001};
  CHECK((*store)->count(far).value() == 1);
  CHECK((*store)->count(IncidentFilter::all()).value() == 1000);
}
