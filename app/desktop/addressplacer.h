// AddressPlacer: makes an address field of a form place the point — when the user leaves the
// field (or presses Enter) the text is geocoded with the register, the form's SWEREF 99 TM
// fields are set to the found point and a label shows the match quality (exact address,
// nearest number, street, named place) or suggestions.
#pragma once

#include "geocoding/geocoder.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace lagesbild
{

class AddressPlacer : public QObject
{
    Q_OBJECT

  public:
    //! places is asked for the register each time (it may change while the form is open).
    using PlacesProvider = std::function<std::shared_ptr<const geocoding::Geocoder>()>;
    AddressPlacer(PlacesProvider places, QLineEdit *address, QDoubleSpinBox *x, QDoubleSpinBox *y, QLabel *quality,
                  QObject *parent = nullptr);

    //! Geocodes the address field now; true when it placed the point.
    bool place();
    //! The precision of the last placement when the form's point still is the placed one.
    std::optional<LocationPrecision> precisionAt(double x, double y) const;

    static QString qualityText(LocationPrecision precision);

  Q_SIGNALS:
    void placed(double x, double y);

  private:
    PlacesProvider mPlaces;
    QLineEdit *mAddress;
    QDoubleSpinBox *mX;
    QDoubleSpinBox *mY;
    QLabel *mQuality;
    QString mPlacedText;
    std::optional<LocationPrecision> mPrecision;
    double mPlacedX = 0.0;
    double mPlacedY = 0.0;
};

} // namespace lagesbild
