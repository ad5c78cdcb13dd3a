#include "addressplacer.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>

namespace lagesbild
{

AddressPlacer::AddressPlacer(PlacesProvider places, QLineEdit *address, QDoubleSpinBox *x, QDoubleSpinBox *y, QLabel *quality,
                             QObject *parent)
  : QObject(parent), mPlaces(std::move(places)), mAddress(address), mX(x), mY(y), mQuality(quality)
{
  connect(mAddress, &QLineEdit::editingFinished, this, [this]() { place(); });
}

std::optional<LocationPrecision> AddressPlacer::precisionAt(double x, double y) const
{
  if (!mPrecision || x != mPlacedX || y != mPlacedY)
    return std::nullopt; // typed by hand or moved since
  return mPrecision;
}

QString AddressPlacer::qualityText(LocationPrecision precision)
{
  switch (precision)
  {
  case LocationPrecision::Exact:
    return tr("Placed at the exact address");
  case LocationPrecision::NearestNumber:
    return tr("Placed at the nearest house number on the street");
  case LocationPrecision::Street:
    return tr("Placed on the street (no house number)");
  case LocationPrecision::NamedPlace:
    return tr("Placed at the named place");
  case LocationPrecision::Approximate:
  case LocationPrecision::Municipality:
    break;
  }
  return tr("Placed approximately");
}

bool AddressPlacer::place()
{
  const QString text = mAddress->text().trimmed();
  const auto places = mPlaces ? mPlaces() : nullptr;
  if (!places || places->isEmpty() || text.isEmpty() || text == mPlacedText)
    return false;
  const geocoding::GeocodeResult result = places->geocode(text);
  if (!result.found)
  {
    mQuality->setText(result.suggestions.isEmpty() ? tr("Not in the address register: the position is unchanged")
                                                   : tr("Not found. Did you mean %1?").arg(result.suggestions.join(tr(" or "))));
    return false;
  }
  mPlacedText = text;
  mPrecision = result.precision;
  mX->setValue(result.point.x);
  mY->setValue(result.point.y);
  mPlacedX = mX->value();
  mPlacedY = mY->value();
  mQuality->setText(qualityText(result.precision) + QStringLiteral(": ") + result.label);
  Q_EMIT placed(result.point.x, result.point.y);
  return true;
}

} // namespace lagesbild
