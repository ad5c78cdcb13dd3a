// IncidentDaySummaryQuery: counts, grouped counts and the points of a kernel density read from
// the day summary (IncidentDaySummary) instead of the rows: a year of a police region is a few
// hundred thousand groups, where the rows are millions. Used when the summary can answer the
// filter (canAnswer: no box, nothing stale, every row covered); the hour filter and counts by
// hour read the groups' packed hours.
#pragma once

#include "common/result.h"
#include "model/incidentfilter.h"
#include "model/reference.h"

#include <cstdint>
#include <vector>

struct sqlite3;

namespace lagesbild
{

class GroupCounter;

class IncidentDaySummaryQuery
{
  public:
    //! The summary answers the filter: it has no box, and the summary is current.
    static Result<bool> canAnswer(sqlite3 *db, const IncidentFilter &filter);
    //! The fields can be counted from the summary (every field but the address).
    static bool canGroupBy(const std::vector<GroupField> &fields);

    static Result<std::int64_t> count(sqlite3 *db, const IncidentFilter &filter);
    //! Adds the matching incidents to counter, whose columns are fields in order (Category,
    //! Source, Area and Kind as ids, Hour and Weekday as numbers, Month as YYYYMM, Day as days
    //! since 1970-01-01).
    static Result<void> countBy(sqlite3 *db, const IncidentFilter &filter, const std::vector<GroupField> &fields, GroupCounter &counter);
    //! The matching incidents' points, to the centimetre.
    static Result<std::vector<PointXY>> points(sqlite3 *db, const IncidentFilter &filter);
};

} // namespace lagesbild
