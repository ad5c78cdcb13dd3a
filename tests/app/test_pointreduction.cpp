// Feature reduction of the incidents layer (issue 22): the in-memory density index counts what a
// brute force counts, the heat map's counted cell centres carry every point that can reach its
// grid, and the layer's renderer draws a crowded view as density without asking QGIS for a single
// feature, while a quiet view draws its points and only those in the view.
#include "hotspots/grid.h"
#include "hotspots/kerneldensity.h"
#include "map/heatmaptask.h"
#include "map/pointdensityindex.h"
#include "map/pointreductionrenderer.h"

#include <catch2/catch.hpp>

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsmarkersymbol.h>
#include <qgsrendercontext.h>
#include <qgsrenderedfeaturehandlerinterface.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

#include <QImage>

#include <algorithm>
#include <memory>
#include <random>

using namespace lagesbild;

namespace
{
//! A town (a dense cluster) in a sparse municipality, EPSG:3006.
std::vector<PointXY> townAndCountry(std::size_t count, unsigned seed)
{
  std::mt19937 random(seed);
  std::normal_distribution<double> townX(562900.0, 300.0);
  std::normal_distribution<double> townY(6587500.0, 250.0);
  std::uniform_real_distribution<double> countryX(550000.0, 572000.0);
  std::uniform_real_distribution<double> countryY(6580000.0, 6596000.0);
  std::vector<PointXY> points;
  for (std::size_t i = 0; i < count; ++i)
    points.push_back(i % 4 == 0 ? PointXY{countryX(random), countryY(random)} : PointXY{townX(random), townY(random)});
  return points;
}

bool inside(const PointXY &point, const BoundingBox &box)
{
  return point.x >= box.xMin && point.x <= box.xMax && point.y >= box.yMin && point.y <= box.yMax;
}

//! Counts the features QGIS hands to the renderer's symbols.
class FeatureCounter : public QgsRenderedFeatureHandlerInterface
{
  public:
    void handleRenderedFeature(const QgsFeature &, const QgsGeometry &,
                               const QgsRenderedFeatureHandlerInterface::RenderedFeatureContext &) override
    {
      ++count;
    }
    int count = 0;
};

//! A point layer of points, drawn through a PointReductionRenderer.
std::unique_ptr<QgsVectorLayer> pointLayer(const std::vector<PointXY> &points)
{
  auto layer =
    std::make_unique<QgsVectorLayer>(QStringLiteral("Point?crs=EPSG:3006"), QStringLiteral("incidents"), QStringLiteral("memory"));
  QgsFeatureList features;
  for (const PointXY &point : points)
  {
    QgsFeature feature;
    feature.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(point.x, point.y)));
    features << feature;
  }
  layer->dataProvider()->addFeatures(features);
  layer->updateExtents();
  layer->setRenderer(new PointReductionRenderer(new QgsSingleSymbolRenderer(QgsMarkerSymbol::createSimple({}))));
  return layer;
}

struct Drawn
{
    int features = 0;
    int darkPixels = 0; //!< pixels neither white nor the background
};

Drawn draw(QgsVectorLayer *layer, const QgsRectangle &extent)
{
  QgsMapSettings settings;
  settings.setLayers({layer});
  settings.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));
  settings.setOutputSize(QSize(400, 300));
  settings.setBackgroundColor(Qt::white);
  settings.setExtent(extent);
  FeatureCounter counter;
  settings.addRenderedFeatureHandler(&counter);
  QgsMapRendererSequentialJob job(settings);
  job.start();
  job.waitForFinished();
  const QImage image = job.renderedImage();
  Drawn drawn;
  drawn.features = counter.count;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
      if (image.pixelColor(x, y) != QColor(Qt::white))
        ++drawn.darkPixels;
  return drawn;
}
} // namespace

TEST_CASE("The density index counts what a brute force counts", "[app][map][reduction]")
{
  const std::vector<PointXY> points = townAndCountry(20000, 7);
  const PointDensityIndex index(points);
  REQUIRE(index.size() == points.size());
  REQUIRE(index.hasPositions());

  const std::vector<BoundingBox> boxes = {{562000.0, 6587000.0, 563500.0, 6588000.0},
                                          {550000.0, 6580000.0, 572000.0, 6596000.0},
                                          {562900.0, 6587500.0, 562950.0, 6587530.0},
                                          {600000.0, 6600000.0, 601000.0, 6601000.0}};
  for (const BoundingBox &box : boxes)
  {
    const int columns = 37;
    const int rows = 23;
    std::vector<std::uint32_t> expected(static_cast<std::size_t>(columns * rows), 0);
    std::size_t insideCount = 0;
    std::size_t nearCount = 0;
    const double margin = index.bucketSize() * 1.001;
    for (const PointXY &point : points)
    {
      if (inside(point, BoundingBox{box.xMin - margin, box.yMin - margin, box.xMax + margin, box.yMax + margin}))
        ++nearCount;
      if (!inside(point, box))
        continue;
      ++insideCount;
      const int column = std::min(columns - 1, static_cast<int>((point.x - box.xMin) / (box.xMax - box.xMin) * columns));
      const int row = std::min(rows - 1, static_cast<int>((box.yMax - point.y) / (box.yMax - box.yMin) * rows));
      ++expected[static_cast<std::size_t>(row * columns + column)];
    }
    const std::vector<std::uint32_t> counted = index.countPerCell(box, columns, rows);
    std::size_t total = 0;
    std::size_t differentCells = 0;
    for (std::size_t cell = 0; cell < counted.size(); ++cell)
    {
      total += counted[cell];
      differentCells += counted[cell] != expected[cell] ? 1 : 0;
    }
    CHECK(total == insideCount);
    // Positions are kept as 32-bit offsets: a point within millimetres of a cell edge may change
    // cell, nothing more.
    CHECK(differentCells <= 2);
    CHECK(index.countNear(box) >= insideCount);
    CHECK(index.countNear(box) <= nearCount);
  }

  SECTION("counts only: every incident counted once, in the cell of its bucket")
  {
    const PointDensityIndex counts(points, PointDensityIndex::Detail::Counts);
    CHECK_FALSE(counts.hasPositions());
    CHECK(counts.size() == points.size());
    const BoundingBox all{549000.0, 6579000.0, 573000.0, 6597000.0};
    const std::vector<std::uint32_t> cells = counts.countPerCell(all, 40, 30);
    std::size_t total = 0;
    for (const std::uint32_t cell : cells)
      total += cell;
    CHECK(total == points.size());
    CHECK(counts.countNear(all) == points.size());
  }

  SECTION("no points: nothing anywhere")
  {
    const PointDensityIndex empty(std::vector<PointXY>{});
    CHECK(empty.size() == 0);
    CHECK(empty.countNear(boxes[0]) == 0);
    const auto cells = empty.countPerCell(boxes[0], 4, 4);
    CHECK(std::all_of(cells.begin(), cells.end(), [](std::uint32_t cell) { return cell == 0; }));
  }
}

TEST_CASE("The heat map's counted cell centres carry every point that reaches the grid", "[app][map][heatmap]")
{
  const std::vector<PointXY> points = townAndCountry(5000, 11);
  const PointDensityIndex index(points);
  auto grid = Grid::covering(BoundingBox{561500.0, 6586500.0, 564500.0, 6588500.0}, 20.0);
  REQUIRE(grid.ok());
  const double radius = 200.0;
  std::vector<PointXY> centres;
  std::vector<double> weights;
  HeatmapTask::cellCentres(index, *grid, radius, centres, weights);
  REQUIRE(centres.size() == weights.size());
  double weightSum = 0.0;
  for (const double weight : weights)
    weightSum += weight;
  const int margin = static_cast<int>(std::ceil(radius / grid->cellSize()));
  const BoundingBox reach{grid->xMin() - margin * grid->cellSize(), grid->yMin() - margin * grid->cellSize(),
                          grid->xMax() + margin * grid->cellSize(), grid->yMax() + margin * grid->cellSize()};
  const auto reaching = std::count_if(points.begin(), points.end(), [&reach](const PointXY &point) { return inside(point, reach); });
  CHECK(weightSum == Approx(static_cast<double>(reaching)));
  CHECK(centres.size() < static_cast<std::size_t>(reaching)); // merged into cells, not one per point

  // The kernel sums from the cell centres are those of the points, to within the half-cell shift.
  KernelDensityOptions options;
  options.radius = radius;
  const KernelDensity density(options);
  const auto exact = density.compute(*grid, points);
  const auto counted = density.compute(*grid, centres, weights);
  REQUIRE(exact.ok());
  REQUIRE(counted.ok());
  const double peak = *std::max_element(exact->begin(), exact->end());
  REQUIRE(peak > 0.0);
  double largestDifference = 0.0;
  for (std::size_t cell = 0; cell < exact->size(); ++cell)
    largestDifference = std::max(largestDifference, std::abs((*exact)[cell] - (*counted)[cell]));
  CHECK(largestDifference < 0.05 * peak);
}

TEST_CASE("A crowded view is drawn as density and asks QGIS for no feature, a quiet one only its points", "[app][map][reduction]")
{
  const std::vector<PointXY> points = townAndCountry(3000, 3);
  auto layer = pointLayer(points);
  auto *renderer = PointReductionRenderer::of(layer.get());
  REQUIRE(renderer);
  renderer->setPointBudget(500);
  const QgsRectangle overview(550000.0, 6580000.0, 572000.0, 6596000.0);
  // A few streets at the edge of town: well under the budget.
  const QgsRectangle street(563500.0, 6587800.0, 564100.0, 6588250.0);
  const BoundingBox streetBox{street.xMinimum(), street.yMinimum(), street.xMaximum(), street.yMaximum()};
  const auto inStreet =
    std::count_if(points.begin(), points.end(), [&streetBox](const PointXY &point) { return inside(point, streetBox); });
  REQUIRE(inStreet > 0);
  REQUIRE(inStreet < 500);

  SECTION("with the index: density over the town, points in the street")
  {
    renderer->setIndex(std::make_shared<const PointDensityIndex>(points), false);
    CHECK(renderer->reduces(overview));
    CHECK_FALSE(renderer->reduces(street));
    const Drawn crowded = draw(layer.get(), overview);
    CHECK(crowded.features == 0);
    CHECK(crowded.darkPixels > 100);
    const Drawn quiet = draw(layer.get(), street);
    CHECK(quiet.features == inStreet);
  }

  SECTION("the request of a crowded view holds no feature; a quiet view's is the view")
  {
    renderer->setIndex(std::make_shared<const PointDensityIndex>(points), false);
    QgsRenderContext context;
    context.setExtent(overview);
    std::unique_ptr<QgsFeatureRenderer> copy(renderer->clone());
    copy->startRender(context, layer->fields());
    QgsRectangle request = overview;
    copy->modifyRequestExtent(request, context);
    copy->stopRender(context);
    CHECK_FALSE(request.intersects(overview));
    CHECK_FALSE(request.intersects(layer->extent()));

    context.setExtent(street);
    copy->startRender(context, layer->fields());
    request = street;
    copy->modifyRequestExtent(request, context);
    copy->stopRender(context);
    CHECK(request == street);
  }

  SECTION("while the positions are read, a crowded filter draws no incident")
  {
    renderer->setIndex(nullptr, true);
    const Drawn drawn = draw(layer.get(), overview);
    CHECK(drawn.features == 0);
    CHECK(drawn.darkPixels == 0);
  }

  SECTION("without an index every view draws its points")
  {
    renderer->setIndex(nullptr, false);
    CHECK(draw(layer.get(), overview).features == static_cast<int>(points.size()));
  }

  SECTION("the legend, a copy and a saved style are the wrapped renderer's")
  {
    CHECK(renderer->embeddedRenderer()->type() == QLatin1String("singleSymbol"));
    std::unique_ptr<QgsFeatureRenderer> copy(renderer->clone());
    CHECK(dynamic_cast<PointReductionRenderer *>(copy.get()));
    CHECK(dynamic_cast<PointReductionRenderer *>(copy.get())->pointBudget() == 500);
    QDomDocument document;
    const QDomElement saved = renderer->save(document, QgsReadWriteContext());
    CHECK(saved.attribute(QStringLiteral("type")) == QLatin1String("singleSymbol"));
  }
}

TEST_CASE("Density cells darken with their count", "[app][map][reduction]")
{
  const QColor one = PointReductionRenderer::cellColour(1, 1000);
  const QColor many = PointReductionRenderer::cellColour(1000, 1000);
  CHECK(one.lightness() > many.lightness());
  CHECK(one.alpha() < many.alpha());
  CHECK(PointReductionRenderer::cellColour(30, 1000).lightness() < one.lightness());
}
