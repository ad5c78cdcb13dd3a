// Smoke test of the map: a GeoPackage written here is loaded the way the app loads a store,
// rendered by QGIS offscreen, and pixels must be drawn where the points are.
#include "desktop/mainwindow.h"
#include "map/storelayers.h"

#include <catch2/catch.hpp>

#include <qgsmapcanvas.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <QImage>
#include <QTemporaryDir>

namespace
{
const std::vector<std::pair<double, double>> kPoints = {{562900, 6587500}, {563400, 6587900}, {562400, 6587100}};

QString writeFixture(const QTemporaryDir &dir)
{
  const QString path = dir.filePath(QStringLiteral("fixture.gpkg"));
  GDALDriverH driver = GDALGetDriverByName("GPKG");
  REQUIRE(driver);
  GDALDatasetH dataset = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
  REQUIRE(dataset);
  OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(srs, 3006);
  OGRLayerH layer = GDALDatasetCreateLayer(dataset, "incidents", srs, wkbPoint, nullptr);
  OSRRelease(srs);
  REQUIRE(layer);
  OGRFieldDefnH field = OGR_Fld_Create("category", OFTString);
  OGR_L_CreateField(layer, field, TRUE);
  OGR_Fld_Destroy(field);
  for (const auto &[x, y] : kPoints)
  {
    OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    OGR_F_SetFieldString(feature, 0, "klotter");
    OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(point, 0, x, y);
    OGR_F_SetGeometryDirectly(feature, point);
    REQUIRE(OGR_L_CreateFeature(layer, feature) == OGRERR_NONE);
    OGR_F_Destroy(feature);
  }
  GDALClose(dataset);
  return path;
}

bool drawnNear(const QImage &image, QPointF centre, int radius)
{
  for (int dy = -radius; dy <= radius; ++dy)
    for (int dx = -radius; dx <= radius; ++dx)
    {
      const QPoint p(static_cast<int>(centre.x()) + dx, static_cast<int>(centre.y()) + dy);
      if (image.rect().contains(p) && image.pixelColor(p) != QColor(Qt::white))
        return true;
    }
  return false;
}
} // namespace

TEST_CASE("A GeoPackage's points are loaded and drawn where they are", "[app][map]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeFixture(dir);

  lagesbild::StoreLayers loaded = lagesbild::StoreLayers::load(path);
  REQUIRE(loaded.layers.size() == 1);
  auto *layer = qobject_cast<QgsVectorLayer *>(loaded.layers.constFirst());
  REQUIRE(layer);
  CHECK(layer->featureCount() == 3);
  CHECK(layer->crs().authid() == QStringLiteral("EPSG:3006"));
  CHECK(loaded.pointExtent.xMinimum() == Approx(562400));
  CHECK(loaded.pointExtent.yMaximum() == Approx(6587900));

  QgsMapSettings settings;
  settings.setLayers({layer});
  settings.setDestinationCrs(layer->crs());
  settings.setOutputSize(QSize(400, 400));
  settings.setBackgroundColor(Qt::white);
  QgsRectangle extent = loaded.pointExtent;
  extent.scale(1.5);
  settings.setExtent(extent);
  QgsMapRendererSequentialJob job(settings);
  job.start();
  job.waitForFinished();
  const QImage image = job.renderedImage();
  REQUIRE_FALSE(image.isNull());

  for (const auto &[x, y] : kPoints)
  {
    const QPointF pixel = settings.mapToPixel().transform(x, y).toQPointF();
    INFO("point " << x << "," << y << " at pixel " << pixel.x() << "," << pixel.y());
    CHECK(drawnNear(image, pixel, 3));
  }
  // A corner far from every point stays background.
  CHECK_FALSE(drawnNear(image, QPointF(5, 395), 3));
  qDeleteAll(loaded.layers);
}

TEST_CASE("The main window opens a store, adds its layers and zooms to the points", "[app][map]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = writeFixture(dir);
  lagesbild::MainWindow window;
  REQUIRE(window.openStore(path));
  CHECK(window.project()->mapLayers().size() == 1);
  const QgsRectangle extent = window.mapCanvas()->extent();
  for (const auto &[x, y] : kPoints)
    CHECK(extent.contains(QgsPointXY(x, y)));
  CHECK(extent.width() < 20000);
  CHECK_FALSE(window.openStore(dir.filePath(QStringLiteral("missing.gpkg"))));
  CHECK(window.project()->mapLayers().size() == 1); // a failed open keeps what was shown
}
