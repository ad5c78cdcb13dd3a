// ReportWording: the Swedish text of the printed reports — numbers with a space between
// thousands, a decimal comma and a real minus sign, dates and periods in words, and the plain
// reading of a p-value. The printed report is a Swedish document whatever the UI language.
#pragma once

#include "model/incidentfilter.h"
#include "model/municipality.h"
#include "time/daterange.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace lagesbild
{

class ReportWording
{
  public:
    //! "1 234", "−94"
    static QString integer(std::int64_t value);
    //! "+12", "−94", "0"
    static QString signedInteger(std::int64_t value);
    //! "67,7", "−0,3"
    static QString decimal(double value, int decimals);
    //! "−12,0 %", "+3,4 %", "–" without a value
    static QString changePercent(const std::optional<double> &value);
    //! "p = 0,018", "p < 0,001"
    static QString pValue(double value);
    //! "statistiskt säkerställd" (p < 0.05) or "kan vara slump"
    static QString significance(double pValue);
    //! "12 december 2021"
    static QString date(const QDate &day);
    //! "1 januari–12 december 2021" or "1 januari 2020–12 december 2021"
    static QString period(const DateRange &period);
    //! "måndag" … for ISO weekday 1..7; short: "mån"
    static QString weekday(int isoWeekday, bool shortName = false);
    //! "Anmälda brott", "Lägesrapporter" or "Alla händelser"
    static QString kind(const std::optional<IncidentKind> &kind);
    //! "Kungsörs kommun", "Västerås kommun": the municipality as Swedish titles name it.
    static QString municipality(const Municipality &municipality);
};

} // namespace lagesbild
