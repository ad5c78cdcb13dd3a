// AoristicExport: JSON and CSV of aoristic (fractional) time patterns and comparisons. Every
// output says it is aoristic ("aoristic":true, a first CSV line "aoristic,…") and how many
// incidents were spread or, with a window over the limit, counted at their start.
#pragma once

#include "aoristiccomparison.h"

#include <QByteArray>

namespace lagesbild
{

class AoristicExport
{
  public:
    //! {"aoristic":true,"limit_days":7,"period":{"from","to","total"},"incidents","spread",
    //!  "counted_at_start","hour_weekday":[[24] × 7],"hours":[24],"weekdays":[7],
    //!  "months":[{"month","count"}],"categories":[{"key","count"}],"sources":[…]}
    static QByteArray patternsJson(const AoristicTally &tally);
    //! section,weekday,hour,key,count — first a line "aoristic,…" with the limit and the counts
    //! of spread and counted-at-start incidents, then total, hour_weekday, hour, weekday, month, category, source.
    static QByteArray patternsCsv(const AoristicTally &tally);
    //! As AnalysisExport::comparisonJson with fractional counts, "aoristic":true, "test" saying
    //! why no test is applied, and null p-values.
    static QByteArray comparisonJson(const AoristicComparisonResult &result);
    //! level,key,a,b,change,change_pct — a first line "aoristic,…", then "total", then "row" lines.
    static QByteArray comparisonCsv(const AoristicComparisonResult &result);
    //! Why the comparison carries no p-values (English; for machine output).
    static QString noTestReason();
};

} // namespace lagesbild
