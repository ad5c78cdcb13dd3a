// AnalysisExport: the machine-readable forms of the analysis results — JSON as documented in
// DESIGN.md (`compare`; `patterns` follows the same conventions) and CSV with a header row.
// Human tables are the CLI's and UI's business.
#pragma once

#include "periodcomparison.h"
#include "timepatterns.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace lagesbild
{

class AnalysisExport
{
  public:
    //! {"a":{"from","to","total","rate_per_30_days"},"b":{…},"change","change_pct","p_value",
    //!  "rows":[{"key","a","b","change","change_pct","p_value","p_adj"}…]}; null for missing values.
    static QByteArray comparisonJson(const ComparisonResult &result);
    //! level,key,a,b,change,change_pct,rate_a_per_30_days,rate_b_per_30_days,p_value,p_adj —
    //! one "total" line, then one "row" line per group.
    static QByteArray comparisonCsv(const ComparisonResult &result);

    //! {"period":{"from","to","total"},"hour_weekday":[[24 counts] × 7, Monday first],
    //!  "hours":[{"hour","count","occurrences","average"} × 24],"weekdays":[{"weekday",…} × 7],
    //!  "months":[{"month","count"}],"categories":[{"key","count"}],"sources":[…],
    //!  "busiest_hours":[hour…],"busiest_weekdays":[weekday…],"busiest_days":[{"date","count"}]}
    static QByteArray patternsJson(const TimePatternsResult &result);
    //! section,weekday,hour,key,count — sections total, hour_weekday, hour, weekday, month,
    //! category, source, busiest_day.
    static QByteArray patternsCsv(const TimePatternsResult &result);

    //! A CSV field, quoted when it holds a comma, quote or line break.
    static QString csvField(const QString &text);
    //! One CSV line of fields (each through csvField), ending in a newline.
    static QString csvLine(const QStringList &fields);
    //! The shortest text that reads back as the same double.
    static QString number(double value);
    //! number(value), or empty when there is none.
    static QString optionalNumber(const std::optional<double> &value);
};

} // namespace lagesbild
