// BaseMapLayers: turns the base map chosen for a store (BaseMapSettings) into QGIS layers —
// XYZ/WMTS/WMS through the "wms" provider, raster files through GDAL, vector tiles from MBTiles,
// and every layer of a vector GeoPackage/Shapefile with the muted base-map style (BaseMapStyle),
// drawn water and land use first, place names last. Used by the window (BaseMapController) and
// by print (ReportDocument), so the printed map shows the same base map as the screen.
#pragma once

#include "basemap/basemapsettings.h"

#include <QList>
#include <QString>

class QgsLayerTreeGroup;
class QgsMapLayer;
class QgsProject;

namespace lagesbild
{

struct BaseMapLayer
{
    QList<QgsMapLayer *> layers; //!< top first; owned by the caller (usually handed to a project)
    QString error;               //!< why the source gave no layer (a missing file, an invalid URI)
};

class BaseMapLayers
{
  public:
    //! The property every base-map layer carries, so it can be told apart from the data.
    static constexpr const char *kSourceProperty = "lagesbild/basemap-source";

    //! The layers of one source, with its opacity and a name; empty with error when it cannot be read.
    static BaseMapLayer create(const BaseMapSource &source);
    //! The index of the source a layer was made from, or -1 for any other layer.
    static int sourceIndexOf(const QgsMapLayer *layer);

    //! Adds every source's layers to project in a "Bakgrundskarta" group at the bottom of its
    //! layer tree (a sub-group per source with several layers), hidden sources unchecked.
    //! Returns the group (nullptr when nothing was added) and the errors, one per failing source.
    static QgsLayerTreeGroup *addToProject(QgsProject *project, const BaseMapSettings &settings, QStringList *errors = nullptr);
    //! The layers of every visible source, top first, for a print map (added to project, not to its tree).
    static QList<QgsMapLayer *> addForPrint(QgsProject *project, const BaseMapSettings &settings, QStringList *errors = nullptr);
    //! The name of the base-map group in the layer tree.
    static QString groupName();
};

} // namespace lagesbild
