// Plane geometry the demo generator needs on EPSG:3006 rings: point in polygon, area, bounds.
#pragma once

#include "model/incidentfilter.h"
#include "model/reference.h"

namespace lagesbild::demo
{

//! True when the point is inside the ring (even-odd rule; the ring may be closed or open).
bool ringContains(const Ring &ring, double x, double y);
//! True when the point is inside an area's multipolygon (outer rings minus holes).
bool areaContains(const Area &area, double x, double y);
//! Absolute area in square metres (shoelace), holes subtracted.
double areaSquareMetres(const Area &area);
//! Bounding box of all rings of an area.
BoundingBox areaBounds(const Area &area);

} // namespace lagesbild::demo
