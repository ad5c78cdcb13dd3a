// Incident: one observed event — a reported crime or a lägesbild report — as the store keeps it.
// Coordinates are SWEREF 99 TM (EPSG:3006); times are UTC seconds since the epoch, with local
// (Europe/Stockholm) hour, weekday and day derived through StockholmTime.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace lagesbild
{

//! A reported crime (police statistics) or a report in the municipal lägesbild.
enum class IncidentKind : std::uint8_t
{
  Crime = 1,  //!< "crime" — anmält brott
  Report = 2, //!< "report" — händelse i lägesbilden
};

QString kindCode(IncidentKind kind); //!< "crime" / "report"
std::optional<IncidentKind> kindFromCode(const QString &code);

//! How well the point says where the incident happened.
enum class LocationPrecision : std::uint8_t
{
  Exact = 0,         //!< a street address or a clicked point
  Approximate = 1,   //!< a block, a park, a geocoded place name
  Municipality = 2,  //!< only which municipality (the police feed's centre points): not street level
  NearestNumber = 3, //!< geocoded: an interpolated or the nearest house number on the street
  Street = 4,        //!< geocoded: the street, no house number
  NamedPlace = 5,    //!< geocoded: a named place (a square, a park, a school, an area)
};

struct Incident
{
    std::int64_t id = 0; //!< store row id; 0 before insertion
    IncidentKind kind = IncidentKind::Report;
    QString category;                       //!< category code, e.g. "skadegorelse"
    QString source;                         //!< source code, e.g. "polisen"
    double x = 0.0;                         //!< easting, EPSG:3006
    double y = 0.0;                         //!< northing, EPSG:3006
    std::int64_t occurredFrom = 0;          //!< UTC seconds; start of the time window
    std::optional<std::int64_t> occurredTo; //!< UTC seconds; end of the window when known
    std::optional<std::int64_t> reportedAt; //!< UTC seconds
    QString address;                        //!< street address or place name
    QString description;
    QString area;                 //!< area code (named polygon) the point falls in; empty when none
    QString externalId;           //!< the reporting system's id, used for de-duplication
    std::int64_t importBatch = 0; //!< imports.id, 0 for manual entry
    LocationPrecision precision = LocationPrecision::Exact;
    bool addressDerived = false; //!< address found from the point (nearest register address), not given
};

} // namespace lagesbild
