// DateText: reads a date as people type it — ISO 2021-03-05, 20210305, and the Swedish forms
// 5/3 2021, 5/3-2021, 5.3.2021, 5 mars 2021 (month names or their abbreviations, Swedish or
// English), two-digit years as 20yy. Used by the date editors of the filter and the forms.
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace lagesbild
{

class DateText
{
  public:
    //! The date the text names, or none when it names none (or an impossible day).
    static std::optional<QDate> parse(const QString &text);
    //! True when the text could still become a date by typing more (digits, separators, letters).
    static bool couldBecomeDate(const QString &text);
};

} // namespace lagesbild
