// StoreLayerSource: where QGIS reads one of a store's tables — the "ogr" provider on a layer of
// the GeoPackage, or the "postgres" provider on the table of schema `lagesbild` on the shared
// server (with its key column, so QGIS need not guess one). Map, table and print layers all get
// their source here, so the app treats both backends alike.
#pragma once

#include <QString>

class QgsVectorLayer;

namespace lagesbild
{

struct StoreLayerSource
{
    QString uri;
    QString provider; //!< "ogr" or "postgres"

    //! The source of table in the store at location (a path or a connection), with subset as
    //! the layer's WHERE clause (in the store's SQL dialect; empty: every row).
    static StoreLayerSource forTable(const QString &location, const QString &table, const QString &subset = {});
    //! A layer of table (the caller owns it), named name; invalid when the table cannot be read.
    static QgsVectorLayer *layer(const QString &location, const QString &table, const QString &name, const QString &subset = {});
    //! The store table a layer made here reads ("incidents", "areas" …); empty for other layers.
    static QString tableOf(const QgsVectorLayer *layer);
    //! A layer of another table of the same store as layer (reference tables: sources, areas).
    static StoreLayerSource sibling(const QgsVectorLayer *layer, const QString &table);
};

} // namespace lagesbild
