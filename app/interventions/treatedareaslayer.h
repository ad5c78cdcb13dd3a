// TreatedAreasLayer: the places the interventions treat — the circle around a point, the drawn
// polygon or the named area — and their look on the map. The store's interventions layer holds
// them as polygons from schema 3 on; for older stores (a point per intervention) a memory polygon
// layer is built from the store after every change. The selected intervention is the selection.
#pragma once

#include "model/reference.h"

#include <qgsgeometry.h>

#include <QPointer>

#include <vector>

class QgsProject;
class QgsVectorLayer;

namespace lagesbild
{

class TreatedAreasLayer
{
  public:
    //! The treated area in EPSG:3006; empty when the intervention has no usable place.
    static QgsGeometry geometry(const Intervention &intervention, const std::vector<Area> &areas);

    //! A new, empty layer in EPSG:3006 with fields id, title, type, active and the house style.
    static QgsVectorLayer *create();
    //! Replaces the layer's features: one per intervention that has a place.
    static void fill(QgsVectorLayer &layer, const std::vector<Intervention> &interventions, const std::vector<Area> &areas);
    //! Gives a layer of treated areas the house style: light purple fill, purple outline.
    static void applyStyle(QgsVectorLayer &layer);
    //! Selects the feature of this intervention (nothing for 0): by the id field in the memory
    //! layer, by feature id (the intervention id) in the store's layer.
    static void select(QgsVectorLayer &layer, std::int64_t interventionId);
};

} // namespace lagesbild
