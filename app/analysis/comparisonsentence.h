// ComparisonSentence: the period comparison in one plain sentence for the analyst —
// "Decrease of 94 reported crimes (−12,0 %), statistically significant (p = 0,018)" or
// "… may be chance (p = 0,31)" — with Swedish number formatting (Swedish text via translation).
#pragma once

#include "analysis/periodcomparison.h"
#include "model/incident.h"

#include <QString>

#include <optional>

namespace lagesbild
{

class ComparisonSentence
{
  public:
    //! Significance level of the sentence (two-sided exact test).
    static constexpr double kSignificanceLevel = 0.05;

    static QString sentence(const ComparisonResult &result, std::optional<IncidentKind> kind);
    //! "reported crimes", "reports" or "incidents".
    static QString noun(std::optional<IncidentKind> kind);
};

} // namespace lagesbild
