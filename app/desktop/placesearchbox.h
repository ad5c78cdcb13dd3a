// PlaceSearchBox: the toolbar's search for addresses and places — a line edit whose completer
// lists register streets, addresses, named places and areas as the user types; Enter or a
// chosen entry zooms the map to the place and marks it.
#pragma once

#include "geocoding/geocoder.h"

#include <QLineEdit>

#include <functional>
#include <memory>

class QgsMapCanvas;
class QgsVertexMarker;
class QStringListModel;
class QCompleter;

namespace lagesbild
{

class PlaceSearchBox : public QLineEdit
{
    Q_OBJECT

  public:
    using PlacesProvider = std::function<std::shared_ptr<const geocoding::Geocoder>()>;
    PlaceSearchBox(QgsMapCanvas *canvas, PlacesProvider places, QWidget *parent = nullptr);
    ~PlaceSearchBox() override;

    //! Finds the text, zooms to it and marks it; false (with a tooltip) when nothing is found.
    bool search(const QString &text);

    //! Map scale the search zooms to.
    static constexpr double kZoomScale = 4000.0;

  Q_SIGNALS:
    void placeFound(double x, double y, const QString &label);

  private:
    void updateCompletions(const QString &text);

    QgsMapCanvas *mCanvas = nullptr;
    PlacesProvider mPlaces;
    QStringListModel *mModel = nullptr;
    QCompleter *mCompleter = nullptr;
    QgsVertexMarker *mHalo = nullptr;
    QgsVertexMarker *mMarker = nullptr;
};

} // namespace lagesbild
