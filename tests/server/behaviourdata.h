// Behaviour-suite data: two nested areas (a district and a housing area inside it) and a
// deterministic set of incidents over 2020–2021 in and around them, both kinds, every test
// source, some of municipality precision — the same rows for both backends.
#pragma once

#include "model/incident.h"
#include "model/incidentfilter.h"
#include "model/reference.h"

#include <vector>

namespace lagesbild::test
{

//! A square area of type type with corners (x0, y0) and (x0 + size, y0 + size).
Area squareArea(const QString &code, const QString &type, double x0, double y0, double size);
//! "distrikt" (district, 10 km) and "bostad" (housing, 1 km, inside the district).
std::vector<Area> behaviourAreas();
//! 600 incidents, half with an external id.
std::vector<Incident> behaviourIncidents();
//! Filters that together use every field of IncidentFilter.
std::vector<std::pair<QString, IncidentFilter>> behaviourFilters();

} // namespace lagesbild::test
