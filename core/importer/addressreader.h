// AddressReader: reads an address register from any OGR source — GeoPackage, Shapefile,
// GeoJSON, CSV with x/y (or lat/lon) columns, an OSM extract through GDAL's OSM driver — into
// address points in EPSG:3006. Columns are found by built-in mappings for OpenStreetMap
// (addr:street, addr:housenumber, addr:postcode, addr:city, also inside other_tags) and
// Lantmäteriet's belägenhetsadresser (adressområde/gatunamn, adressplatsnummer,
// bokstavstillägg, postnummer, postort, kommunkod), or named by a mapping file:
//   { "columns": { "street": "GATA", "number": "NR", "letter": "BOKST", "postcode": "PNR",
//                  "town": "ORT", "municipality": "KOMMUNKOD", "place": "NAMN", "x": "E", "y": "N" },
//     "crs": "EPSG:3006" }
// A feature with neither a street nor a place name is skipped (and counted).
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "geocoding/addresspoint.h"

#include <QString>

#include <map>
#include <vector>

namespace lagesbild::importer
{

struct AddressMapping
{
    std::map<QString, QString> columns; //!< field ("street", "number" …) → column name
    QString crs;                        //!< of x/y columns (default: the layer's, else EPSG:3006)

    static Result<AddressMapping> load(const QString &path);
};

struct AddressReadResult
{
    std::vector<geocoding::AddressPoint> addresses;
    std::int64_t read = 0;    //!< features read
    std::int64_t skipped = 0; //!< features without street or place name, or without a point in Sweden
};

class AddressReader
{
  public:
    static Result<AddressReadResult> read(const QString &path, const AddressMapping *mapping = nullptr, Feedback *feedback = nullptr);
};

} // namespace lagesbild::importer
