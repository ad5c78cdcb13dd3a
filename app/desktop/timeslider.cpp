#include "timeslider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lagesbild
{

TimeSlider::TimeSlider(QWidget *parent) : QWidget(parent)
{
  // The controls in a row, what they show below: narrow enough for a small screen's map column.
  auto *rows = new QVBoxLayout(this);
  rows->setContentsMargins(6, 2, 6, 2);
  rows->setSpacing(2);
  auto *layout = new QHBoxLayout;
  rows->addLayout(layout);
  mActive = new QCheckBox(tr("Step through time"), this);
  mActive->setObjectName(QStringLiteral("timeSliderActive"));
  mStep = new QComboBox(this);
  mStep->addItem(tr("Weeks"));
  mStep->addItem(tr("Months"));
  mStep->setCurrentIndex(1);
  mPlay = new QToolButton(this);
  mPlay->setObjectName(QStringLiteral("timeSliderPlay"));
  mPlay->setCheckable(true);
  mPlay->setText(QStringLiteral("▶"));
  mPlay->setToolTip(tr("Play / pause"));
  mSlider = new QSlider(Qt::Horizontal, this);
  mSlider->setObjectName(QStringLiteral("timeSlider"));
  mSlider->setPageStep(1);
  mLabel = new QLabel(this);
  mLabel->setWordWrap(true);
  mTimer = new QTimer(this);
  mTimer->setInterval(900);

  layout->addWidget(mActive);
  layout->addWidget(mStep);
  layout->addWidget(mPlay);
  layout->addWidget(mSlider, 1);
  rows->addWidget(mLabel);

  for (QWidget *widget : std::initializer_list<QWidget *>{mStep, mPlay, mSlider})
    widget->setEnabled(false);
  connect(mActive, &QCheckBox::toggled, this,
          [this](bool on)
          {
            for (QWidget *widget : std::initializer_list<QWidget *>{mStep, mPlay, mSlider})
              widget->setEnabled(on);
            if (!on)
              mPlay->setChecked(false);
            updateLabel();
            Q_EMIT windowChanged();
          });
  connect(mStep, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this]()
          {
            rebuild();
            Q_EMIT windowChanged();
          });
  connect(mSlider, &QSlider::valueChanged, this,
          [this]()
          {
            updateLabel();
            Q_EMIT windowChanged();
          });
  connect(mPlay, &QToolButton::toggled, this,
          [this](bool playing)
          {
            mPlay->setText(playing ? QStringLiteral("⏸") : QStringLiteral("▶"));
            if (playing)
              mTimer->start();
            else
              mTimer->stop();
          });
  connect(mTimer, &QTimer::timeout, this,
          [this]()
          {
            if (mSlider->value() >= mSlider->maximum())
              mSlider->setValue(0);
            else
              step(1);
          });
  updateLabel();
}

std::vector<DateRange> TimeSlider::windows(const DateRange &period, bool months)
{
  std::vector<DateRange> result;
  if (!period.isValid())
    return result;
  QDate start = months ? QDate(period.from().year(), period.from().month(), 1) : period.from().addDays(1 - period.from().dayOfWeek());
  while (start <= period.to())
  {
    const QDate next = months ? start.addMonths(1) : start.addDays(7);
    const QDate from = std::max(start, period.from());
    const QDate to = std::min(next.addDays(-1), period.to());
    result.emplace_back(from, to);
    start = next;
  }
  return result;
}

void TimeSlider::setPeriod(const DateRange &period)
{
  if (period == mPeriod)
    return;
  mPeriod = period;
  rebuild();
}

void TimeSlider::rebuild()
{
  const QDate keep = currentWindow() ? currentWindow()->from() : QDate();
  mWindows = windows(mPeriod, mStep->currentIndex() == 1);
  const QSignalBlocker blocker(mSlider);
  mSlider->setRange(0, std::max(0, static_cast<int>(mWindows.size()) - 1));
  int index = 0;
  for (std::size_t i = 0; i < mWindows.size(); ++i)
    if (keep.isValid() && mWindows[i].contains(keep))
      index = static_cast<int>(i);
  mSlider->setValue(index);
  updateLabel();
}

std::optional<DateRange> TimeSlider::currentWindow() const
{
  if (!mActive->isChecked() || mWindows.empty())
    return std::nullopt;
  return mWindows[static_cast<std::size_t>(std::clamp(mSlider->value(), 0, static_cast<int>(mWindows.size()) - 1))];
}

void TimeSlider::setActive(bool active)
{
  mActive->setChecked(active);
}

void TimeSlider::step(int delta)
{
  mSlider->setValue(std::clamp(mSlider->value() + delta, 0, mSlider->maximum()));
}

void TimeSlider::updateLabel()
{
  const auto window = currentWindow();
  if (!window)
  {
    mLabel->setText(tr("Whole period"));
    return;
  }
  const QLocale locale;
  if (mStep->currentIndex() == 1)
    mLabel->setText(locale.standaloneMonthName(window->from().month()) + QLatin1Char(' ') + QString::number(window->from().year()));
  else
    mLabel->setText(
      tr("Week %1, %2 – %3")
        .arg(window->from().weekNumber())
        .arg(locale.toString(window->from(), QStringLiteral("d MMM")), locale.toString(window->to(), QStringLiteral("d MMM yyyy"))));
}

} // namespace lagesbild
