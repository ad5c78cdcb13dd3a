#include "hotspotfixtures.h"

#include "hotspots/kerneldensity.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>

using namespace lagesbild;

namespace
{
const KernelShape kAllShapes[] = {KernelShape::Quartic, KernelShape::Triangular, KernelShape::Uniform, KernelShape::Triweight,
                                  KernelShape::Epanechnikov};

//! Every cell: |ours − brute| ≤ 1e-9 · |brute|, and exactly 0 where the brute-force sum is 0.
void requireEqualToBruteForce(const std::vector<double> &ours, const std::vector<double> &brute)
{
  REQUIRE(ours.size() == brute.size());
  std::size_t nonZero = 0;
  double worst = 0.0;
  for (std::size_t k = 0; k < ours.size(); ++k)
  {
    if (brute[k] == 0.0)
    {
      REQUIRE(ours[k] == 0.0);
      continue;
    }
    ++nonZero;
    worst = std::max(worst, std::fabs(ours[k] - brute[k]) / std::fabs(brute[k]));
  }
  INFO("worst relative difference " << worst << " over " << nonZero << " non-zero cells");
  CHECK(nonZero > ours.size() / 4);
  CHECK(worst <= 1e-9);
}
} // namespace

TEST_CASE("kernel shapes at known distances (as QGIS's heatmap)", "[hotspots]")
{
  // u = d / r = 0, 0.5, 1, 1.2
  CHECK(kernelRawValue(KernelShape::Quartic, 0.0) == 1.0);
  CHECK(kernelRawValue(KernelShape::Quartic, 0.5) == Approx(0.5625).epsilon(1e-15));     // (1 − 0.25)²
  CHECK(kernelRawValue(KernelShape::Triweight, 0.5) == Approx(0.421875).epsilon(1e-15)); // 0.75³
  CHECK(kernelRawValue(KernelShape::Epanechnikov, 0.5) == 0.75);
  CHECK(kernelRawValue(KernelShape::Triangular, 0.5) == 0.5);
  CHECK(kernelRawValue(KernelShape::Uniform, 0.5) == 1.0);
  CHECK(kernelRawValue(KernelShape::Uniform, 1.0) == 1.0);
  for (KernelShape shape : kAllShapes)
  {
    CHECK(kernelRawValue(shape, 1.2) == 0.0);
    if (shape != KernelShape::Uniform)
      CHECK(kernelRawValue(shape, 1.0) == 0.0);
    CHECK(kernelShapeFromName(kernelShapeName(shape)) == shape);
  }
  CHECK_FALSE(kernelShapeFromName(QStringLiteral("gaussian")).has_value());
  // Normalisation: quartic 3/(πr²), triweight 4/(πr²), Epanechnikov 2/(πr²), uniform 1/(πr²), triangular 3/(πr²)
  const double r = 200.0;
  CHECK(kernelNormalisation(KernelShape::Quartic, r) == Approx(3.0 / (std::numbers::pi * r * r)).epsilon(1e-14));
  CHECK(kernelNormalisation(KernelShape::Triweight, r) == Approx(4.0 / (std::numbers::pi * r * r)).epsilon(1e-14));
  CHECK(kernelNormalisation(KernelShape::Epanechnikov, r) == Approx(2.0 / (std::numbers::pi * r * r)).epsilon(1e-14));
  CHECK(kernelNormalisation(KernelShape::Uniform, r) == Approx(1.0 / (std::numbers::pi * r * r)).epsilon(1e-14));
  CHECK(kernelNormalisation(KernelShape::Triangular, r) == Approx(3.0 / (std::numbers::pi * r * r)).epsilon(1e-14));
}

TEST_CASE("kernel density of one point has the kernel's shape on the grid", "[hotspots]")
{
  // A point at a cell centre; cells at 0, 1, 2, 3, 4 cells east of it: u = 0, .25, .5, .75, 1.
  const auto grid = Grid::covering(BoundingBox{0.0, 0.0, 100.0, 100.0}, 10.0);
  REQUIRE(grid.ok());
  const std::vector<PointXY> point = {{45.0, 55.0}};
  for (KernelShape shape : kAllShapes)
  {
    KernelDensityOptions options;
    options.shape = shape;
    options.radius = 40.0;
    const auto values = KernelDensity(options).compute(*grid, point);
    REQUIRE(values.ok());
    for (int step = 0; step <= 4; ++step)
    {
      INFO(kernelShapeName(shape).toStdString() << " at u = " << step / 4.0);
      CHECK((*values)[grid->index(4 + step, 5)] == Approx(kernelRawValue(shape, step / 4.0)).margin(1e-15));
    }
    CHECK((*values)[grid->index(9, 5)] == 0.0); // 5 cells away: outside
  }
}

TEST_CASE("kernel density equals a brute-force double sum at every cell", "[hotspots]")
{
  // 3000 clustered points in SWEREF 99 TM around Kungsör-like coordinates, cells of 10 m, radius 95 m
  // (not a multiple of the cell), grid extent cutting through the points so some lie outside.
  const std::vector<PointXY> points = test::clusteredPoints(3000, 552345.6, 6575432.1, 700.0, 42);
  const auto grid = Grid::covering(BoundingBox{551700.0, 6574800.0, 553000.0, 6575900.0}, 10.0);
  REQUIRE(grid.ok());
  std::vector<double> weights(points.size());
  for (std::size_t k = 0; k < weights.size(); ++k)
    weights[k] = 0.5 + static_cast<double>(k % 7);
  for (KernelShape shape : kAllShapes)
  {
    for (bool weighted : {false, true})
    {
      INFO(kernelShapeName(shape).toStdString() << (weighted ? " weighted" : ""));
      KernelDensityOptions options;
      options.shape = shape;
      options.radius = 95.0;
      options.threads = 2;
      const std::vector<double> &w = weighted ? weights : std::vector<double>{};
      const auto ours = KernelDensity(options).compute(*grid, points, w);
      REQUIRE(ours.ok());
      requireEqualToBruteForce(*ours, test::bruteForceKernelSums(*grid, points, w, shape, options.radius));
    }
  }
}

TEST_CASE("kernel density is exact at the fringe of a dense cluster", "[hotspots]")
{
  // 2000 points within a few metres and a few lone points 150-199 m away: fringe cells hold a
  // tiny value next to large terms, the case the sweep hands to the direct sum.
  std::vector<PointXY> points = test::clusteredPoints(2000, 600000.0, 6600000.0, 8.0, 7);
  for (int k = 0; k < 6; ++k)
    points.push_back({600000.0 + 150.0 + 8.1 * k, 6600000.0 - 30.0 + 11.3 * k});
  const auto grid = Grid::covering(BoundingBox{599700.0, 6599700.0, 600500.0, 6600300.0}, 7.0);
  REQUIRE(grid.ok());
  for (KernelShape shape : {KernelShape::Quartic, KernelShape::Triweight, KernelShape::Epanechnikov})
  {
    INFO(kernelShapeName(shape).toStdString());
    KernelDensityOptions options;
    options.shape = shape;
    options.radius = 199.0;
    KernelDensityReport report;
    const auto ours = KernelDensity(options).compute(*grid, points, {}, nullptr, &report);
    REQUIRE(ours.ok());
    // The error bound must have sent some fringe cells to the direct sum (the quartic and
    // triweight kernels cancel most there), and they are right.
    INFO(report.directCells << " cells recomputed directly");
    if (shape != KernelShape::Epanechnikov)
      CHECK(report.directCells > 0);
    CHECK(report.directCells < grid->cellCount() / 2);
    requireEqualToBruteForce(*ours, test::bruteForceKernelSums(*grid, points, {}, shape, options.radius));
  }
}

TEST_CASE("kernel density merges repeat addresses and still equals the brute-force sum", "[hotspots]")
{
  // 1500 incidents at 60 addresses (some repeated 50 times) plus 200 lone points; radius 95 m.
  const std::vector<PointXY> places = test::clusteredPoints(60, 552345.6, 6575432.1, 400.0, 11);
  std::vector<PointXY> points = test::clusteredPoints(200, 552345.6, 6575432.1, 500.0, 12);
  for (int k = 0; k < 1500; ++k)
    points.push_back(places[static_cast<std::size_t>((k * k + 3 * k) % 60)]);
  const auto grid = Grid::covering(BoundingBox{551700.0, 6574800.0, 553000.0, 6575900.0}, 10.0);
  REQUIRE(grid.ok());
  std::vector<double> weights(points.size());
  for (std::size_t k = 0; k < weights.size(); ++k)
    weights[k] = 0.25 + static_cast<double>(k % 5);
  for (KernelShape shape : kAllShapes)
  {
    for (bool weighted : {false, true})
    {
      INFO(kernelShapeName(shape).toStdString() << (weighted ? " weighted" : ""));
      KernelDensityOptions options;
      options.shape = shape;
      options.radius = 95.0;
      const std::vector<double> &w = weighted ? weights : std::vector<double>{};
      KernelDensityReport report;
      const auto ours = KernelDensity(options).compute(*grid, points, w, nullptr, &report);
      REQUIRE(ours.ok());
      CHECK(report.pointsMerged >= 1500 - 60);
      CHECK(report.pointsUsed + report.pointsMerged <= points.size());
      requireEqualToBruteForce(*ours, test::bruteForceKernelSums(*grid, points, w, shape, options.radius));
    }
  }
}

TEST_CASE("kernel density handles points exactly at the radius like the direct sum", "[hotspots]")
{
  // Points on cell centres and a radius of exactly 3 cells: many pairs at d = r exactly.
  const auto grid = Grid::covering(BoundingBox{0.0, 0.0, 200.0, 150.0}, 10.0);
  REQUIRE(grid.ok());
  std::vector<PointXY> points;
  for (int k = 0; k < 40; ++k)
    points.push_back({grid->centreX((k * 7) % 20), grid->centreY((k * 3) % 15)});
  for (KernelShape shape : kAllShapes)
  {
    INFO(kernelShapeName(shape).toStdString());
    KernelDensityOptions options;
    options.shape = shape;
    options.radius = 30.0;
    const auto ours = KernelDensity(options).compute(*grid, points);
    REQUIRE(ours.ok());
    requireEqualToBruteForce(*ours, test::bruteForceKernelSums(*grid, points, {}, shape, options.radius));
  }
}

TEST_CASE("scaled kernels integrate to 1 per point", "[hotspots]")
{
  // One point away from the edges at an arbitrary sub-cell position; Σ density × cell area ≈ 1.
  const double radius = 200.0;
  const double cell = 1.0;
  const auto grid = Grid::covering(BoundingBox{500000.0, 6500000.0, 500500.0, 6500500.0}, cell);
  REQUIRE(grid.ok());
  const std::vector<PointXY> point = {{500250.37, 6500249.81}};
  for (KernelShape shape : kAllShapes)
  {
    KernelDensityOptions options;
    options.shape = shape;
    options.radius = radius;
    options.scaled = true;
    const auto density = KernelDensity(options).compute(*grid, point);
    REQUIRE(density.ok());
    double integral = 0.0;
    for (double value : *density)
      integral += value * (cell * cell / 1e6); // density per km² × cell area in km²
    INFO(kernelShapeName(shape).toStdString() << " integral " << integral);
    // The uniform kernel's edge makes the midpoint sum converge slowest (~perimeter · cell / area).
    CHECK(integral == Approx(1.0).epsilon(shape == KernelShape::Uniform ? 2e-3 : 1e-4));
  }
  // A weight scales the mass.
  KernelDensityOptions options;
  options.scaled = true;
  options.radius = radius;
  const auto weighted = KernelDensity(options).compute(*grid, point, {2.5});
  REQUIRE(weighted.ok());
  double mass = 0.0;
  for (double value : *weighted)
    mass += value * (cell * cell / 1e6);
  CHECK(mass == Approx(2.5).epsilon(1e-4));
}

TEST_CASE("kernel density rejects nonsense and can be cancelled", "[hotspots]")
{
  const auto grid = Grid::covering(BoundingBox{0.0, 0.0, 1000.0, 1000.0}, 10.0);
  REQUIRE(grid.ok());
  const std::vector<PointXY> points = test::clusteredPoints(100, 500.0, 500.0, 300.0, 1);
  for (double radius : {0.0, -5.0, std::nan("")})
  {
    KernelDensityOptions options;
    options.radius = radius;
    const auto result = KernelDensity(options).compute(*grid, points);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::BadInput);
    CHECK(result.error().message.contains(QStringLiteral("radius")));
  }
  const auto empty = KernelDensity({}).compute(*grid, {});
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().message.contains(QStringLiteral("No incidents")));
  const auto badWeights = KernelDensity({}).compute(*grid, points, {1.0, 2.0});
  REQUIRE_FALSE(badWeights.ok());

  Feedback feedback;
  feedback.cancel();
  const auto cancelled = KernelDensity({}).compute(*grid, points, {}, &feedback);
  REQUIRE_FALSE(cancelled.ok());
  CHECK(cancelled.error().code == ErrorCode::Cancelled);

  double lastProgress = -1.0;
  Feedback progress([&](double percent) { lastProgress = percent; });
  KernelDensityOptions oneThread;
  oneThread.threads = 1;
  REQUIRE(KernelDensity(oneThread).compute(*grid, points, {}, &progress).ok());
  CHECK(lastProgress == 100.0);
}

TEST_CASE("kernel density is the same bit for bit on any number of threads, weights merged in the points' order", "[hotspots]")
{
  // Enough points that the binning runs in slices on several threads (over 50 000 per slice), at
  // 300 repeated addresses with weights that do not add up exactly in another order.
  const std::vector<PointXY> places = test::clusteredPoints(300, 552345.6, 6575432.1, 600.0, 21);
  std::vector<PointXY> points = test::clusteredPoints(40000, 552345.6, 6575432.1, 700.0, 22);
  for (int k = 0; k < 160000; ++k)
    points.push_back(places[static_cast<std::size_t>((k * 7 + k / 300) % 300)]);
  std::vector<double> weights(points.size());
  for (std::size_t k = 0; k < weights.size(); ++k)
    weights[k] = 0.1 + 1.0 / static_cast<double>(1 + k % 7);
  const auto grid = Grid::covering(BoundingBox{551500.0, 6574600.0, 553200.0, 6576300.0}, 10.0);
  REQUIRE(grid.ok());
  for (bool weighted : {false, true})
  {
    INFO((weighted ? "weighted" : "unweighted"));
    const std::vector<double> &w = weighted ? weights : std::vector<double>{};
    KernelDensityOptions options;
    options.radius = 150.0;
    options.threads = 1;
    KernelDensityReport oneReport;
    const auto one = KernelDensity(options).compute(*grid, points, w, nullptr, &oneReport);
    REQUIRE(one.ok());
    CHECK(oneReport.peak == *std::max_element(one->begin(), one->end()));
    for (int threads : {2, 3, 4})
    {
      INFO(threads << " threads");
      options.threads = threads;
      KernelDensityReport report;
      const auto many = KernelDensity(options).compute(*grid, points, w, nullptr, &report);
      REQUIRE(many.ok());
      CHECK(report.pointsUsed == oneReport.pointsUsed);
      CHECK(report.pointsMerged == oneReport.pointsMerged);
      CHECK(report.peak == oneReport.peak);
      std::size_t differing = 0;
      for (std::size_t k = 0; k < one->size(); ++k)
        differing += std::memcmp(&(*one)[k], &(*many)[k], sizeof(double)) != 0;
      CHECK(differing == 0);
    }
  }
}
