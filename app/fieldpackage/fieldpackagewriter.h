// FieldPackageWriter: writes a field package for one reporting organisation into a folder — a
// QGIS project (NAME.qgs) that QField or QGIS opens as is, the report GeoPackage (NAME.gpkg,
// FieldReportGeoPackage) with its form (FieldReportForm), and the base map (FieldPackageBaseMap),
// all with relative paths so the folder can be copied to a phone. Headless: needs an initialised
// QGIS (QgisRuntime), no display.
#pragma once

#include "basemap/basemapsettings.h"
#include "common/result.h"
#include "model/reference.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lagesbild
{

struct FieldPackageOptions
{
    QString organisation;             //!< the source code the reports are made for
    QString organisationName;         //!< shown in the project title
    std::vector<Category> categories; //!< the store's report categories
    BaseMapSettings storeBaseMap;     //!< the store's base map (absolute file paths)
    QString directory;                //!< where the package is written (created when missing)
};

struct FieldPackage
{
    QString projectPath;
    QString geoPackagePath;
    QStringList baseMapFiles;
    QStringList warnings; //!< base-map files of the store that were missing
};

class FieldPackageWriter
{
  public:
    static Result<FieldPackage> write(const FieldPackageOptions &options);

    //! The package's base name for an organisation: "nattvandrare" → "faltrapporter-nattvandrare".
    static QString baseName(const QString &organisation);
};

} // namespace lagesbild
