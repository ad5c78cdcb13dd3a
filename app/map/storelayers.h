// StoreLayers: turns a store (or any GeoPackage/OGR file) into QGIS map layers, polygons
// below lines below points, with the extent of the point layers for the first view. A server
// store's layers read schema `lagesbild` through QGIS's postgres provider (StoreLayerSource).
#pragma once

#include <qgsrectangle.h>

#include <QList>
#include <QString>

class QgsMapLayer;
class QgsVectorLayer;

namespace lagesbild
{

struct StoreLayers
{
    QList<QgsMapLayer *> layers; //!< owned by the caller (usually handed to a QgsProject)
    QgsRectangle pointExtent;    //!< extent of the point layers in their CRS
    QString error;               //!< why nothing was loaded, when layers is empty

    //! Loads every valid vector sublayer of the file, or the incidents, interventions and areas
    //! of a server store (path is then its connection). The caller takes ownership of the layers.
    static StoreLayers load(const QString &path);

  private:
    static StoreLayers loadFromServer(const QString &location);
    //! Style, name and the readable time field of a store layer.
    static void dress(QgsVectorLayer *layer);
    //! Points above lines above polygons, with the points' extent.
    static StoreLayers ordered(QList<QgsVectorLayer *> layers);
};

} // namespace lagesbild
