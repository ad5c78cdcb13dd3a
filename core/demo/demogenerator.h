// DemoGenerator: the deterministic Kungsör demo — reported crimes and lägesbild reports from
// 2019-01-01 to 2022-06-30, clustered where incidents happen in a small town, with evening,
// weekend, summer and school-holiday peaks, a slow decline after mid-2020, interventions, and
// near repeats among the residential burglaries (DemoNearRepeats).
//
// How the exact figures hold: each kind's days are cut into segments at the seed's periods
// (DemoFigures). A segment on a seed period gets exactly its count (× scale); the others get
// their expected count. Incidents are spread over a segment's days by the daily level (sum of
// the places' levels), so the seed's comparisons are exact by construction and the shape comes
// from the model. Only DemoRandom and plain arithmetic are used: same seed, same content, anywhere.
#pragma once

#include "common/result.h"
#include "demoplaces.h"
#include "model/incident.h"
#include "model/incidentfilter.h"
#include "model/reference.h"

#include <QDate>

#include <array>
#include <cstdint>
#include <functional>
#include <vector>

namespace lagesbild::demo
{

class DemoRandom;

struct DemoOptions
{
    static constexpr std::uint64_t kDefaultSeed = 0x4B554E4753D6520AULL; // "KUNGSÖR"
    int scale = 1;                                                       //!< multiplies the number of incidents, keeping the shape
    std::uint64_t seed = kDefaultSeed;
};

class DemoGenerator
{
  public:
    //! Prepares the plan (places, daily levels, the number of incidents per day).
    static Result<DemoGenerator> create(const DemoOptions &options = {});

    const DemoOptions &options() const { return mOptions; }
    const DemoPlaces &places() const { return mPlaces; }
    std::vector<Area> areas() const { return mPlaces.areas(); }
    std::vector<Intervention> interventions() const;

    //! Number of incidents generate() produces, of one kind or of both.
    std::int64_t plannedCount(IncidentKind kind) const;
    std::int64_t plannedCount() const;

    //! Receives a chunk of incidents in time order; return false to stop.
    using Sink = std::function<bool(std::vector<Incident> &chunk)>;
    //! Generates all incidents in time order (occurred_from), in chunks of chunkSize (the last
    //! may be smaller). Returns the number generated, or a Cancelled error when the sink stopped it.
    Result<std::int64_t> generate(const Sink &sink, std::size_t chunkSize = 65536) const;
    //! All incidents at once (for tests and small scales).
    std::vector<Incident> generateAll() const;

  private:
    static constexpr int kKinds = 2; //!< index 0: crime, 1: report

    struct Day
    {
        QDate date;
        int weekday = 1;
        bool holiday = false;
        std::int64_t startUtc = 0;  //!< local midnight
        bool offsetChanges = false; //!< a DST change day (23 or 25 hours)
    };

    //! A place with its lookup tables prepared for generation.
    struct PreparedPlace
    {
        std::size_t placeIndex = 0; //!< into mPlaces.places() (indexes survive moving the generator)
        bool background = false;
        std::vector<double> addressCumulative;
        std::array<std::vector<QString>, kKinds> categoryCodes;
        std::array<std::vector<QString>, kKinds> categoryDescriptions;
        std::array<std::vector<double>, kKinds> categoryCumulative;
        std::vector<QString> sourceCodes;
        std::vector<double> sourceCumulative;
        std::vector<std::array<double, 24>> hourCumulative; //!< by (weekday - 1) * 2 + holiday
    };

    DemoGenerator(DemoOptions options, DemoPlaces places);
    Result<void> plan();
    void makeIncident(IncidentKind kind, std::size_t dayIndex, const PreparedPlace &place, DemoRandom &random, Incident &incident) const;
    PointXY randomPointIn(const Area &area, const BoundingBox &bounds, DemoRandom &random) const;

    DemoOptions mOptions;
    DemoPlaces mPlaces;
    std::vector<Day> mDays;
    std::vector<PreparedPlace> mPrepared;
    //! Daily level per kind, day-major: [day * places + place].
    std::array<std::vector<double>, kKinds> mLevel;
    //! Planned number of incidents per kind and day.
    std::array<std::vector<std::int64_t>, kKinds> mCounts;
    std::size_t mUrbanAreaIndex = 0; //!< into mPlaces.areas()
    BoundingBox mUrbanBounds;
    BoundingBox mMunicipalityBounds;
};

} // namespace lagesbild::demo
