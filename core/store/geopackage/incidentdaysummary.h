// IncidentDaySummary: the incidents by local day, kind, category, source, area and location
// precision (schema version 7), each group with its points packed as 9 bytes an incident (x and y
// as little-endian 32-bit centimetres, then the local hour; the count is the length over 9). Counts,
// comparisons and the points of a kernel density read a year's few hundred thousand groups
// instead of millions of index entries or leaf boxes; the hour filter reads the packed hours.
//
// It is kept exact without trusting every writer: it covers the rows up to a fid
// (`lagesbild_meta.day_summary_fid`; fids only grow, AUTOINCREMENT), and plain-SQL triggers put
// the UTC day of every deleted or changed row into `incident_day_summary_stale`, so an edit in
// QGIS or any other tool is seen. Our writes call catchUp() inside their transaction, which
// rebuilds the stale days from the rows and adds the rows past the covered fid; a large batch
// adds its groups itself (Accumulator). A reader uses the summary only when nothing is stale and
// every row is covered (isCurrent), and the rows otherwise.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <string>
#include <vector>

struct sqlite3;

namespace lagesbild
{

class IncidentDaySummary
{
  public:
    //! The table, the stale-day table and the triggers, for a new store and the migration.
    static std::string schemaSql();

    //! Bytes per incident in a group's points: x, y (int32 cm, little-endian) and the local hour.
    static constexpr int kEntryBytes = 9;

    //! One group's key.
    struct Key
    {
        std::int64_t day = 0; //!< local day, days since 1970-01-01
        std::int64_t category = 0;
        std::int64_t source = 0;
        std::int64_t area = 0; //!< 0: none
        int kind = 0;
        int precision = 0;
        bool operator==(const Key &other) const;
        bool operator<(const Key &other) const;
    };

    //! Groups collected in memory, then added to the table (new groups inserted, existing ones
    //! extended). Incidents in time order (a batch, the rows of a day) cost a range check and a
    //! copy each: a day's incidents are sorted into groups when the day ends. Any order is right.
    class Accumulator
    {
      public:
        void add(std::int64_t occurredUtc, int kind, std::int64_t category, std::int64_t source, std::int64_t area, int precision, int hour,
                 double x, double y);
        bool isEmpty() const { return mGroups.empty() && mDayIncidents.empty(); }
        //! Adds the groups to the table; the accumulator is empty afterwards.
        Result<void> writeTo(sqlite3 *db);

      private:
        struct Incident
        {
            Key key; //!< without the day
            std::int32_t x = 0;
            std::int32_t y = 0;
            int hour = 0;
        };
        struct Group
        {
            Key key;
            std::string points; //!< kEntryBytes an incident
        };
        void endDay();
        //! Inserts the groups into `table`, extending those it has.
        Result<void> upsertGroups(sqlite3 *db, const std::string &table) const;
        //! The groups into the empty table, its pages filled.
        Result<void> fillEmptyTable(sqlite3 *db) const;

        std::int64_t mDay = 0;
        std::int64_t mDayStartUtc = 0; //!< the current local day, as UTC instants [start, end)
        std::int64_t mDayEndUtc = 0;
        std::vector<Incident> mDayIncidents;
        std::vector<Group> mGroups;
    };

    //! Decodes entry i of a group's packed points.
    static void decode(const unsigned char *points, std::size_t i, double &x, double &y, int &hour);

    //! Brings the summary up to the rows: rebuilds the stale days, adds the rows past the covered
    //! fid. Inside the caller's write transaction.
    static Result<void> catchUp(sqlite3 *db);
    //! Marks the rows up to fid as covered (a batch that added its own groups).
    static Result<void> setCoveredFid(sqlite3 *db, std::int64_t fid);
    //! The summary answers for the whole store: no stale day, every row covered.
    static Result<bool> isCurrent(sqlite3 *db);
};

} // namespace lagesbild
