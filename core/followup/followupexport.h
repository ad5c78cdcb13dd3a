// FollowUpExport: the machine-readable forms of an intervention's follow-up for the CLI, the
// app and the printed report — JSON with every number (null where a measure cannot be
// computed) and CSV with a header row. Human tables are the CLI's and UI's business.
#pragma once

#include "interventionevaluation.h"

#include <QByteArray>

namespace lagesbild
{

class FollowUpExport
{
  public:
    //! {"intervention":{"id","title","type","start","end","treated_area","buffer_m","control_area",
    //!  "control_area_code"},"before":{"from","to","days"},"during":{…}|null,"after":{…},
    //!  "zones":{"treated":{"before","after","change","change_pct","p_value"},"buffer":{…},"control":{…}},
    //!  "success_measure","buffer_displacement_measure","wdq","total_net_effect","significance_level",
    //!  "verdict","verdict_title","explanation","warnings":[…],
    //!  "timeline":[{"week","week_start","days_before","days_during","days_after","treated","buffer","control"}…]}
    static QByteArray evaluationJson(const InterventionEvaluation &evaluation);

    //! section,key,before,after,change,change_pct,p_value,value,treated,buffer,control — "zone"
    //! lines (treated, buffer, control), "measure" lines (success_measure,
    //! buffer_displacement_measure, wdq, total_net_effect, verdict: in value), then one "week" line
    //! per ISO week (key 2021-W06, value its phases, e.g. "before+after", and the three counts).
    static QByteArray evaluationCsv(const InterventionEvaluation &evaluation);

    //! "2021-W06"
    static QString isoWeekLabel(int isoYear, int isoWeek);
};

} // namespace lagesbild
