// FollowUpPage: fills one intervention's follow-up page of the printed report — the items added
// from resources/layouts/followup.qpt, found by id: "followup-title", "followup-details" (type,
// period, place), "followup-table" (treated area, buffer, control before and after with the exact
// Poisson p), "followup-periods", "followup-verdict" and "followup-explanation" (the WDQ and its
// verdict in plain Swedish), and the weekly timeline in "followup-chart".
#pragma once

#include "followup/interventionevaluation.h"

#include <QList>

class QgsLayout;
class QgsLayoutItem;

namespace lagesbild
{

class FollowUpPage
{
  public:
    //! items: those the template added on page (0-based).
    static void fill(QgsLayout *layout, int page, const QList<QgsLayoutItem *> &items, const InterventionEvaluation &evaluation);

    //! "Effekt utan förflyttning" …
    static QString verdictTitle(FollowUpVerdict verdict);
    //! The verdict with its counts and the WDQ, and what the p-value of the treated area allows.
    static QString explanation(const InterventionEvaluation &evaluation);
    //! "polisnärvaro" for "police_presence" …; the code itself when unknown.
    static QString typeName(const QString &type);
};

} // namespace lagesbild
