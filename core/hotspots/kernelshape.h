// KernelShape: the kernels of the heat map, with the same shapes as QGIS's heatmap algorithm
// (qgis:heatmapkerneldensityestimation, after Wand & Jones 1995). With u = d / r the raw kernels
// are quartic (1−u²)², triangular 1−u, uniform 1, triweight (1−u²)³, Epanechnikov 1−u², all 0
// for u > 1. The scaled kernels are divided by their integral over the plane so each integrates
// to 1: quartic 3/(πr²), triangular 3/(πr²), uniform 1/(πr²), triweight 4/(πr²),
// Epanechnikov 2/(πr²). (QGIS 3.22 uses the same constants except for the quartic kernel,
// whose 116/(5πr²)·15/16 = 21.75/(πr²) integrates to 7.25, not 1.)
#pragma once

#include <QString>

#include <optional>

namespace lagesbild
{

enum class KernelShape
{
  Quartic,
  Triangular,
  Uniform,
  Triweight,
  Epanechnikov,
};

//! "quartic", "triangular", "uniform", "triweight", "epanechnikov"
QString kernelShapeName(KernelShape shape);
std::optional<KernelShape> kernelShapeFromName(const QString &name);

//! Raw kernel value at u = distance / radius (0 for u > 1).
double kernelRawValue(KernelShape shape, double u);

//! The factor that makes the raw kernel of this radius (metres) integrate to 1 over the plane, per m².
double kernelNormalisation(KernelShape shape, double radius);

//! k when the raw kernel is (1 − u²)^k (uniform 0, Epanechnikov 1, quartic 2, triweight 3); -1 otherwise.
int kernelPolynomialPower(KernelShape shape);

} // namespace lagesbild
