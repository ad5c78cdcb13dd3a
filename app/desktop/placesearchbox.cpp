#include "placesearchbox.h"

#include <qgsmapcanvas.h>
#include <qgsvertexmarker.h>

#include <QCompleter>
#include <QStringListModel>
#include <QToolTip>

namespace lagesbild
{
namespace
{
constexpr int kCompletions = 12;
constexpr int kMarkerSize = 30;
constexpr int kMarkerPen = 3;
} // namespace

PlaceSearchBox::PlaceSearchBox(QgsMapCanvas *canvas, PlacesProvider places, QWidget *parent)
  : QLineEdit(parent), mCanvas(canvas), mPlaces(std::move(places))
{
  setObjectName(QStringLiteral("placeSearch"));
  setPlaceholderText(tr("Search address or place…"));
  setClearButtonEnabled(true);
  setMinimumWidth(220);
  mModel = new QStringListModel(this);
  mCompleter = new QCompleter(mModel, this);
  mCompleter->setCaseSensitivity(Qt::CaseInsensitive);
  mCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
  setCompleter(mCompleter);
  connect(this, &QLineEdit::textEdited, this, &PlaceSearchBox::updateCompletions);
  connect(mCompleter, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) { search(text); });
  connect(this, &QLineEdit::returnPressed, this, [this]() { search(text()); });
}

// The marker belongs to the canvas's scene, which deletes it.
PlaceSearchBox::~PlaceSearchBox() = default;

void PlaceSearchBox::updateCompletions(const QString &text)
{
  const auto places = mPlaces ? mPlaces() : nullptr;
  QStringList labels;
  if (places && text.trimmed().size() >= 2)
    for (const geocoding::PlaceHit &hit : places->search(text, kCompletions))
      labels.append(hit.label);
  mModel->setStringList(labels);
}

bool PlaceSearchBox::search(const QString &text)
{
  const auto places = mPlaces ? mPlaces() : nullptr;
  if (!places || text.trimmed().isEmpty())
    return false;
  // A completion's label ("Drottninggatan, Kungsör") or what was typed.
  geocoding::GeocodeResult result = places->geocode(text);
  if (!result.found)
  {
    const auto hits = places->search(text, 1);
    if (!hits.empty())
    {
      result.found = true;
      result.point = hits.front().point;
      result.label = hits.front().label;
    }
  }
  if (!result.found)
  {
    const QString hint = result.suggestions.isEmpty() ? tr("No address or place \"%1\" in the register.").arg(text)
                                                      : tr("Not found. Did you mean %1?").arg(result.suggestions.join(tr(" or ")));
    setToolTip(hint);
    QToolTip::showText(mapToGlobal(rect().bottomLeft()), hint, this);
    return false;
  }
  setToolTip(result.label);
  const QgsPointXY point(result.point.x, result.point.y);
  if (!mMarker)
  {
    // A dark ring on a white halo: visible on the base map and on the incident symbols alike.
    mHalo = new QgsVertexMarker(mCanvas);
    mHalo->setIconType(QgsVertexMarker::ICON_CIRCLE);
    mHalo->setIconSize(kMarkerSize);
    mHalo->setPenWidth(kMarkerPen + 4);
    mHalo->setColor(Qt::white);
    mMarker = new QgsVertexMarker(mCanvas);
    mMarker->setIconType(QgsVertexMarker::ICON_CIRCLE);
    mMarker->setIconSize(kMarkerSize);
    mMarker->setPenWidth(kMarkerPen);
    mMarker->setColor(QColor(0x0d, 0x47, 0xa1));
  }
  mHalo->setCenter(point);
  mMarker->setCenter(point);
  mCanvas->setCenter(point);
  mCanvas->zoomScale(kZoomScale);
  mCanvas->refresh();
  Q_EMIT placeFound(point.x(), point.y(), result.label);
  return true;
}

} // namespace lagesbild
