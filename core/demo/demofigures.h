// DemoFigures: the seed's headline figures, which the Kungsör demo reproduces exactly at scale 1
// (and, as percentages, at every scale). From the Kungsör news item of December 2021:
// reported crimes 1 Jan–12 Dec 2021 vs 2020: −94 (−12 %); lägesbild reports June–November
// 2021 vs 2020: −32.1 %. The counts are chosen so that the rounded changes match.
#pragma once

#include "model/incident.h"
#include "time/daterange.h"

#include <cstdint>
#include <vector>

namespace lagesbild::demo
{

//! An exact number of incidents of a kind with occurred_from in a period (local days).
struct DemoAnchor
{
    IncidentKind kind = IncidentKind::Crime;
    DateRange period;
    std::int64_t count = 0; //!< at scale 1
};

struct DemoFigures
{
    // 783 → 689: change −94, −12.005 % → −12.0 %.
    static constexpr std::int64_t kCrimes2020 = 783;
    static constexpr std::int64_t kCrimes2021 = 689;
    // 620 → 421: change −199, −32.097 % → −32.1 %.
    static constexpr std::int64_t kReports2020 = 620;
    static constexpr std::int64_t kReports2021 = 421;

    static DateRange crimePeriod2020() { return DateRange(QDate(2020, 1, 1), QDate(2020, 12, 12)); }
    static DateRange crimePeriod2021() { return DateRange(QDate(2021, 1, 1), QDate(2021, 12, 12)); }
    static DateRange reportPeriod2020() { return DateRange(QDate(2020, 6, 1), QDate(2020, 11, 30)); }
    static DateRange reportPeriod2021() { return DateRange(QDate(2021, 6, 1), QDate(2021, 11, 30)); }

    //! The four anchored counts, in the order crime 2020, crime 2021, report 2020, report 2021.
    static std::vector<DemoAnchor> anchors()
    {
      return {{IncidentKind::Crime, crimePeriod2020(), kCrimes2020},
              {IncidentKind::Crime, crimePeriod2021(), kCrimes2021},
              {IncidentKind::Report, reportPeriod2020(), kReports2020},
              {IncidentKind::Report, reportPeriod2021(), kReports2021}};
    }
};

} // namespace lagesbild::demo
