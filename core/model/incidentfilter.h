// IncidentFilter: the one filter that drives the map, the table and every analysis.
// Empty lists mean "no restriction". The store turns it into SQL; analysis code passes it on.
#pragma once

#include "incident.h"
#include "time/daterange.h"

#include <QStringList>

#include <array>
#include <optional>

namespace lagesbild
{

struct BoundingBox
{
    double xMin = 0.0;
    double yMin = 0.0;
    double xMax = 0.0;
    double yMax = 0.0;
};

struct IncidentFilter
{
    std::optional<DateRange> period;  //!< on occurred_from, local days inclusive
    std::optional<IncidentKind> kind; //!< none: both kinds
    QStringList categories;           //!< category codes
    QStringList sources;              //!< source codes
    QStringList areas;                //!< area codes
    std::optional<BoundingBox> bbox;  //!< EPSG:3006
    //! Local hours 0..23 to keep; empty: all. A span over midnight (18–02) is just those hours.
    std::vector<int> hours;
    //! ISO weekdays 1 (Monday)..7 (Sunday) to keep; empty: all.
    std::vector<int> weekdays;
    //! Keep incidents whose point only says which municipality (police feed centre points).
    bool includeMunicipalityPrecision = true;

    //! A filter that matches everything.
    static IncidentFilter all() { return {}; }

    //! Parses an hour span "18-02" or a list "8,9,10" into hours (helper for CLI and UI).
    static std::optional<std::vector<int>> parseHours(const QString &text);
};

//! The fields incidents can be counted by.
enum class GroupField
{
  Category,
  Source,
  Area,
  Hour,    //!< local hour 0..23
  Weekday, //!< ISO 1..7
  Month,   //!< "YYYY-MM" local
  Day,     //!< "YYYY-MM-DD" local
  Address,
  Kind,
};

//! One row of a grouped count; keys in the order of the requested fields.
struct GroupCount
{
    QStringList keys;
    std::int64_t count = 0;
};

} // namespace lagesbild
