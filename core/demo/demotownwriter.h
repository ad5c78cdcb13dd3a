// DemoTownWriter: writes the demo town (DemoTown) as a GeoPackage of plain vector layers —
// water, landuse, buildings, roads, railway, stations, places — in EPSG:3006, each with a
// description crediting it as generated for the demo; and sets it as the base map of a demo
// store (BaseMapSettings), so the app shows it by default.
#pragma once

#include "common/result.h"
#include "demotown.h"

#include <QString>

namespace lagesbild::demo
{

class DemoTownWriter
{
  public:
    //! Writes town to a new GeoPackage at path (replacing a file that is there).
    static Result<void> write(const QString &path, const DemoTown &town);
    //! The base-map file of a demo store: "kungsor-demo.gpkg" → "kungsor-demo-karta.gpkg" beside it.
    static QString pathBeside(const QString &storePath);
    //! Builds the town of the embedded demo, writes it beside the store and makes it the store's base map.
    static Result<QString> writeBesideStore(const QString &storePath);
};

} // namespace lagesbild::demo
