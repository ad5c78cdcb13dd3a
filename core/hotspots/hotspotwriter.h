// Writers for hot-spot results, chosen by the file extension:
//   .tif/.tiff  GeoTIFF, Float32, EPSG:3006, north-up geotransform (xMin, c, 0, yMax, 0, −c),
//               DEFLATE-compressed (GeoTiffWriter: no GDAL). One band: kde the value, gistar z, count the count; a
//               comparison writes band 1 count change (B − A) and band 2 the trend code
//               (0 none, 1 new, 2 persistent, 3 intensifying, 4 diminishing, 5 disappearing).
//   .gpkg       GeoPackage, one square polygon per cell (EPSG:3006) with the CSV's attributes,
//               written by GDAL: only in a program that installed that writer (hotspotgeopackage.h),
//               so the lean command line, which writes heat maps, starts without GDAL's libraries.
//   .csv        one row per cell, rows from south to north, west to east:
//               x,y,count,value,z,p,p_fdr,class (a comparison:
//               x,y,count_a,count_b,change,z_a,z_b,class_a,class_b,trend); x,y is the cell centre,
//               fields a method does not produce are empty.
// A cell selection (GeoPackage only) writes just the cells it keeps — the map shows only
// significant or changed cells, and a grid of a whole municipality has hundreds of thousands.
// Repeat locations go to CSV: rank,address,count,share,cumulative_share.
#pragma once

#include "common/result.h"
#include "hotspotgrid.h"
#include "repeatlocations.h"

#include <QString>

#include <cstddef>
#include <functional>
#include <vector>

namespace lagesbild
{

//! True for the extensions the grid writers handle (tif, tiff, gpkg, csv; any case).
bool isSupportedGridOutput(const QString &path);

//! True when this program can write that file: a supported extension, and for a GeoPackage an
//! installed writer.
bool canWriteGridOutput(const QString &path);

//! True when writeHotspotGrid to path reads HotspotGrid::counts for a result of this method:
//! CSV and GeoPackage always, a GeoTIFF only for counts (a heat map's single band is its values).
bool gridOutputUsesCounts(const QString &path, HotspotMethod method);

//! Which cells (by Grid::index) a GeoPackage gets; empty: all. CSV and GeoTIFF always get all.
using CellSelection = std::function<bool(std::size_t cell)>;

//! One attribute of the cells: numbers (empty vector: not produced) or text.
struct CellColumn
{
    QString name;
    const std::vector<double> *numbers = nullptr;
    std::function<QString(std::size_t)> text;

    bool hasValues() const { return text ? true : (numbers && !numbers->empty()); }
};

//! Writes the cells kept (all when keep is empty) as polygons with the columns' attributes.
using GeoPackageCellWriter = Result<void> (*)(const Grid &grid, const std::vector<CellColumn> &columns, const QString &path,
                                              const CellSelection &keep);
//! Makes .gpkg writable in this program (see installHotspotGeoPackageWriter).
void installGeoPackageCellWriter(GeoPackageCellWriter writer);

Result<void> writeHotspotGrid(const HotspotGrid &result, const QString &path, const CellSelection &keep = {});
Result<void> writeHotspotComparison(const HotspotComparison &comparison, const QString &path, const CellSelection &keep = {});
Result<void> writeRepeatLocationsCsv(const RepeatLocationSummary &summary, const QString &path);

} // namespace lagesbild
