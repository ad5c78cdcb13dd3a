// LayerSubsetString: an IncidentFilter as a self-contained SQL WHERE clause on the incidents
// table, for a map layer that reads the store through GDAL/OGR (QGIS's "ogr" provider passes
// a layer's subset string to SQLite). Values are written as escaped literals because a subset
// string has no bound parameters; it uses the same indexed columns as the store's own queries
// (codes are turned into the incidents table's integer ids by sub-selects on the code tables).
#pragma once

#include "model/incidentfilter.h"

#include <QString>

namespace lagesbild
{

class LayerSubsetString
{
  public:
    //! Empty when the filter matches everything.
    static QString forFilter(const IncidentFilter &filter);
};

} // namespace lagesbild
