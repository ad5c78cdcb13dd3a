// DemoTown: the demo's offline base map — an invented Kungsör drawn to fit the demo's invented
// addresses: street centre lines carrying every street name the demo's places use, buildings
// (one at each address, more along the streets in town), the shore and the water, the railway
// and its stations, parks, school grounds and other land use, and place names. Built
// deterministically (plain arithmetic, no randomness) from data/demo/kungsor-town.json, which
// the build embeds, and the places (DemoPlaces): a street named in an address but not drawn in
// the town file is laid out through its addresses, so new addresses get their street.
#pragma once

#include "common/result.h"
#include "demoplaces.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lagesbild::demo
{

struct TownLine
{
    QString name;
    QString kind; //!< roads: "main", "street", "local", "square"; railways: "rail"
    std::vector<PointXY> points;
};

struct TownPolygon
{
    QString name;
    QString kind; //!< water: "lake", "river", "harbour"; land use: "park", "school", "residential" …; buildings: "public", "house"
    Ring ring;    //!< closed
};

struct TownPoint
{
    QString name;
    int rank = 1; //!< place names: 1 town, 2 village
    PointXY point;
};

struct DemoTown
{
    std::vector<TownLine> roads;
    std::vector<TownLine> railways;
    std::vector<TownPoint> stations;
    std::vector<TownPoint> places;
    std::vector<TownPolygon> water;
    std::vector<TownPolygon> landuse;
    std::vector<TownPolygon> buildings;

    //! "Generated for the Lägesbild demo — invented, not a real map".
    static QString credit();
    //! The street of an address ("Björkskolan, Skolgatan 10" → "Skolgatan"); empty for a place
    //! without a house number ("Kungsparken").
    static QString streetOf(const QString &address);
    //! Every street named in the places' addresses, sorted.
    static QStringList streetNames(const DemoPlaces &places);

    //! The town from the town file's JSON and the places.
    static Result<DemoTown> build(const DemoPlaces &places, const QByteArray &townJson);
    //! From the town file embedded at build time.
    static Result<DemoTown> embedded(const DemoPlaces &places);
};

} // namespace lagesbild::demo
