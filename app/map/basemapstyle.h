// BaseMapStyle: the muted look of a vector base map (a municipality's streets, buildings and water,
// or the demo town) — pale land use, blue-grey water, light buildings, white streets with a grey
// casing and their names along them — so the incidents stay the strongest thing on the map.
// Each role has a style built here and shipped as resources/styles/basemap-<role>.qml (written
// from this code by the lagesbild-make-basemap-styles tool, editable in stock QGIS); the app
// applies the shipped .qml. A layer's role comes from its name (English or Swedish) and geometry.
#pragma once

#include <qgswkbtypes.h>

#include <QString>
#include <QStringList>

class QgsFields;
class QgsVectorLayer;

namespace lagesbild
{

class BaseMapStyle
{
  public:
    //! "water", "landuse", "buildings", "roads", "railway", "stations", "places".
    static QStringList roles();
    //! The role of a layer called name with this geometry ("gator" → roads, "Byggnader" → buildings).
    static QString roleFor(const QString &name, QgsWkbTypes::GeometryType geometry);
    //! Swedish layer-tree name of a role ("roads" → "Gator").
    static QString displayName(const QString &role);

    //! Sets the role's renderer, labels and scale range on layer (what the .qml holds).
    static void build(QgsVectorLayer *layer, const QString &role);
    //! Applies the shipped resources/styles/basemap-<role>.qml (built when the resource is missing);
    //! the labels read the layer's name field (see nameField).
    static void apply(QgsVectorLayer *layer, const QString &role);

    //! The field of a feature's name: the first of name, namn, NAMN, gatunamn … that fields has.
    static QString nameField(const QgsFields &fields);
};

} // namespace lagesbild
