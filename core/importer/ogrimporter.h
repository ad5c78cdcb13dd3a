// OgrImporter: any vector source GDAL/OGR reads — GeoJSON, GeoPackage, Shapefile, XLSX/ODS,
// KML … — with the same column mapping and header recognition as CSV. Points come from the
// geometry (centroids for lines and polygons, marked approximate) in the layer's CRS, or from
// coordinate columns when a layer has no geometry (spreadsheets), and are transformed to EPSG:3006.
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "importoptions.h"
#include "parsedimport.h"

#include <QString>

namespace lagesbild::importer
{

class OgrImporter
{
  public:
    //! Row numbers in messages are the features' FIDs (spreadsheet row numbers for XLSX/ODS).
    static Result<void> parse(const QString &path, const QString &fileLabel, const ImportOptions &options, ParsedImport &out,
                              Feedback *feedback = nullptr);
};

} // namespace lagesbild::importer
