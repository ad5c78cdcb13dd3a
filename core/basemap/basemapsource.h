// BaseMapSource: one layer of the base map under the incidents — a tile service (XYZ, WMTS,
// WMS) or an offline file (a raster GeoPackage/MBTiles/GeoTIFF, vector tiles in MBTiles, or a
// vector GeoPackage/Shapefile of streets, buildings and water). Plain data without QGIS: the
// app turns it into a QGIS layer (app/map/basemaplayers.h). The presets are the ones a Swedish
// municipality starts from.
#pragma once

#include <QString>

#include <optional>

namespace lagesbild
{

enum class BaseMapKind
{
  Xyz,         //!< location: a tile URL with {x} {y} {z}
  Wmts,        //!< location: a QGIS WMTS data-source URI (crs=…&layers=…&tileMatrixSet=…&url=…)
  Wms,         //!< location: a QGIS WMS data-source URI (crs=…&format=…&layers=…&url=…)
  RasterFile,  //!< location: a raster file (GeoPackage tiles, MBTiles, GeoTIFF)
  VectorTiles, //!< location: an MBTiles file with vector tiles
  VectorFile,  //!< location: a GeoPackage or Shapefile (every layer, muted style)
};

struct BaseMapSource
{
    BaseMapKind kind = BaseMapKind::Xyz;
    QString name;         //!< shown in the layer tree and the status bar
    QString location;     //!< URL/URI, or a file path (relative to the store's folder when inside it)
    double opacity = 1.0; //!< 0 … 1
    bool visible = true;
    QString attribution; //!< credit printed on maps ("© OpenStreetMap-bidragsgivare")

    bool isOnline() const { return kind == BaseMapKind::Xyz || kind == BaseMapKind::Wmts || kind == BaseMapKind::Wms; }
    bool operator==(const BaseMapSource &other) const;

    //! OpenStreetMap's standard tiles (XYZ).
    static BaseMapSource openStreetMap();
    //! Lantmäteriet's open topographic web map (WMTS, EPSG:3006) with the user's API key
    //! (Lantmäteriet hands out keys for its open data free of charge).
    static BaseMapSource lantmaterietTopographic(const QString &apiKey);
    //! A service from what a user pastes: an XYZ template ({x} {y} {z}), a QGIS WMS/WMTS URI,
    //! or a plain WMS/WMTS GetCapabilities URL with the layer to show; none when it is neither.
    static std::optional<BaseMapSource> fromServiceText(const QString &text, const QString &layer = QString());
    //! A file, its kind from the extension (.mbtiles raster unless vectorTiles); none when unknown.
    static std::optional<BaseMapSource> fromFile(const QString &path, bool vectorTiles = false);
};

//! "xyz", "wmts", "wms", "raster", "vectortiles", "vector".
QString baseMapKindName(BaseMapKind kind);
std::optional<BaseMapKind> baseMapKindFromName(const QString &name);

} // namespace lagesbild
