// The GeoPackage form of the hot-spot writers (hotspotwriter.h): one square polygon per cell,
// written with GDAL's GPKG driver. A library of its own, so that only the programs that write
// GeoPackages (the app, the command line's GDAL helper) link GDAL; they call
// installHotspotGeoPackageWriter() once before writing.
#pragma once

namespace lagesbild
{

//! Makes writeHotspotGrid and writeHotspotComparison write .gpkg files in this program.
void installHotspotGeoPackageWriter();

} // namespace lagesbild
