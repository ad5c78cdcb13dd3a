// FollowUpText: the follow-up's verdict in plain words for coordinators and the BRÅ council —
// what happened in the treated area, the buffer and the control area, what the weighted
// displacement quotient means, and whether the counts allow a conclusion at all. English source
// strings through QCoreApplication::translate("FollowUp", …); numbers in the default QLocale.
#pragma once

#include "displacementquotient.h"

#include <QString>

namespace lagesbild
{

class FollowUpText
{
  public:
    //! A few sentences: the verdict with its counts and WDQ, then what the p-value of the treated
    //! area's change allows one to say.
    static QString explanation(const DisplacementQuotient &displacement, double treatedPValue, double significanceLevel);

    //! Why the counts are too few, as one sentence listing each reason.
    static QString tooFewExplanation(const DisplacementQuotient &displacement);

    //! "p = 0.003" / "p < 0.001" in the default locale.
    static QString formatPValue(double pValue);
};

} // namespace lagesbild
