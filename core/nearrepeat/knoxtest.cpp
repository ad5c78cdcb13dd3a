#include "knoxtest.h"

#include "knoxrandom.h"
#include "time/stockholmtime.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <thread>

namespace lagesbild
{
namespace
{
constexpr std::int64_t kSecondsPerDay = 86400;
//! Progress is reported this many times over the simulations at most.
constexpr std::int64_t kProgressSteps = 500;
//! Up to this many entries the table of time bands has one per unit of difference (64 KiB: it stays in the cache).
constexpr std::int64_t kMaximumUnitTableSize = std::int64_t{1} << 16;
//! Above this many table entries the time bands are looked up by binary search instead.
constexpr std::int64_t kMaximumTableSize = std::int64_t{1} << 22;
//! Finite time bands + "beyond" (the band table holds bytes).
constexpr std::size_t kMaximumColumns = 255;

//! A break in days as a whole number of time units (days or seconds): differences are whole
//! units, so d < b holds exactly when d < ceil(b).
std::int64_t breakInUnits(double days, std::int64_t unitsPerDay)
{
  const double units = days * static_cast<double>(unitsPerDay);
  const double nearest = std::round(units);
  return static_cast<std::int64_t>(std::fabs(units - nearest) < 1e-6 ? nearest : std::ceil(units));
}

struct IndexPair
{
    std::uint32_t a;
    std::uint32_t b;
};

//! What every simulation needs, prepared once.
struct Prepared
{
    int finiteSpace = 0;
    int finiteTime = 0;
    std::int64_t timeLimit = 0;            //!< the last time break, in units
    std::int64_t quantum = 1;              //!< every break is a multiple of it
    std::vector<std::uint8_t> table;       //!< band of difference k·quantum; the last entry: beyond the limit
    std::vector<std::int64_t> breakUnits;  //!< time breaks in units
    std::vector<IndexPair> pairs;          //!< close pairs by space band, events renumbered for locality
    std::vector<std::size_t> bandStart;    //!< pairs of space band s: [bandStart[s], bandStart[s + 1])
    std::vector<std::uint32_t> localOf;    //!< renumbering: event i is local localOf[i]
    std::vector<std::int32_t> times;       //!< observed times in units since the earliest, input order
    std::vector<std::int64_t> spaceTotals; //!< pairs per finite space band
    std::vector<std::int64_t> timeTotals;  //!< pairs per finite time band
    std::int64_t allPairs = 0;

    int timeBandOf(std::int64_t difference) const
    {
      if (difference >= timeLimit)
        return finiteTime;
      if (!table.empty())
        return table[static_cast<std::size_t>(difference / quantum)];
      const auto above = std::upper_bound(breakUnits.begin(), breakUnits.end(), difference);
      return static_cast<int>(above - breakUnits.begin()) - 1;
    }

    //! Counts of the finite space bands × (finite time bands + one column for "beyond").
    void count(const std::vector<std::int32_t> &localTimes, std::vector<std::int64_t> &counts) const
    {
      std::fill(counts.begin(), counts.end(), 0);
      const std::size_t columns = static_cast<std::size_t>(finiteTime) + 1;
      const std::int32_t *t = localTimes.data();
      for (int s = 0; s < finiteSpace; ++s)
      {
        std::int64_t *row = counts.data() + static_cast<std::size_t>(s) * columns;
        const IndexPair *pair = pairs.data() + bandStart[static_cast<std::size_t>(s)];
        const IndexPair *end = pairs.data() + bandStart[static_cast<std::size_t>(s) + 1];
        if (!table.empty() && quantum == 1)
        {
          // Four histograms in turn: most pairs land in "beyond", and four counters instead of one
          // keep the increments from waiting on each other.
          std::array<std::array<std::uint32_t, kMaximumColumns>, 4> histograms{};
          const std::uint8_t *lookup = table.data();
          const auto limit = static_cast<std::int32_t>(timeLimit);
          auto bandOf = [&](const IndexPair &p) { return lookup[std::min(std::abs(t[p.a] - t[p.b]), limit)]; };
          for (; end - pair >= 4; pair += 4)
          {
            ++histograms[0][bandOf(pair[0])];
            ++histograms[1][bandOf(pair[1])];
            ++histograms[2][bandOf(pair[2])];
            ++histograms[3][bandOf(pair[3])];
          }
          for (; pair != end; ++pair)
            ++histograms[0][bandOf(*pair)];
          for (std::size_t c = 0; c < columns; ++c)
            row[c] = static_cast<std::int64_t>(histograms[0][c]) + histograms[1][c] + histograms[2][c] + histograms[3][c];
        }
        else
        {
          for (; pair != end; ++pair)
            ++row[timeBandOf(std::abs(static_cast<std::int64_t>(t[pair->a]) - t[pair->b]))];
        }
      }
    }

    //! The full table (all bands, open ones included) from the finite counts and the totals.
    void fullTable(const std::vector<std::int64_t> &counts, std::vector<std::int64_t> &table) const
    {
      const std::size_t columns = static_cast<std::size_t>(finiteTime) + 1;
      const std::size_t timeCount = columns;
      std::int64_t finiteSum = 0;
      std::vector<std::int64_t> columnSums(static_cast<std::size_t>(finiteTime), 0);
      for (int s = 0; s < finiteSpace; ++s)
      {
        std::int64_t rowSum = 0;
        for (int t = 0; t < finiteTime; ++t)
        {
          const std::int64_t value = counts[static_cast<std::size_t>(s) * columns + static_cast<std::size_t>(t)];
          table[static_cast<std::size_t>(s) * timeCount + static_cast<std::size_t>(t)] = value;
          rowSum += value;
          columnSums[static_cast<std::size_t>(t)] += value;
        }
        table[static_cast<std::size_t>(s) * timeCount + static_cast<std::size_t>(finiteTime)] =
          spaceTotals[static_cast<std::size_t>(s)] - rowSum;
        finiteSum += rowSum;
      }
      const std::size_t openRow = static_cast<std::size_t>(finiteSpace) * timeCount;
      std::int64_t spaceSum = std::accumulate(spaceTotals.begin(), spaceTotals.end(), std::int64_t{0});
      std::int64_t timeSum = std::accumulate(timeTotals.begin(), timeTotals.end(), std::int64_t{0});
      for (int t = 0; t < finiteTime; ++t)
        table[openRow + static_cast<std::size_t>(t)] = timeTotals[static_cast<std::size_t>(t)] - columnSums[static_cast<std::size_t>(t)];
      table[openRow + static_cast<std::size_t>(finiteTime)] = allPairs - spaceSum - timeSum + finiteSum;
    }
};

Result<Prepared> prepare(const std::vector<KnoxEvent> &events, const KnoxOptions &options)
{
  Prepared prepared;
  prepared.finiteSpace = options.spaceBands.finiteCount();
  prepared.finiteTime = options.timeBands.finiteCount();
  if (prepared.finiteSpace < 1 || prepared.finiteTime < 1)
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("KnoxTest", "Space and time bands need at least one band with an upper bound each"));
  if (static_cast<std::size_t>(prepared.finiteTime) + 1 >= kMaximumColumns)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("KnoxTest", "Too many time bands"));

  const std::int64_t unitsPerDay = options.timeDifference == KnoxTimeDifference::WholeDays ? 1 : kSecondsPerDay;
  for (const double b : options.timeBands.breaks())
    prepared.breakUnits.push_back(breakInUnits(b, unitsPerDay));
  for (std::size_t i = 1; i < prepared.breakUnits.size(); ++i)
  {
    if (prepared.breakUnits[i] <= prepared.breakUnits[i - 1])
      return makeError(
        ErrorCode::BadInput,
        QCoreApplication::translate("KnoxTest", "Two time breaks fall on the same whole day; use exact time differences or other breaks"));
  }
  prepared.timeLimit = prepared.breakUnits.back();
  // A short limit (whole days up to 179 years) gets an entry per unit, so a pair costs one lookup; a long one
  // an entry per quantum, the largest unit every break is a multiple of (a division per pair).
  std::int64_t quantum = 0;
  for (const std::int64_t b : prepared.breakUnits)
    quantum = std::gcd(quantum, b);
  if (prepared.timeLimit < kMaximumUnitTableSize)
    quantum = 1;
  prepared.quantum = quantum;
  if (prepared.timeLimit / quantum + 1 <= kMaximumTableSize)
  {
    prepared.table.resize(static_cast<std::size_t>(prepared.timeLimit / quantum) + 1);
    for (std::size_t k = 0; k + 1 < prepared.table.size(); ++k)
    {
      const auto above = std::upper_bound(prepared.breakUnits.begin(), prepared.breakUnits.end(), static_cast<std::int64_t>(k) * quantum);
      prepared.table[k] = static_cast<std::uint8_t>(above - prepared.breakUnits.begin() - 1);
    }
    prepared.table.back() = static_cast<std::uint8_t>(prepared.finiteTime);
  }

  const StockholmTime &clock = StockholmTime::instance();
  std::vector<std::int64_t> times;
  times.reserve(events.size());
  std::vector<PointXY> points;
  points.reserve(events.size());
  for (const KnoxEvent &event : events)
  {
    times.push_back(unitsPerDay == 1 ? clock.toLocal(event.time).dayNumber : event.time);
    points.push_back({event.x, event.y});
  }
  // Times since the earliest in 32 bits: half the memory traffic of the simulations.
  const std::int64_t earliest = times.empty() ? 0 : *std::min_element(times.begin(), times.end());
  const std::int64_t latest = times.empty() ? 0 : *std::max_element(times.begin(), times.end());
  if (latest - earliest >= std::numeric_limits<std::int32_t>::max() || prepared.timeLimit >= std::numeric_limits<std::int32_t>::max())
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("KnoxTest", "The incidents span too long a time for exact time differences"));
  prepared.times.reserve(times.size());
  for (const std::int64_t time : times)
    prepared.times.push_back(static_cast<std::int32_t>(time - earliest));

  auto close = ClosePairs::within(points, options.spaceBands.limit(), options.distance);
  if (!close)
    return close.error();

  // Renumber the events in the order the grid met them, so a simulation reads times close together.
  const auto n = static_cast<std::uint32_t>(events.size());
  constexpr std::uint32_t kUnset = std::numeric_limits<std::uint32_t>::max();
  prepared.localOf.assign(n, kUnset);
  std::uint32_t next = 0;
  auto local = [&](std::uint32_t i)
  {
    if (prepared.localOf[i] == kUnset)
      prepared.localOf[i] = next++;
    return prepared.localOf[i];
  };
  std::vector<std::size_t> perBand(static_cast<std::size_t>(prepared.finiteSpace) + 1, 0);
  std::vector<int> bandOfPair(close->size());
  for (std::size_t p = 0; p < close->size(); ++p)
  {
    bandOfPair[p] = options.spaceBands.bandOf((*close)[p].distance);
    ++perBand[static_cast<std::size_t>(bandOfPair[p]) + 1];
  }
  for (std::size_t s = 1; s < perBand.size(); ++s)
    perBand[s] += perBand[s - 1];
  prepared.bandStart = perBand;
  prepared.pairs.resize(close->size());
  for (std::size_t p = 0; p < close->size(); ++p)
  {
    const PointPair &pair = (*close)[p];
    prepared.pairs[perBand[static_cast<std::size_t>(bandOfPair[p])]++] = {local(pair.first), local(pair.second)};
  }
  for (std::uint32_t i = 0; i < n; ++i)
    local(i);

  prepared.spaceTotals.resize(static_cast<std::size_t>(prepared.finiteSpace));
  for (int s = 0; s < prepared.finiteSpace; ++s)
    prepared.spaceTotals[static_cast<std::size_t>(s)] =
      static_cast<std::int64_t>(prepared.bandStart[static_cast<std::size_t>(s) + 1] - prepared.bandStart[static_cast<std::size_t>(s)]);

  // Pairs per time band from the sorted times: pairs with difference < b, by two pointers.
  std::vector<std::int64_t> sorted(prepared.times.begin(), prepared.times.end());
  std::sort(sorted.begin(), sorted.end());
  std::vector<std::int64_t> below(prepared.breakUnits.size(), 0);
  for (std::size_t k = 1; k < prepared.breakUnits.size(); ++k)
  {
    const std::int64_t limit = prepared.breakUnits[k];
    std::size_t j = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i)
    {
      j = std::max(j, i + 1);
      while (j < sorted.size() && sorted[j] - sorted[i] < limit)
        ++j;
      below[k] += static_cast<std::int64_t>(j - i - 1);
    }
  }
  for (int t = 0; t < prepared.finiteTime; ++t)
    prepared.timeTotals.push_back(below[static_cast<std::size_t>(t) + 1] - below[static_cast<std::size_t>(t)]);
  prepared.allPairs = static_cast<std::int64_t>(n) * (static_cast<std::int64_t>(n) - 1) / 2;
  return prepared;
}

//! Per thread: sums of the simulated counts and how often they reached the observed count.
struct Tally
{
    std::vector<std::int64_t> sums;
    std::vector<std::int64_t> atLeastObserved;
};

void simulate(const Prepared &prepared, const KnoxOptions &options, const std::vector<std::int64_t> &observed, int firstSimulation,
              int endSimulation, Tally &tally, std::atomic<int> &done, Feedback *feedback)
{
  const auto n = static_cast<std::uint32_t>(prepared.times.size());
  const std::size_t cells = observed.size();
  tally.sums.assign(cells, 0);
  tally.atLeastObserved.assign(cells, 0);
  std::vector<std::uint32_t> permutation;
  std::vector<std::int32_t> localTimes(n);
  std::vector<std::int64_t> counts(static_cast<std::size_t>(prepared.finiteSpace) * (static_cast<std::size_t>(prepared.finiteTime) + 1));
  std::vector<std::int64_t> table(cells);
  for (int k = firstSimulation; k < endSimulation; ++k)
  {
    if (feedback && feedback->isCancelled())
      return;
    KnoxRandom random(options.seed, static_cast<std::uint64_t>(k));
    random.permutation(n, permutation);
    for (std::uint32_t i = 0; i < n; ++i)
      localTimes[prepared.localOf[i]] = prepared.times[permutation[i]];
    prepared.count(localTimes, counts);
    prepared.fullTable(counts, table);
    for (std::size_t c = 0; c < cells; ++c)
    {
      tally.sums[c] += table[c];
      tally.atLeastObserved[c] += table[c] >= observed[c] ? 1 : 0;
    }
    const int finished = ++done;
    // In steps of 0.2 %: Feedback reports a move of at least 0.1 from the last value it was given,
    // so 100,000 steps of 0.001 would never show.
    if (feedback && finished * kProgressSteps / options.permutations != (finished - 1) * kProgressSteps / options.permutations)
      feedback->setProgress(100.0 * finished / options.permutations);
  }
}
} // namespace

const KnoxCell &KnoxResult::cell(int spaceBand, int timeBand) const
{
  return cells[static_cast<std::size_t>(spaceBand * options.timeBands.count() + timeBand)];
}

Result<KnoxResult> KnoxTest::run(const std::vector<KnoxEvent> &events, const KnoxOptions &options, Feedback *feedback)
{
  if (options.permutations < 1 || options.permutations > KnoxOptions::kMaximumPermutations)
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("KnoxTest", "The number of permutations must be between 1 and %1")
                                            .arg(KnoxOptions::kMaximumPermutations));
  if (events.size() >= std::numeric_limits<std::uint32_t>::max())
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("KnoxTest", "Too many incidents for a Knox test"));
  auto prepared = prepare(events, options);
  if (!prepared)
    return prepared.error();

  const std::size_t cellCount = static_cast<std::size_t>(options.spaceBands.count()) * static_cast<std::size_t>(options.timeBands.count());
  std::vector<std::int64_t> observed(cellCount);
  {
    std::vector<std::int32_t> localTimes(prepared->times.size());
    for (std::size_t i = 0; i < prepared->times.size(); ++i)
      localTimes[prepared->localOf[i]] = prepared->times[i];
    std::vector<std::int64_t> counts(static_cast<std::size_t>(prepared->finiteSpace) *
                                     (static_cast<std::size_t>(prepared->finiteTime) + 1));
    prepared->count(localTimes, counts);
    prepared->fullTable(counts, observed);
  }

  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  threads = std::min(threads, options.permutations);
  std::vector<Tally> tallies(static_cast<std::size_t>(threads));
  std::atomic<int> done{0};
  std::vector<std::thread> workers;
  for (int w = 1; w < threads; ++w)
    workers.emplace_back(simulate, std::cref(*prepared), std::cref(options), std::cref(observed), options.permutations * w / threads,
                         options.permutations * (w + 1) / threads, std::ref(tallies[static_cast<std::size_t>(w)]), std::ref(done),
                         feedback);
  simulate(*prepared, options, observed, 0, options.permutations / threads, tallies[0], done, feedback);
  for (std::thread &worker : workers)
    worker.join();
  if (feedback && feedback->isCancelled())
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate("KnoxTest", "The near-repeat test was cancelled."));

  KnoxResult result;
  result.options = options;
  result.events = static_cast<std::int64_t>(events.size());
  result.pairs = prepared->allPairs;
  result.pairsWithinSpaceLimit = static_cast<std::int64_t>(prepared->pairs.size());
  for (int s = 0; s < options.spaceBands.count(); ++s)
  {
    for (int t = 0; t < options.timeBands.count(); ++t)
    {
      const std::size_t c = static_cast<std::size_t>(s * options.timeBands.count() + t);
      std::int64_t sum = 0;
      std::int64_t atLeast = 0;
      for (const Tally &tally : tallies)
      {
        sum += tally.sums[c];
        atLeast += tally.atLeastObserved[c];
      }
      KnoxCell cell;
      cell.spaceBand = s;
      cell.timeBand = t;
      cell.spaceFrom = options.spaceBands.from(s);
      cell.spaceTo = options.spaceBands.to(s);
      cell.timeFrom = options.timeBands.from(t);
      cell.timeTo = options.timeBands.to(t);
      cell.observed = observed[c];
      cell.expected = static_cast<double>(sum) / options.permutations;
      if (cell.expected > 0.0)
        cell.ratio = static_cast<double>(cell.observed) / cell.expected;
      cell.pValue = static_cast<double>(atLeast + 1) / (options.permutations + 1);
      cell.significant = cell.pValue <= options.significanceLevel && static_cast<double>(cell.observed) > cell.expected;
      if (s < prepared->finiteSpace && t < prepared->finiteTime)
        result.pairsWithinLimits += cell.observed;
      result.cells.push_back(cell);
    }
  }
  return result;
}

} // namespace lagesbild
