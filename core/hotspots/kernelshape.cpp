#include "kernelshape.h"

#include <cmath>
#include <numbers>

namespace lagesbild
{

QString kernelShapeName(KernelShape shape)
{
  switch (shape)
  {
  case KernelShape::Quartic:
    return QStringLiteral("quartic");
  case KernelShape::Triangular:
    return QStringLiteral("triangular");
  case KernelShape::Uniform:
    return QStringLiteral("uniform");
  case KernelShape::Triweight:
    return QStringLiteral("triweight");
  case KernelShape::Epanechnikov:
    return QStringLiteral("epanechnikov");
  }
  return {};
}

std::optional<KernelShape> kernelShapeFromName(const QString &name)
{
  const QString key = name.trimmed().toLower();
  for (KernelShape shape :
       {KernelShape::Quartic, KernelShape::Triangular, KernelShape::Uniform, KernelShape::Triweight, KernelShape::Epanechnikov})
  {
    if (kernelShapeName(shape) == key)
      return shape;
  }
  return std::nullopt;
}

double kernelRawValue(KernelShape shape, double u)
{
  if (!(u <= 1.0))
    return 0.0;
  const double q = 1.0 - u * u;
  switch (shape)
  {
  case KernelShape::Quartic:
    return q * q;
  case KernelShape::Triangular:
    return 1.0 - u;
  case KernelShape::Uniform:
    return 1.0;
  case KernelShape::Triweight:
    return q * q * q;
  case KernelShape::Epanechnikov:
    return q;
  }
  return 0.0;
}

double kernelNormalisation(KernelShape shape, double radius)
{
  // ∫∫ K(|x|/r) dx = 2π r² ∫₀¹ K(u) u du
  double integralOverUnitDisc = 0.0; // ∫₀¹ K(u) u du
  switch (shape)
  {
  case KernelShape::Quartic:
    integralOverUnitDisc = 1.0 / 6.0;
    break;
  case KernelShape::Triangular:
    integralOverUnitDisc = 1.0 / 6.0;
    break;
  case KernelShape::Uniform:
    integralOverUnitDisc = 1.0 / 2.0;
    break;
  case KernelShape::Triweight:
    integralOverUnitDisc = 1.0 / 8.0;
    break;
  case KernelShape::Epanechnikov:
    integralOverUnitDisc = 1.0 / 4.0;
    break;
  }
  return 1.0 / (2.0 * std::numbers::pi * radius * radius * integralOverUnitDisc);
}

int kernelPolynomialPower(KernelShape shape)
{
  switch (shape)
  {
  case KernelShape::Uniform:
    return 0;
  case KernelShape::Epanechnikov:
    return 1;
  case KernelShape::Quartic:
    return 2;
  case KernelShape::Triweight:
    return 3;
  case KernelShape::Triangular:
    return -1;
  }
  return -1;
}

} // namespace lagesbild
