// Shared helpers for the hot-spot tests: deterministic clustered points and a brute-force kernel sum.
#pragma once

#include "hotspots/grid.h"
#include "hotspots/kernelshape.h"
#include "model/reference.h"

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace lagesbild::test
{

//! count points around a few town-like centres near (x0, y0), with some uniform background.
inline std::vector<PointXY> clusteredPoints(std::size_t count, double x0, double y0, double spread, std::uint32_t seed)
{
  std::mt19937_64 random(seed);
  std::normal_distribution<double> normal(0.0, 1.0);
  std::uniform_real_distribution<double> uniform(0.0, 1.0);
  const double centres[][3] = {{0.0, 0.0, 0.35}, {0.6, 0.3, 0.2}, {-0.5, 0.7, 0.15}, {0.2, -0.8, 0.1}};
  std::vector<PointXY> points;
  points.reserve(count);
  for (std::size_t k = 0; k < count; ++k)
  {
    const double pick = uniform(random);
    if (pick < 0.8)
    {
      const auto &centre = centres[static_cast<std::size_t>(pick * 5.0) % 4];
      points.push_back({x0 + spread * (centre[0] + centre[2] * normal(random)), y0 + spread * (centre[1] + centre[2] * normal(random))});
    }
    else
    {
      points.push_back({x0 + spread * (2.0 * uniform(random) - 1.0), y0 + spread * (2.0 * uniform(random) - 1.0)});
    }
  }
  return points;
}

//! The plain definition: for every cell, Σ over every point with dx² + dy² ≤ r² of w · K(d/r).
inline std::vector<double> bruteForceKernelSums(const Grid &grid, const std::vector<PointXY> &points, const std::vector<double> &weights,
                                                KernelShape shape, double radius)
{
  std::vector<double> sums(grid.cellCount(), 0.0);
  const double radiusSquared = radius * radius;
  for (int row = 0; row < grid.rows(); ++row)
  {
    for (int column = 0; column < grid.columns(); ++column)
    {
      double sum = 0.0;
      for (std::size_t k = 0; k < points.size(); ++k)
      {
        const double dx = grid.centreX(column) - points[k].x;
        const double dy = grid.centreY(row) - points[k].y;
        const double dSquared = dx * dx + dy * dy;
        if (dSquared > radiusSquared)
          continue;
        const double q = 1.0 - dSquared / radiusSquared;
        double value = 0.0;
        switch (shape)
        {
        case KernelShape::Quartic:
          value = q * q;
          break;
        case KernelShape::Triangular:
          value = 1.0 - std::sqrt(dSquared) / radius;
          break;
        case KernelShape::Uniform:
          value = 1.0;
          break;
        case KernelShape::Triweight:
          value = q * q * q;
          break;
        case KernelShape::Epanechnikov:
          value = q;
          break;
        }
        sum += (weights.empty() ? 1.0 : weights[k]) * value;
      }
      sums[grid.index(column, row)] = sum;
    }
  }
  return sums;
}

} // namespace lagesbild::test
