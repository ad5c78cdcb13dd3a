#include "kerneldensity.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

namespace lagesbild
{

namespace
{

// Coefficients are added and removed as 128-bit fixed-point integers, so the running sums along a
// row are exact and a point that left leaves no trace; they are evaluated in extended precision
// (x87 80-bit on x86-64).
__extension__ typedef __int128 Fixed;
using Extended = long double;
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();
constexpr double kExtendedEpsilon = static_cast<double>(std::numeric_limits<Extended>::epsilon());
//! A swept cell is recomputed directly when its rounding-error bound exceeds this share of its
//! value (the promise is 1e-9 against a direct double sum, whose own error is far smaller).
constexpr double kVerifyShare = 1e-10;
//! Rounding of an active point's coefficients (each from ≤ 8 roundings of a0, a1, w), in units of
//! epsilon × their magnitude, with a factor 2 to spare.
constexpr double kCoefficientRounding = 16.0;

//! Points sorted by the grid row they fall in, restricted to those that can reach the grid.
struct BinnedPoints
{
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> column; //!< x / c − (firstColumn + 0.5): cell centres are at whole numbers
    std::vector<double> weight;
    std::vector<std::size_t> binStart; //!< bin b holds [binStart[b], binStart[b+1]); bin b = local row b − bandRows
    int bandRows = 0;
};

BinnedPoints binPoints(const Grid &grid, const std::vector<PointXY> &points, const std::vector<double> &weights, int bandRows)
{
  BinnedPoints binned;
  binned.bandRows = bandRows;
  const int bins = grid.rows() + 2 * bandRows;
  const double cell = grid.cellSize();
  const double columnMin = -bandRows;
  const double columnMax = grid.columns() - 1.0 + bandRows;
  std::vector<int> binOf(points.size(), -1);
  std::vector<std::size_t> counts(static_cast<std::size_t>(bins) + 1, 0);
  for (std::size_t k = 0; k < points.size(); ++k)
  {
    const double row = std::floor(points[k].y / cell) - static_cast<double>(grid.firstRow()) + bandRows;
    const double column = std::floor(points[k].x / cell) - static_cast<double>(grid.firstColumn());
    if (!(row >= 0.0 && row < bins && column >= columnMin && column <= columnMax))
      continue; // also drops NaN coordinates
    binOf[k] = static_cast<int>(row);
    ++counts[static_cast<std::size_t>(binOf[k]) + 1];
  }
  for (int b = 0; b < bins; ++b)
    counts[static_cast<std::size_t>(b) + 1] += counts[static_cast<std::size_t>(b)];
  binned.binStart = counts;
  const std::size_t kept = counts.back();
  binned.x.resize(kept);
  binned.y.resize(kept);
  binned.column.resize(kept);
  binned.weight.resize(kept);
  std::vector<std::size_t> next(counts.begin(), counts.end() - 1);
  const double columnOffset = static_cast<double>(grid.firstColumn()) + 0.5;
  for (std::size_t k = 0; k < points.size(); ++k)
  {
    if (binOf[k] < 0)
      continue;
    const std::size_t at = next[static_cast<std::size_t>(binOf[k])]++;
    binned.x[at] = points[k].x;
    binned.y[at] = points[k].y;
    binned.column[at] = points[k].x / cell - columnOffset;
    binned.weight[at] = weights.empty() ? 1.0 : weights[k];
  }
  // Within a bin, order by x: events then land in the row in order, and the direct
  // recomputation finds a cell's points by binary search.
  std::vector<std::size_t> order;
  std::vector<double> scratch;
  for (int b = 0; b < bins; ++b)
  {
    const std::size_t from = binned.binStart[static_cast<std::size_t>(b)];
    const std::size_t to = binned.binStart[static_cast<std::size_t>(b) + 1];
    if (to - from < 2)
      continue;
    order.resize(to - from);
    for (std::size_t k = 0; k < order.size(); ++k)
      order[k] = from + k;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t c) { return binned.x[a] < binned.x[c]; });
    for (std::vector<double> *field : {&binned.x, &binned.y, &binned.column, &binned.weight})
    {
      scratch.resize(order.size());
      for (std::size_t k = 0; k < order.size(); ++k)
        scratch[k] = (*field)[order[k]];
      std::copy(scratch.begin(), scratch.end(), field->begin() + static_cast<std::ptrdiff_t>(from));
    }
  }
  return binned;
}

//! Everything a row sweep needs, shared read-only by the threads.
struct SweepContext
{
    const Grid *grid = nullptr;
    const BinnedPoints *points = nullptr;
    KernelShape shape = KernelShape::Quartic;
    double radius = 0.0;
    double radiusSquared = 0.0;
    double inverseRadius = 0.0;
    double inverseCell = 0.0;
    double spanRounding = 0.0; //!< 16ε(r/c)²: how far rounding can move a span's end, times its half width
    double factor = 1.0;       //!< 1 for raw sums, the normalisation × 1e6 for densities per km²
    //! Polynomial kernels are 0 at d = r: a cell counts only when 1 − d²/r² > 0, so a point
    //! exactly at the radius adds nothing, as in a direct sum.
    bool openDisc = false;
    //! Sums of unit weights (uniform kernel, no weights) are exact integers: nothing to verify.
    bool exactSums = false;
    int blockWidth = 1;              //!< columns per block of the sweep
    std::vector<double> centreX;     //!< per column
    std::vector<double> blockOrigin; //!< x of each block's centre
    std::vector<double> t;           //!< per column: (centreX − its block's origin) / radius
    std::vector<int> blockOf;        //!< per column: its block
    double fixedScale = 1.0;         //!< 2^S: a coefficient c is added as the integer trunc(c · 2^S)
    double fixedQuantum = 1.0;       //!< 2^−S
};

//! The exact test of a direct sum: is the cell centre at dx², dy² within the kernel's support?
inline bool withinSupport(const SweepContext &context, double dSquared)
{
  if (!context.openDisc)
    return dSquared <= context.radiusSquared;
  if (dSquared >= context.radiusSquared)
    return false;
  if (dSquared < context.radiusSquared * (1.0 - 4.0 * kEpsilon))
    return true;
  return 1.0 - dSquared / context.radiusSquared > 0.0;
}

//! The exact span [first, last] of columns whose centres lie within the support of a point in
//! this row (the same test as a direct sum); false when there is none.
inline bool spanInRow(const SweepContext &context, double x, double column, double dySquared, int &first, int &last)
{
  const Grid &grid = *context.grid;
  const double halfWidth = std::sqrt(context.radiusSquared - dySquared) * context.inverseCell;
  const double lastColumn = grid.columns() - 1.0;
  const double low = column - halfWidth;
  const double high = column + halfWidth;
  if (high < -1.0 || low > lastColumn + 1.0)
    return false;
  // ceil/floor by truncation: both ends are clamped to [−1, columns] first.
  const double lowClamped = std::max(low, -1.0);
  const double highClamped = std::min(high, lastColumn + 1.0);
  first = static_cast<int>(lowClamped);
  first += static_cast<double>(first) < lowClamped;
  last = static_cast<int>(highClamped);
  last -= static_cast<double>(last) > highClamped;
  first = std::max(first, 0);
  last = std::min(last, grid.columns() - 1);
  const double from = first;
  const double to = last;
  // The square root is rounded: when an end lies within its rounding of a cell centre, settle it
  // on the exact test. The tolerance grows where the span is short (dx² small against dy²).
  // With h the half width in cells, an end is safe when its margin m satisfies m·h > 1e-7·h + 16ε(r/c)².
  const double slack = 1e-7 * halfWidth + context.spanRounding;
  if (std::min(std::min(from - low, low - (from - 1.0)), std::min(high - to, (to + 1.0) - high)) * halfWidth > slack)
    return first <= last;
  const auto inside = [&](int at)
  {
    const double dx = context.centreX[static_cast<std::size_t>(at)] - x;
    return withinSupport(context, dx * dx + dySquared);
  };
  while (first <= last && !inside(first))
    ++first;
  while (first > 0 && inside(first - 1))
    --first;
  while (last >= first && !inside(last))
    --last;
  while (last >= first && last < grid.columns() - 1 && inside(last + 1))
    ++last;
  return first <= last;
}

//! Coefficients of w · (a0 + a1 t − t²)^K in t, lowest first.
template<int K> inline void kernelCoefficients(double a0, double a1, double weight, double *c)
{
  if constexpr (K == 0)
  {
    c[0] = weight;
  }
  else if constexpr (K == 1)
  {
    c[0] = weight * a0;
    c[1] = weight * a1;
    c[2] = -weight;
  }
  else if constexpr (K == 2)
  {
    c[0] = weight * a0 * a0;
    c[1] = weight * 2 * a0 * a1;
    c[2] = weight * (a1 * a1 - 2 * a0);
    c[3] = weight * -2 * a1;
    c[4] = weight;
  }
  else
  {
    static_assert(K == 3);
    const double a0Squared = a0 * a0;
    const double a1Squared = a1 * a1;
    c[0] = weight * a0Squared * a0;
    c[1] = weight * 3 * a0Squared * a1;
    c[2] = weight * (3 * a0 * a1Squared - 3 * a0Squared);
    c[3] = weight * (a1Squared * a1 - 6 * a0 * a1);
    c[4] = weight * (3 * a0 - 3 * a1Squared);
    c[5] = weight * 3 * a1;
    c[6] = -weight;
  }
}

template<int K> inline double power(double value)
{
  if constexpr (K == 0)
    return 1.0;
  else
    return value * power<K - 1>(value);
}

//! The kernel term of a direct sum, written as the plain definition.
template<int K> inline double directTerm(double q)
{
  if constexpr (K == 0)
    return 1.0;
  else if constexpr (K == 1)
    return q;
  else if constexpr (K == 2)
    return q * q;
  else
    return q * q * q;
}

//! Per-thread scratch for one row.
struct RowBuffers
{
    std::vector<Fixed> coefficients; //!< (columns + 1) × terms: fixed-point coefficient changes
    std::vector<double> magnitudes;  //!< (columns + 1): Σ|c| of points entering (+) and leaving (−)
    std::vector<int> active;         //!< (columns + 1): points entering (+1) and leaving (−1)
    std::vector<int> flagged;        //!< columns to recompute directly
    std::vector<double> sums;        //!< triangular kernel: direct row sums
};

//! Direct sums for the flagged columns of a row, exactly as the plain definition: for each
//! flagged cell, the points of each bin in the band with |dx| ≤ r, found by binary search on x.
template<int K> void recomputeDirectly(const SweepContext &context, int row, const std::vector<int> &flagged, double *out)
{
  const Grid &grid = *context.grid;
  const BinnedPoints &points = *context.points;
  const double centreY = grid.centreY(row);
  const auto xBegin = points.x.begin();
  for (int column : flagged)
  {
    const double centreX = context.centreX[static_cast<std::size_t>(column)];
    double direct = 0.0;
    for (int bin = row; bin <= row + 2 * points.bandRows; ++bin)
    {
      const auto from = xBegin + static_cast<std::ptrdiff_t>(points.binStart[static_cast<std::size_t>(bin)]);
      const auto to = xBegin + static_cast<std::ptrdiff_t>(points.binStart[static_cast<std::size_t>(bin) + 1]);
      for (auto at = std::lower_bound(from, to, centreX - context.radius); at != to && *at <= centreX + context.radius; ++at)
      {
        const std::size_t k = static_cast<std::size_t>(at - xBegin);
        const double dx = centreX - points.x[k];
        const double dy = centreY - points.y[k];
        const double dSquared = dx * dx + dy * dy;
        if (context.openDisc)
        {
          const double q = 1.0 - dSquared / context.radiusSquared;
          if (q > 0.0)
            direct += points.weight[k] * directTerm<K>(q);
        }
        else if (dSquared <= context.radiusSquared)
        {
          direct += points.weight[k];
        }
      }
    }
    out[column] = direct * context.factor;
  }
}

template<int K> void sweepPolynomialRow(const SweepContext &context, int row, RowBuffers &buffers, double *out)
{
  constexpr int terms = 2 * K + 1;
  const Grid &grid = *context.grid;
  const BinnedPoints &points = *context.points;
  const int columns = grid.columns();
  const int blockWidth = context.blockWidth;
  const double centreY = grid.centreY(row);
  const double inverseRadius = context.inverseRadius;
  const double scale = context.fixedScale;
  Fixed *events = buffers.coefficients.data();
  double *magnitudes = buffers.magnitudes.data();
  int *active = buffers.active.data();

  // Bins of rows row − band .. row + band hold every point within the radius of this row.
  const std::size_t begin = points.binStart[static_cast<std::size_t>(row)];
  const std::size_t end = points.binStart[static_cast<std::size_t>(row + 2 * points.bandRows + 1)];
  double c[terms];
  long long fixed[terms];
  for (std::size_t k = begin; k < end; ++k)
  {
    const double x = points.x[k];
    const double dy = centreY - points.y[k];
    const double dySquared = dy * dy;
    if (dySquared > context.radiusSquared)
      continue;
    int first = 0, last = 0;
    if (!spanInRow(context, x, points.column[k], dySquared, first, last))
      continue;
    const double dyRelative = dy * inverseRadius;
    const double base = 1.0 - dyRelative * dyRelative;
    const double weight = points.weight[k];
    const int lastBlock = context.blockOf[static_cast<std::size_t>(last)];
    for (int block = context.blockOf[static_cast<std::size_t>(first)]; block <= lastBlock; ++block)
    {
      const int blockBegin = block * blockWidth;
      const int blockEnd = std::min(columns, blockBegin + blockWidth);
      const int enter = std::max(first, blockBegin);
      const double tau = (x - context.blockOrigin[static_cast<std::size_t>(block)]) * inverseRadius;
      // 1 − (dy² + (x_cell − x)²)/r² = (1 − Y² − τ²) + 2τ t − t²
      const double a0 = base - tau * tau;
      const double a1 = 2.0 * tau;
      kernelCoefficients<K>(a0, a1, weight, c);
      for (int m = 0; m < terms; ++m)
        fixed[m] = static_cast<long long>(c[m] * scale);
      // Σ|c_m| ≤ |w|·(|a0| + |a1| + 1)^K: the coefficients of (|a0| + |a1|t + t²)^K at t = 1.
      const double magnitude = std::fabs(weight) * power<K>((std::fabs(a0) + std::fabs(a1) + 1.0) * (1.0 + 4.0 * kEpsilon));
      Fixed *at = events + static_cast<std::size_t>(enter) * terms;
      for (int m = 0; m < terms; ++m)
        at[m] += fixed[m];
      magnitudes[enter] += magnitude;
      ++active[enter];
      if (last + 1 < blockEnd)
      {
        Fixed *leave = events + static_cast<std::size_t>(last + 1) * terms;
        for (int m = 0; m < terms; ++m)
          leave[m] -= fixed[m];
        magnitudes[last + 1] -= magnitude;
        --active[last + 1];
      }
    }
  }

  // Sweep: exact running sums, evaluated in extended precision, with a bound on the error.
  std::vector<int> &flagged = buffers.flagged;
  flagged.clear();
  Fixed sum[terms] = {};
  double activeMagnitude = 0.0; // Σ|c| of the points active here: bounds every |sum[m]|
  int count = 0;
  const Extended quantum = context.fixedQuantum;
  for (int column = 0; column < columns; ++column)
  {
    if (column % blockWidth == 0)
    {
      std::fill(sum, sum + terms, Fixed(0));
      activeMagnitude = 0.0;
      count = 0;
    }
    Fixed *at = events + static_cast<std::size_t>(column) * terms;
    for (int m = 0; m < terms; ++m)
      sum[m] += at[m];
    std::fill(at, at + terms, Fixed(0));
    activeMagnitude = std::max(0.0, activeMagnitude + magnitudes[column]);
    count += active[column];
    magnitudes[column] = 0.0;
    active[column] = 0;
    if (count == 0)
    {
      // Nothing within the radius: exactly zero (the integer sums are exactly zero too).
      activeMagnitude = 0.0;
      out[column] = 0.0;
      continue;
    }
    const Extended t = context.t[static_cast<std::size_t>(column)];
    Extended value = static_cast<Extended>(sum[terms - 1]);
    for (int m = terms - 2; m >= 0; --m)
      value = value * t + static_cast<Extended>(sum[m]);
    const double result = static_cast<double>(value * quantum);
    // Error: each active point's coefficients were rounded in double (≤ 16ε Σ|c|) and truncated
    // to the fixed-point quantum (≤ one quantum per term, |t| ≤ 1); the sums are exact; the
    // conversion and the polynomial in extended precision add ≤ 8ε_ext Σ|c|.
    const double bound = (kEpsilon * kCoefficientRounding + kExtendedEpsilon * 8.0) * activeMagnitude +
                         static_cast<double>(count) * terms * context.fixedQuantum;
    if (!context.exactSums && !(bound <= kVerifyShare * std::fabs(result)))
      flagged.push_back(column);
    out[column] = result * context.factor;
  }
  if (!flagged.empty())
    recomputeDirectly<K>(context, row, flagged, out);
}

void sweepTriangularRow(const SweepContext &context, int row, RowBuffers &buffers, double *out)
{
  const Grid &grid = *context.grid;
  const BinnedPoints &points = *context.points;
  const double centreY = grid.centreY(row);
  const double inverseRadius = context.inverseRadius;
  double *sums = buffers.sums.data();
  std::fill(sums, sums + grid.columns(), 0.0);
  const std::size_t begin = points.binStart[static_cast<std::size_t>(row)];
  const std::size_t end = points.binStart[static_cast<std::size_t>(row + 2 * points.bandRows + 1)];
  for (std::size_t k = begin; k < end; ++k)
  {
    const double x = points.x[k];
    const double dy = centreY - points.y[k];
    const double dySquared = dy * dy;
    if (dySquared > context.radiusSquared)
      continue;
    int first = 0, last = 0;
    if (!spanInRow(context, x, points.column[k], dySquared, first, last))
      continue;
    const double weight = points.weight[k];
    for (int column = first; column <= last; ++column)
    {
      const double dx = context.centreX[static_cast<std::size_t>(column)] - x;
      sums[column] += weight * (1.0 - std::sqrt(dx * dx + dySquared) * inverseRadius);
    }
  }
  for (int column = 0; column < grid.columns(); ++column)
    out[column] = sums[column] * context.factor;
}

void sweepRow(const SweepContext &context, int row, RowBuffers &buffers, double *out)
{
  switch (context.shape)
  {
  case KernelShape::Uniform:
    return sweepPolynomialRow<0>(context, row, buffers, out);
  case KernelShape::Epanechnikov:
    return sweepPolynomialRow<1>(context, row, buffers, out);
  case KernelShape::Quartic:
    return sweepPolynomialRow<2>(context, row, buffers, out);
  case KernelShape::Triweight:
    return sweepPolynomialRow<3>(context, row, buffers, out);
  case KernelShape::Triangular:
    return sweepTriangularRow(context, row, buffers, out);
  }
}

} // namespace

Result<void> checkPositiveDistance(double metres, const QString &what)
{
  if (!std::isfinite(metres) || metres <= 0.0)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("hotspots", "The %1 must be a positive number of metres (got %2).").arg(what).arg(metres));
  return {};
}

KernelDensity::KernelDensity(KernelDensityOptions options) : mOptions(options) {}

Result<std::vector<double>> KernelDensity::compute(const Grid &grid, const std::vector<PointXY> &points, const std::vector<double> &weights,
                                                   Feedback *feedback) const
{
  if (auto checked = checkPositiveDistance(mOptions.radius, QCoreApplication::translate("hotspots", "radius")); !checked)
    return checked.error();
  if (grid.isEmpty())
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "The grid has no cells."));
  if (points.empty())
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("hotspots", "No incidents match the selection; there is nothing to map."));
  if (!weights.empty() && weights.size() != points.size())
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("hotspots", "There are %1 weights for %2 points.").arg(weights.size()).arg(points.size()));
  for (std::size_t k = 0; k < weights.size(); ++k)
  {
    if (!std::isfinite(weights[k]))
      return makeError(ErrorCode::BadInput,
                       QCoreApplication::translate("hotspots", "The weight of point %1 is not a finite number.").arg(k + 1));
  }
  const double radiusInCells = mOptions.radius / grid.cellSize();
  if (radiusInCells > 1e6)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("hotspots", "The radius (%1 m) is more than a million cells of %2 m.")
                                            .arg(mOptions.radius)
                                            .arg(grid.cellSize()));

  const int bandRows = static_cast<int>(std::ceil(radiusInCells)) + 1;
  const BinnedPoints binned = binPoints(grid, points, weights, bandRows);

  SweepContext context;
  context.grid = &grid;
  context.points = &binned;
  context.shape = mOptions.shape;
  context.radius = mOptions.radius;
  context.radiusSquared = mOptions.radius * mOptions.radius;
  context.inverseRadius = 1.0 / mOptions.radius;
  context.inverseCell = 1.0 / grid.cellSize();
  context.spanRounding = 16.0 * kEpsilon * radiusInCells * radiusInCells;
  context.exactSums = mOptions.shape == KernelShape::Uniform && weights.empty();
  context.openDisc = kernelPolynomialPower(mOptions.shape) > 0;
  context.factor = mOptions.scaled ? kernelNormalisation(mOptions.shape, mOptions.radius) * 1e6 : 1.0;
  // Blocks of 2r: a point's span (≤ 2r) touches at most two, and |t|, |τ| stay ≤ 1, ≤ 2.
  context.blockWidth = std::clamp(static_cast<int>(std::ceil(2.0 * radiusInCells)), 1, grid.columns());
  {
    // Within a block |τ| ≤ T = 1 + (block width)/(2r), so |a0| ≤ T², |a1| ≤ 2T and every
    // coefficient |c| ≤ |w|·(T + 1)^{2K}: scale it below 2^62 so the integer conversion cannot overflow.
    double largestWeight = weights.empty() ? 1.0 : 0.0;
    for (double weight : weights)
      largestWeight = std::max(largestWeight, std::fabs(weight));
    const double reach = 1.0 + context.blockWidth * grid.cellSize() / (2.0 * mOptions.radius);
    const int degree = 2 * std::max(0, kernelPolynomialPower(mOptions.shape));
    const double largest = std::max(largestWeight, 1e-200) * std::pow(reach + 1.0, degree) * 1.01;
    const int exponent = 62 - static_cast<int>(std::ceil(std::log2(largest)));
    context.fixedScale = std::ldexp(1.0, exponent);
    context.fixedQuantum = std::ldexp(1.0, -exponent);
  }
  const int blocks = (grid.columns() + context.blockWidth - 1) / context.blockWidth;
  context.centreX.resize(static_cast<std::size_t>(grid.columns()));
  context.t.resize(static_cast<std::size_t>(grid.columns()));
  context.blockOf.resize(static_cast<std::size_t>(grid.columns()));
  context.blockOrigin.resize(static_cast<std::size_t>(blocks));
  for (int block = 0; block < blocks; ++block)
    context.blockOrigin[static_cast<std::size_t>(block)] =
      grid.xMin() + (block * context.blockWidth + 0.5 * context.blockWidth) * grid.cellSize();
  for (int column = 0; column < grid.columns(); ++column)
  {
    context.centreX[static_cast<std::size_t>(column)] = grid.centreX(column);
    context.blockOf[static_cast<std::size_t>(column)] = column / context.blockWidth;
    context.t[static_cast<std::size_t>(column)] =
      (grid.centreX(column) - context.blockOrigin[static_cast<std::size_t>(column / context.blockWidth)]) * context.inverseRadius;
  }

  std::vector<double> values(grid.cellCount(), 0.0);
  const int terms = std::max(1, 2 * kernelPolynomialPower(mOptions.shape) + 1);
  int threadCount = mOptions.threads > 0 ? mOptions.threads : static_cast<int>(std::thread::hardware_concurrency());
  threadCount = std::clamp(threadCount, 1, std::max(1, grid.rows()));
  std::atomic<int> nextRow{0};
  std::atomic<int> rowsDone{0};
  std::atomic<bool> cancelled{false};
  constexpr int rowsPerTask = 4;
  const auto work = [&](bool reportsProgress)
  {
    RowBuffers buffers;
    buffers.coefficients.assign(static_cast<std::size_t>(grid.columns() + 1) * static_cast<std::size_t>(terms), Fixed(0));
    buffers.magnitudes.assign(static_cast<std::size_t>(grid.columns() + 1), 0.0);
    buffers.active.assign(static_cast<std::size_t>(grid.columns() + 1), 0);
    buffers.sums.assign(static_cast<std::size_t>(grid.columns()), 0.0);
    while (!cancelled.load(std::memory_order_relaxed))
    {
      const int firstRow = nextRow.fetch_add(rowsPerTask, std::memory_order_relaxed);
      if (firstRow >= grid.rows())
        break;
      const int endRow = std::min(grid.rows(), firstRow + rowsPerTask);
      for (int row = firstRow; row < endRow; ++row)
        sweepRow(context, row, buffers, values.data() + grid.index(0, row));
      const int done = rowsDone.fetch_add(endRow - firstRow, std::memory_order_relaxed) + (endRow - firstRow);
      if (feedback)
      {
        if (feedback->isCancelled())
          cancelled.store(true, std::memory_order_relaxed);
        else if (reportsProgress)
          feedback->setProgress(100.0 * done / grid.rows());
      }
    }
  };
  std::vector<std::thread> threads;
  for (int k = 1; k < threadCount; ++k)
    threads.emplace_back(work, false);
  work(true);
  for (std::thread &thread : threads)
    thread.join();
  if (cancelled.load())
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate("hotspots", "The heat map was cancelled."));
  return values;
}

} // namespace lagesbild
