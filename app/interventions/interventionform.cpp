#include "interventionform.h"

#include "common/systemuser.h"
#include "desktop/addressplacer.h"
#include "desktop/dateedit.h"
#include "map/mappointpicker.h"
#include "model/interventiontypes.h"
#include "polygonmaptool.h"
#include "session/storesession.h"
#include "time/daterange.h"
#include "time/stockholmtime.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmapcanvas.h>

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace lagesbild
{
namespace
{
//! SWEREF 99 TM covers Sweden with eastings 180 000–1 000 000 and northings 6 100 000–7 700 000 m.
constexpr double kMinimumEasting = 0.0;
constexpr double kMaximumEasting = 1'500'000.0;
constexpr double kMinimumNorthing = 5'000'000.0;
constexpr double kMaximumNorthing = 8'000'000.0;
constexpr double kDefaultRadius = 100.0;
constexpr double kMaximumRadius = 50'000.0;

QDateEdit *makeDateEdit(QWidget *parent)
{
  auto *edit = new DateEdit(parent);
  edit->setCalendarPopup(true);
  edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  edit->setDate(QDate::currentDate());
  return edit;
}

QDoubleSpinBox *makeCoordinateSpin(double minimum, double maximum, QWidget *parent)
{
  auto *spin = new QDoubleSpinBox(parent);
  spin->setRange(minimum, maximum);
  spin->setDecimals(1);
  spin->setSuffix(QStringLiteral(" m"));
  spin->setValue(minimum);
  return spin;
}
} // namespace

InterventionForm::InterventionForm(StoreSession *session, QgsMapCanvas *canvas, QWidget *parent)
  : QDialog(parent), mSession(session), mCanvas(canvas)
{
  setWindowTitle(tr("New intervention"));
  mType = new QComboBox(this);
  for (const QString &code : InterventionTypes::codes())
    mType->addItem(InterventionTypes::name(code), code);
  mTitle = new QLineEdit(this);
  mTitle->setPlaceholderText(tr("e.g. Night walks at the station"));

  mStart = makeDateEdit(this);
  mHasEnd = new QCheckBox(tr("Ends"), this);
  mEnd = makeDateEdit(this);
  mEnd->setEnabled(false);
  connect(mHasEnd, &QCheckBox::toggled, mEnd, &QWidget::setEnabled);
  auto *period = new QHBoxLayout;
  period->addWidget(mStart);
  period->addWidget(mHasEnd);
  period->addWidget(mEnd);
  period->addStretch();

  mActors = new QPlainTextEdit(this);
  mActors->setPlaceholderText(tr("One actor per line, e.g. Police, Housing company"));
  mActors->setMaximumHeight(70);
  mTriggers = new QLineEdit(this);
  mTriggers->setPlaceholderText(tr("Incident ids separated by commas"));
  mUseSelected = new QPushButton(tr("Use selected incidents"), this);
  mUseSelected->setToolTip(tr("Takes the incidents selected on the map"));
  mUseSelected->setEnabled(false);
  connect(mUseSelected, &QPushButton::clicked, this, &InterventionForm::useSelectedIncidents);
  auto *triggers = new QHBoxLayout;
  triggers->addWidget(mTriggers, 1);
  triggers->addWidget(mUseSelected);
  mNote = new QPlainTextEdit(this);
  mNote->setMaximumHeight(90);

  mError = new QLabel(this);
  mError->setWordWrap(true);
  mError->setStyleSheet(QStringLiteral("color: #b00020;"));
  mError->hide();

  auto *form = new QFormLayout;
  form->addRow(tr("Type"), mType);
  form->addRow(tr("Title"), mTitle);
  form->addRow(tr("Place"), buildPlacePage());
  form->addRow(tr("Start"), period);
  form->addRow(tr("Actors"), mActors);
  form->addRow(tr("Triggered by"), triggers);
  form->addRow(tr("Notes"), mNote);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &InterventionForm::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &InterventionForm::reject);
  connect(this, &QDialog::finished, this, &InterventionForm::restoreMapTool);

  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(mError);
  layout->addWidget(buttons);
  placeAtMapCentre();
}

void InterventionForm::placeAtMapCentre()
{
  // A new intervention starts where the coordinator is looking, not at E 0 / N 5 000 000.
  if (!mCanvas)
    return;
  const QgsPointXY centre = mCanvas->extent().center();
  QgsPointXY point = centre;
  const QgsCoordinateReferenceSystem store(QStringLiteral("EPSG:3006"));
  const QgsCoordinateReferenceSystem shown = mCanvas->mapSettings().destinationCrs();
  if (shown.isValid() && shown != store)
  {
    try
    {
      point = QgsCoordinateTransform(shown, store, mCanvas->mapSettings().transformContext()).transform(centre);
    }
    catch (const QgsCsException &)
    {
      return;
    }
  }
  if (point.x() < mX->minimum() || point.x() > mX->maximum() || point.y() < mY->minimum() || point.y() > mY->maximum())
    return;
  mX->setValue(std::round(point.x()));
  mY->setValue(std::round(point.y()));
}

InterventionForm::~InterventionForm()
{
  mSteppedAside = false;
  restoreMapTool();
}

QWidget *InterventionForm::buildPlacePage()
{
  auto *box = new QWidget(this);
  mPlaceMode = new QComboBox(box);
  mPlaceMode->addItem(tr("Point and radius"));
  mPlaceMode->addItem(tr("Polygon drawn on the map"));
  mPlaceMode->addItem(tr("Named area"));
  mPlacePages = new QStackedWidget(box);

  auto *pointPage = new QWidget(mPlacePages);
  mX = makeCoordinateSpin(kMinimumEasting, kMaximumEasting, pointPage);
  mX->setToolTip(tr("Easting in SWEREF 99 TM (EPSG:3006)"));
  mY = makeCoordinateSpin(kMinimumNorthing, kMaximumNorthing, pointPage);
  mY->setToolTip(tr("Northing in SWEREF 99 TM (EPSG:3006)"));
  mRadius = new QDoubleSpinBox(pointPage);
  mRadius->setRange(0.0, kMaximumRadius);
  mRadius->setDecimals(0);
  mRadius->setSuffix(QStringLiteral(" m"));
  mRadius->setValue(kDefaultRadius);
  auto *pick = new QPushButton(tr("Pick on map"), pointPage);
  pick->setObjectName(QStringLiteral("pickOnMap"));
  pick->setEnabled(mCanvas);
  connect(pick, &QPushButton::clicked, this, &InterventionForm::pickPointOnMap);
  auto *pointLayout = new QFormLayout(pointPage);
  pointLayout->setContentsMargins(0, 0, 0, 0);
  // An address or place from the register places the point (with the match quality shown).
  auto *address = new QLineEdit(pointPage);
  address->setObjectName(QStringLiteral("interventionAddress"));
  address->setPlaceholderText(tr("Address or place, e.g. Hagabergsvägen 12"));
  auto *quality = new QLabel(pointPage);
  quality->setObjectName(QStringLiteral("interventionPlaceQuality"));
  quality->setWordWrap(true);
  new AddressPlacer([this]() { return mSession ? mSession->places() : nullptr; }, address, mX, mY, quality, this);
  pointLayout->addRow(tr("Address or place"), address);
  pointLayout->addRow(QString(), quality);
  pointLayout->addRow(tr("East (X)"), mX);
  pointLayout->addRow(tr("North (Y)"), mY);
  pointLayout->addRow(tr("Radius"), mRadius);
  pointLayout->addRow(QString(), pick);

  auto *polygonPage = new QWidget(mPlacePages);
  mPolygonLabel = new QLabel(polygonPage);
  auto *draw = new QPushButton(tr("Draw on map"), polygonPage);
  draw->setToolTip(tr("Click the corners; double-click or right-click to finish, Backspace removes the last corner, Esc cancels"));
  draw->setEnabled(mCanvas);
  connect(draw, &QPushButton::clicked, this, &InterventionForm::drawPolygonOnMap);
  auto *polygonLayout = new QVBoxLayout(polygonPage);
  polygonLayout->setContentsMargins(0, 0, 0, 0);
  polygonLayout->addWidget(mPolygonLabel);
  polygonLayout->addWidget(draw);
  polygonLayout->addStretch();
  updatePolygonLabel();

  auto *areaPage = new QWidget(mPlacePages);
  mArea = new QComboBox(areaPage);
  if (mSession)
  {
    for (const Area &area : mSession->areas())
      mArea->addItem(area.name.isEmpty() ? area.code : area.name, area.code);
  }
  auto *areaLayout = new QVBoxLayout(areaPage);
  areaLayout->setContentsMargins(0, 0, 0, 0);
  areaLayout->addWidget(mArea);
  areaLayout->addStretch();

  mPlacePages->addWidget(pointPage);
  mPlacePages->addWidget(polygonPage);
  mPlacePages->addWidget(areaPage);
  connect(mPlaceMode, qOverload<int>(&QComboBox::currentIndexChanged), mPlacePages, &QStackedWidget::setCurrentIndex);

  auto *layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mPlaceMode);
  layout->addWidget(mPlacePages);
  return box;
}

void InterventionForm::setIntervention(const Intervention &intervention)
{
  setWindowTitle(tr("Edit intervention"));
  mId = intervention.id;
  mClosed = intervention.closed;
  const int typeIndex = mType->findData(intervention.type);
  if (typeIndex >= 0)
    mType->setCurrentIndex(typeIndex);
  else
  {
    mType->addItem(InterventionTypes::name(intervention.type), intervention.type);
    mType->setCurrentIndex(mType->count() - 1);
  }
  mTitle->setText(intervention.title);
  if (intervention.centre)
  {
    mX->setValue(intervention.centre->x);
    mY->setValue(intervention.centre->y);
    mRadius->setValue(intervention.radius);
  }
  mPolygon = intervention.boundary;
  updatePolygonLabel();
  if (!intervention.areaCode.isEmpty())
  {
    int index = mArea->findData(intervention.areaCode);
    if (index < 0)
    {
      mArea->addItem(intervention.areaCode, intervention.areaCode);
      index = mArea->count() - 1;
    }
    mArea->setCurrentIndex(index);
  }
  if (!intervention.boundary.empty())
    setPlaceMode(PlaceMode::Polygon);
  else if (!intervention.areaCode.isEmpty())
    setPlaceMode(PlaceMode::Area);
  else
    setPlaceMode(PlaceMode::PointRadius);

  const StockholmTime &time = StockholmTime::instance();
  mStart->setDate(time.localDate(intervention.startUtc));
  mHasEnd->setChecked(intervention.endUtc.has_value());
  if (intervention.endUtc)
    mEnd->setDate(time.localDate(*intervention.endUtc));
  mActors->setPlainText(intervention.actors.join(QLatin1Char('\n')));
  QStringList ids;
  for (const std::int64_t id : intervention.triggerIncidents)
    ids << QString::number(id);
  mTriggers->setText(ids.join(QStringLiteral(", ")));
  mNote->setPlainText(intervention.note);
}

Intervention InterventionForm::intervention() const
{
  Intervention result;
  result.id = mId;
  result.closed = mClosed;
  result.type = mType->currentData().toString();
  result.title = mTitle->text().trimmed();
  switch (static_cast<PlaceMode>(mPlaceMode->currentIndex()))
  {
  case PlaceMode::PointRadius:
    result.centre = PointXY{mX->value(), mY->value()};
    result.radius = mRadius->value();
    break;
  case PlaceMode::Polygon:
    result.boundary = mPolygon;
    break;
  case PlaceMode::Area:
    result.areaCode = mArea->currentData().toString();
    break;
  }
  result.startUtc = DateRange(mStart->date(), mStart->date()).startUtc();
  if (mHasEnd->isChecked())
    result.endUtc = DateRange(mEnd->date(), mEnd->date()).endUtcExclusive() - 1;
  const QStringList actorLines = mActors->toPlainText().split(QLatin1Char('\n'));
  for (const QString &line : actorLines)
  {
    if (!line.trimmed().isEmpty())
      result.actors << line.trimmed();
  }
  bool ok = true;
  result.triggerIncidents = triggerIds(&ok);
  result.note = mNote->toPlainText().trimmed();
  return result;
}

std::vector<std::int64_t> InterventionForm::triggerIds(bool *ok) const
{
  std::vector<std::int64_t> ids;
  *ok = true;
  const QStringList parts = mTriggers->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
  for (const QString &part : parts)
  {
    bool numberOk = false;
    const qlonglong id = part.toLongLong(&numberOk);
    if (!numberOk || id <= 0)
    {
      *ok = false;
      continue;
    }
    ids.push_back(id);
  }
  return ids;
}

QString InterventionForm::validationError() const
{
  if (mTitle->text().trimmed().isEmpty())
    return tr("Give the intervention a title.");
  switch (static_cast<PlaceMode>(mPlaceMode->currentIndex()))
  {
  case PlaceMode::PointRadius:
    if (!(mRadius->value() > 0.0))
      return tr("The radius must be more than 0 m.");
    if (mX->value() <= kMinimumEasting || mY->value() <= kMinimumNorthing)
      return tr("No place: pick the point on the map or type its coordinates (SWEREF 99 TM).");
    break;
  case PlaceMode::Polygon:
    if (mPolygon.empty() || mPolygon.front().size() < 3)
      return tr("No place: draw the polygon on the map (at least three corners).");
    break;
  case PlaceMode::Area:
    if (mArea->currentData().toString().isEmpty())
      return tr("No place: choose a named area.");
    break;
  }
  if (mHasEnd->isChecked() && mEnd->date() < mStart->date())
    return tr("The end date %1 is before the start date %2.").arg(mEnd->date().toString(Qt::ISODate), mStart->date().toString(Qt::ISODate));
  bool idsOk = true;
  triggerIds(&idsOk);
  if (!idsOk)
    return tr("The triggering incidents must be incident ids (whole numbers) separated by commas.");
  return {};
}

QString InterventionForm::errorText() const
{
  return mError->isHidden() ? QString() : mError->text();
}

void InterventionForm::accept()
{
  const QString problem = validationError();
  if (!problem.isEmpty())
  {
    mError->setText(problem);
    mError->show();
    return;
  }
  if (!mSession || !mSession->store())
  {
    mError->setText(tr("No store is open."));
    mError->show();
    return;
  }
  const Intervention value = intervention();
  std::int64_t id = value.id;
  if (value.id == 0)
  {
    const auto inserted = mSession->store()->insertIntervention(value, SystemUser::name());
    if (!inserted)
    {
      mError->setText(tr("Could not save the intervention: %1").arg(inserted.error().toString()));
      mError->show();
      return;
    }
    id = *inserted;
  }
  else
  {
    const auto updated = mSession->store()->updateIntervention(value, SystemUser::name());
    if (!updated)
    {
      mError->setText(tr("Could not save the intervention: %1").arg(updated.error().toString()));
      mError->show();
      return;
    }
  }
  mId = id;
  mError->hide();
  emit saved(id);
  QDialog::accept();
}

void InterventionForm::closeEvent(QCloseEvent *event)
{
  mSteppedAside = false;
  restoreMapTool();
  QDialog::closeEvent(event);
}

void InterventionForm::setPlaceMode(PlaceMode mode)
{
  mPlaceMode->setCurrentIndex(static_cast<int>(mode));
}

void InterventionForm::setPolygon(const std::vector<Ring> &rings)
{
  mPolygon = rings;
  updatePolygonLabel();
}

void InterventionForm::setPoint(const PointXY &point)
{
  mX->setValue(point.x);
  mY->setValue(point.y);
}

void InterventionForm::setSelectedIncidentsProvider(std::function<std::vector<std::int64_t>()> provider)
{
  mSelectedIncidents = std::move(provider);
  mUseSelected->setEnabled(static_cast<bool>(mSelectedIncidents));
}

void InterventionForm::useSelectedIncidents()
{
  if (!mSelectedIncidents)
    return;
  QStringList ids;
  for (const std::int64_t id : mSelectedIncidents())
    ids << QString::number(id);
  mTriggers->setText(ids.join(QStringLiteral(", ")));
  if (ids.isEmpty())
  {
    mError->setText(tr("No incidents are selected on the map."));
    mError->show();
  }
}

PointXY InterventionForm::toStoreCrs(const QgsPointXY &mapPoint) const
{
  const QgsPointXY point = MapPointPicker::toStoreCrs(mCanvas, mapPoint);
  return PointXY{point.x(), point.y()};
}

void InterventionForm::pickPointOnMap()
{
  if (!mCanvas)
    return;
  restoreMapTool(); // a polygon being drawn ends here
  // The form steps aside so the whole map is there to click on.
  hide();
  const std::optional<QgsPointXY> point = MapPointPicker::pick(mCanvas);
  show();
  raise();
  activateWindow();
  if (point)
  {
    setPoint(PointXY{point->x(), point->y()});
    mError->hide();
  }
}

void InterventionForm::drawPolygonOnMap()
{
  if (!mCanvas)
    return;
  if (!mPolygonTool)
  {
    mPolygonTool = new PolygonMapTool(mCanvas);
    mPolygonTool->setParent(this);
    connect(mPolygonTool, &PolygonMapTool::finished, this,
            [this](const QVector<QgsPointXY> &vertices)
            {
              Ring ring;
              for (const QgsPointXY &vertex : vertices)
                ring.push_back(toStoreCrs(vertex));
              setPolygon({ring});
              mError->hide();
              restoreMapTool();
            });
    connect(mPolygonTool, &PolygonMapTool::cancelled, this, &InterventionForm::restoreMapTool);
    // However the drawing ends (finished, cancelled, another tool chosen), the form comes back.
    connect(mPolygonTool, &QgsMapTool::deactivated, this,
            [this]()
            {
              if (!mSteppedAside)
                return;
              mSteppedAside = false;
              show();
              raise();
              activateWindow();
            });
  }
  if (!mPreviousTool && mCanvas->mapTool() != mPolygonTool)
    mPreviousTool = mCanvas->mapTool();
  mCanvas->setMapTool(mPolygonTool);
  mSteppedAside = true;
  hide();
  mError->setText(tr("Click the corners on the map; double-click or right-click to finish."));
  mError->show();
}

void InterventionForm::restoreMapTool()
{
  if (!mCanvas)
    return;
  QgsMapTool *current = mCanvas->mapTool();
  if (current && current == mPolygonTool)
  {
    if (mPreviousTool)
      mCanvas->setMapTool(mPreviousTool);
    else
      mCanvas->unsetMapTool(current);
  }
  mPreviousTool = nullptr;
}

void InterventionForm::updatePolygonLabel()
{
  if (!mPolygonLabel)
    return;
  const std::size_t corners = mPolygon.empty() ? 0 : mPolygon.front().size();
  mPolygonLabel->setText(corners == 0 ? tr("No polygon drawn yet.") : tr("Polygon with %n corner(s).", nullptr, static_cast<int>(corners)));
}

} // namespace lagesbild
