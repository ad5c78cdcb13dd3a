// Base maps in the app and in print: the demo town (an offline GeoPackage) drawn under the
// incidents, an unreachable tile server (a closed port on 127.0.0.1) reported once in Swedish
// while the rest of the map draws, the printed A4 sheet with the streets, labels that avoid each
// other, and the status bar's coordinates. Pixels are checked where the demo town's streets lie.
#include "basemaptestsupport.h"

#include <catch2/catch.hpp>

#include "basemap/basemapsettings.h"
#include "demo/demostorewriter.h"
#include "demo/demotown.h"
#include "demo/demotownwriter.h"
#include "map/basemapcontroller.h"
#include "map/basemaplayers.h"
#include "map/basemapstyle.h"
#include "map/readablelabels.h"
#include "print/reportdocument.h"
#include "qgis/qgisruntime.h"
#include "store/incidentstore.h"

#include <qgslabelingresults.h>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgsmapcanvas.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsmarkersymbol.h>
#include <qgspallabeling.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrulebasedlabeling.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lagesbild;
using namespace lagesbild::basemaptest;

namespace
{
// On Kungsgatan in the demo town, between Storgatan and Torget; and out in Kungsfjärden.
const QgsPointXY kOnKungsgatan(562820.0, 6587483.0);
const QgsPointXY kInTheLake(562600.0, 6586300.0);
const QgsPointXY kIncident(562800.0, 6587560.0);

//! True when a pixel within radius of p has (nearly) colour.
bool hasColourNear(const QImage &image, QPoint p, int radius, const QColor &colour, double tolerance = 24.0)
{
  for (int dy = -radius; dy <= radius; ++dy)
    for (int dx = -radius; dx <= radius; ++dx)
    {
      const QPoint q(p.x() + dx, p.y() + dy);
      if (image.rect().contains(q) && colourDistance(image.pixelColor(q), colour) <= tolerance)
        return true;
    }
  return false;
}

QImage render(const QList<QgsMapLayer *> &layers, const QgsRectangle &extent, QSize size, QgsProject *project = nullptr,
              std::unique_ptr<QgsLabelingResults> *labels = nullptr)
{
  QgsMapSettings settings;
  settings.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));
  settings.setLayers(layers);
  settings.setExtent(extent);
  settings.setOutputSize(size);
  settings.setOutputDpi(96);
  settings.setBackgroundColor(Qt::white);
  settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, false);
  if (project)
    settings.setLabelingEngineSettings(project->labelingEngineSettings());
  QgsMapRendererSequentialJob job(settings);
  job.start();
  job.waitForFinished();
  if (labels)
    labels->reset(job.takeLabelingResults());
  return job.renderedImage();
}

QPoint pixelOf(const QgsPointXY &point, const QgsRectangle &extent, QSize size)
{
  return QPoint(static_cast<int>((point.x() - extent.xMinimum()) / extent.width() * size.width()),
                static_cast<int>((extent.yMaximum() - point.y()) / extent.height() * size.height()));
}
} // namespace

TEST_CASE("The demo town has a street for every street name of the demo's addresses", "[basemap][demo]")
{
  const auto places = demo::DemoPlaces::embedded();
  REQUIRE(places);
  const auto town = demo::DemoTown::embedded(*places);
  REQUIRE(town);
  const QStringList names = demo::DemoTown::streetNames(*places);
  CHECK(names.contains(QStringLiteral("Hagabergsvägen")));
  CHECK(names.contains(QStringLiteral("Skolgatan")));
  for (const QString &name : names)
  {
    INFO(name.toStdString());
    CHECK(std::any_of(town->roads.begin(), town->roads.end(), [&name](const demo::TownLine &road) { return road.name == name; }));
  }
  CHECK(demo::DemoTown::streetOf(QStringLiteral("Björkskolan, Skolgatan 10")) == QStringLiteral("Skolgatan"));
  CHECK(demo::DemoTown::streetOf(QStringLiteral("Kyrkvägen 4, Valskog")) == QStringLiteral("Kyrkvägen"));
  CHECK(demo::DemoTown::streetOf(QStringLiteral("Kungsparken")).isEmpty());
  CHECK(town->buildings.size() > 200);
  CHECK_FALSE(town->water.empty());
  CHECK_FALSE(town->railways.empty());
  CHECK(
    std::any_of(town->landuse.begin(), town->landuse.end(), [](const demo::TownPolygon &p) { return p.kind == QLatin1String("school"); }));
  CHECK(
    std::any_of(town->landuse.begin(), town->landuse.end(), [](const demo::TownPolygon &p) { return p.kind == QLatin1String("park"); }));
}

TEST_CASE("The demo store's base map is its offline town, drawn under the incidents", "[basemap][app]")
{
  const QString store = demoStore();
  const auto settings = BaseMapSettings::load(store);
  REQUIRE(settings);
  REQUIRE(settings->sources.size() == 1);
  CHECK(settings->sources[0].kind == BaseMapKind::VectorFile);
  CHECK(QFileInfo::exists(settings->sources[0].location));

  QgsProject project;
  QStringList errors;
  BaseMapLayers::addToProject(&project, *settings, &errors);
  CHECK(errors.isEmpty());
  QList<QgsMapLayer *> baseMap;
  for (QgsLayerTreeLayer *node : project.layerTreeRoot()->findLayers())
    baseMap << node->layer();
  REQUIRE(baseMap.size() == 7);

  // A memory layer with one incident (a red point).
  auto *incidents =
    new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:3006&field=category:integer"), QStringLiteral("incidents"), QStringLiteral("memory"));
  QgsFeature feature(incidents->fields());
  feature.setAttribute(0, 1);
  feature.setGeometry(QgsGeometry::fromPointXY(kIncident));
  QgsFeatureList incidentFeatures{feature};
  incidents->dataProvider()->addFeatures(incidentFeatures);
  QVariantMap red;
  red.insert(QStringLiteral("name"), QStringLiteral("circle"));
  red.insert(QStringLiteral("color"), QStringLiteral("#e31a1c"));
  red.insert(QStringLiteral("size"), QStringLiteral("2.6"));
  incidents->setRenderer(new QgsSingleSymbolRenderer(QgsMarkerSymbol::createSimple(red)));
  project.addMapLayer(incidents);

  const QgsRectangle extent(562500.0, 6587300.0, 563100.0, 6587800.0);
  const QSize size(600, 500);
  QList<QgsMapLayer *> layers{incidents};
  layers << baseMap;
  QElapsedTimer clock;
  clock.start();
  const QImage image = render(layers, extent, size);
  WARN("demo town and incidents rendered (600 x 500 px) in " << clock.elapsed() << " ms");
  const QImage bare = render({incidents}, extent, size);

  // The street's pale fill or grey casing where Kungsgatan is; plain white without the base map.
  const QPoint street = pixelOf(kOnKungsgatan, extent, size);
  CHECK(hasColourNear(image, street, 2, QColor(QStringLiteral("#fdf6e8")), 12.0));
  CHECK(hasColourNear(image, street, 6, QColor(QStringLiteral("#b3aaa0"))));
  CHECK_FALSE(hasColourNear(bare, street, 6, QColor(QStringLiteral("#b3aaa0"))));
  // Buildings and land use cover the town: most of the picture is not background white.
  int coloured = 0;
  for (int y = 0; y < image.height(); y += 5)
    for (int x = 0; x < image.width(); x += 5)
      coloured += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
  CHECK(coloured > (image.width() / 5) * (image.height() / 5) / 2);
  // The incident on top: its colour at its place, over the base map.
  CHECK(hasColourNear(image, pixelOf(kIncident, extent, size), 2, QColor(QStringLiteral("#e31a1c")), 30.0));

  // Water in the lake, far out.
  const QgsRectangle wide(560000.0, 6585000.0, 566000.0, 6590000.0);
  const QImage overview = render(baseMap, wide, QSize(600, 500));
  CHECK(hasColourNear(overview, pixelOf(kInTheLake, wide, QSize(600, 500)), 1, QColor(QStringLiteral("#c5d9e6")), 12.0));
}

TEST_CASE("An unreachable tile server is reported once, in Swedish, and the rest of the map draws", "[basemap][app]")
{
  qputenv("LAGESBILD_LANG", "sv");
  QgisRuntime::installTranslations();
  auto settings = BaseMapSettings::load(demoStore());
  REQUIRE(settings);
  BaseMapSource tiles;
  tiles.kind = BaseMapKind::Xyz;
  tiles.name = QStringLiteral("Stängd port");
  tiles.location = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(closedPort());
  settings->sources.insert(settings->sources.begin(), tiles);

  QgsProject project;
  project.setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));
  BaseMapController controller(&project);
  QgsMapCanvas canvas;
  canvas.resize(800, 600);
  canvas.setProject(&project);
  canvas.setDestinationCrs(project.crs());
  canvas.setParallelRenderingEnabled(true);
  QObject::connect(&canvas, &QgsMapCanvas::renderErrorOccurred, &controller, &BaseMapController::handleRenderError);
  QSignalSpy messages(&controller, &BaseMapController::message);
  controller.setSettings(*settings); // no store path: kept in memory only
  QList<QgsMapLayer *> layers;
  for (QgsLayerTreeLayer *node : project.layerTreeRoot()->findLayers())
    layers << node->layer();
  REQUIRE(layers.size() == 8);
  canvas.setLayers(layers);
  canvas.show();
  canvas.setExtent(QgsRectangle(562500.0, 6587300.0, 563100.0, 6587800.0));
  QSignalSpy refreshed(&canvas, &QgsMapCanvas::mapCanvasRefreshed);
  QElapsedTimer clock;
  clock.start();
  canvas.refreshAllLayers();
  REQUIRE(refreshed.wait(30000));
  const qint64 firstFrame = clock.elapsed();
  WARN("demo town with a closed-port tile server drawn in " << firstFrame << " ms");
  CHECK(firstFrame < 15000);
  QTest::qWait(500); // queued log messages

  REQUIRE(messages.size() == 1);
  const QString message = messages.at(0).at(0).toString();
  INFO(message.toStdString());
  CHECK(message.contains(QStringLiteral("Bakgrundskartan Stängd port")));
  CHECK(message.contains(QStringLiteral("kunde inte laddas")));

  // Drawn again (a pan): no second message.
  canvas.refreshAllLayers();
  REQUIRE(refreshed.wait(30000));
  QTest::qWait(500);
  CHECK(messages.size() == 1);

  // Everything else is drawn: the streets of the demo town are on the canvas.
  const QImage image = canvas.grab().toImage();
  int streetPixels = 0;
  for (int y = 0; y < image.height(); y += 2)
    for (int x = 0; x < image.width(); x += 2)
      streetPixels += colourDistance(image.pixelColor(x, y), QColor(QStringLiteral("#b3aaa0"))) <= 12.0 ? 1 : 0;
  CHECK(streetPixels > 50);
}

TEST_CASE("The printed map sheet shows the base map under the incidents, zoomed to the town, with an overview", "[basemap][print]")
{
  ReportOptions options;
  options.storePath = demoStore();
  options.period = DateRange(QDate(2021, 1, 1), QDate(2021, 12, 31));
  options.layoutTemplate = ReportTemplate::MapA4;
  QElapsedTimer clock;
  clock.start();
  auto report = ReportDocument::prepare(options);
  REQUIRE(report);
  const double dpi = 150.0;
  const QImage page = (*report)->renderPage(0, dpi);
  WARN("A4 map sheet with the demo town prepared and rendered at 150 dpi in " << clock.elapsed() << " ms");
  REQUIRE_FALSE(page.isNull());

  auto *map = qobject_cast<QgsLayoutItemMap *>((*report)->layout()->itemById(QStringLiteral("map")));
  REQUIRE(map);
  // Most demo incidents are in town: the sheet shows the tätort, not the whole municipality.
  CHECK(map->extent().width() < 4000.0);
  CHECK(map->extent().contains(kOnKungsgatan));
  CHECK((*report)->layout()->itemById(QStringLiteral("overview")) != nullptr);

  // Where Kungsgatan is on the page there is street casing.
  const double pxPerMm = dpi / 25.4;
  const QgsRectangle extent = map->extent();
  const QPointF topLeft = map->pos();
  const QSizeF mapSize = map->rect().size();
  const QPoint onPage(
    static_cast<int>((topLeft.x() + (kOnKungsgatan.x() - extent.xMinimum()) / extent.width() * mapSize.width()) * pxPerMm),
    static_cast<int>((topLeft.y() + (extent.yMaximum() - kOnKungsgatan.y()) / extent.height() * mapSize.height()) * pxPerMm));
  CHECK(hasColourNear(page, onPage, 6, QColor(QStringLiteral("#b3aaa0")), 20.0));
  CHECK(hasColourNear(page, onPage, 6, QColor(QStringLiteral("#fdf6e8")), 12.0));
  // The overview shows the municipality: the base map's lake in it, the main map's frame in red.
  auto *overview = qobject_cast<QgsLayoutItemMap *>((*report)->layout()->itemById(QStringLiteral("overview")));
  REQUIRE(overview);
  CHECK(overview->extent().width() > 15000.0);
  const QRectF inset(overview->pos() * pxPerMm, overview->rect().size() * pxPerMm);
  int lake = 0;
  for (int y = static_cast<int>(inset.top()) + 2; y < static_cast<int>(inset.bottom()) - 2; y += 2)
    for (int x = static_cast<int>(inset.left()) + 2; x < static_cast<int>(inset.right()) - 2; x += 2)
      lake += colourDistance(page.pixelColor(x, y), QColor(QStringLiteral("#c5d9e6"))) <= 12.0 ? 1 : 0;
  CHECK(lake > 50);
  // The base map is credited under the map and kept out of the legend.
  auto *credit = qobject_cast<QgsLayoutItemLabel *>((*report)->layout()->itemById(QStringLiteral("map-credit")));
  REQUIRE(credit);
  CHECK(credit->text().startsWith(QStringLiteral("Bakgrundskarta: ")));
  CHECK(credit->pos().y() >= map->pos().y() + map->rect().height());
  auto *legend = qobject_cast<QgsLayoutItemLegend *>((*report)->layout()->itemById(QStringLiteral("legend")));
  REQUIRE(legend);
  for (QgsLayerTreeLayer *node : legend->model()->rootGroup()->findLayers())
    CHECK(BaseMapLayers::sourceIndexOf(node->layer()) < 0);

  // Without a base map the same place is blank.
  QTemporaryDir dir;
  const QString bareStore = dir.filePath(QStringLiteral("bare.gpkg"));
  REQUIRE(QFile::copy(demoStore(), bareStore));
  REQUIRE(BaseMapSettings::save(bareStore, BaseMapSettings()));
  options.storePath = bareStore;
  auto bare = ReportDocument::prepare(options);
  REQUIRE(bare);
  const QImage barePage = (*bare)->renderPage(0, dpi);
  // (Closer than above: the areas' neutral grey outlines are within 20 of the warm casing colour.)
  CHECK_FALSE(hasColourNear(barePage, onPage, 6, QColor(QStringLiteral("#b3aaa0")), 10.0));
  CHECK_FALSE(hasColourNear(barePage, onPage, 6, QColor(QStringLiteral("#fdf6e8")), 12.0));
  CHECK((*bare)->layout()->itemById(QStringLiteral("map-credit")) == nullptr);
}

TEST_CASE("Labels avoid collisions: base-map, area and intervention labels", "[basemap][labels]")
{
  // Settings: no "show all labels", labels are obstacles, priorities and scale ranges.
  auto *roads = new QgsVectorLayer(QStringLiteral("LineString?crs=EPSG:3006&field=name:string&field=class:string"), QStringLiteral("roads"),
                                   QStringLiteral("memory"));
  BaseMapStyle::apply(roads, QStringLiteral("roads"));
  REQUIRE(roads->labelsEnabled());
  auto *rules = dynamic_cast<const QgsRuleBasedLabeling *>(roads->labeling());
  REQUIRE(rules);
  for (const QgsRuleBasedLabeling::Rule *rule : rules->rootRule()->children())
  {
    REQUIRE(rule->settings());
    CHECK_FALSE(rule->settings()->displayAll);
    CHECK(rule->settings()->obstacleSettings().isObstacle());
    CHECK(rule->settings()->scaleVisibility);
    CHECK(rule->settings()->placement == QgsPalLayerSettings::Curved);
  }

  QgsProject project;
  ReadableLabels::applyToProject(&project);
  CHECK_FALSE(project.labelingEngineSettings().testFlag(QgsLabelingEngineSettings::UseAllLabels));

  // Two named areas over the same spot: the engine places one label, not two on top of each other.
  auto *areas =
    new QgsVectorLayer(QStringLiteral("Polygon?crs=EPSG:3006&field=name:string"), QStringLiteral("areas"), QStringLiteral("memory"));
  QgsFeatureList features;
  for (const QString &name : {QStringLiteral("Hagaberg"), QStringLiteral("Hagabergs centrum")})
  {
    QgsFeature feature(areas->fields());
    feature.setAttribute(0, name);
    feature.setGeometry(QgsGeometry::fromRect(QgsRectangle(563000.0, 6587800.0, 563060.0, 6587830.0)));
    features << feature;
  }
  areas->dataProvider()->addFeatures(features);
  areas->updateExtents();
  ReadableLabels::applyToAreas(areas);
  project.addMapLayer(areas);
  const QgsPalLayerSettings areaLabels = areas->labeling()->settings();
  CHECK_FALSE(areaLabels.displayAll);
  CHECK(areaLabels.priority == ReadableLabels::kAreaPriority);
  CHECK(areaLabels.scaleVisibility);
  CHECK(areaLabels.minimumScale == Approx(ReadableLabels::kAreaScale));

  const QgsRectangle extent(562900.0, 6587700.0, 563160.0, 6587930.0);
  std::unique_ptr<QgsLabelingResults> results;
  render({areas}, extent, QSize(400, 350), &project, &results);
  REQUIRE(results);
  CHECK(results->allLabels().size() == 1);

  // With collision avoidance off (show all labels) both are drawn: the check above is real.
  QgsPalLayerSettings all = areaLabels;
  all.displayAll = true;
  areas->setLabeling(new QgsVectorLayerSimpleLabeling(all));
  render({areas}, extent, QSize(400, 350), &project, &results);
  CHECK(results->allLabels().size() == 2);

  // Zoomed out past the area scale: no area names at all.
  ReadableLabels::applyToAreas(areas);
  render({areas}, QgsRectangle(555000.0, 6580000.0, 571000.0, 6594000.0), QSize(400, 350), &project, &results);
  CHECK(results->allLabels().isEmpty());

  // The municipality and the tätort, which fill the view in town, are not named in its middle.
  auto *typed = new QgsVectorLayer(QStringLiteral("Polygon?crs=EPSG:3006&field=name:string&field=area_type:string"),
                                   QStringLiteral("typed"), QStringLiteral("memory"));
  QgsFeatureList typedFeatures;
  const std::pair<const char *, const char *> kinds[] = {
    {"Hamnen", "district"}, {"Kungsör tätort", "urban"}, {"Kungsörs kommun", "municipality"}};
  for (std::size_t i = 0; i < std::size(kinds); ++i)
  {
    QgsFeature feature(typed->fields());
    feature.setAttribute(0, QString::fromUtf8(kinds[i].first));
    feature.setAttribute(1, QString::fromLatin1(kinds[i].second));
    const double x = 562600.0 + 300.0 * static_cast<double>(i);
    feature.setGeometry(QgsGeometry::fromRect(QgsRectangle(x, 6587400.0, x + 250.0, 6587600.0)));
    typedFeatures << feature;
  }
  typed->dataProvider()->addFeatures(typedFeatures);
  typed->updateExtents();
  ReadableLabels::applyToAreas(typed);
  project.addMapLayer(typed);
  render({typed}, QgsRectangle(562500.0, 6587200.0, 563600.0, 6587800.0), QSize(600, 330), &project, &results);
  QStringList placed;
  for (const QgsLabelPosition &label : results->allLabels())
    placed << label.labelText;
  CHECK(placed == QStringList{QStringLiteral("Hamnen")});
}
