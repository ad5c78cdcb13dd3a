// FieldReportGeoPackage: creates the field package's GeoPackage with GDAL/OGR — one point layer
// of reports in EPSG:3006 whose columns are declared the way the form needs them: the report id
// NOT NULL and UNIQUE, category, time and organisation NOT NULL, the organisation defaulting to
// the package's organisation, the description limited in length. The form itself (widgets,
// default expressions, constraints) lives in the QGIS project (FieldReportForm).
#pragma once

#include "common/result.h"

#include <QString>

namespace lagesbild
{

class FieldReportGeoPackage
{
  public:
    //! Writes a new, empty report GeoPackage at path (an existing file is replaced).
    static Result<void> create(const QString &path, const QString &organisation);
};

} // namespace lagesbild
