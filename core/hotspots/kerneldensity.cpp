#include "kerneldensity.h"

#include "common/hugepages.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
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

//! The fixed-point sum in extended precision, correctly rounded like the plain conversion (a
//! library call per term and cell in GCC) but inline: each 64-bit half converts exactly into the
//! 64-bit significand, scaling by 2^64 is exact, and the one addition rounds once.
inline Extended toExtended(Fixed value)
{
  constexpr Extended kTwoTo64 = 18446744073709551616.0L;
  const auto high = static_cast<long long>(value >> 64);
  const auto low = static_cast<unsigned long long>(value);
  return static_cast<Extended>(high) * kTwoTo64 + static_cast<Extended>(low);
}

//! Points per slice of the binning below which one thread does it all (threads cost more than they save).
constexpr std::size_t kPointsPerSlice = 50000;

//! Runs work(0) … work(slices − 1), each on a thread of its own (the first on this one).
template<typename Work> void runSlices(int slices, const Work &work)
{
  std::vector<std::thread> helpers;
  for (int slice = 1; slice < slices; ++slice)
    helpers.emplace_back(work, slice);
  work(0);
  for (std::thread &helper : helpers)
    helper.join();
}

//! Points sorted by the grid row they fall in, restricted to those that can reach the grid.
struct BinnedPoints
{
    HugePageVector<double> x;
    HugePageVector<double> y;
    HugePageVector<double> column; //!< x / c − (firstColumn + 0.5): cell centres are at whole numbers
    HugePageVector<double> weight;
    std::vector<std::size_t> binStart; //!< bin b holds [binStart[b], binStart[b+1]); bin b = local row b − bandRows
    int bandRows = 0;
    std::size_t merged = 0; //!< points that shared a place and were merged into another
};

BinnedPoints binPoints(const Grid &grid, const std::vector<PointXY> &points, const std::vector<double> &weights, int bandRows,
                       int threadCount)
{
  BinnedPoints binned;
  binned.bandRows = bandRows;
  const int bins = grid.rows() + 2 * bandRows;
  const double cell = grid.cellSize();
  const double columnMin = -bandRows;
  const double columnMax = grid.columns() - 1.0 + bandRows;
  // The working arrays are tens of megabytes for a million points: in huge pages (fewer page faults).
  // The points are split into consecutive slices, one per thread: each slice finds its points'
  // bins, then writes its share of every bin after the shares of the slices before it, so a bin
  // holds its points in their original order whatever the number of threads.
  const int slices = static_cast<int>(std::clamp<std::size_t>(points.size() / kPointsPerSlice, 1, static_cast<std::size_t>(threadCount)));
  const auto sliceBegin = [&](int slice) { return points.size() * static_cast<std::size_t>(slice) / static_cast<std::size_t>(slices); };
  HugePageVector<int> binOf(points.size()); // every element written by its slice below
  std::vector<std::vector<std::size_t>> sliceCounts(static_cast<std::size_t>(slices),
                                                    std::vector<std::size_t>(static_cast<std::size_t>(bins), 0));
  runSlices(slices,
            [&](int slice)
            {
              std::vector<std::size_t> &sizes = sliceCounts[static_cast<std::size_t>(slice)];
              for (std::size_t k = sliceBegin(slice); k < sliceBegin(slice + 1); ++k)
              {
                binOf[k] = -1;
                const double row = std::floor(points[k].y / cell) - static_cast<double>(grid.firstRow()) + bandRows;
                const double column = std::floor(points[k].x / cell) - static_cast<double>(grid.firstColumn());
                if (!(row >= 0.0 && row < bins && column >= columnMin && column <= columnMax))
                  continue; // also drops NaN coordinates
                if (!weights.empty() && weights[k] == 0.0)
                  continue; // adds nothing anywhere
                binOf[k] = static_cast<int>(row);
                ++sizes[static_cast<std::size_t>(binOf[k])];
              }
            });
  // counts[b]: where bin b starts; next[slice][b]: where that slice's share of bin b starts.
  std::vector<std::size_t> counts(static_cast<std::size_t>(bins) + 1, 0);
  std::vector<std::vector<std::size_t>> next(static_cast<std::size_t>(slices), std::vector<std::size_t>(static_cast<std::size_t>(bins), 0));
  for (int b = 0; b < bins; ++b)
  {
    std::size_t at = counts[static_cast<std::size_t>(b)];
    for (int slice = 0; slice < slices; ++slice)
    {
      next[static_cast<std::size_t>(slice)][static_cast<std::size_t>(b)] = at;
      at += sliceCounts[static_cast<std::size_t>(slice)][static_cast<std::size_t>(b)];
    }
    counts[static_cast<std::size_t>(b) + 1] = at;
  }
  struct Entry
  {
      double x;
      double y;
      double weight;
  };
  HugePageVector<Entry> entries(counts.back()); // every place filled by the slices' shares
  runSlices(slices,
            [&](int slice)
            {
              std::vector<std::size_t> &at = next[static_cast<std::size_t>(slice)];
              for (std::size_t k = sliceBegin(slice); k < sliceBegin(slice + 1); ++k)
              {
                if (binOf[k] >= 0)
                  entries[at[static_cast<std::size_t>(binOf[k])]++] = {points[k].x, points[k].y, weights.empty() ? 1.0 : weights[k]};
              }
            });
  // Within a bin, order by x (then y): events then land in the row in order, and the direct
  // recomputation finds a cell's points by binary search. Points at the same place (a repeat
  // address) become one point carrying the sum of their weights, so each is swept once. Bins are
  // shared between the threads.
  // A full bin is first spread over its columns (a counting sort: floor(x / c) grows with x), and
  // only the few points of a cell are then sorted.
  std::vector<std::size_t> kept(static_cast<std::size_t>(bins), 0);
  std::atomic<int> nextBin{0};
  const int columnSlots = grid.columns() + 2 * bandRows;
  const double firstColumn = static_cast<double>(grid.firstColumn());
  const auto lessXY = [](const Entry &a, const Entry &c) { return a.x < c.x || (a.x == c.x && a.y < c.y); };
  const auto sortBins = [&]
  {
    std::vector<std::size_t> slotEnd;
    std::vector<int> slotOf;
    std::vector<Entry> scratch;
    for (int b = nextBin.fetch_add(1, std::memory_order_relaxed); b < bins; b = nextBin.fetch_add(1, std::memory_order_relaxed))
    {
      Entry *from = entries.data() + counts[static_cast<std::size_t>(b)];
      Entry *to = entries.data() + counts[static_cast<std::size_t>(b) + 1];
      const std::size_t size = static_cast<std::size_t>(to - from);
      if (size * 4 < static_cast<std::size_t>(columnSlots))
      {
        std::sort(from, to, lessXY);
      }
      else
      {
        slotEnd.assign(static_cast<std::size_t>(columnSlots) + 1, 0);
        slotOf.resize(size);
        for (std::size_t k = 0; k < size; ++k)
        {
          const double column = std::floor(from[k].x / cell) - firstColumn + bandRows;
          slotOf[k] = std::clamp(static_cast<int>(column), 0, columnSlots - 1);
          ++slotEnd[static_cast<std::size_t>(slotOf[k]) + 1];
        }
        for (int slot = 0; slot < columnSlots; ++slot)
          slotEnd[static_cast<std::size_t>(slot) + 1] += slotEnd[static_cast<std::size_t>(slot)];
        scratch.resize(size);
        for (std::size_t k = 0; k < size; ++k)
          scratch[slotEnd[static_cast<std::size_t>(slotOf[k])]++] = from[k];
        // slotEnd[s] is now the end of slot s.
        std::size_t slotBegin = 0;
        for (int slot = 0; slot < columnSlots; ++slot)
        {
          const std::size_t end = slotEnd[static_cast<std::size_t>(slot)];
          if (end - slotBegin > 1)
            std::sort(scratch.begin() + static_cast<std::ptrdiff_t>(slotBegin), scratch.begin() + static_cast<std::ptrdiff_t>(end), lessXY);
          slotBegin = end;
        }
        std::copy(scratch.begin(), scratch.end(), from);
      }
      Entry *last = from;
      for (Entry *at = from; at != to; ++at)
      {
        if (at != from && at->x == (last - 1)->x && at->y == (last - 1)->y)
          (last - 1)->weight += at->weight;
        else
          *last++ = *at;
      }
      kept[static_cast<std::size_t>(b)] = static_cast<std::size_t>(last - from);
    }
  };
  {
    std::vector<std::thread> helpers;
    for (int k = 1; k < std::min(threadCount, bins); ++k)
      helpers.emplace_back(sortBins);
    sortBins();
    for (std::thread &helper : helpers)
      helper.join();
  }
  binned.binStart.assign(static_cast<std::size_t>(bins) + 1, 0);
  for (int b = 0; b < bins; ++b)
    binned.binStart[static_cast<std::size_t>(b) + 1] = binned.binStart[static_cast<std::size_t>(b)] + kept[static_cast<std::size_t>(b)];
  binned.merged = entries.size() - binned.binStart.back();
  const std::size_t total = binned.binStart.back();
  for (HugePageVector<double> *array : {&binned.x, &binned.y, &binned.column, &binned.weight})
    array->resize(total); // every element written below, bin by bin
  const double columnOffset = static_cast<double>(grid.firstColumn()) + 0.5;
  runSlices(slices,
            [&](int slice)
            {
              for (int b = bins * slice / slices; b < bins * (slice + 1) / slices; ++b)
              {
                const Entry *from = entries.data() + counts[static_cast<std::size_t>(b)];
                std::size_t at = binned.binStart[static_cast<std::size_t>(b)];
                for (std::size_t k = 0; k < kept[static_cast<std::size_t>(b)]; ++k, ++at)
                {
                  binned.x[at] = from[k].x;
                  binned.y[at] = from[k].y;
                  binned.column[at] = from[k].x / cell - columnOffset;
                  binned.weight[at] = from[k].weight;
                }
              }
            });
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
    bool weighted = false;           //!< weights given: bounds use the active Σ|w| instead of the count
    int blockWidth = 1;              //!< columns per block of the sweep
    std::vector<double> centreX;     //!< per column
    std::vector<double> blockOrigin; //!< x of each block's centre
    std::vector<double> t;           //!< per column: (centreX − its block's origin) / radius
    std::vector<int> blockOf;        //!< per column: its block
    double fixedScale = 1.0;         //!< 2^S: a coefficient c is added as the integer trunc(c · 2^S)
    double fixedQuantum = 1.0;       //!< 2^−S
    double tReach = 1.0;             //!< max(1, the largest |t| in a block): bounds |t|^m in the error terms
    double quantumError = 1.0;       //!< 2^−S · Σ_m tReach^m: a point's truncation error at a cell
    //! Σ_m |c_m|·|t|^m of a point of weight 1 in any block, at most: (max|a0| + max|a1|·R + R²)^K.
    double pointMagnitude = 1.0;
    double weightScale = 1.0;        //!< 2^W: |w| is summed as the integer ceil(|w| · 2^W)
    double inverseWeightScale = 1.0; //!< 2^−W
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

//! Candidate spans of a run of points in one row, computed without branches so the square roots
//! of many points overlap: first/last are the columns whose centres the rounded square root puts
//! within the support, and state says 0 (no span: out of the row's reach or off the grid),
//! 1 (both ends are certain) or 2 (an end lies within the rounding of a cell centre and must be
//! settled by the exact test, see settleSpan).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
// AVX2 doubles the lanes of the square roots and comparisons where the processor has it.
__attribute__((target_clones("default", "arch=x86-64-v3", "arch=x86-64-v4")))
#endif
void candidateSpans(const SweepContext &context, double centreY, const double *y, const double *column, std::size_t count, int *first,
                    int *last, int *state)
{
  const double lastColumn = context.grid->columns() - 1.0;
  const double radiusSquared = context.radiusSquared;
  const double inverseCell = context.inverseCell;
  const double spanRounding = context.spanRounding;
  for (std::size_t k = 0; k < count; ++k)
  {
    const double dy = centreY - y[k];
    const double remaining = radiusSquared - dy * dy;
    const double halfWidth = std::sqrt(remaining > 0.0 ? remaining : 0.0) * inverseCell;
    const double low = column[k] - halfWidth;
    const double high = column[k] + halfWidth;
    // ceil/floor by truncation: both ends are clamped to [−1, columns] first.
    const double lowClamped = std::min(std::max(low, -1.0), lastColumn + 1.0);
    const double highClamped = std::min(std::max(high, -1.0), lastColumn + 1.0);
    int from = static_cast<int>(lowClamped);
    from += static_cast<int>(static_cast<double>(from) < lowClamped);
    int to = static_cast<int>(highClamped);
    to -= static_cast<int>(static_cast<double>(to) > highClamped);
    from = std::max(from, 0);
    to = std::min(to, static_cast<int>(lastColumn));
    // The square root is rounded: when an end lies within its rounding of a cell centre, settle it
    // on the exact test. The tolerance grows where the span is short (dx² small against dy²).
    // With h the half width in cells, an end is safe when its margin m satisfies m·h > 1e-7·h + 16ε(r/c)².
    const double fromColumn = from;
    const double toColumn = to;
    const double margin =
      std::min(std::min(fromColumn - low, low - (fromColumn - 1.0)), std::min(high - toColumn, (toColumn + 1.0) - high));
    const int safe = margin * halfWidth > 1e-7 * halfWidth + spanRounding;
    const int reaches = (dy * dy <= radiusSquared) & (high >= -1.0) & (low <= lastColumn + 1.0);
    first[k] = from;
    last[k] = to;
    state[k] = reaches * (2 - safe);
  }
}

//! Moves the ends of a candidate span onto the exact test of a direct sum; false when it is empty.
inline bool settleSpan(const SweepContext &context, double x, double dySquared, int &first, int &last)
{
  const int columns = context.grid->columns();
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
  while (last >= first && last < columns - 1 && inside(last + 1))
    ++last;
  return first <= last;
}

//! The exact span [first, last] of columns whose centres lie within the support of a point in
//! this row (the same test as a direct sum); false when there is none.
inline bool spanInRow(const SweepContext &context, double x, double y, double column, double centreY, int &first, int &last)
{
  int state = 0;
  candidateSpans(context, centreY, &y, &column, 1, &first, &last, &state);
  if (state == 0)
    return false;
  if (state == 1)
    return first <= last;
  const double dy = centreY - y;
  return settleSpan(context, x, dy * dy, first, last);
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

//! Points whose spans are computed together (see candidateSpans).
constexpr std::size_t kSpanBatch = 256;

//! Per-thread scratch for one row.
struct RowBuffers
{
    std::vector<Fixed> coefficients;   //!< (columns + 1) × terms: fixed-point coefficient changes
    std::vector<long long> magnitudes; //!< (columns + 1): weighted points' |w|·2^W entering (+) and leaving (−)
    std::vector<int> active;           //!< (columns + 1): points entering (+1) and leaving (−1)
    std::vector<int> flagged;          //!< columns to recompute directly
    std::size_t directCells = 0;       //!< flagged cells so far
    std::vector<double> sums;          //!< triangular kernel: direct row sums
    std::vector<int> spanFirst;        //!< kSpanBatch: candidate spans of a run of points
    std::vector<int> spanLast;
    std::vector<int> spanState;
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

template<int K, bool Weighted> void sweepPolynomialRow(const SweepContext &context, int row, RowBuffers &buffers, double *out)
{
  constexpr int terms = 2 * K + 1;
  // The top coefficient of w·(a0 + a1 t − t²)^K is (−1)^K·w whatever the point: without weights
  // its sum is (−1)^K·count·2^S exactly, so only the others are carried as events.
  constexpr int carried = Weighted ? terms : terms - 1;
  const Grid &grid = *context.grid;
  const BinnedPoints &points = *context.points;
  const int columns = grid.columns();
  const int blockWidth = context.blockWidth;
  const double centreY = grid.centreY(row);
  const double inverseRadius = context.inverseRadius;
  const double scale = context.fixedScale;
  Fixed *events = buffers.coefficients.data();
  long long *magnitudes = buffers.magnitudes.data();
  int *active = buffers.active.data();

  // Bins of rows row − band .. row + band hold every point within the radius of this row.
  const std::size_t begin = points.binStart[static_cast<std::size_t>(row)];
  const std::size_t end = points.binStart[static_cast<std::size_t>(row + 2 * points.bandRows + 1)];
  double c[terms];
  long long fixed[terms];
  int *spanFirst = buffers.spanFirst.data();
  int *spanLast = buffers.spanLast.data();
  int *spanState = buffers.spanState.data();
  for (std::size_t batch = begin; batch < end; batch += kSpanBatch)
  {
    const std::size_t batchSize = std::min(kSpanBatch, end - batch);
    candidateSpans(context, centreY, points.y.data() + batch, points.column.data() + batch, batchSize, spanFirst, spanLast, spanState);
    for (std::size_t i = 0; i < batchSize; ++i)
    {
      if (spanState[i] == 0)
        continue;
      const std::size_t k = batch + i;
      const double x = points.x[k];
      const double dy = centreY - points.y[k];
      int first = spanFirst[i];
      int last = spanLast[i];
      if (spanState[i] == 2 ? !settleSpan(context, x, dy * dy, first, last) : first > last)
        continue;
      const double dyRelative = dy * inverseRadius;
      const double base = 1.0 - dyRelative * dyRelative;
      const double weight = points.weight[k];
      const double scaledWeight = weight * scale; // exact: the scale is a power of 2
      // |w| rounded up to the fixed point of the weight sums: their running sums are exact upper bounds.
      const long long weightMagnitude = Weighted ? static_cast<long long>(std::ceil(std::fabs(weight) * context.weightScale)) : 0;
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
        kernelCoefficients<K>(a0, a1, scaledWeight, c);
        for (int m = 0; m < terms; ++m)
          fixed[m] = static_cast<long long>(c[m]);
        Fixed *at = events + static_cast<std::size_t>(enter) * terms;
        for (int m = 0; m < carried; ++m)
          at[m] += fixed[m];
        if constexpr (Weighted)
          magnitudes[enter] += weightMagnitude;
        ++active[enter];
        if (last + 1 < blockEnd)
        {
          Fixed *leave = events + static_cast<std::size_t>(last + 1) * terms;
          for (int m = 0; m < carried; ++m)
            leave[m] -= fixed[m];
          if constexpr (Weighted)
            magnitudes[last + 1] -= weightMagnitude;
          --active[last + 1];
        }
      }
    }
  }

  // Sweep: exact running sums, evaluated in extended precision, with a bound on the error.
  std::vector<int> &flagged = buffers.flagged;
  flagged.clear();
  Fixed sum[terms] = {};
  long long activeWeight = 0; // Σ|w|·2^W of the weighted points active here (exact)
  int count = 0;
  const Extended quantum = context.fixedQuantum;
  const Fixed topUnit = (K % 2 == 0 ? 1 : -1) * static_cast<long long>(scale); // (−1)^K · 2^S, exactly
  for (int column = 0, blockEnd = 0; column < columns; ++column)
  {
    if (column == blockEnd)
    {
      std::fill(sum, sum + terms, Fixed(0));
      activeWeight = 0;
      count = 0;
      blockEnd += blockWidth;
    }
    Fixed *at = events + static_cast<std::size_t>(column) * terms;
    for (int m = 0; m < terms; ++m)
      sum[m] += at[m];
    std::fill(at, at + terms, Fixed(0));
    if constexpr (Weighted)
    {
      activeWeight += magnitudes[column];
      magnitudes[column] = 0;
    }
    count += active[column];
    active[column] = 0;
    if (count == 0)
    {
      // Nothing within the radius: exactly zero (the integer sums are exactly zero too).
      out[column] = 0.0;
      continue;
    }
    if constexpr (!Weighted)
      sum[terms - 1] = Fixed(count) * topUnit;
    const Extended t = context.t[static_cast<std::size_t>(column)];
    Extended value = toExtended(sum[terms - 1]);
    for (int m = terms - 2; m >= 0; --m)
      value = value * t + toExtended(sum[m]);
    const double result = static_cast<double>(value * quantum);
    // Error: each active point's coefficients were rounded in double (≤ 16ε Σ|c_m||t|^m) and
    // truncated to the fixed-point quantum (≤ one quantum per term, times |t|^m); the sums are
    // exact; the conversion and the polynomial in extended precision add ≤ 8ε_ext Σ|c_m||t|^m.
    // A point's Σ|c_m||t|^m is at most |w|·pointMagnitude.
    const double activeMagnitude =
      (Weighted ? static_cast<double>(activeWeight) * context.inverseWeightScale : static_cast<double>(count)) * context.pointMagnitude;
    const double bound =
      (kEpsilon * kCoefficientRounding + kExtendedEpsilon * 8.0) * activeMagnitude + static_cast<double>(count) * context.quantumError;
    if (!context.exactSums && !(bound <= kVerifyShare * std::fabs(result)))
      flagged.push_back(column);
    out[column] = result * context.factor;
  }
  if (!flagged.empty())
    recomputeDirectly<K>(context, row, flagged, out);
  buffers.directCells += flagged.size();
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
    int first = 0, last = 0;
    if (!spanInRow(context, x, points.y[k], points.column[k], centreY, first, last))
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
  const bool weighted = context.weighted;
  switch (context.shape)
  {
  case KernelShape::Uniform:
    return weighted ? sweepPolynomialRow<0, true>(context, row, buffers, out) : sweepPolynomialRow<0, false>(context, row, buffers, out);
  case KernelShape::Epanechnikov:
    return weighted ? sweepPolynomialRow<1, true>(context, row, buffers, out) : sweepPolynomialRow<1, false>(context, row, buffers, out);
  case KernelShape::Quartic:
    return weighted ? sweepPolynomialRow<2, true>(context, row, buffers, out) : sweepPolynomialRow<2, false>(context, row, buffers, out);
  case KernelShape::Triweight:
    return weighted ? sweepPolynomialRow<3, true>(context, row, buffers, out) : sweepPolynomialRow<3, false>(context, row, buffers, out);
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
                                                   Feedback *feedback, KernelDensityReport *report) const
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
  int threadCount = mOptions.threads > 0 ? mOptions.threads : static_cast<int>(std::thread::hardware_concurrency());
  threadCount = std::clamp(threadCount, 1, std::max(1, grid.rows()));
  const BinnedPoints binned = binPoints(grid, points, weights, bandRows, threadCount);

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
  // Blocks of at least 2r, so a point's span (≤ 2r) touches at most two. Wider blocks mean fewer
  // spans cut in two, but coefficients about a farther origin (|t| ≤ W/2r, |τ| ≤ 1 + W/2r) and so
  // more cancellation in the evaluation, growing as (W/r)^2K: uniform sums have no t at all (one
  // block per row), Epanechnikov takes 8r, quartic 4r, triweight 2r.
  {
    const int power = kernelPolynomialPower(mOptions.shape);
    const double widthInRadii = power == 1 ? 8.0 : power == 2 ? 4.0 : 2.0;
    context.blockWidth =
      power == 0 ? grid.columns() : std::clamp(static_cast<int>(std::ceil(widthInRadii * radiusInCells)), 1, grid.columns());
    context.tReach = std::max(1.0, context.blockWidth * grid.cellSize() / (2.0 * mOptions.radius));
  }
  {
    // Within a block |τ| ≤ T = 1 + (block width)/(2r), so |a0| ≤ T², |a1| ≤ 2T and every
    // coefficient |c| ≤ |w|·(T + 1)^{2K}: scale it below 2^62 so the integer conversion cannot overflow.
    // (Merged points carry the sum of their weights: the binned weights count.)
    double largestWeight = weights.empty() ? 1.0 : 0.0;
    for (double weight : binned.weight)
      largestWeight = std::max(largestWeight, std::fabs(weight));
    const double reach = 1.0 + context.blockWidth * grid.cellSize() / (2.0 * mOptions.radius);
    const int degree = 2 * std::max(0, kernelPolynomialPower(mOptions.shape));
    const double largest = std::max(largestWeight, 1e-200) * std::pow(reach + 1.0, degree) * 1.01;
    const int exponent = 62 - static_cast<int>(std::ceil(std::log2(largest)));
    context.fixedScale = std::ldexp(1.0, exponent);
    context.fixedQuantum = std::ldexp(1.0, -exponent);
    double powers = 0.0;
    for (int m = 0; m <= degree; ++m)
      powers += std::pow(context.tReach, m);
    context.quantumError = context.fixedQuantum * powers * (1.0 + 1e-12);
    // |τ| ≤ T = 1 + W/2r gives a0 = 1 − Y² − τ² in [−T², 1] and |a1| = 2|τ| ≤ 2T; |t| ≤ R.
    const double tau = reach;
    const double r = context.tReach;
    context.pointMagnitude =
      std::pow(std::max(1.0, tau * tau) + 2.0 * tau * r + r * r, std::max(0, kernelPolynomialPower(mOptions.shape))) * (1.0 + 1e-12);
    // Weight sums: Σ|w| of all points below 2^62, so running sums of ceil(|w|·2^W) cannot overflow.
    context.weighted = !weights.empty() || binned.merged > 0;
    double weightTotal = 0.0;
    for (double weight : binned.weight)
      weightTotal += std::fabs(weight);
    const double weightBound = std::max(weightTotal, 1e-300) * (1.0 + 1e-9);
    const int weightExponent = std::min(1000, 61 - static_cast<int>(std::ceil(std::log2(weightBound))));
    context.weightScale = std::ldexp(1.0, weightExponent);
    context.inverseWeightScale = std::ldexp(1.0, -weightExponent);
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

  std::vector<double> values;
  reserveInHugePages(values, grid.cellCount());
  values.resize(grid.cellCount());
  const int terms = std::max(1, 2 * kernelPolynomialPower(mOptions.shape) + 1);
  std::atomic<int> nextRow{0};
  std::atomic<int> rowsDone{0};
  std::atomic<bool> cancelled{false};
  std::atomic<std::size_t> directCells{0};
  std::mutex peakMutex;
  double peak = -std::numeric_limits<double>::infinity();
  constexpr int rowsPerTask = 4;
  const auto work = [&](bool reportsProgress)
  {
    RowBuffers buffers;
    buffers.coefficients.assign(static_cast<std::size_t>(grid.columns() + 1) * static_cast<std::size_t>(terms), Fixed(0));
    buffers.magnitudes.assign(static_cast<std::size_t>(grid.columns() + 1), 0);
    buffers.active.assign(static_cast<std::size_t>(grid.columns() + 1), 0);
    buffers.sums.assign(static_cast<std::size_t>(grid.columns()), 0.0);
    buffers.spanFirst.assign(kSpanBatch, 0);
    buffers.spanLast.assign(kSpanBatch, 0);
    buffers.spanState.assign(kSpanBatch, 0);
    // The peak while each row is still in the cache: a pass over the whole grid afterwards
    // would read it from memory again.
    double threadPeak = -std::numeric_limits<double>::infinity();
    while (!cancelled.load(std::memory_order_relaxed))
    {
      const int firstRow = nextRow.fetch_add(rowsPerTask, std::memory_order_relaxed);
      if (firstRow >= grid.rows())
        break;
      const int endRow = std::min(grid.rows(), firstRow + rowsPerTask);
      for (int row = firstRow; row < endRow; ++row)
      {
        double *out = values.data() + grid.index(0, row);
        sweepRow(context, row, buffers, out);
        threadPeak = std::max(threadPeak, *std::max_element(out, out + grid.columns()));
      }
      const int done = rowsDone.fetch_add(endRow - firstRow, std::memory_order_relaxed) + (endRow - firstRow);
      if (feedback)
      {
        if (feedback->isCancelled())
          cancelled.store(true, std::memory_order_relaxed);
        else if (reportsProgress)
          feedback->setProgress(100.0 * done / grid.rows());
      }
    }
    directCells += buffers.directCells;
    const std::lock_guard<std::mutex> lock(peakMutex);
    peak = std::max(peak, threadPeak);
  };
  std::vector<std::thread> threads;
  for (int k = 1; k < threadCount; ++k)
    threads.emplace_back(work, false);
  work(true);
  for (std::thread &thread : threads)
    thread.join();
  if (cancelled.load())
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate("hotspots", "The heat map was cancelled."));
  if (report)
  {
    report->pointsUsed = binned.x.size();
    report->pointsMerged = binned.merged;
    report->directCells = directCells.load();
    report->peak = peak;
  }
  return values;
}

} // namespace lagesbild
