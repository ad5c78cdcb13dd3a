// GeoTiffWriter: a grid's bands as a GeoTIFF of 32-bit floats, tiled 256 × 256, each tile
// deflate-compressed (libdeflate, level 1, on every core), north-up, georeferenced by an EPSG
// code (ModelPixelScale, ModelTiepoint and the GeoKey directory), band names in GDAL's metadata
// tag. Classic TIFF: a grid has at most Grid::maximumCellCount cells, so a file of a band or two
// stays far below its 4 GiB.
//
// Ours rather than GDAL's GTiff driver because a heat map is all the kernel density command
// writes: linking GDAL (some 120 libraries) costs every start of the command line about 70 ms,
// a sixth of a whole heat map of a million incidents. The tests read the file back with GDAL
// (values, geotransform, CRS, band names, tiling, compression), and tests/bench times both.
#pragma once

#include "common/result.h"
#include "grid.h"

#include <QString>

#include <vector>

namespace lagesbild
{

class GeoTiffWriter
{
  public:
    //! One band: its name (GDAL's band description) and values by Grid::index (borrowed).
    struct Band
    {
        QString name;
        const std::vector<double> *values = nullptr;
    };

    //! Tiles are square, of this many cells (GDAL's default).
    static constexpr int kTileSize = 256;

    //! Writes the bands (each with grid.cellCount() values) to path, replacing it only when
    //! complete (a partly written file is never left behind).
    static Result<void> write(const Grid &grid, const std::vector<Band> &bands, int epsg, const QString &path);
};

} // namespace lagesbild
