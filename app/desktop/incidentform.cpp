#include "incidentform.h"

#include "addressplacer.h"
#include "time/stockholmtime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lagesbild
{
namespace
{
const QString kLastSourceKey = QStringLiteral("incidentForm/lastSource");

//! The Swedish wall-clock time of a UTC instant, held as a Qt::UTC date-time: the editors show it
//! as it is, without converting it to the computer's own zone (which put the end an hour before
//! the start on a computer set to UTC).
QDateTime toLocalDateTime(std::int64_t utcSeconds)
{
  const LocalParts local = StockholmTime::instance().toLocal(utcSeconds);
  const QDate day = StockholmTime::dateFromDayNumber(local.dayNumber);
  const int seconds = static_cast<int>(((utcSeconds % 60) + 60) % 60);
  return QDateTime(day, QTime(local.hour, local.minute, seconds), Qt::UTC);
}

std::int64_t toUtcSeconds(const QDateTime &local)
{
  return StockholmTime::instance().toUtc(local.date(), local.time());
}
} // namespace

IncidentForm::IncidentForm(const std::vector<Category> &categories, const std::vector<Source> &sources, QWidget *parent)
  : QDialog(parent), mCategories(categories)
{
  setWindowTitle(tr("Report"));
  auto *layout = new QVBoxLayout(this);
  auto *form = new QFormLayout;

  mKind = new QComboBox(this);
  mKind->setObjectName(QStringLiteral("kind"));
  mKind->addItem(tr("Lägesbild report"), kindCode(IncidentKind::Report));
  mKind->addItem(tr("Reported crime"), kindCode(IncidentKind::Crime));
  connect(mKind, qOverload<int>(&QComboBox::currentIndexChanged), this, &IncidentForm::updateCategories);
  form->addRow(tr("Kind"), mKind);

  mCategory = new QComboBox(this);
  mCategory->setObjectName(QStringLiteral("category"));
  form->addRow(tr("Category *"), mCategory);

  // Nothing chosen for the reporter unless this user chose one before: a resident's call must not
  // quietly become a police report.
  mSource = new QComboBox(this);
  mSource->setObjectName(QStringLiteral("source"));
  mSource->addItem(tr("— choose —"), QString());
  for (const Source &source : sources)
    mSource->addItem(source.name, source.code);
  const int lastSource = mSource->findData(QSettings().value(kLastSourceKey).toString());
  mSource->setCurrentIndex(lastSource > 0 ? lastSource : 0);
  form->addRow(tr("Reported by *"), mSource);

  const QDateTime now = toLocalDateTime(QDateTime::currentSecsSinceEpoch());
  mFrom = new QDateTimeEdit(this);
  mFrom->setTimeSpec(Qt::UTC);
  mFrom->setDateTime(now);
  mFrom->setObjectName(QStringLiteral("occurredFrom"));
  mFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
  mFrom->setCalendarPopup(true);
  form->addRow(tr("Occurred *"), mFrom);

  // An optional end: "some time between the start and …". Until it is used it follows the start,
  // so it is never before it.
  mHasWindow = new QCheckBox(tr("until"), this);
  mHasWindow->setObjectName(QStringLiteral("hasWindow"));
  mHasWindow->setToolTip(tr("It happened some time between the start and this time"));
  mTo = new QDateTimeEdit(this);
  mTo->setTimeSpec(Qt::UTC);
  mTo->setDateTime(now);
  mTo->setObjectName(QStringLiteral("occurredTo"));
  mTo->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
  mTo->setCalendarPopup(true);
  mTo->setEnabled(false);
  connect(mHasWindow, &QCheckBox::toggled, mTo, &QWidget::setEnabled);
  connect(mHasWindow, &QCheckBox::toggled, this,
          [this](bool on)
          {
            if (on && mTo->dateTime() < mFrom->dateTime())
              mTo->setDateTime(mFrom->dateTime());
          });
  connect(mFrom, &QDateTimeEdit::dateTimeChanged, this,
          [this](const QDateTime &start)
          {
            if (!mHasWindow->isChecked() || mTo->dateTime() < start)
              mTo->setDateTime(start);
          });
  auto *windowRow = new QHBoxLayout;
  windowRow->addWidget(mHasWindow);
  windowRow->addWidget(mTo, 1);
  form->addRow(tr("Ended (optional)"), windowRow);

  mX = new QDoubleSpinBox(this);
  mY = new QDoubleSpinBox(this);
  mX->setObjectName(QStringLiteral("easting"));
  mY->setObjectName(QStringLiteral("northing"));
  // SWEREF 99 TM covers Sweden with eastings 181 000–1 083 000 and northings 6 100 000–7 700 000.
  mX->setRange(150000, 1100000);
  mY->setRange(6000000, 7800000);
  mX->setDecimals(1);
  mY->setDecimals(1);
  auto *coordinates = new QHBoxLayout;
  coordinates->addWidget(new QLabel(tr("E"), this));
  coordinates->addWidget(mX);
  coordinates->addWidget(new QLabel(tr("N"), this));
  coordinates->addWidget(mY);
  mPickOnMap = new QPushButton(tr("Pick on map"), this);
  mPickOnMap->setObjectName(QStringLiteral("pickOnMap"));
  mPickOnMap->setToolTip(tr("The form steps aside; click the place on the map (Esc cancels)."));
  mPickOnMap->hide();
  connect(mPickOnMap, &QPushButton::clicked, this, [this]() { done(PickOnMap); });
  coordinates->addWidget(mPickOnMap);
  form->addRow(tr("Position (SWEREF 99 TM)"), coordinates);

  mAddress = new QLineEdit(this);
  mAddress->setObjectName(QStringLiteral("address"));
  mAddress->setPlaceholderText(tr("Street address or place, e.g. Drottninggatan 12"));
  form->addRow(tr("Place"), mAddress);
  mPlaceQuality = new QLabel(this);
  mPlaceQuality->setObjectName(QStringLiteral("placeQuality"));
  mPlaceQuality->setWordWrap(true);
  form->addRow(QString(), mPlaceQuality);

  mDescription = new QPlainTextEdit(this);
  mDescription->setObjectName(QStringLiteral("description"));
  mDescription->setPlaceholderText(tr("What happened? Do not write names or personal identity numbers."));
  form->addRow(tr("Description"), mDescription);
  layout->addLayout(form);

  mProblems = new QLabel(this);
  mProblems->setObjectName(QStringLiteral("problems"));
  mProblems->setStyleSheet(QStringLiteral("color: #b00020;"));
  mProblems->setWordWrap(true);
  mProblems->hide();
  layout->addWidget(mProblems);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  connect(buttons, &QDialogButtonBox::accepted, this, &IncidentForm::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);

  updateCategories();
}

void IncidentForm::updateCategories()
{
  const QString current = mCategory->currentData().toString();
  const auto kind = kindFromCode(mKind->currentData().toString()).value_or(IncidentKind::Report);
  const bool swedish = QLocale().language() == QLocale::Swedish;
  mCategory->clear();
  mCategory->addItem(tr("— choose —"), QString());
  for (const Category &category : mCategories)
  {
    if (category.kind == kind)
      mCategory->addItem(swedish || category.nameEn.isEmpty() ? category.nameSv : category.nameEn, category.code);
  }
  const int index = mCategory->findData(current);
  mCategory->setCurrentIndex(index >= 0 ? index : 0);
}

void IncidentForm::setIncident(const Incident &incident)
{
  mIncident = incident;
  setWindowTitle(incident.id == 0 ? tr("New report") : tr("Edit report %1").arg(incident.id));
  mKind->setCurrentIndex(incident.kind == IncidentKind::Crime ? 1 : 0);
  updateCategories();
  if (const int index = mCategory->findData(incident.category); index >= 0)
    mCategory->setCurrentIndex(index);
  if (const int index = incident.source.isEmpty() ? -1 : mSource->findData(incident.source); index >= 0)
    mSource->setCurrentIndex(index);
  if (incident.occurredFrom != 0)
    mFrom->setDateTime(toLocalDateTime(incident.occurredFrom));
  mHasWindow->setChecked(incident.occurredTo.has_value());
  mTo->setDateTime(incident.occurredTo ? toLocalDateTime(*incident.occurredTo) : mFrom->dateTime());
  mX->setValue(incident.x);
  mY->setValue(incident.y);
  mAddress->setText(incident.address);
  mDescription->setPlainText(incident.description);
}

Incident IncidentForm::incident() const
{
  Incident result = mIncident;
  result.kind = kindFromCode(mKind->currentData().toString()).value_or(IncidentKind::Report);
  result.category = mCategory->currentData().toString();
  result.source = mSource->currentData().toString();
  result.occurredFrom = toUtcSeconds(mFrom->dateTime());
  result.occurredTo.reset();
  if (mHasWindow->isChecked())
    result.occurredTo = toUtcSeconds(mTo->dateTime());
  if (!result.reportedAt)
    result.reportedAt = QDateTime::currentSecsSinceEpoch();
  result.x = mX->value();
  result.y = mY->value();
  result.address = mAddress->text().trimmed();
  if (result.address != mIncident.address)
    result.addressDerived = false; // typed: no longer the one found from the point
  result.description = mDescription->toPlainText().trimmed();
  result.precision = mPlacer ? mPlacer->precisionAt(result.x, result.y).value_or(LocationPrecision::Exact) : LocationPrecision::Exact;
  return result;
}

void IncidentForm::setPickOnMapAvailable(bool available)
{
  mPickOnMap->setVisible(available);
}

void IncidentForm::setPoint(double x, double y)
{
  mX->setValue(x);
  mY->setValue(y);
}

void IncidentForm::setPlaces(std::shared_ptr<const geocoding::Geocoder> places)
{
  delete mPlacer;
  mPlacer =
    places && !places->isEmpty() ? new AddressPlacer([places]() { return places; }, mAddress, mX, mY, mPlaceQuality, this) : nullptr;
  if (mPlacer)
    mAddress->setToolTip(tr("An address or place from the register places the point"));
}

QString IncidentForm::validationProblems() const
{
  QStringList problems;
  const Incident entered = incident();
  if (entered.category.isEmpty())
    problems << tr("Choose a category.");
  if (entered.source.isEmpty())
    problems << tr("Choose who reported it.");
  const std::int64_t now = QDateTime::currentSecsSinceEpoch();
  if (entered.occurredFrom > now + 60)
    problems << tr("The time lies in the future.");
  if (entered.occurredTo)
  {
    if (*entered.occurredTo < entered.occurredFrom)
      problems << tr("The end of the time window is before its start.");
    if (*entered.occurredTo > now + 60)
      problems << tr("The end of the time window lies in the future.");
  }
  return problems.join(QLatin1Char('\n'));
}

void IncidentForm::accept()
{
  const QString problems = validationProblems();
  if (!problems.isEmpty())
  {
    mProblems->setText(problems);
    mProblems->show();
    return;
  }
  QSettings().setValue(kLastSourceKey, mSource->currentData().toString());
  QDialog::accept();
}

} // namespace lagesbild
