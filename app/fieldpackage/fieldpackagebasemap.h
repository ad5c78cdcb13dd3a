// FieldPackageBaseMap: the base map a field package carries, so QField shows it offline — the
// store's offline base-map files (raster or vector GeoPackage, MBTiles, GeoTIFF, Shapefile with
// its side files) copied into the package folder, or, when the store has none, the demo's
// invented Kungsör town written there. Online tile services are left out: a phone in the street
// may have no network.
#pragma once

#include "basemap/basemapsettings.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

namespace lagesbild
{

class FieldPackageBaseMap
{
  public:
    //! Copies (or writes) the base map into directory; the result's locations are the copies.
    //! storeBaseMap: the store's base map with absolute file paths (BaseMapSettings::load). A
    //! missing file is left out with a line in warnings (the demo's map stands in when none is left).
    static Result<BaseMapSettings> place(const BaseMapSettings &storeBaseMap, const QString &directory, QStringList &warnings);
};

} // namespace lagesbild
