// DateEdit: a date field that takes a typed date in any form DateText reads (ISO, 20210305,
// 5/3 2021, 5 mars 2021), applied on Enter or when the field loses focus, and whose calendar
// pop-up jumps a year at a time as well as a month and shows whole weekday names in its header.
#pragma once

#include <QCalendarWidget>
#include <QDateEdit>

class QToolButton;

namespace lagesbild
{

//! The pop-up calendar: the month navigation plus «/» buttons for a year back and forward.
class YearCalendar : public QCalendarWidget
{
    Q_OBJECT

  public:
    explicit YearCalendar(QWidget *parent = nullptr);

    QToolButton *previousYearButton() const { return mPreviousYear; }
    QToolButton *nextYearButton() const { return mNextYear; }

  private:
    QToolButton *mPreviousYear = nullptr;
    QToolButton *mNextYear = nullptr;
};

class DateEdit : public QDateEdit
{
    Q_OBJECT

  public:
    explicit DateEdit(QWidget *parent = nullptr);

    YearCalendar *yearCalendar() const { return mCalendar; }

  protected:
    QValidator::State validate(QString &input, int &position) const override;
    void fixup(QString &input) const override;
    QDateTime dateTimeFromText(const QString &text) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

  private:
    //! Reads what was typed: a date in range becomes the field's date, anything else is dropped.
    void commitTyped();
    void showTyped();

    YearCalendar *mCalendar = nullptr;
    //! Qt's editor types into one section at a time; a typed date is held here until it is complete.
    bool mTyping = false;
    QString mTyped;
};

} // namespace lagesbild
