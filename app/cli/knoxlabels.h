// KnoxLabels: the human words of a Knox table, shared by the CLI's summary and the app's tab —
// band labels ("Same location", "100–200 m", "≥ 400 m", "0–6 days"), a cell's ratio with its
// significance mark, and the one-sentence finding ("Within 200 m and 7 days of an incident …").
#pragma once

#include "nearrepeat/knoxtest.h"

#include <QString>

namespace lagesbild::cli
{

class KnoxLabels
{
  public:
    //! "Same location" for [0, 1), "1–100 m" for [1, 100), "≥ 400 m" for the open band.
    static QString spaceBand(const KnoxBands &bands, int band);
    //! Whole days: "0–6 days" for [0, 7) (both days included, as the NRC writes "0 to 6");
    //! exact: "0–7 days"; "≥ 70 days" for the open band.
    static QString timeBand(const KnoxBands &bands, int band, KnoxTimeDifference difference);
    //! "2,31*" — the ratio with two decimals, "*" when significant; "–" without a ratio.
    static QString ratio(const KnoxCell &cell);
    //! The finding of the headline cell, or a sentence saying no cell is significant.
    //! `what` names the incidents (e.g. a category), may be empty.
    static QString sentence(const KnoxResult &result, const QString &what = QString());
    //! How the bands read: [a, b), and what that is in the NRC's "a to b".
    static QString convention();
};

} // namespace lagesbild::cli
