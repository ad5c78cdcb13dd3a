// OgrImporter: any vector source GDAL/OGR reads — GeoJSON, GeoPackage, Shapefile, XLSX/ODS,
// KML … — with the same column mapping and header recognition as CSV. Points come from the
// geometry in the layer's CRS, or from coordinate columns when a layer has no geometry
// (spreadsheets), and are transformed to EPSG:3006.
// Lines and polygons are not refused: each gets one documented representative point, marked
// LocationPrecision::Approximate, and one warning lists their feature numbers — a polygon its
// point on the surface (always inside it, unlike the centroid of a C-shaped area), a line the
// point halfway along it (the longest part of a multi-line), several points the one nearest
// their centroid. Geometry collections and empty geometries are errors.
// Messages name GeoJSON features by their place in the file (1, 2 …), other sources by feature
// id, spreadsheets by row; GDAL's own messages are collected (GdalErrorScope), never printed.
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
