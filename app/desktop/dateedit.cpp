#include "dateedit.h"

#include "datetext.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTextCharFormat>
#include <QToolButton>

#include <algorithm>

namespace lagesbild
{
namespace
{
const QString kIsoFormat = QStringLiteral("yyyy-MM-dd");
}

YearCalendar::YearCalendar(QWidget *parent) : QCalendarWidget(parent)
{
  setObjectName(QStringLiteral("yearCalendar"));
  setGridVisible(false);
  setFirstDayOfWeek(Qt::Monday);
  setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
  setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
  mPreviousYear = new QToolButton(this);
  mPreviousYear->setObjectName(QStringLiteral("previousYear"));
  mPreviousYear->setText(QStringLiteral("«"));
  mPreviousYear->setToolTip(tr("One year back"));
  mPreviousYear->setAutoRaise(true);
  mNextYear = new QToolButton(this);
  mNextYear->setObjectName(QStringLiteral("nextYear"));
  mNextYear->setText(QStringLiteral("»"));
  mNextYear->setToolTip(tr("One year forward"));
  mNextYear->setAutoRaise(true);
  connect(mPreviousYear, &QToolButton::clicked, this, &QCalendarWidget::showPreviousYear);
  connect(mNextYear, &QToolButton::clicked, this, &QCalendarWidget::showNextYear);
  // Into Qt's own navigation bar, outside its month arrows; the month and year in its middle stay
  // clickable (a month menu, a year field).
  if (auto *bar = findChild<QWidget *>(QStringLiteral("qt_calendar_navigationbar")))
  {
    if (auto *layout = qobject_cast<QHBoxLayout *>(bar->layout()))
    {
      mPreviousYear->setParent(bar);
      mNextYear->setParent(bar);
      layout->insertWidget(0, mPreviousYear);
      layout->addWidget(mNextYear);
      // setParent hides a widget; shown again, they appear with the bar.
      mPreviousYear->show();
      mNextYear->show();
    }
  }
  // Whole short weekday names ("mån", "tis") need room: Qt's default width cuts them to "m…".
  const QFontMetrics metrics(font());
  int widest = 0;
  for (int day = 1; day <= 7; ++day)
    widest = std::max(widest, metrics.horizontalAdvance(locale().dayName(day, QLocale::ShortFormat)));
  setMinimumWidth(std::max(sizeHint().width(), 8 * (widest + metrics.horizontalAdvance(QStringLiteral("MM")))));
}

DateEdit::DateEdit(QWidget *parent) : QDateEdit(parent)
{
  setDisplayFormat(kIsoFormat);
  setCalendarPopup(true);
  mCalendar = new YearCalendar(this);
  setCalendarWidget(mCalendar);
  // A typed date is taken when it is complete (Enter or leaving the field), not at each key.
  setKeyboardTracking(false);
  setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
  // A date picked in the calendar ends any typing.
  connect(this, &QDateEdit::dateChanged, this, [this]() { mTyping = false; });
  setToolTip(tr("Type a date (2021-03-05, 5/3 2021, 5 mars 2021) or choose one in the calendar"));
}

QValidator::State DateEdit::validate(QString &input, int &position) const
{
  Q_UNUSED(position)
  if (const auto date = DateText::parse(input))
    return *date >= minimumDate() && *date <= maximumDate() ? QValidator::Acceptable : QValidator::Intermediate;
  return DateText::couldBecomeDate(input) ? QValidator::Intermediate : QValidator::Invalid;
}

void DateEdit::fixup(QString &input) const
{
  if (const auto date = DateText::parse(input))
    input = date->toString(kIsoFormat);
}

QDateTime DateEdit::dateTimeFromText(const QString &text) const
{
  const auto date = DateText::parse(text);
  return date ? QDateTime(*date, QTime(0, 0)) : dateTime();
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
  // Qt's date editor types into one section at a time and jumps between them, so "5/3 2021" comes
  // out as nonsense. Typed text goes to the line as it is and is read on Enter or leaving the field.
  const QString text = event->text();
  const bool printable = !text.isEmpty() && text.at(0).isPrint() && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
  const bool allSelected = !lineEdit()->text().isEmpty() && lineEdit()->selectedText() == lineEdit()->text();
  if (printable)
  {
    if (!mTyping)
      mTyped.clear();
    mTyping = true;
    mTyped += text;
    showTyped();
    return;
  }
  const int key = event->key();
  if (mTyping)
  {
    if (key == Qt::Key_Backspace)
    {
      mTyped.chop(1);
      showTyped();
      return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter)
    {
      commitTyped();
      Q_EMIT editingFinished();
      return;
    }
    if (key == Qt::Key_Escape)
    {
      mTyping = false;
      setDate(date());
      return;
    }
  }
  if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && allSelected)
  {
    mTyping = true;
    mTyped.clear();
    showTyped();
    return;
  }
  QDateEdit::keyPressEvent(event);
}

void DateEdit::focusOutEvent(QFocusEvent *event)
{
  if (mTyping)
    commitTyped();
  QDateEdit::focusOutEvent(event);
}

void DateEdit::showTyped()
{
  // Unheard by Qt's editor, which would otherwise read "5/3 20" as a finished date mid-typing.
  const QSignalBlocker quiet(lineEdit());
  lineEdit()->setText(mTyped);
  lineEdit()->setCursorPosition(static_cast<int>(mTyped.size()));
}

void DateEdit::commitTyped()
{
  mTyping = false;
  const auto typed = DateText::parse(mTyped);
  mTyped.clear();
  // setDate redraws the field even when the date stays, so nonsense gives way to the date it had.
  setDate(typed && *typed >= minimumDate() && *typed <= maximumDate() ? *typed : date());
}

} // namespace lagesbild
