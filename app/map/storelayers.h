// StoreLayers: turns a store (or any GeoPackage/OGR file) into QGIS map layers, polygons
// below lines below points, with the extent of the point layers for the first view.
#pragma once

#include <qgsrectangle.h>

#include <QList>
#include <QString>

class QgsMapLayer;

namespace lagesbild
{

struct StoreLayers
{
    QList<QgsMapLayer *> layers; //!< owned by the caller (usually handed to a QgsProject)
    QgsRectangle pointExtent;    //!< extent of the point layers in their CRS
    QString error;               //!< why nothing was loaded, when layers is empty

    //! Loads every valid vector sublayer of the file. The caller takes ownership of the layers.
    static StoreLayers load(const QString &path);
};

} // namespace lagesbild
