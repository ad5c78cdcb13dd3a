// KnoxTest: the near-repeat test of Knox as done by Ratcliffe's Near Repeat Calculator — do
// pairs of incidents close in space happen close in time more often than chance would make them?
// Pairs are counted in a table of space bands × time bands; the times are shuffled among the
// places (Monte Carlo permutations) to get what chance gives; per cell the observed count, the
// mean of the simulated counts, their ratio and p = (#simulations ≥ observed + 1) / (simulations + 1).
//
// Only the pairs closer than the largest finite space band are ever listed (through a grid:
// ClosePairs); the open-ended bands come from totals that permutations do not change — the pairs
// per space band (the places do not move) and per time band (the times are only reassigned,
// counted once from the sorted times) — so a run costs O(n log n + close pairs × simulations).
#pragma once

#include "closepairs.h"
#include "common/feedback.h"
#include "common/result.h"
#include "knoxbands.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace lagesbild
{

//! How the time between two incidents is measured.
enum class KnoxTimeDifference
{
  WholeDays, //!< difference of their local (Europe/Stockholm) calendar days, as the NRC
  Exact,     //!< exact difference of the instants, in days (a break of 7 is 7 × 86,400 s)
};

//! One incident: its place (EPSG:3006 metres, or any metric plane) and time (UTC seconds).
struct KnoxEvent
{
    double x = 0.0;
    double y = 0.0;
    std::int64_t time = 0;
};

struct KnoxOptions
{
    KnoxBands spaceBands; //!< metres
    KnoxBands timeBands;  //!< days
    KnoxDistance distance = KnoxDistance::Euclidean;
    KnoxTimeDifference timeDifference = KnoxTimeDifference::WholeDays;
    int permutations = 999;
    std::uint64_t seed = 1;
    //! A cell is significant when p ≤ this and it holds more than expected.
    double significanceLevel = 0.05;
    //! Worker threads for the simulations; 0: one per core. The result never depends on it.
    int threads = 0;

    static constexpr int kMaximumPermutations = 100000;
};

struct KnoxCell
{
    int spaceBand = 0; //!< index into the space bands
    int timeBand = 0;
    double spaceFrom = 0.0;
    std::optional<double> spaceTo; //!< none for the open-ended band
    double timeFrom = 0.0;
    std::optional<double> timeTo;
    std::int64_t observed = 0;
    double expected = 0.0;       //!< mean of the simulated counts
    std::optional<double> ratio; //!< observed / expected; none when expected is 0
    double pValue = 1.0;
    bool significant = false;
};

struct KnoxResult
{
    KnoxOptions options;
    std::int64_t events = 0;
    std::int64_t pairs = 0; //!< n(n − 1)/2
    //! Pairs closer than the largest finite space band (what the simulations walk through).
    std::int64_t pairsWithinSpaceLimit = 0;
    //! Observed pairs within both the largest finite space and time bands.
    std::int64_t pairsWithinLimits = 0;
    //! Space band major: cells[space × timeBands.count() + time].
    std::vector<KnoxCell> cells;

    const KnoxCell &cell(int spaceBand, int timeBand) const;
};

class KnoxTest
{
  public:
    //! Runs the test; fails on bad options or coordinates, or when cancelled through feedback.
    static Result<KnoxResult> run(const std::vector<KnoxEvent> &events, const KnoxOptions &options, Feedback *feedback = nullptr);
};

} // namespace lagesbild
