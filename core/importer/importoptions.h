// ImportOptions: everything an import is told from outside — the command line's or the
// dialog's choices (format, mapping, default source and kind, CRS, date format, whether to
// skip invalid rows) and the store's current categories and sources to match values against.
#pragma once

#include "columnmapping.h"
#include "model/incident.h"
#include "referenceresolver.h"

#include <QString>

#include <optional>

namespace lagesbild::importer
{

enum class ImportFormat
{
  Auto,
  Csv,
  GeoJson,
  Ogr,
  PoliceFeed,
};

//! "auto", "csv", "geojson", "ogr", "polisen".
QString importFormatName(ImportFormat format);
std::optional<ImportFormat> importFormatFromName(const QString &name);

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    std::optional<ColumnMapping> mapping;
    QString source;                   //!< --source: for rows without a source column
    std::optional<IncidentKind> kind; //!< --kind: for rows without a kind column
    QString crs;                      //!< --crs: the CRS of x/y (E/N) columns
    QString dateFormat;               //!< --date-format, a Qt date format
    bool skipInvalid = false;         //!< import the valid rows, reject the others
    KnownReferences known;            //!< the store's categories and sources
};

} // namespace lagesbild::importer
