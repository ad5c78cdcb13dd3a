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
#include <QTimeZone>
#include <QVBoxLayout>

namespace lagesbild
{
namespace
{
const QTimeZone &stockholm()
{
  static const QTimeZone zone(QByteArrayLiteral("Europe/Stockholm"));
  return zone;
}

QDateTime toLocalDateTime(std::int64_t utcSeconds)
{
  return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC).toTimeZone(stockholm());
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

  mSource = new QComboBox(this);
  mSource->setObjectName(QStringLiteral("source"));
  for (const Source &source : sources)
    mSource->addItem(source.name, source.code);
  form->addRow(tr("Reported by *"), mSource);

  const QDateTime now = QDateTime::currentDateTime().toTimeZone(stockholm());
  mFrom = new QDateTimeEdit(now, this);
  mFrom->setObjectName(QStringLiteral("occurredFrom"));
  mFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
  mFrom->setCalendarPopup(true);
  form->addRow(tr("Occurred *"), mFrom);

  mHasWindow = new QCheckBox(tr("Happened some time between the above and"), this);
  mTo = new QDateTimeEdit(now, this);
  mTo->setObjectName(QStringLiteral("occurredTo"));
  mTo->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
  mTo->setCalendarPopup(true);
  mTo->setEnabled(false);
  connect(mHasWindow, &QCheckBox::toggled, mTo, &QWidget::setEnabled);
  form->addRow(mHasWindow, mTo);

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
  if (const int index = mSource->findData(incident.source); index >= 0)
    mSource->setCurrentIndex(index);
  if (incident.occurredFrom != 0)
    mFrom->setDateTime(toLocalDateTime(incident.occurredFrom));
  mHasWindow->setChecked(incident.occurredTo.has_value());
  if (incident.occurredTo)
    mTo->setDateTime(toLocalDateTime(*incident.occurredTo));
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
  QDialog::accept();
}

} // namespace lagesbild
