#include "democalendar.h"

#include <algorithm>
#include <array>

namespace lagesbild::demo
{
namespace
{
struct Holiday
{
    QDate from;
    QDate to;
};

// Approximate Västmanland school holidays (winter sports week 9, autumn week 44).
const std::array<Holiday, 20> &holidays()
{
  static const std::array<Holiday, 20> sHolidays = {{
    {QDate(2018, 12, 21), QDate(2019, 1, 6)},  {QDate(2019, 2, 25), QDate(2019, 3, 3)},   {QDate(2019, 4, 15), QDate(2019, 4, 22)},
    {QDate(2019, 6, 13), QDate(2019, 8, 19)},  {QDate(2019, 10, 28), QDate(2019, 11, 3)}, {QDate(2019, 12, 20), QDate(2020, 1, 7)},
    {QDate(2020, 2, 24), QDate(2020, 3, 1)},   {QDate(2020, 4, 6), QDate(2020, 4, 13)},   {QDate(2020, 6, 11), QDate(2020, 8, 18)},
    {QDate(2020, 10, 26), QDate(2020, 11, 1)}, {QDate(2020, 12, 21), QDate(2021, 1, 8)},  {QDate(2021, 3, 1), QDate(2021, 3, 7)},
    {QDate(2021, 4, 2), QDate(2021, 4, 11)},   {QDate(2021, 6, 11), QDate(2021, 8, 19)},  {QDate(2021, 11, 1), QDate(2021, 11, 7)},
    {QDate(2021, 12, 21), QDate(2022, 1, 7)},  {QDate(2022, 2, 28), QDate(2022, 3, 6)},   {QDate(2022, 4, 11), QDate(2022, 4, 18)},
    {QDate(2022, 6, 14), QDate(2022, 8, 17)},  {QDate(2022, 10, 31), QDate(2022, 11, 6)},
  }};
  return sHolidays;
}

constexpr double kDaysPerYear = 365.25;
constexpr double kCrimeDeclinePerYear = 0.10;
constexpr double kReportDeclinePerYear = 0.22;
constexpr double kLowestTrend = 0.6;
} // namespace

bool DemoCalendar::isSchoolHoliday(const QDate &day)
{
  const auto &all = holidays();
  return std::any_of(all.begin(), all.end(), [&day](const Holiday &h) { return day >= h.from && day <= h.to; });
}

double DemoCalendar::trend(IncidentKind kind, const QDate &day)
{
  if (kind == IncidentKind::Report && day < reportingStart())
    return 0.0;
  const QDate start = systematicWorkStart();
  if (day < start)
    return 1.0;
  const double years = static_cast<double>(start.daysTo(day)) / kDaysPerYear;
  const double decline = kind == IncidentKind::Crime ? kCrimeDeclinePerYear : kReportDeclinePerYear;
  return std::max(kLowestTrend, 1.0 - decline * years);
}

} // namespace lagesbild::demo
