// BaseMapDialog: "Bakgrundskarta" — choose the store's base map: add OpenStreetMap, Lantmäteriet's
// topographic web map, any WMS/WMTS/XYZ service or an offline file (GeoPackage, MBTiles, GeoTIFF,
// Shapefile); order the sources (top draws over bottom), switch them on and off, set opacity.
// Edits a BaseMapSettings; the caller keeps it in the store (BaseMapController::setSettings).
#pragma once

#include "basemap/basemapsettings.h"

#include <QDialog>

class QListWidget;
class QSlider;
class QLabel;

namespace lagesbild
{

class BaseMapDialog : public QDialog
{
    Q_OBJECT

  public:
    explicit BaseMapDialog(const BaseMapSettings &settings, QWidget *parent = nullptr);

    BaseMapSettings settings() const { return mSettings; }

    //! Adds a source at the top (what the add buttons do), for tests and callers.
    void addSource(const BaseMapSource &source);

  private:
    void refill(int current);
    void addOpenStreetMap();
    void addLantmateriet();
    void addService();
    void addFile();
    void move(int delta);
    void removeCurrent();
    void currentChanged(int row);

    BaseMapSettings mSettings;
    QListWidget *mList = nullptr;
    QSlider *mOpacity = nullptr;
    QLabel *mOpacityValue = nullptr;
    bool mFilling = false;
};

} // namespace lagesbild
