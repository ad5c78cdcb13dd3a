// Reference data the incidents point to: categories, sources (reporting organisations),
// named areas, interventions and import records.
#pragma once

#include "incident.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace lagesbild
{

struct Category
{
    std::int64_t id = 0; //!< the store's row id (the incidents table's category value); 0 before storing
    QString code;        //!< stable ASCII key, e.g. "skadegorelse"
    QString nameSv;      //!< "Skadegörelse"
    QString nameEn;      //!< "Criminal damage"
    IncidentKind kind = IncidentKind::Report;
    QString colour; //!< "#rrggbb", for the map
    QString group;  //!< BRÅ main crime group or report group, e.g. "Skadegörelsebrott"
};

struct Source
{
    QString code; //!< "polisen", "bostadsbolaget", "vaktare", "nattvandrare" …
    QString name; //!< display name
};

//! A point in EPSG:3006.
struct PointXY
{
    double x = 0.0;
    double y = 0.0;
};

//! One ring of a polygon; the first ring of Area::rings is the outer ring, the rest are holes.
using Ring = std::vector<PointXY>;

struct Area
{
    QString code;
    QString name;
    QString type;                            //!< "district", "housing", "municipality", "urban" …
    std::vector<std::vector<Ring>> polygons; //!< multipolygon in EPSG:3006
};

struct Intervention
{
    std::int64_t id = 0;
    QString type; //!< "police_presence", "guards", "night_walks", "lighting", "clean_up" …
    QString title;
    std::optional<PointXY> centre; //!< a point with a radius …
    double radius = 0.0;
    QString areaCode;           //!< … or a named area …
    std::vector<Ring> boundary; //!< … or a drawn polygon (outer ring first, then holes), EPSG:3006
    bool closed = false;        //!< closed interventions stay for follow-up but are no longer active
    std::int64_t startUtc = 0;
    std::optional<std::int64_t> endUtc;
    QStringList actors;
    QString note;
    std::vector<std::int64_t> triggerIncidents;
};

struct ImportRecord
{
    std::int64_t id = 0;
    QString fileName;
    QString checksum; //!< SHA-256 of the file
    std::int64_t importedAtUtc = 0;
    std::int64_t read = 0;
    std::int64_t imported = 0;
    std::int64_t duplicates = 0;
    std::int64_t rejected = 0;
    std::int64_t masked = 0;
};

} // namespace lagesbild
